#include "ApprovalKeys.h"
#include "ApprovalProtocol.h"
#include "store/Database.h"
#include "store/SecretStore.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcApprovalKeys, "zt.approval.keys")

namespace zt::approval {

namespace {

enum Published { NotYet = 0, Queued = 1, Confirmed = 2 };

// Runs inside the outbox's settle transaction.
void settlePublish(store::Database& db, const sync::OutboxItem& item, const protocol::Response& r) {
    const QByteArray pem = item.args.value(QStringLiteral("publicKey")).toString().toUtf8();
    const auto key = crypto::PublicKey::fromPem(pem);
    if (!key) return;
    db.prepare(QStringLiteral("UPDATE approval_own_keys SET published=? WHERE fingerprint=?"))
        .bind(1, r.ok ? Confirmed : NotYet) // refused: queued again with the next act
        .bind(2, key->fingerprint())
        .run();
}

} // namespace

ApprovalKeys::ApprovalKeys(store::Database& db, store::SecretStore& secrets, sync::Outbox& outbox,
                           QString accountKey, crypto::SignatureAlgorithm preferred,
                           QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_accountKey(std::move(accountKey))
    , m_preferred(preferred) {
    QPointer<ApprovalKeys> self(this);
    outbox.registerSettle(op::PublishKey, [self](store::Database& d, const sync::OutboxItem& item,
                                                 const protocol::Response& r) {
        settlePublish(d, item, r);
        if (r.ok || !self) return;
        const QString message = r.error.code + QStringLiteral(": ") + r.error.message;
        QMetaObject::invokeMethod(
            self, [self, message] { emit self->publishFailed(message); }, Qt::QueuedConnection);
    });
}

ApprovalKeys::~ApprovalKeys() = default;

QString ApprovalKeys::keychainEntry() const {
    return QStringLiteral("approval-key/") + m_accountKey;
}

QByteArray ApprovalKeys::fingerprint() const {
    return m_key ? m_key->fingerprint() : QByteArray();
}

void ApprovalKeys::withKey(Ready ready) {
    if (m_key) return ready(&*m_key, {});
    m_waiting.append(std::move(ready));
    if (m_loading) return;
    m_loading = true;
    try {
        load();
    } catch (const std::exception& e) {
        finish(tr("Cannot read your signing key from the local store: %1")
                   .arg(QString::fromUtf8(e.what())));
    }
}

void ApprovalKeys::load() {
    QByteArray fingerprint;
    std::optional<QByteArray> privatePem; // nullopt: kept in the keychain
    {
        auto st = m_db.prepare(QStringLiteral(
            "SELECT fingerprint, private_pem FROM approval_own_keys ORDER BY id DESC LIMIT 1"));
        if (!st.next()) return generate();
        fingerprint = st.blob(0);
        if (!st.isNull(1)) privatePem = st.blob(1);
    } // statement finished before anything else touches the store
    if (!privatePem) return readFromKeychain(fingerprint);
    auto key = crypto::SigningKey::fromPrivateKeyPem(*privatePem);
    if (!key || key->fingerprint() != fingerprint) {
        qCWarning(lcApprovalKeys) << "stored signing key is damaged; making a new one";
        return generate();
    }
    m_key = std::move(*key);
    finish({});
}

void ApprovalKeys::readFromKeychain(const QByteArray& fingerprint) {
    QPointer<ApprovalKeys> self(this);
    m_secrets.read(keychainEntry(), [self, fingerprint](store::SecretStatus status,
                                                        const QByteArray& pem,
                                                        const QString& error) {
        if (!self) return;
        if (status == store::SecretStatus::Ok) {
            auto key = crypto::SigningKey::fromPrivateKeyPem(pem);
            if (key && key->fingerprint() == fingerprint) {
                self->m_key = std::move(*key);
                return self->finish({});
            }
        }
        if (status == store::SecretStatus::Ok || status == store::SecretStatus::NotFound) {
            qCWarning(lcApprovalKeys) << "signing key missing from the keychain; making a new one";
            return self->generate();
        }
        self->finish(
            tr("The system keychain holding your signing key cannot be read: %1").arg(error));
    });
}

void ApprovalKeys::generate() {
    auto key = std::make_shared<crypto::SigningKey>(crypto::SigningKey::generate(m_preferred));
    if (key->isNull()) return finish(tr("Cannot create a signing key on this computer."));
    QPointer<ApprovalKeys> self(this);
    m_secrets.write(keychainEntry(), key->privateKeyPem(),
                    [self, key](store::SecretStatus status, const QString& error) {
                        if (!self) return;
                        if (status != store::SecretStatus::Ok)
                            qCInfo(lcApprovalKeys) << "no keychain for the signing key (" << error
                                                   << "); keeping it in the encrypted store";
                        self->keep(std::move(*key), status == store::SecretStatus::Ok);
                    });
}

void ApprovalKeys::keep(crypto::SigningKey key, bool inKeychain) {
    try {
        auto st = m_db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO approval_own_keys(fingerprint, algorithm, "
                           "public_pem, private_pem, published, created_at) VALUES(?,?,?,?,0,?)"));
        st.bind(1, key.fingerprint())
            .bind(2, algorithmName(key.algorithm()))
            .bind(3, key.publicKeyPem());
        if (inKeychain)
            st.bindNull(4);
        else
            st.bind(4, key.privateKeyPem());
        st.bind(5, QDateTime::currentMSecsSinceEpoch()).run();
    } catch (const std::exception& e) {
        return finish(tr("Cannot store your signing key: %1").arg(QString::fromUtf8(e.what())));
    }
    m_key = std::move(key);
    finish({});
}

void ApprovalKeys::finish(const QString& error) {
    m_loading = false;
    const QList<Ready> waiting = std::exchange(m_waiting, {});
    for (const Ready& ready : waiting)
        ready(error.isEmpty() && m_key ? &*m_key : nullptr, error);
}

int ApprovalKeys::publishedState() {
    auto st =
        m_db.prepare(QStringLiteral("SELECT published FROM approval_own_keys WHERE fingerprint=?"));
    st.bind(1, m_key->fingerprint());
    return st.next() ? int(st.int64(0)) : NotYet;
}

void ApprovalKeys::enqueuePublishIfNeeded() {
    if (!m_key || publishedState() != NotYet) return;
    sync::Outbox::enqueue(m_db, op::PublishKey, PublishKeyArgs{{}, m_key->publicKeyPem()}.toJson());
    m_db.prepare(QStringLiteral("UPDATE approval_own_keys SET published=? WHERE fingerprint=?"))
        .bind(1, Queued)
        .bind(2, m_key->fingerprint())
        .run();
}

bool ApprovalKeys::isPublished() {
    return m_key && publishedState() == Confirmed;
}

} // namespace zt::approval
