#pragma once
// Status-bar widget: how connected we are (online, syncing, connecting, reconnecting in N s,
// offline) and how many writes still wait in the outbox. Fed only by the core's signals.
#include "core/ClientCore.h"

#include <QDeadlineTimer>
#include <QWidget>

class QLabel;
class QTimer;

namespace zt::ui {

class ConnectionIndicator : public QWidget {
    Q_OBJECT
public:
    using Status = core::ClientCore::Status;

    explicit ConnectionIndicator(QWidget* parent = nullptr);

    Status status() const { return m_status; }
    QString statusText() const;
    QString writesText() const;
    QString text() const; // both parts, as read out by screen readers

public slots:
    void setStatus(zt::core::ClientCore::Status status);
    void setRetryScheduled(int delayMs);
    void setWrites(int pending, int failed);

private:
    void refresh();
    int secondsUntilRetry() const;

    Status m_status = Status::SignedOut;
    QDeadlineTimer m_retryAt{QDeadlineTimer::Forever};
    bool m_retrying = false;
    int m_pending = 0;
    int m_failed = 0;
    QLabel* m_dot;
    QLabel* m_statusLabel;
    QLabel* m_writesLabel;
    QTimer* m_countdown;
};

} // namespace zt::ui
