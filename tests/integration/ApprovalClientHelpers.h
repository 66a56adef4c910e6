#pragma once
// Shared by the approval tests that drive the real client core against the real server
// (tst_approval_client, tst_approval_offline, tst_approval_export): waiting for the service's
// signals, reading the server's own view, creating documents, signing and queueing acts.
#include "ServerProcess.h"
#include "TestClient.h"
#include "approval/ApprovalService.h"
#include "store/Database.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace zt::test::approvalclient {

using approval::ActionKind;
using approval::ApprovalService;
using approval::DocumentView;

inline constexpr int kTimeoutMs = 30'000;
inline const QString kQuarterly = QStringLiteral("关于报送第四季度重点工作进展的通知");    // 张伟
inline const QString kSecurity = QStringLiteral("关于开展2026年度网络安全检查工作的通知"); // 单晓明

// Helpers take a TestClient or a bare ClientCore (the ECDSA case builds its own).
inline core::ClientCore& coreOf(test::TestClient& c) {
    return c.core();
}
inline core::ClientCore& coreOf(core::ClientCore& c) {
    return c;
}

ApprovalService& svc(auto& c) {
    return *coreOf(c).approval();
}

qint64 idOf(auto& c) {
    return coreOf(c).account().userId;
}

protocol::Response call(auto& c, const QString& op, const QJsonObject& args) {
    std::optional<protocol::Response> answer;
    coreOf(c).connection().request(op, args, [&](const protocol::Response& r) { answer = r; });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, kTimeoutMs);
    return answer.value_or(protocol::Response{});
}

// The server's own view of a document, bypassing the client's cache.
approval::GetResult serverState(auto& c, qint64 doc) {
    return approval::GetResult::fromJson(
        call(c, approval::op::Get, approval::DocumentArgs{doc}.toJson()).result);
}

inline int actionsBy(const approval::GetResult& r, qint64 actor, const QString& verb) {
    int n = 0;
    for (const approval::RecordedAction& a : r.actions)
        n += a.signedAction.actorUserId == actor && a.signedAction.action == verb;
    return n;
}

// Waits for an emission of the spied signal whose arguments match.
inline std::optional<QList<QVariant>>
awaitSignal(QSignalSpy& spy, const std::function<bool(const QList<QVariant>&)>& match) {
    std::optional<QList<QVariant>> found;
    (void)QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& args : spy)
                if (match(args)) found = args;
            return found.has_value();
        },
        kTimeoutMs);
    return found;
}

std::optional<approval::ListResult> listFromServer(auto& c, approval::View view) {
    QSignalSpy spy(&svc(c), &ApprovalService::inboxLoaded);
    svc(c).refreshInbox(view);
    const std::optional<QList<QVariant>> args =
        awaitSignal(spy, [](const QList<QVariant>& a) { return a.at(2).toBool(); });
    if (!args) return std::nullopt;
    return args->at(1).value<approval::ListResult>();
}

inline qint64 findByTitle(const approval::ListResult& list, const QString& title) {
    for (const approval::Summary& s : list.items)
        if (s.title == title) return s.id;
    return 0;
}

// Opens and waits for the server's answer (the cached one, if any, comes first).
std::optional<DocumentView> openFresh(auto& c, qint64 doc) {
    QSignalSpy spy(&svc(c), &ApprovalService::documentLoaded);
    svc(c).open(doc);
    const std::optional<QList<QVariant>> args = awaitSignal(spy, [doc](const QList<QVariant>& a) {
        const auto v = a.at(0).value<DocumentView>();
        return v.fromServer && v.detail.summary.id == doc;
    });
    if (!args) return std::nullopt;
    return args->at(0).value<DocumentView>();
}

// Signs and queues; returns the write's cid (empty when the service refused to queue).
QString queueAct(auto& c, qint64 doc, ActionKind kind, qint64 target = 0) {
    QSignalSpy queued(&svc(c), &ApprovalService::actQueued);
    QSignalSpy failed(&svc(c), &ApprovalService::actFailed);
    svc(c).act(doc, kind, QStringLiteral("同意。"), target);
    (void)QTest::qWaitFor([&] { return !queued.isEmpty() || !failed.isEmpty(); }, kTimeoutMs);
    if (!failed.isEmpty()) qWarning() << "act not queued:" << failed.at(0).at(1).toString();
    return queued.isEmpty() ? QString() : queued.at(0).at(1).toString();
}

bool actOnline(auto& c, qint64 doc, ActionKind kind, qint64 target = 0) {
    QSignalSpy accepted(&svc(c), &ApprovalService::actAccepted);
    const QString cid = queueAct(c, doc, kind, target);
    return !cid.isEmpty() && awaitSignal(accepted, [&](const QList<QVariant>& a) {
        return a.at(1).toString() == cid;
    });
}

inline bool anyFileContains(const QString& dir, const QByteArray& needle) {
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) return true;
    }
    return false;
}

int outboxRows(auto& c, const QString& op) {
    auto st =
        coreOf(c).database()->prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE op=?"));
    st.bind(1, op);
    return st.next() ? int(st.int64(0)) : -1;
}

// The server and whoever a test signs in.
class ClientFixture {
protected:
    void startServer() {
        m_server = std::make_unique<ServerProcess>(m_data.path());
        QVERIFY(m_server->start());
    }
    std::unique_ptr<TestClient> signedIn(const QString& user, const QString& profile = {}) {
        auto client = std::make_unique<TestClient>(profile);
        if (!client->signIn(m_server->url(), user) || !client->core().approval()) return nullptr;
        return client;
    }
    qint64 createDoc(TestClient& drafter, const QList<approval::StepDef>& steps) {
        approval::CreateArgs args;
        args.cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        args.title = QStringLiteral("关于客户端审批测试的通知");
        args.docNumber = QStringLiteral("测发〔2026〕9号");
        args.issuingUnit = QStringLiteral("测试办公室");
        args.body = QByteArrayLiteral("%PDF-1.4\n% client test\n%%EOF\n");
        args.steps = steps;
        const protocol::Response r = call(drafter, approval::op::Create, args.toJson());
        return r.ok ? approval::CreateResult::fromJson(r.result).document : 0;
    }
    approval::StepDef step(approval::StepKind kind, std::initializer_list<qint64> who) {
        return {kind, approval::StepMode::Sequential, QList<qint64>(who)};
    }

    QTemporaryDir m_data;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace zt::test::approvalclient
