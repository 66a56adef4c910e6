#pragma once
// The DING verbs on the client (core thread): send (to people or from a message, now or at a
// chosen minute), open, confirm, re-DING the unconfirmed, and the sender's status and
// statistics. Writes go through the outbox with their local effect; received DINGs are stored
// and acknowledged by ChatEvents as they arrive.
#include "ChatTypes.h"
#include "DingProtocol.h"
#include "DingReport.h"

#include <QHash>
#include <QObject>

namespace zt::store {
class Database;
}
namespace zt::net {
class Connection;
}
namespace zt::sync {
class Outbox;
}

namespace zt::files {
class FileUploader;
}

namespace zt::chat {

class Messenger;

class DingService : public QObject {
    Q_OBJECT
public:
    DingService(store::Database& db, net::Connection& connection, sync::Outbox& outbox,
                Messenger& messenger, QObject* parent = nullptr);

    // Returns the write id ("" when it could not be stored). atMs 0: now.
    Q_INVOKABLE QString send(const QList<qint64>& recipients, const QString& text,
                             const QString& attachment = {}, qint64 atMs = 0);
    // The one attachment as a local file: it is copied into the encrypted cache and uploaded
    // first; the ding.send follows in the transaction that records the upload's end, so the
    // DING waits (shown as pending) while offline and nothing is lost on a crash.
    Q_INVOKABLE QString sendWithFile(const QList<qint64>& recipients, const QString& text,
                                     const QString& path, const QString& mime, qint64 atMs = 0);
    void setUploader(files::FileUploader* uploader);
    Q_INVOKABLE QString sendFromMessage(qint64 conv, qint64 seq, const QString& text = {},
                                        qint64 atMs = 0);
    Q_INVOKABLE void markRead(qint64 ding);
    Q_INVOKABLE void confirm(qint64 ding);
    Q_INVOKABLE void redo(qint64 ding);
    Q_INVOKABLE void loadAlerts();
    Q_INVOKABLE void loadSent(int limit = 200);
    Q_INVOKABLE void loadStatus(qint64 ding);
    Q_INVOKABLE void loadStats(qint64 fromMs, qint64 toMs);

    QList<Ding> unconfirmed();
    std::optional<Ding> ding(qint64 id);
    QList<DingRecipient> recipients(qint64 ding);

signals:
    // Received DINGs not yet confirmed: the alert stays while this is not empty.
    void alertsChanged(const QList<zt::chat::Ding>& unconfirmed);
    void sentLoaded(const QList<zt::chat::Ding>& dings);
    void statusLoaded(const zt::chat::Ding& ding, const QList<zt::chat::DingRecipient>& recipients);
    void statsLoaded(const zt::chat::DingReport& report);
    void sentSettled(const QString& cid, qint64 ding);
    void refused(const QString& message);
    void failed(const QString& message);

private:
    files::FileUploader* m_uploader = nullptr;
    QString enqueue(const QString& op, const QJsonObject& args,
                    const std::function<void(const QString&)>& localEffect);
    void registerSettles();
    void onSettled(const QString& cid, bool ok);

    store::Database& m_db;
    net::Connection& m_connection;
    sync::Outbox& m_outbox;
    qint64 m_self;
    QHash<QString, qint64> m_sent;      // ding.send cid → ding id, between settle and signal
    QHash<QString, QString> m_refusals; // cid → translated refusal
};

} // namespace zt::chat

Q_DECLARE_METATYPE(zt::chat::DingRecipient)
