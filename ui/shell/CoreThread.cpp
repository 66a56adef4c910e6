#include "CoreThread.h"

#include <QThread>

namespace zt::ui {

CoreThread::CoreThread(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this)) {
    m_thread->setObjectName(QStringLiteral("zt-core"));
}

CoreThread::~CoreThread() {
    stop();
}

void CoreThread::stop() {
    // Objects still living on the thread are deleted by the deleteLater connections below once
    // its event loop has finished; waiting here is at shutdown only, never while the UI runs.
    m_thread->quit();
    m_thread->wait();
    m_core = nullptr;
}

void CoreThread::start(const core::ClientCore::Options& options) {
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_anchor, [this, options, thread = m_thread] {
        auto* core = new core::ClientCore(options);
        connect(thread, &QThread::finished, core, &QObject::deleteLater);
        // Hand the pointer over on the GUI thread, where m_core is read.
        QMetaObject::invokeMethod(
            this,
            [this, core] {
                m_core = core;
                emit coreReady(core);
            },
            Qt::QueuedConnection);
    });
}

} // namespace zt::ui
