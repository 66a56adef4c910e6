#pragma once
// Vocabulary of document approval (公文审批), shared by the wire forms, the server's workflow and
// its storage: levels, steps, states and the action verbs, with their stable wire names.
#include "crypto/SigningKey.h"

#include <QList>
#include <QString>
#include <optional>

namespace zt::approval {

// Wire values are these integers; never renumber.
enum class SecurityLevel {
    Public = 0,
    Internal = 1,
    Secret = 2,
    Confidential = 3
};                                                            // 公开 内部 秘密 机密
enum class Urgency { Normal = 0, Urgent = 1, Immediate = 2 }; // 普通 加急 特急
enum class DocState { InProgress = 0, Completed = 1, Rejected = 2, Withdrawn = 3 };

// 拟稿 核稿 会签 签发 分发
enum class StepKind { Drafting, Checking, Countersign, Signoff, Distribution };
// Sequential: the assignees approve one after another in list order. Parallel: all of them, in
// any order (会签). Either way the step is complete once every assignee has approved.
enum class StepMode { Sequential, Parallel };

enum class ActionKind { Approve, Reject, Return, Delegate, Withdraw, Comment };

QString stepKindName(StepKind kind);
std::optional<StepKind> stepKindFromName(const QString& name);
QString stepModeName(StepMode mode);
std::optional<StepMode> stepModeFromName(const QString& name);
QString docStateName(DocState state);
std::optional<DocState> docStateFromName(const QString& name);
QString algorithmName(crypto::SignatureAlgorithm algorithm); // "sm2-sm3", "ecdsa-p256-sha256"
std::optional<crypto::SignatureAlgorithm> algorithmFromName(const QString& name);

// What an actor does, exactly as it is signed: "approve", "reject", "withdraw", "comment",
// "return:<step index>", "delegate:<user id>". The target sits inside the signed text so that
// nobody can redirect a signed return or delegation.
struct ActionVerb {
    ActionKind kind = ActionKind::Comment;
    qint64 target = 0; // step index for Return, user id for Delegate, else 0
    QString toString() const;
    static std::optional<ActionVerb> parse(const QString& text);
};

struct StepDef {
    StepKind kind = StepKind::Checking;
    StepMode mode = StepMode::Sequential;
    QList<qint64> assignees; // user ids, in order
};

// How a document is named inside signatures: its server id in decimal.
inline QString signedDocumentId(qint64 documentId) {
    return QString::number(documentId);
}
// How a step is named inside signatures: its index in decimal.
inline QString signedStep(int stepIndex) {
    return QString::number(stepIndex);
}

} // namespace zt::approval
