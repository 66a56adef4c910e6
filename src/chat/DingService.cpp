#include "DingService.h"
#include "ChatErrors.h"
#include "DingStore.h"
#include "Guarded.h"
#include "Messenger.h"
#include "files/FileCache.h"
#include "files/FileUploader.h"
#include "net/Connection.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDingService, "zt.chat.ding")

namespace zt::chat {

DingService::DingService(store::Database& db, net::Connection& connection, sync::Outbox& outbox,
                         Messenger& messenger, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_connection(connection)
    , m_outbox(outbox)
    , m_self(messenger.selfId()) {
    qRegisterMetaType<Ding>();
    qRegisterMetaType<DingRecipient>();
    qRegisterMetaType<DingReport>();
    registerSettles();
    connect(&messenger, &Messenger::dingsChanged, this, &DingService::loadAlerts);
    connect(&outbox, &sync::Outbox::settled, this,
            [this](const QString& cid, bool ok, const QString&) { onSettled(cid, ok); });
}

QString DingService::send(const QList<qint64>& recipients, const QString& text,
                          const QString& attachment, qint64 atMs) {
    const DingSendArgs args{{}, recipients, 0, 0, text, attachment, atMs};
    return enqueue(op::DingSend, args.toJson(), [&](const QString& cid) {
        DingStore(m_db).insertPendingSent(cid, m_self, args, int(recipients.size()));
    });
}

void DingService::setUploader(files::FileUploader* uploader) {
    m_uploader = uploader;
    if (!uploader) return;
    uploader->addHooks({}, [this](store::Database& db, const files::CacheEntry& e,
                                  const QString& why) { DingStore(db).failSent(e.cid, why); });
    connect(uploader, &files::FileUploader::finished, this, [this](const QString&, qint64) {
        m_outbox.notifyEnqueued();
        loadSent();
    });
    connect(uploader, &files::FileUploader::failed, this, [this] { loadSent(); });
}

QString DingService::sendWithFile(const QList<qint64>& recipients, const QString& text,
                                  const QString& path, const QString& mime, qint64 atMs) {
    if (!m_uploader) return {};
    const QString cid = sync::Outbox::newCid();
    const DingSendArgs args{{}, recipients, 0, 0, text, {}, atMs};
    QString error;
    const auto entry = files::FileCache(m_db).importUpload(
        path, cid, 0, mime, {},
        files::FollowUp{op::DingSend, args.toJson(), QStringLiteral("attachment")}, &error);
    if (!entry) {
        emit failed(error);
        return {};
    }
    try {
        m_db.transaction([&] {
            DingSendArgs shown = args;
            shown.attachment = entry->meta.name; // until the server has it, the name shows
            DingStore(m_db).insertPendingSent(cid, m_self, shown, int(recipients.size()));
        });
    } catch (const std::exception& e) {
        qCWarning(lcDingService) << "cannot store the DING:" << e.what();
        emit failed(tr("The DING could not be saved on this computer."));
        return {};
    }
    m_uploader->kick();
    loadSent();
    return cid;
}

QString DingService::sendFromMessage(qint64 conv, qint64 seq, const QString& text, qint64 atMs) {
    const DingSendArgs args{{}, {}, conv, seq, text, {}, atMs};
    return enqueue(op::DingSend, args.toJson(), [&](const QString& cid) {
        DingStore(m_db).insertPendingSent(cid, m_self, args, 0);
    });
}

void DingService::markRead(qint64 ding) {
    const auto d = this->ding(ding);
    if (!d || d->mine || d->readMs > 0) return;
    enqueue(op::DingReadOp, DingRefArgs{{}, ding}.toJson(), [&](const QString&) {
        DingStore(m_db).setMyProgress(ding, QDateTime::currentMSecsSinceEpoch(), 0);
    });
}

// Confirming is final: the alert goes at once, offline too; the outbox carries it to the server.
void DingService::confirm(qint64 ding) {
    const auto d = this->ding(ding);
    if (!d || d->mine || d->confirmedMs > 0) return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    enqueue(op::DingConfirm, DingRefArgs{{}, ding}.toJson(),
            [&](const QString&) { DingStore(m_db).setMyProgress(ding, now, now); });
    loadAlerts();
}

void DingService::redo(qint64 ding) {
    enqueue(op::DingRedo, DingRefArgs{{}, ding}.toJson(), {});
}

void DingService::loadAlerts() {
    emit alertsChanged(unconfirmed());
}

void DingService::loadSent(int limit) {
    try {
        emit sentLoaded(DingStore(m_db).sent(limit));
    } catch (const std::exception& e) {
        qCWarning(lcDingService) << "cannot read sent DINGs:" << e.what();
    }
}

void DingService::loadStatus(qint64 ding) {
    if (const auto d = this->ding(ding)) emit statusLoaded(*d, recipients(ding));
    m_connection.request(
        op::DingStatus, DingRefArgs{{}, ding}.toJson(),
        guarded(this, [this, ding](const protocol::Response& r) {
            if (!r.ok) return;
            try {
                m_db.transaction([&] {
                    DingStore store(m_db);
                    for (const QJsonValue& v :
                         r.result.value(QStringLiteral("recipients")).toArray())
                        if (auto s = RecipientStatus::fromJson(v.toObject()))
                            store.applyRecipient(*s);
                    store.setRound(ding, int(r.result.value(QStringLiteral("round")).toInteger()),
                                   r.result.value(QStringLiteral("lastSent")).toInteger());
                });
            } catch (const std::exception& e) {
                qCWarning(lcDingService) << "cannot store DING status:" << e.what();
                return;
            }
            if (const auto d = this->ding(ding)) emit statusLoaded(*d, recipients(ding));
        }));
}

void DingService::loadStats(qint64 fromMs, qint64 toMs) {
    m_connection.request(op::DingStats, DingStatsArgs{fromMs, toMs}.toJson(),
                         guarded(this, [this](const protocol::Response& r) {
                             if (!r.ok) {
                                 emit failed(refusalText(r.error.code, r.error.message));
                                 return;
                             }
                             emit statsLoaded(DingReport::fromJson(r.result));
                         }));
}

QList<Ding> DingService::unconfirmed() {
    try {
        return DingStore(m_db).unconfirmedReceived();
    } catch (const std::exception& e) {
        qCWarning(lcDingService) << "cannot read DINGs:" << e.what();
        return {};
    }
}

std::optional<Ding> DingService::ding(qint64 id) {
    try {
        return DingStore(m_db).get(id);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

QList<DingRecipient> DingService::recipients(qint64 ding) {
    try {
        return DingStore(m_db).recipients(ding);
    } catch (const std::exception&) {
        return {};
    }
}

QString DingService::enqueue(const QString& op, const QJsonObject& args,
                             const std::function<void(const QString&)>& localEffect) {
    QString cid;
    try {
        m_db.transaction([&] {
            cid = sync::Outbox::enqueue(m_db, op, args);
            if (localEffect) localEffect(cid);
        });
    } catch (const std::exception& e) {
        qCWarning(lcDingService) << "cannot queue" << op << ":" << e.what();
        emit failed(tr("The DING could not be saved on this computer."));
        return {};
    }
    m_outbox.notifyEnqueued();
    return cid;
}

void DingService::registerSettles() {
    m_outbox.registerSettle(op::DingSend, [this](store::Database& db, const sync::OutboxItem& item,
                                                 const protocol::Response& r) {
        if (!r.ok) {
            const QString text = refusalText(r.error.code, r.error.message);
            DingStore(db).failSent(item.cid, text);
            m_refusals.insert(item.cid, text);
            return;
        }
        const qint64 id = r.result.value(QStringLiteral("ding")).toInteger();
        DingStore(db).settleSent(item.cid, id,
                                 int(r.result.value(QStringLiteral("recipients")).toInteger()),
                                 r.result.value(QStringLiteral("due")).toInteger(),
                                 r.result.value(QStringLiteral("scheduled")).toBool());
        m_sent.insert(item.cid, id);
    });
    auto refusalOnly = [this](store::Database&, const sync::OutboxItem& item,
                              const protocol::Response& r) {
        if (!r.ok) m_refusals.insert(item.cid, refusalText(r.error.code, r.error.message));
    };
    m_outbox.registerSettle(op::DingRedo, refusalOnly);
    m_outbox.registerSettle(op::DingAck, refusalOnly);
    m_outbox.registerSettle(op::DingReadOp, refusalOnly);
    m_outbox.registerSettle(op::DingConfirm, refusalOnly);
}

void DingService::onSettled(const QString& cid, bool ok) {
    if (const auto it = m_sent.constFind(cid); it != m_sent.constEnd()) {
        emit sentSettled(cid, *it);
        m_sent.erase(it);
        loadSent();
    }
    if (!ok) {
        const QString message = m_refusals.take(cid);
        if (!message.isEmpty()) emit refused(message);
        loadSent();
    }
}

} // namespace zt::chat
