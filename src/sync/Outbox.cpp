#include "Outbox.h"
#include "net/Connection.h"
#include "protocol/ErrorCode.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "zt.outbox")

namespace zt::sync {

namespace {
enum ItemState { Pending = 0, Failed = 2 };
}

Outbox::Outbox(store::Database& db, net::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_connection(connection)
    , m_retryTimer(new QTimer(this)) {
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Outbox::kick);
    connect(&m_connection, &net::Connection::stateChanged, this, [this](net::Connection::State s) {
        if (s == net::Connection::State::Ready) {
            m_retryDelayMs = 500;
            kick();
        }
    });
}

QString Outbox::newCid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {
void insertRow(store::Database& db, const QString& cid, const QString& op, QJsonObject args) {
    args.insert(QStringLiteral("cid"), cid);
    db.prepare(
          QStringLiteral("INSERT INTO outbox(cid, op, args, state, created_at) VALUES(?,?,?,0,?)"))
        .bind(1, cid)
        .bind(2, op)
        .bind(3, QJsonDocument(args).toJson(QJsonDocument::Compact))
        .bind(4, QDateTime::currentMSecsSinceEpoch())
        .run();
}
} // namespace

QString Outbox::enqueue(store::Database& db, const QString& op, QJsonObject args) {
    const QString cid = newCid();
    insertRow(db, cid, op, std::move(args));
    return cid;
}

void Outbox::requeue(store::Database& db, const QString& cid, const QString& op, QJsonObject args) {
    db.prepare(QStringLiteral("UPDATE outbox SET state=0, last_error=NULL WHERE cid=?"))
        .bind(1, cid)
        .run();
    if (db.changes() == 0) insertRow(db, cid, op, std::move(args));
}

void Outbox::registerSettle(const QString& op, Settle settle) {
    m_settlers.insert(op, std::move(settle));
}

std::optional<OutboxItem> Outbox::nextPending() {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id, cid, op, args, attempts FROM outbox WHERE state=0 ORDER BY id LIMIT 1"));
    if (!st.next()) return std::nullopt;
    return OutboxItem{st.int64(0), st.text(1), st.text(2),
                      QJsonDocument::fromJson(st.blob(3)).object(), int(st.int64(4))};
}

void Outbox::kick() {
    if (m_inFlight || m_connection.state() != net::Connection::State::Ready) return;
    std::optional<OutboxItem> item;
    try {
        item = nextPending();
    } catch (const std::exception& e) {
        qCWarning(lcOutbox) << "cannot read outbox:" << e.what();
        return;
    }
    if (!item) return;
    m_inFlight = true;
    const OutboxItem sent = *item;
    m_connection.request(sent.op, sent.args,
                         [self = QPointer<Outbox>(this), sent](const protocol::Response& r) {
                             if (self) self->onAnswer(sent, r); // gone after sign-out
                         });
}

void Outbox::onAnswer(const OutboxItem& item, const protocol::Response& response) {
    m_inFlight = false;
    const bool permanent = !response.ok && protocol::errc::isPermanent(response.error.code);
    if (response.ok || permanent) {
        settle(item, response);
        m_retryDelayMs = 500;
        kick();
        return;
    }
    // Transient: the same row goes again later, with the same cid.
    qCInfo(lcOutbox) << "write" << item.cid << "not yet accepted:" << response.error.code;
    try {
        m_db.prepare(QStringLiteral("UPDATE outbox SET attempts=attempts+1 WHERE id=?"))
            .bind(1, item.id)
            .run();
    } catch (const std::exception&) {
    }
    if (m_connection.state() == net::Connection::State::Ready) {
        m_retryTimer->start(m_retryDelayMs);
        m_retryDelayMs = qMin(m_retryDelayMs * 2, 30'000);
    }
}

void Outbox::settle(const OutboxItem& item, const protocol::Response& response) {
    try {
        m_db.transaction([&] {
            if (const auto it = m_settlers.constFind(item.op); it != m_settlers.constEnd())
                (*it)(m_db, item, response);
            if (response.ok) {
                m_db.prepare(QStringLiteral("DELETE FROM outbox WHERE id=?"))
                    .bind(1, item.id)
                    .run();
            } else {
                m_db.prepare(QStringLiteral("UPDATE outbox SET state=2, last_error=? WHERE id=?"))
                    .bind(1, response.error.code + QStringLiteral(": ") + response.error.message)
                    .bind(2, item.id)
                    .run();
            }
        });
    } catch (const std::exception& e) {
        qCWarning(lcOutbox) << "cannot settle write" << item.cid << ":" << e.what();
        return;
    }
    if (!response.ok)
        qCWarning(lcOutbox) << "write" << item.cid << "refused:" << response.error.code;
    emit settled(item.cid, response.ok, response.error.code);
    emitCounts();
}

int Outbox::pendingCount() {
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state=0"));
    return st.next() ? int(st.int64(0)) : 0;
}

int Outbox::failedCount() {
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state=2"));
    return st.next() ? int(st.int64(0)) : 0;
}

void Outbox::retryFailed() {
    m_db.exec(QStringLiteral("UPDATE outbox SET state=0 WHERE state=2"));
    emitCounts();
    kick();
}

void Outbox::notifyEnqueued() {
    emitCounts();
    kick();
}

void Outbox::emitCounts() {
    emit countsChanged(pendingCount(), failedCount());
}

} // namespace zt::sync
