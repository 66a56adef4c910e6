#include "ChatHandler.h"
#include "ClientSession.h"
#include "IdempotentWrite.h"
#include "RequestRouter.h"
#include "chat/ChatProtocol.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

#include <QDateTime>

namespace zt::server {

namespace errc = protocol::errc;

void ChatHandler::registerRoutes(RequestRouter& router) {
    router.add(
        chat::op::Send, RequestRouter::Access::Authenticated,
        [this](ClientSession& session, const protocol::Request& request) {
            const auto args = chat::SendArgs::fromJson(request.args);
            if (!args) {
                session.reply(protocol::fail(
                    request.id, errc::BadArgs,
                    QStringLiteral("chat.send needs cid, a recipient id and 1..%1 characters")
                        .arg(chat::kMaxTextLength)));
                return;
            }
            const qint64 from = session.userId();
            runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
                if (!m_ctx.storage.userById(args->to))
                    throw WriteRefused{errc::NotFound, QStringLiteral("no such recipient")};
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                const qint64 id =
                    m_ctx.storage.insertDirectMessage(from, args->to, args->cid, args->text, now);
                const chat::MessageEvent message{id, args->cid, from, args->to, args->text, now};
                events.append(from, chat::event::MessageNew, message.toJson());
                if (args->to != from)
                    events.append(args->to, chat::event::MessageNew, message.toJson());
                return chat::SendResult{id, now}.toJson();
            });
        });
}

} // namespace zt::server
