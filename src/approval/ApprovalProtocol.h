#pragma once
// Document approval (issue 5) on the wire: typed args and results of the approval.* ops and the
// approval.updated event, shared by client and server. Binary values travel as standard base64.
#include "ApprovalMarks.h"
#include "ApprovalTypes.h"
#include "crypto/ActionChain.h"
#include "files/FileProtocol.h"
#include "protocol/Frame.h"

#include <QJsonObject>
#include <array>
#include <optional>

namespace zt::approval {

namespace op {
inline const QString PublishKey = QStringLiteral("approval.publish_key");
inline const QString Create = QStringLiteral("approval.create");
inline const QString List = QStringLiteral("approval.list");
inline const QString Get = QStringLiteral("approval.get");
inline const QString Body = QStringLiteral("approval.body");
inline const QString Act = QStringLiteral("approval.act");
} // namespace op
namespace event {
inline const QString Updated = QStringLiteral("approval.updated");
}

// Error codes of this domain. Their `message` is exactly one machine reason from `reason`.
namespace errc {
inline const QString Conflict = QStringLiteral("conflict");          // the workflow says no
inline const QString BadSignature = QStringLiteral("bad_signature"); // key, signature, content
inline const QString BrokenChain = QStringLiteral("broken_chain");   // previousSignature is stale
} // namespace errc
namespace reason {
inline const QString Completed = QStringLiteral("completed");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Withdrawn = QStringLiteral("withdrawn");
inline const QString StepCompleted = QStringLiteral("step_completed");
inline const QString StepNotCurrent = QStringLiteral("step_not_current");
inline const QString NotAssignee = QStringLiteral("not_assignee");
inline const QString NotYourTurn = QStringLiteral("not_your_turn");
inline const QString AlreadyActed = QStringLiteral("already_acted");
inline const QString NotDrafter = QStringLiteral("not_drafter");
inline const QString OthersActed = QStringLiteral("others_acted");
inline const QString BadTarget = QStringLiteral("bad_target");
inline const QString KeyInUse = QStringLiteral("key_in_use");
inline const QString UnknownKey = QStringLiteral("unknown_key");
inline const QString BadSignature = QStringLiteral("bad_signature");
inline const QString ContentMismatch = QStringLiteral("content_mismatch");
inline const QString BrokenChain = QStringLiteral("broken_chain");
} // namespace reason

// The decoded PDF body accepted by approval.create. A create frame must also fit the 1 MiB frame
// limit, so today a body travels in one frame only up to about 760 KiB; larger bodies need the
// chunked upload planned for the next step. approval.body reads at most kMaxBodyChunk per call.
inline constexpr qsizetype kMaxBodyBytes = 8 << 20;
inline constexpr int kMaxBodyChunk = 512 * 1024;
inline constexpr int kMaxSteps = 20;
inline constexpr int kMaxAssignees = 50;
inline constexpr int kMaxTitle = 200;
inline constexpr int kMaxOpinion = 2000;

struct PublishKeyArgs {
    QString cid;
    QByteArray publicKeyPem;
    QJsonObject toJson() const;
    static std::optional<PublishKeyArgs> fromJson(const QJsonObject& o);
};

struct PublishKeyResult {
    QByteArray fingerprint;
    crypto::SignatureAlgorithm algorithm = crypto::SignatureAlgorithm::Sm2Sm3;
    QJsonObject toJson() const;
    static PublishKeyResult fromJson(const QJsonObject& o);
};

inline constexpr int kMaxAttachments = 20;

// The hash an action signs: the body's hash for its algorithm when the document has no
// attachments; otherwise digest("zt-content-v1" ‖ body hash ‖ each attachment's SHA-256, in
// order), so replacing, removing or reordering an attachment breaks every signature too.
QByteArray signedContentHash(const QByteArray& bodySm3, const QByteArray& bodySha256,
                             const QList<files::FileMeta>& attachments,
                             crypto::SignatureAlgorithm algorithm);

struct CreateArgs {
    QString cid;
    QString title;
    QString docNumber;   // 文号, e.g. 浙政办发〔2026〕12号
    QString issuingUnit; // 发文单位
    SecurityLevel securityLevel = SecurityLevel::Internal;
    Urgency urgency = Urgency::Normal;
    QByteArray body;     // PDF bytes (base64 on the wire); or:
    qint64 bodyFile = 0; // the caller's uploaded file (file.*) holding the PDF, for large bodies
    QList<StepDef> steps;
    QList<qint64> attachments; // files the caller uploaded or may read, at most kMaxAttachments
    QJsonObject toJson() const;
    static std::optional<CreateArgs> fromJson(const QJsonObject& o);
};

struct CreateResult {
    qint64 document = 0;
    qint64 version = 0;
    QJsonObject toJson() const;
    static CreateResult fromJson(const QJsonObject& o);
};

enum class View {
    Todo = 0,
    Done = 1,
    Drafted = 2,
    Distributed = 3
}; // 待办 已办 我起草的 分发给我的
inline constexpr int kViewCount = 4;
QString viewName(View view);

struct ListArgs {
    View view = View::Todo;
    int offset = 0;
    int limit = 50; // 1..100
    QJsonObject toJson() const;
    static std::optional<ListArgs> fromJson(const QJsonObject& o);
};

struct Summary {
    qint64 id = 0;
    QString title;
    QString docNumber;
    QString issuingUnit;
    SecurityLevel securityLevel = SecurityLevel::Internal;
    Urgency urgency = Urgency::Normal;
    DocState state = DocState::InProgress;
    int currentStep = 0;
    qint64 drafter = 0;
    qint64 version = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QJsonObject toJson() const;
    static Summary fromJson(const QJsonObject& o);
};

struct ListResult {
    QList<Summary> items;
    int total = 0;                        // in the asked view
    std::array<int, kViewCount> counts{}; // every view, indexed by View
    QJsonObject toJson() const;
    static ListResult fromJson(const QJsonObject& o);
};

struct DocumentArgs { // approval.get
    qint64 document = 0;
    QJsonObject toJson() const;
    static std::optional<DocumentArgs> fromJson(const QJsonObject& o);
};

struct StepStatus {
    StepDef def;
    QList<qint64> effective; // the assignees after delegations
    QList<qint64> approved;  // who approved in the current round
    QString status;          // "waiting", "active", "done"
    QJsonObject toJson() const;
    static StepStatus fromJson(const QJsonObject& o);
};

struct RecordedAction {
    qint64 seq = 0; // 1, 2, … per document
    crypto::SignedAction signedAction;
    // The seal an approve act placed (decoded from signedAction.seal); nullopt: none.
    std::optional<SealPlacement> sealPlacement() const;
    QJsonObject toJson() const;
    static std::optional<RecordedAction> fromJson(const QJsonObject& o);
};

struct KeyInfo {
    qint64 user = 0;
    QByteArray publicKeyPem;
    QJsonObject toJson() const;
    static KeyInfo fromJson(const QJsonObject& o);
};

struct GetResult {
    Summary summary;
    qint64 bodySize = 0;
    QByteArray bodySm3;    // contentHash to sign with SM2
    QByteArray bodySha256; // contentHash to sign with ECDSA
    QList<StepStatus> steps;
    QList<RecordedAction> actions;      // the full signed history, oldest first
    QList<qint64> pending;              // who may approve now
    QList<KeyInfo> keys;                // every key the history was signed with
    QList<Annotation> annotations;      // every reader's notes and highlights, oldest first
    QList<files::FileMeta> attachments; // bound into the signed content hash when present
    QJsonObject toJson() const;
    static GetResult fromJson(const QJsonObject& o);
};

struct BodyArgs {
    qint64 document = 0;
    qint64 offset = 0;
    int length = kMaxBodyChunk;
    QJsonObject toJson() const;
    static std::optional<BodyArgs> fromJson(const QJsonObject& o);
};

struct BodyResult {
    QByteArray data;
    qint64 offset = 0;
    qint64 total = 0;
    QJsonObject toJson() const;
    static BodyResult fromJson(const QJsonObject& o);
};

// approval.act: the signed action itself plus the write id. The actor is the session's user.
struct ActArgs {
    QString cid;
    qint64 document = 0;
    int step = 0;
    ActionVerb verb;
    QString opinion;
    qint64 timeMs = 0;
    crypto::SignatureAlgorithm algorithm = crypto::SignatureAlgorithm::Sm2Sm3;
    QByteArray contentHash;
    QByteArray previousSignature;
    QByteArray keyFingerprint;
    QByteArray signature;
    std::optional<SealPlacement> seal; // approve only: signed with the rest (SignedAction::seal)
    crypto::SignedAction toSigned(qint64 actor) const;
    static ActArgs fromSigned(const QString& cid, qint64 document, int step,
                              const crypto::SignedAction& signedAction);
    QJsonObject toJson() const;
    static std::optional<ActArgs> fromJson(const QJsonObject& o);
};

struct ActResult {
    qint64 seq = 0;
    qint64 version = 0;
    DocState state = DocState::InProgress;
    int currentStep = 0;
    QJsonObject toJson() const;
    static ActResult fromJson(const QJsonObject& o);
};

struct UpdatedEvent {
    qint64 document = 0;
    qint64 version = 0;
    QJsonObject toJson() const;
    static std::optional<UpdatedEvent> fromJson(const QJsonObject& o);
};

} // namespace zt::approval
