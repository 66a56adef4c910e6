#include "DemoSeed.h"
#include "approval/ApprovalDemoSeeder.h"
#include "crypto/Kdf.h"
#include "storage/ServerStorage.h"

namespace zt::server {

QList<DemoAccount> seedDemo(ServerStorage& storage) {
    const QList<DemoAccount> accounts{
        {QStringLiteral("zhangwei"), QStringLiteral("张伟")},
        {QStringLiteral("lina"), QStringLiteral("李娜")},
        {QStringLiteral("wangfang"), QStringLiteral("王芳")},
        {QStringLiteral("shanxiaoming"), QStringLiteral("单晓明")},
        {QStringLiteral("zengli"), QStringLiteral("曾丽")},
    };
    storage.transaction([&] {
        for (const DemoAccount& a : accounts)
            if (!storage.userByName(a.user))
                storage.createUser(a.user, a.displayName, crypto::hashPassword(kDemoPassword));
    });
    ApprovalDemoSeeder(storage).seed(); // once: documents in several workflow states
    return accounts;
}

} // namespace zt::server
