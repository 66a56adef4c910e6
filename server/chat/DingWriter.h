#pragma once
// The DING writes: send (now or scheduled), the first dispatch (also from DingScheduler), a
// recipient's progress (ack = delivered, read, confirm) and redo. Runs inside the caller's
// transaction; refuses with WriteRefused.
#include "IdempotentWrite.h"
#include "chat/DingProtocol.h"
#include "storage/ChatStorage.h"

namespace zt::server {

class ServerStorage;

enum class DingStep { Delivered, Read, Confirmed };

class DingWriter {
public:
    DingWriter(ServerStorage& storage, EventBatch& events, qint64 nowMs);

    QJsonObject send(qint64 caller, const chat::DingSendArgs& args);
    void dispatch(const DingRecord& ding); // ding.new to every recipient: the first send
    QJsonObject progress(qint64 caller, qint64 ding, DingStep step);
    QJsonObject redo(qint64 caller, qint64 ding, qint64 minIntervalMs);

private:
    QList<qint64> recipientsFor(qint64 caller, const chat::DingSendArgs& args, QString* text);
    void notify(const DingRecord& ding, int round, const QList<qint64>& recipients);

    ServerStorage& m_storage;
    ChatStorage& m_chat;
    EventBatch& m_events;
    qint64 m_now;
};

// Only the sender may see a DING's status or redo it: anyone else gets not_found.
DingRecord requireOwnDing(ChatStorage& chat, qint64 ding, qint64 caller);

} // namespace zt::server
