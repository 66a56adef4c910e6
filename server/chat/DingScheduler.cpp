#include "DingScheduler.h"
#include "DingWriter.h"
#include "EventHub.h"
#include "storage/ServerStorage.h"
#include "store/Database.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDing, "zt.server.ding")

namespace zt::server {

DingScheduler::DingScheduler(ServerContext ctx, int checkMs, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(checkMs);
    connect(m_timer, &QTimer::timeout, this, [this] { sendDue(); });
}

void DingScheduler::start() {
    sendDue(); // DINGs that fell due while the server was down go out at once
    m_timer->start();
}

// Each DING in its own transaction: one failing (logged) does not hold back the others.
int DingScheduler::sendDue() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int sent = 0;
    for (qint64 id : m_ctx.storage.chat().dueDings(now)) {
        EventBatch events(m_ctx.storage);
        try {
            m_ctx.storage.transaction([&] {
                const auto ding = m_ctx.storage.chat().ding(id);
                if (ding && ding->sentMs == 0)
                    DingWriter(m_ctx.storage, events, now).dispatch(*ding);
            });
        } catch (const store::DbError& e) {
            qCWarning(lcDing) << "scheduled ding" << id << "failed:" << e.what();
            continue;
        }
        events.publish(m_ctx.hub);
        ++sent;
    }
    return sent;
}

} // namespace zt::server
