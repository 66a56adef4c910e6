#include "DirectoryLink.h"
#include "contacts/DirectoryService.h"
#include "contacts/DirectoryTreeModel.h"
#include "contacts/PeopleModel.h"
#include "core/ClientCore.h"

namespace zt::ui {

using contacts::DirectoryService;

namespace {

// Runs `verb` on the core thread with the service of the account open there, if any.
template <typename Verb> void onService(core::ClientCore* core, Verb verb) {
    QMetaObject::invokeMethod(core, [core, verb] {
        if (DirectoryService* service = core->directory()) verb(service);
    });
}

} // namespace

DirectoryLink::DirectoryLink(core::ClientCore* core, QObject* parent)
    : QObject(parent)
    , m_core(core) {
}

void DirectoryLink::attach(quint64 generation, contacts::DirectoryTreeModel* tree,
                           contacts::PeopleModel* results) {
    // The models are not shown yet, so the GUI thread does not touch them until attached().
    onService(m_core, [link = this, generation, tree, results](DirectoryService* service) {
        tree->attach(service);
        results->attachSearch(service);
        connect(service, &DirectoryService::personLoaded, link, &DirectoryLink::personLoaded,
                Qt::UniqueConnection);
        connect(service, &DirectoryService::starredLoaded, link, &DirectoryLink::starredLoaded,
                Qt::UniqueConnection);
        connect(service, &DirectoryService::recentLoaded, link, &DirectoryLink::recentLoaded,
                Qt::UniqueConnection);
        connect(service, &DirectoryService::frequentLoaded, link, &DirectoryLink::frequentLoaded,
                Qt::UniqueConnection);
        connect(service, &DirectoryService::pathResolved, link, &DirectoryLink::pathResolved,
                Qt::UniqueConnection);
        QMetaObject::invokeMethod(
            link, [link, generation] { emit link->attached(generation); }, Qt::QueuedConnection);
    });
}

void DirectoryLink::retire(const QList<QObject*>& objects) {
    QMetaObject::invokeMethod(m_core, [objects] {
        for (QObject* object : objects)
            object->deleteLater(); // thread-safe: the deletion runs on the GUI thread
    });
}

void DirectoryLink::loadPerson(qint64 personId) {
    onService(m_core, [personId](DirectoryService* s) { s->loadPerson(personId); });
}

void DirectoryLink::setStarred(qint64 personId, bool starred) {
    onService(m_core,
              [personId, starred](DirectoryService* s) { s->setStarred(personId, starred); });
}

void DirectoryLink::markContacted(qint64 personId) {
    onService(m_core, [personId](DirectoryService* s) {
        s->markContacted(personId);
        s->loadRecent(); // the list shows the new order at once
    });
}

void DirectoryLink::loadStarred() {
    onService(m_core, [](DirectoryService* s) { s->loadStarred(); });
}

void DirectoryLink::loadRecent() {
    onService(m_core, [](DirectoryService* s) { s->loadRecent(); });
}

void DirectoryLink::resolvePath(qint64 node) {
    onService(m_core, [node](DirectoryService* s) { s->resolvePath(node); });
}

void DirectoryLink::findMyUnit() {
    const core::ClientCore* core = m_core;
    onService(m_core, [core](DirectoryService* s) { s->findMyUnit(core->account().userId); });
}

} // namespace zt::ui
