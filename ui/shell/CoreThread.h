#pragma once
// Runs the client core on its own thread. The core creates helper objects without a QObject
// parent, so it must be constructed on the thread it will live on; coreReady() hands its address
// to the GUI thread, which from then on only queues calls to it and listens to its signals.
#include "core/ClientCore.h"

#include <QObject>

class QThread;

namespace zt::ui {

class CoreThread : public QObject {
    Q_OBJECT
public:
    explicit CoreThread(QObject* parent = nullptr);
    ~CoreThread() override; // stops the thread; the core is deleted on it

    void start(const core::ClientCore::Options& options);
    // Ends the core thread and deletes the core on it. Call before destroying any widget that
    // the core may still post results to.
    void stop();
    core::ClientCore* core() const { return m_core; }

signals:
    void coreReady(zt::core::ClientCore* core);

private:
    QThread* m_thread;
    QObject* m_anchor = nullptr; // lives on the core thread; target of the construction call
    core::ClientCore* m_core = nullptr;
};

} // namespace zt::ui
