#pragma once
// Small helpers every request handler uses: the server clock and the bad_args refusal.
#include "ClientSession.h"
#include "protocol/ErrorCode.h"
#include "protocol/Frame.h"

#include <QDateTime>

namespace zt::server {

inline qint64 now() {
    return QDateTime::currentMSecsSinceEpoch();
}

inline void badArgs(ClientSession& session, const protocol::Request& request, const char* what) {
    session.reply(protocol::fail(request.id, protocol::errc::BadArgs, QString::fromLatin1(what)));
}

} // namespace zt::server
