#pragma once
// Demo accounts for --demo. The full Zhejiang directory is seeded by the contacts domain.
#include <QList>
#include <QString>

namespace zt::server {

class ServerStorage;

struct DemoAccount {
    QString user;
    QString displayName;
};

inline const QString kDemoPassword = QStringLiteral("Zhengtong@2026");

// Creates the demo accounts that do not exist yet; returns all demo accounts.
QList<DemoAccount> seedDemo(ServerStorage& storage);

} // namespace zt::server
