#pragma once
// The caller as the directory sees them: where they sit, which decides what is hidden or masked.
#include "DirectoryPolicy.h"
#include "contacts/DirectoryProtocol.h"

#include <QStringList>

namespace zt::server {

class DirectoryStorage;

class DirectoryViewer {
public:
    DirectoryViewer(DirectoryStorage& dir, const DirectoryPolicy& policy, qint64 userId,
                    const QStringList& hiddenPaths);

    bool canSeeNode(const QString& path) const;
    bool canSeeAnyOf(const QStringList& paths) const;
    // Masks what the policy says this viewer may not see.
    contacts::PersonInfo present(contacts::PersonInfo person,
                                 const QStringList& positionPaths) const;
    int proximity(const QStringList& paths) const; // 0 own unit, 1 own region, 2 elsewhere
    qint64 personId() const { return m_personId; }
    const QStringList& regionPaths() const { return m_regionPaths; }

private:
    const DirectoryPolicy& m_policy;
    qint64 m_personId = 0;
    QStringList m_positionPaths;
    QStringList m_unitPaths;   // nearest enclosing unit of each position
    QStringList m_regionPaths; // enclosing county (or city, province) division of each position
    QStringList m_hidden;
};

} // namespace zt::server
