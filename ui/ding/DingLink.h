#pragma once
// The DING widgets' line to the DING service of the signed-in account. The service lives on the
// core thread and is replaced at every sign-in, so it is only ever looked up there: each verb is
// a queued call that finds the current service, and its answers come back as this object's
// signals on the GUI thread (as ApprovalLink does for the approval pane).
#include "chat/ChatTypes.h"
#include "chat/DingReport.h"

#include <QObject>
#include <QSet>

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class DingLink : public QObject {
    Q_OBJECT
public:
    explicit DingLink(core::ClientCore* core, QObject* parent = nullptr);

    core::ClientCore* core() const { return m_core; }

    // Connects to the current service on the core thread, then emits attached() here with who
    // is signed in; nothing happens when no account is open. Verbs work without attaching;
    // only the service's signals need it.
    void attach(quint64 generation);

    // Each answers sendQueued(cid) here: "" when the DING could not be stored.
    void send(const QList<qint64>& recipients, const QString& text, const QString& attachment,
              qint64 atMs);
    void sendFromMessage(qint64 conv, qint64 seq, const QString& text, qint64 atMs);
    // With a local file as the one attachment (uploaded first, then the DING goes).
    void sendWithFile(const QList<qint64>& recipients, const QString& text, const QString& path,
                      const QString& mime, qint64 atMs);
    // A private copy of a received DING's attachment: attachmentReady(path) or failed(message).
    void openAttachment(const zt::files::FileMeta& file);
    void markRead(qint64 ding);
    void confirm(qint64 ding);
    void redo(qint64 ding);
    void loadAlerts();
    void loadSent();
    void loadStatus(qint64 ding);
    void loadStats(qint64 fromMs, qint64 toMs);

signals:
    void attached(quint64 generation, qint64 selfId);
    void sendQueued(const QString& cid);
    void alertsChanged(const QList<zt::chat::Ding>& unconfirmed);
    void dingsChanged(const QList<qint64>& dings); // DING events applied (sender and recipient)
    void sentLoaded(const QList<zt::chat::Ding>& dings);
    void statusLoaded(const zt::chat::Ding& ding, const QList<zt::chat::DingRecipient>& recipients);
    void statsLoaded(const zt::chat::DingReport& report);
    void sentSettled(const QString& cid, qint64 ding);
    void refused(const QString& message);
    void failed(const QString& message);
    void attachmentReady(const QString& path);

private:
    core::ClientCore* m_core;
    QSet<qint64> m_opening; // attachments asked for here (FileCopies answers every domain)
};

} // namespace zt::ui
