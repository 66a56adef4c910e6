#pragma once
// Makes the DirectoryViewer for a caller, with the list of hidden units cached briefly: every
// directory handler asks for one per request.
#include "DirectoryPolicy.h"
#include "DirectoryViewer.h"

#include <QElapsedTimer>
#include <QStringList>

namespace zt::server {

class DirectoryStorage;

class ViewerFactory {
public:
    ViewerFactory(DirectoryStorage& dir, DirectoryPolicy policy)
        : m_dir(dir)
        , m_policy(policy) {}

    DirectoryViewer forUser(qint64 userId);
    QStringList positionPaths(const contacts::PersonInfo& person);
    void invalidate() { m_hiddenAge.invalidate(); } // after a unit was hidden or shown

private:
    const QStringList& hiddenPaths();
    DirectoryStorage& m_dir;
    DirectoryPolicy m_policy;
    QStringList m_hiddenPaths; // cached: hidden units change rarely
    QElapsedTimer m_hiddenAge;
};

} // namespace zt::server
