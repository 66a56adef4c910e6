#pragma once
// Shared by FileUploader and FileDownloader: a transfer goes on when the connection is ready
// again, or when the pause after a transport error ends. Returns the pause's timer.
#include "net/Connection.h"

#include <QTimer>

namespace zt::files {

inline constexpr int kTransferRetryMs = 3000;

template <typename Transfer>
QTimer* retryWhenReady(Transfer* transfer, net::Connection& connection) {
    auto* retry = new QTimer(transfer);
    retry->setSingleShot(true);
    retry->setInterval(kTransferRetryMs);
    QObject::connect(retry, &QTimer::timeout, transfer, &Transfer::kick);
    QObject::connect(&connection, &net::Connection::stateChanged, transfer,
                     [transfer](net::Connection::State state) {
                         if (state == net::Connection::State::Ready) transfer->kick();
                     });
    return retry;
}

} // namespace zt::files
