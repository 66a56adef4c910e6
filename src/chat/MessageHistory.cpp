#include "MessageHistory.h"
#include "ConversationStore.h"
#include "Guarded.h"
#include "MessageStore.h"
#include "net/Connection.h"
#include "store/Database.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMessenger)

namespace zt::chat {

bool isCompleteLocally(const QList<StoredMessage>& page, qint64 expectedTop, int limit,
                       qint64 floor) {
    if (page.isEmpty()) return expectedTop <= 0 || expectedTop < std::max<qint64>(floor, 1);
    const qint64 first = page.first().message.seq;
    const qint64 last = page.last().message.seq;
    if (last != expectedTop || last - first != page.size() - 1) return false;
    return page.size() >= limit || first <= std::max<qint64>(floor, 1);
}

MessageHistory::MessageHistory(store::Database& db, net::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_connection(connection) {
}

void MessageHistory::load(const HistoryRequest& request) {
    ConversationStore convs(m_db);
    const auto conv = convs.get(request.conv);
    const qint64 top = request.before > 0 ? request.before - 1 : (conv ? conv->lastSeq : 0);
    const auto page = MessageStore(m_db).pageBefore(request.conv, request.before, request.limit);
    const qint64 floor = convs.historyFloor(request.conv);
    if (isCompleteLocally(page, top, request.limit, floor) ||
        m_connection.state() != net::Connection::State::Ready) {
        answer(request, false);
        return;
    }
    askServer(request);
}

void MessageHistory::askServer(const HistoryRequest& request) {
    const HistoryArgs args{request.conv, request.before, request.limit};
    m_connection.request(
        op::MsgHistory, args.toJson(), guarded(this, [this, request](const protocol::Response& r) {
            if (!r.ok) {
                qCWarning(lcMessenger) << "history of" << request.conv << "failed:" << r.error.code;
                answer(request, false);
                return;
            }
            const HistoryPage page = HistoryPage::fromJson(r.result);
            try {
                m_db.transaction([&] {
                    MessageStore::IndexBatch index;
                    MessageStore messages(m_db, &index);
                    ConversationStore convs(m_db);
                    convs.ensure(request.conv);
                    for (const Message& m : page.messages)
                        messages.applyServer(m);
                    if (!page.messages.isEmpty()) convs.noteMessage(page.messages.last());
                    MessageStore::flush(m_db, index);
                    if (!page.more)
                        convs.setHistoryFloor(request.conv,
                                              page.messages.isEmpty()
                                                  ? std::max<qint64>(request.before, 1)
                                                  : page.messages.first().seq);
                });
            } catch (const std::exception& e) {
                qCWarning(lcMessenger) << "cannot store history:" << e.what();
            }
            answer(request, true);
        }));
}

void MessageHistory::answer(const HistoryRequest& request, bool fromServer) {
    QList<StoredMessage> page;
    qint64 floor = 0;
    try {
        page = MessageStore(m_db).pageBefore(request.conv, request.before, request.limit);
        floor = ConversationStore(m_db).historyFloor(request.conv);
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "cannot read history:" << e.what();
    }
    const bool online = m_connection.state() == net::Connection::State::Ready;
    // Offline, the store cannot say what lies below its oldest message: stop there for now.
    const bool more = !page.isEmpty() && page.first().message.seq > std::max<qint64>(floor, 1) &&
                      (online || page.size() >= request.limit);
    emit pageLoaded(request.serial, request.conv, page, more, fromServer);
}

} // namespace zt::chat
