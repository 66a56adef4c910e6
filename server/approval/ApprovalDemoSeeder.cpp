#include "ApprovalDemoSeeder.h"
#include "ApprovalWriter.h"
#include "LoadedDocument.h"
#include "crypto/ActionChain.h"
#include "storage/ServerStorage.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <stdexcept>

namespace zt::server {

Q_LOGGING_CATEGORY(lcApprovalSeed, "zt.server.seed")

using approval::StepKind;
using approval::StepMode;

struct DemoStep {
    StepKind kind;
    StepMode mode;
    QStringList users;
};

struct DemoDocument {
    const char* title;
    const char* number;
    const char* unit;
    approval::SecurityLevel level;
    approval::Urgency urgency;
    const char* pdf;
    QString drafter;
    QList<DemoStep> steps;
};

namespace {

QString u(const char* text) {
    return QString::fromUtf8(text);
}

QStringList users(std::initializer_list<const char*> names) {
    QStringList list;
    for (const char* name : names)
        list << QLatin1String(name);
    return list;
}

} // namespace

ApprovalDemoSeeder::ApprovalDemoSeeder(ServerStorage& storage)
    : m_storage(storage) {
}

ApprovalDemoSeeder::~ApprovalDemoSeeder() = default;

bool ApprovalDemoSeeder::lookUpUsers() {
    for (const QString& name : users({"zhangwei", "lina", "wangfang", "shanxiaoming", "zengli"})) {
        const auto user = m_storage.userByName(name);
        if (!user) return false;
        m_ids[name] = user->id;
        m_keys[name] = std::make_shared<crypto::SigningKey>(
            crypto::SigningKey::generate(crypto::SignatureAlgorithm::Sm2Sm3));
    }
    return true;
}

qint64 ApprovalDemoSeeder::create(const DemoDocument& doc) {
    QFile pdf(QStringLiteral(":/zhengtong/server/demo/pdf/") + QLatin1String(doc.pdf));
    if (!pdf.open(QIODevice::ReadOnly)) // compiled in: only a broken build gets here
        throw std::runtime_error("demo PDF missing from the resources");
    approval::CreateArgs args;
    args.title = u(doc.title);
    args.docNumber = u(doc.number);
    args.issuingUnit = u(doc.unit);
    args.securityLevel = doc.level;
    args.urgency = doc.urgency;
    args.body = pdf.readAll();
    for (const DemoStep& step : doc.steps) {
        approval::StepDef def{step.kind, step.mode, {}};
        for (const QString& name : step.users)
            def.assignees.append(m_ids.value(name));
        args.steps.append(def);
    }
    return ApprovalWriter(m_storage)
        .create(m_ids.value(doc.drafter), args, nullptr, m_clock)
        .document;
}

// Signs like a client: over the body hash and the current last signature, then acts.
void ApprovalDemoSeeder::act(qint64 docId, const QString& user, const QString& verb,
                             const QString& opinion) {
    const auto doc = loadDocument(m_storage.approval(), docId);
    if (!doc) return;
    m_clock += 47 * 60 * 1000;
    crypto::SignedAction action;
    action.documentId = approval::signedDocumentId(docId);
    action.contentHash = doc->record.bodySm3;
    action.step = approval::signedStep(doc->state.current);
    action.action = verb;
    action.opinion = opinion;
    action.actorUserId = m_ids.value(user);
    action.timeMs = m_clock;
    action.previousSignature = doc->lastSignature();
    crypto::sign(action, *m_keys.value(user));
    ApprovalWriter(m_storage).act(
        action.actorUserId, approval::ActArgs::fromSigned({}, docId, doc->state.current, action),
        nullptr, m_clock);
}

// The histories: in countersign, completed and distributed, rejected at signoff, and returned
// once and now waiting for 张伟 (the account the demo client signs in with).
void ApprovalDemoSeeder::actAll(const QList<qint64>& ids) {
    const QString approve = QStringLiteral("approve");
    const auto run = [&](qint64 doc, const char* user, const QString& verb, const char* opinion) {
        act(doc, QLatin1String(user), verb, u(opinion));
    };
    run(ids[0], "zhangwei", approve, "拟稿完成，请核稿。");
    run(ids[0], "lina", approve, "已核，文字规范，同意报签。");
    run(ids[0], "wangfang", approve, "同意。检查方案可行。");
    run(ids[1], "lina", approve, "请核稿。");
    run(ids[1], "zhangwei", approve, "已核。");
    run(ids[1], "zengli", approve, "同意印发。");
    run(ids[1], "zhangwei", approve, "已收阅。");
    run(ids[1], "shanxiaoming", approve, "已收阅。");
    run(ids[2], "wangfang", approve, "请审核。");
    run(ids[2], "zhangwei", approve, "同意，报请签发。");
    run(ids[2], "zengli", QStringLiteral("reject"), "暂缓采购，纳入明年预算统筹考虑。");
    run(ids[3], "shanxiaoming", approve, "请核稿。");
    run(ids[3], "zhangwei", QStringLiteral("return:0"), "请补充各单位报送时限。");
    run(ids[3], "shanxiaoming", approve, "已补充报送时限，请再核。");
    run(ids[3], "zengli", QStringLiteral("comment"), "请各单位按时报送。");
}

int ApprovalDemoSeeder::seed() {
    QElapsedTimer timer;
    timer.start();
    if (m_storage.approval().documentCount() > 0 || !lookUpUsers()) return 0;
    using L = approval::SecurityLevel;
    using U = approval::Urgency;
    const QList<DemoDocument> docs{
        {"关于开展2026年度网络安全检查工作的通知",
         "浙政办发〔2026〕12号",
         "浙江省人民政府办公厅",
         L::Internal,
         U::Urgent,
         "install-latex-guide-zh-cn.pdf",
         QStringLiteral("zhangwei"),
         {{StepKind::Drafting, StepMode::Sequential, users({"zhangwei"})},
          {StepKind::Checking, StepMode::Sequential, users({"lina"})},
          {StepKind::Countersign, StepMode::Parallel, users({"wangfang", "shanxiaoming"})},
          {StepKind::Signoff, StepMode::Sequential, users({"zengli"})},
          {StepKind::Distribution, StepMode::Parallel, users({"lina", "wangfang"})}}},
        {"关于印发《政务公文排版规范》的通知",
         "浙政办函〔2026〕7号",
         "浙江省人民政府办公厅",
         L::Public,
         U::Normal,
         "zhlineskip.pdf",
         QStringLiteral("lina"),
         {{StepKind::Drafting, StepMode::Sequential, users({"lina"})},
          {StepKind::Checking, StepMode::Sequential, users({"zhangwei"})},
          {StepKind::Signoff, StepMode::Sequential, users({"zengli"})},
          {StepKind::Distribution, StepMode::Parallel, users({"zhangwei", "shanxiaoming"})}}},
        {"关于采购电子签章系统的请示",
         "浙政办〔2026〕21号",
         "浙江省人民政府办公厅",
         L::Confidential,
         U::Immediate,
         "libtasn1.pdf",
         QStringLiteral("wangfang"),
         {{StepKind::Drafting, StepMode::Sequential, users({"wangfang"})},
          {StepKind::Checking, StepMode::Sequential, users({"zhangwei"})},
          {StepKind::Signoff, StepMode::Sequential, users({"zengli"})}}},
        {"关于报送第四季度重点工作进展的通知",
         "余政办发〔2026〕33号",
         "杭州市余杭区人民政府办公室",
         L::Internal,
         U::Normal,
         "zhlineskip.pdf",
         QStringLiteral("shanxiaoming"),
         {{StepKind::Drafting, StepMode::Sequential, users({"shanxiaoming"})},
          {StepKind::Checking, StepMode::Sequential, users({"zhangwei"})},
          {StepKind::Signoff, StepMode::Sequential, users({"zengli"})}}},
    };
    m_clock = QDateTime::currentMSecsSinceEpoch() - 3LL * 24 * 3600 * 1000;
    int created = 0;
    m_storage.transaction([&] {
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
            ApprovalWriter(m_storage).publishKey(m_ids.value(it.key()), {{}, (*it)->publicKeyPem()},
                                                 m_clock);
        QList<qint64> ids;
        for (const DemoDocument& doc : docs)
            ids.append(create(doc));
        actAll(ids);
        created = int(ids.size());
    });
    qCInfo(lcApprovalSeed) << "approval documents seeded:" << created << "in" << timer.elapsed()
                           << "ms";
    return created;
}

} // namespace zt::server
