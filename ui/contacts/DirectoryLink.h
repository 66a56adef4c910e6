#pragma once
// The contacts pane's line to the directory service of the signed-in account. The service lives
// on the core thread and is replaced at every sign-in, so it is only ever looked up there: each
// verb is a queued call that finds the current service, and answers come back as this object's
// signals on the GUI thread.
#include "contacts/DirectoryProtocol.h"

#include <QObject>

namespace zt::core {
class ClientCore;
}
namespace zt::contacts {
class DirectoryTreeModel;
class PeopleModel;
} // namespace zt::contacts

namespace zt::ui {

class DirectoryLink : public QObject {
    Q_OBJECT
public:
    explicit DirectoryLink(core::ClientCore* core, QObject* parent = nullptr);

    // Connects fresh models (not yet shown in any view) to the current service on the core
    // thread, then emits attached(generation) here; nothing happens when no account is open.
    void attach(quint64 generation, contacts::DirectoryTreeModel* tree,
                contacts::PeopleModel* results);
    // Deletes models that may still be named in calls queued to the core thread: only after
    // the core thread has run all of those.
    void retire(const QList<QObject*>& objects);

    void loadPerson(qint64 personId);
    void setStarred(qint64 personId, bool starred);
    void markContacted(qint64 personId);
    void loadStarred();
    void loadRecent();
    void resolvePath(qint64 node);
    void findMyUnit();

signals:
    void attached(quint64 generation);
    void personLoaded(const zt::contacts::PersonInfo& person, bool starred, bool fromServer);
    void starredLoaded(const QList<zt::contacts::PersonInfo>& people);
    void recentLoaded(const QList<zt::contacts::PersonInfo>& people);
    void frequentLoaded(const QList<zt::contacts::PersonInfo>& people);
    void pathResolved(qint64 node, const QList<qint64>& ids);

private:
    core::ClientCore* m_core;
};

} // namespace zt::ui
