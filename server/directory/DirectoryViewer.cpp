#include "DirectoryViewer.h"
#include "storage/DirectoryStorage.h"

#include <algorithm>

namespace zt::server {

namespace {

bool underAny(const QString& path, const QStringList& prefixes) {
    for (const QString& p : prefixes)
        if (path.startsWith(p)) return true;
    return false;
}

} // namespace

DirectoryViewer::DirectoryViewer(DirectoryStorage& dir, const DirectoryPolicy& policy,
                                 qint64 userId, const QStringList& hiddenPaths)
    : m_policy(policy)
    , m_hidden(policy.hideHiddenUnits ? hiddenPaths : QStringList()) {
    const auto personId = dir.personOfUser(userId);
    if (!personId) return;
    m_personId = *personId;
    const auto person = dir.person(m_personId);
    for (const contacts::PositionInfo& position : person->positions) {
        const auto own = dir.node(position.nodeId);
        if (!own) continue;
        m_positionPaths << own->path;
        // Walk up from the position: the first unit is "my unit", the first county "my region".
        QString unitPath, regionPath;
        for (auto node = own; node && (unitPath.isEmpty() || regionPath.isEmpty());
             node = node->info.parentId ? dir.node(node->info.parentId) : std::nullopt) {
            if (unitPath.isEmpty() && node->info.kind == contacts::NodeKind::Unit)
                unitPath = node->path;
            if (regionPath.isEmpty() && node->info.kind == contacts::NodeKind::Division &&
                node->info.level <= 3)
                regionPath = node->path;
        }
        m_unitPaths << (unitPath.isEmpty() ? own->path : unitPath);
        if (!regionPath.isEmpty()) m_regionPaths << regionPath;
    }
}

bool DirectoryViewer::canSeeNode(const QString& path) const {
    for (const QString& hidden : m_hidden)
        if (path.startsWith(hidden) &&
            !std::any_of(m_positionPaths.begin(), m_positionPaths.end(),
                         [&](const QString& mine) { return mine.startsWith(hidden); }))
            return false;
    return true;
}

bool DirectoryViewer::canSeeAnyOf(const QStringList& paths) const {
    return std::any_of(paths.begin(), paths.end(),
                       [this](const QString& p) { return canSeeNode(p); });
}

contacts::PersonInfo DirectoryViewer::present(contacts::PersonInfo person,
                                              const QStringList& positionPaths) const {
    const bool sameUnit =
        std::any_of(positionPaths.begin(), positionPaths.end(),
                    [this](const QString& p) { return underAny(p, m_unitPaths); });
    if (m_policy.maskMobileOutsideUnit && !sameUnit && person.id != m_personId) {
        person.mobile = maskMobile(person.mobile);
        person.mobileMasked = true;
    }
    return person;
}

int DirectoryViewer::proximity(const QStringList& paths) const {
    if (std::any_of(paths.begin(), paths.end(),
                    [this](const QString& p) { return underAny(p, m_unitPaths); }))
        return 0;
    if (std::any_of(paths.begin(), paths.end(),
                    [this](const QString& p) { return underAny(p, m_regionPaths); }))
        return 1;
    return 2;
}

} // namespace zt::server
