#include "DingLink.h"
#include "chat/DingService.h"
#include "chat/Messenger.h"
#include "core/ClientCore.h"
#include "files/FileCopies.h"

#include <QPointer>

namespace zt::ui {

using chat::DingService;

namespace {

// Runs `verb` on the core thread with the service of the account open there, if any.
template <typename Verb> void onService(core::ClientCore* core, Verb verb) {
    QMetaObject::invokeMethod(
        core,
        [core, verb] {
            if (DingService* service = core->dings()) verb(service);
        },
        Qt::QueuedConnection);
}

// Posts `signal` with `args` to the link on the GUI thread, unless the link is gone already.
template <typename... Args>
void post(const QPointer<DingLink>& link, void (DingLink::*signal)(Args...),
          std::decay_t<Args>... args) {
    if (!link) return;
    QMetaObject::invokeMethod(
        link.data(),
        [link, signal, args...] {
            if (link) emit(link.data()->*signal)(args...);
        },
        Qt::QueuedConnection);
}

} // namespace

DingLink::DingLink(core::ClientCore* core, QObject* parent)
    : QObject(parent)
    , m_core(core) {
    qRegisterMetaType<chat::Ding>();
    qRegisterMetaType<chat::DingRecipient>();
    qRegisterMetaType<chat::DingReport>();
}

void DingLink::attach(quint64 generation) {
    core::ClientCore* core = m_core;
    onService(m_core, [link = QPointer(this), core, generation](DingService* s) {
        if (!link) return;
        constexpr auto unique = Qt::UniqueConnection;
        DingLink* l = link.data();
        connect(s, &DingService::alertsChanged, l, &DingLink::alertsChanged, unique);
        connect(s, &DingService::sentLoaded, l, &DingLink::sentLoaded, unique);
        connect(s, &DingService::statusLoaded, l, &DingLink::statusLoaded, unique);
        connect(s, &DingService::statsLoaded, l, &DingLink::statsLoaded, unique);
        connect(s, &DingService::sentSettled, l, &DingLink::sentSettled, unique);
        connect(s, &DingService::refused, l, &DingLink::refused, unique);
        connect(s, &DingService::failed, l, &DingLink::failed, unique);
        if (chat::Messenger* messenger = core->messenger())
            connect(messenger, &chat::Messenger::dingsChanged, l, &DingLink::dingsChanged, unique);
        if (files::FileCopies* copies = core->fileCopies()) {
            connect(copies, &files::FileCopies::copyReady, l, [l](qint64 id, const QString& path) {
                if (l->m_opening.remove(id)) emit l->attachmentReady(path);
            });
            connect(copies, &files::FileCopies::saved, l,
                    [l](qint64 id, const QString&, bool ok, const QString& message) {
                        if (!ok && l->m_opening.remove(id)) emit l->failed(message);
                    });
        }
        post(link, &DingLink::attached, generation, core->account().userId);
    });
}

void DingLink::send(const QList<qint64>& recipients, const QString& text, const QString& attachment,
                    qint64 atMs) {
    onService(m_core, [link = QPointer(this), recipients, text, attachment, atMs](DingService* s) {
        post(link, &DingLink::sendQueued, s->send(recipients, text, attachment, atMs));
    });
}

void DingLink::sendFromMessage(qint64 conv, qint64 seq, const QString& text, qint64 atMs) {
    onService(m_core, [link = QPointer(this), conv, seq, text, atMs](DingService* s) {
        post(link, &DingLink::sendQueued, s->sendFromMessage(conv, seq, text, atMs));
    });
}

void DingLink::sendWithFile(const QList<qint64>& recipients, const QString& text,
                            const QString& path, const QString& mime, qint64 atMs) {
    onService(m_core, [link = QPointer(this), recipients, text, path, mime, atMs](DingService* s) {
        post(link, &DingLink::sendQueued, s->sendWithFile(recipients, text, path, mime, atMs));
    });
}

void DingLink::openAttachment(const files::FileMeta& file) {
    if (file.id <= 0) return;
    m_opening.insert(file.id);
    core::ClientCore* core = m_core;
    QMetaObject::invokeMethod(
        core,
        [core, file] {
            if (files::FileCopies* copies = core->fileCopies()) copies->open(file);
        },
        Qt::QueuedConnection);
}

void DingLink::markRead(qint64 ding) {
    onService(m_core, [ding](DingService* s) { s->markRead(ding); });
}

void DingLink::confirm(qint64 ding) {
    onService(m_core, [ding](DingService* s) { s->confirm(ding); });
}

void DingLink::redo(qint64 ding) {
    onService(m_core, [ding](DingService* s) { s->redo(ding); });
}

void DingLink::loadAlerts() {
    onService(m_core, [](DingService* s) { s->loadAlerts(); });
}

void DingLink::loadSent() {
    onService(m_core, [](DingService* s) { s->loadSent(); });
}

void DingLink::loadStatus(qint64 ding) {
    onService(m_core, [ding](DingService* s) { s->loadStatus(ding); });
}

void DingLink::loadStats(qint64 fromMs, qint64 toMs) {
    onService(m_core, [fromMs, toMs](DingService* s) { s->loadStats(fromMs, toMs); });
}

} // namespace zt::ui
