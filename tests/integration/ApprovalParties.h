#pragma once
// Shared by the approval tests that talk to the real server over bare WebSockets
// (tst_approval_workflow, tst_approval_integrity): the five demo accounts signed in, each with
// a published key (王芳 ECDSA P-256, the others SM2), and helpers that create documents and
// sign actions the way a client would.
#include "RawClient.h"
#include "ServerProcess.h"
#include "approval/ApprovalProtocol.h"
#include "crypto/ActionChain.h"

#include <QTemporaryDir>
#include <functional>
#include <map>
#include <memory>

namespace zt::test {

inline const QString kOk = QStringLiteral("ok");
inline const QByteArray kPdf =
    QByteArrayLiteral("%PDF-1.4\n% test body\n1 0 obj<<>>endobj\n%%EOF\n");

QString cid();
// "ok", or "code/message" (for approval's own codes the message is the machine reason).
QString outcome(const QJsonObject& res);
QJsonObject resultOf(const QJsonObject& res);

struct Party {
    explicit Party(crypto::SigningKey k)
        : key(std::move(k)) {}
    RawClient client;
    qint64 id = 0;
    crypto::SigningKey key;
};

// Changes a signed action's request before it is sent: the tampering cases.
using Tamper = std::function<void(approval::ActArgs&)>;

class ApprovalParties {
protected:
    // Starts the server and signs everyone in; call from initTestCase (uses QVERIFY).
    void startServerAndParties();

    Party& p(const char* name) { return *m_parties.at(QLatin1String(name)); }
    qint64 createDoc(const char* drafter, const QList<approval::StepDef>& steps,
                     approval::SecurityLevel level = approval::SecurityLevel::Internal,
                     const QByteArray& body = kPdf);
    qint64 standardDoc(); // 拟稿 张伟 → 核稿 李娜 → 会签 王芳+单晓明 → 签发 王芳
    approval::GetResult get(const char* who, qint64 doc);
    approval::ActArgs signedArgs(const char* who, qint64 doc, const QString& verb,
                                 int stepDelta = 0, const QString& opinion = {});
    QString act(const char* who, qint64 doc, const QString& verb, int stepDelta = 0,
                const Tamper& tamper = {});
    QList<approval::StepDef> steps(std::initializer_list<approval::StepDef> list) { return list; }
    approval::StepDef step(approval::StepKind kind, approval::StepMode mode,
                           std::initializer_list<const char*> who);

private:
    QTemporaryDir m_data;
    std::unique_ptr<ServerProcess> m_server;
    std::map<QString, std::unique_ptr<Party>> m_parties;
};

} // namespace zt::test
