#pragma once
// Sends scheduled DINGs when they fall due, whether or not the sender is online: checks at
// start-up and then every ChatOptions::dingCheckMs (5 s by default).
#include "ServerContext.h"

#include <QObject>

class QTimer;

namespace zt::server {

class DingScheduler : public QObject {
    Q_OBJECT
public:
    DingScheduler(ServerContext ctx, int checkMs, QObject* parent = nullptr);
    void start();
    int sendDue(); // returns how many DINGs went out

private:
    ServerContext m_ctx;
    QTimer* m_timer;
};

} // namespace zt::server
