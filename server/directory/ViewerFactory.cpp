#include "ViewerFactory.h"
#include "storage/DirectoryStorage.h"

namespace zt::server {

const QStringList& ViewerFactory::hiddenPaths() {
    if (!m_hiddenAge.isValid() || m_hiddenAge.elapsed() > 5000) {
        m_hiddenPaths = m_dir.hiddenPaths();
        m_hiddenAge.start();
    }
    return m_hiddenPaths;
}

DirectoryViewer ViewerFactory::forUser(qint64 userId) {
    return DirectoryViewer(m_dir, m_policy, userId, hiddenPaths());
}

QStringList ViewerFactory::positionPaths(const contacts::PersonInfo& person) {
    QStringList paths;
    for (const contacts::PositionInfo& p : person.positions)
        if (const auto node = m_dir.node(p.nodeId)) paths << node->path;
    return paths;
}

} // namespace zt::server
