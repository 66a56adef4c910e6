#include "ApprovalProtocol.h"
#include "chat/WireHelpers.h"
#include "protocol/Ops.h"

#include <QJsonArray>
#include <limits>

namespace zt::approval {
namespace {

using K = QLatin1String;

QString b64(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

// Strict base64: a typo must not silently become other bytes that are then signed or stored.
std::optional<QByteArray> fromB64(const QJsonValue& v, qsizetype maxBytes) {
    if (!v.isString() || v.toString().size() > (maxBytes / 3 + 1) * 4) return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) return std::nullopt;
    return *decoded;
}

QByteArray bytesOf(const QJsonObject& o, const char* key) {
    return QByteArray::fromBase64(o.value(K(key)).toString().toLatin1());
}

bool isInteger(const QJsonValue& v) {
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

// An integer member in [min, max]; a missing member takes fallback (nullopt: required).
std::optional<qint64> integer(const QJsonObject& o, const char* key, qint64 min, qint64 max,
                              std::optional<qint64> fallback = std::nullopt) {
    const QJsonValue v = o.value(K(key));
    if (v.isUndefined()) return fallback;
    if (!isInteger(v) || v.toInteger() < min || v.toInteger() > max) return std::nullopt;
    return v.toInteger();
}

std::optional<QString> text(const QJsonObject& o, const char* key, int maxLength,
                            bool required = true) {
    const QJsonValue v = o.value(K(key));
    if (v.isUndefined() && !required) return QString();
    if (!v.isString() || v.toString().size() > maxLength) return std::nullopt;
    if (required && v.toString().trimmed().isEmpty()) return std::nullopt;
    return v.toString();
}

QJsonArray idArray(const QList<qint64>& ids) {
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QList<qint64> idList(const QJsonValue& v) {
    QList<qint64> ids;
    for (const QJsonValue& id : v.toArray())
        ids.append(id.toInteger());
    return ids;
}

QJsonObject stepToJson(const StepDef& s) {
    return {{K("name"), stepKindName(s.kind)},
            {K("mode"), stepModeName(s.mode)},
            {K("assignees"), idArray(s.assignees)}};
}

std::optional<StepDef> stepFromJson(const QJsonValue& v) {
    const QJsonObject o = v.toObject();
    const auto kind = stepKindFromName(o.value(K("name")).toString());
    const auto mode = stepModeFromName(o.value(K("mode")).toString());
    const QJsonArray assignees = o.value(K("assignees")).toArray();
    if (!kind || !mode || assignees.isEmpty() || assignees.size() > kMaxAssignees)
        return std::nullopt;
    StepDef step{*kind, *mode, {}};
    for (const QJsonValue& a : assignees) {
        if (!isInteger(a) || a.toInteger() <= 0 || step.assignees.contains(a.toInteger()))
            return std::nullopt;
        step.assignees.append(a.toInteger());
    }
    return step;
}

} // namespace

QString viewName(View view) {
    static const char* const names[] = {"todo", "done", "drafted", "distributed"};
    return K(names[int(view)]);
}

QJsonObject PublishKeyArgs::toJson() const {
    return {{K("cid"), cid}, {K("publicKey"), QString::fromLatin1(publicKeyPem)}};
}

std::optional<PublishKeyArgs> PublishKeyArgs::fromJson(const QJsonObject& o) {
    const auto cid = protocol::writeId(o);
    const auto pem = text(o, "publicKey", 4096);
    if (!cid || !pem) return std::nullopt;
    return PublishKeyArgs{*cid, pem->toLatin1()};
}

QJsonObject PublishKeyResult::toJson() const {
    return {{K("fingerprint"), b64(fingerprint)}, {K("algorithm"), algorithmName(algorithm)}};
}

PublishKeyResult PublishKeyResult::fromJson(const QJsonObject& o) {
    return {bytesOf(o, "fingerprint"), algorithmFromName(o.value(K("algorithm")).toString())
                                           .value_or(crypto::SignatureAlgorithm::Sm2Sm3)};
}

QJsonObject CreateArgs::toJson() const {
    QJsonArray stepArray;
    for (const StepDef& s : steps)
        stepArray.append(stepToJson(s));
    QJsonObject o{{K("cid"), cid},
                  {K("title"), title},
                  {K("docNumber"), docNumber},
                  {K("issuingUnit"), issuingUnit},
                  {K("securityLevel"), int(securityLevel)},
                  {K("urgency"), int(urgency)},
                  {K("steps"), stepArray}};
    if (bodyFile > 0)
        o.insert(K("bodyFile"), bodyFile);
    else
        o.insert(K("body"), b64(body));
    if (!attachments.isEmpty()) o.insert(K("attachments"), chat::wire::toArray(attachments));
    return o;
}

QByteArray signedContentHash(const QByteArray& bodySm3, const QByteArray& bodySha256,
                             const QList<files::FileMeta>& attachments,
                             crypto::SignatureAlgorithm algorithm) {
    const QByteArray body = algorithm == crypto::SignatureAlgorithm::Sm2Sm3 ? bodySm3 : bodySha256;
    if (attachments.isEmpty()) return body;
    QByteArray content = QByteArrayLiteral("zt-content-v1") + body;
    for (const files::FileMeta& file : attachments)
        content += file.sha256;
    return crypto::digest(algorithm, content);
}

std::optional<CreateArgs> CreateArgs::fromJson(const QJsonObject& o) {
    CreateArgs a;
    const auto cid = protocol::writeId(o);
    const auto title = text(o, "title", kMaxTitle);
    const auto number = text(o, "docNumber", 64, false);
    const auto unit = text(o, "issuingUnit", 128, false);
    const auto level = integer(o, "securityLevel", 0, 3);
    const auto urgency = integer(o, "urgency", 0, 2, 0);
    // Exactly one of body (inline) and bodyFile (uploaded through file.*).
    const bool inlineBody = o.contains(K("body"));
    const auto body = inlineBody ? fromB64(o.value(K("body")), kMaxBodyBytes)
                                 : std::optional<QByteArray>(QByteArray());
    const auto bodyFile = chat::wire::natural(o, K("bodyFile"), 0);
    const auto attachments = chat::wire::ids(o, K("attachments"), kMaxAttachments);
    const QJsonArray steps = o.value(K("steps")).toArray();
    if (!cid || !title || !number || !unit || !level || !urgency || !body || !bodyFile ||
        !attachments || (inlineBody == (*bodyFile > 0)) || (inlineBody && body->isEmpty()) ||
        steps.isEmpty() || steps.size() > kMaxSteps)
        return std::nullopt;
    a = {*cid,  *title,    *number, *unit,       SecurityLevel(*level), Urgency(*urgency),
         *body, *bodyFile, {},      *attachments};
    for (const QJsonValue& s : steps) {
        const auto step = stepFromJson(s);
        if (!step) return std::nullopt;
        a.steps.append(*step);
    }
    return a;
}

QJsonObject CreateResult::toJson() const {
    return {{K("doc"), document}, {K("version"), version}};
}

CreateResult CreateResult::fromJson(const QJsonObject& o) {
    return {o.value(K("doc")).toInteger(), o.value(K("version")).toInteger()};
}

QJsonObject ListArgs::toJson() const {
    return {{K("view"), viewName(view)}, {K("offset"), offset}, {K("limit"), limit}};
}

std::optional<ListArgs> ListArgs::fromJson(const QJsonObject& o) {
    const QString name = o.value(K("view")).toString(QStringLiteral("todo"));
    std::optional<View> view;
    for (int v = 0; v < kViewCount; ++v)
        if (viewName(View(v)) == name) view = View(v);
    const auto offset = integer(o, "offset", 0, 1'000'000, 0);
    const auto limit = integer(o, "limit", 1, 100, 50);
    if (!view || !offset || !limit) return std::nullopt;
    return ListArgs{*view, int(*offset), int(*limit)};
}

QJsonObject Summary::toJson() const {
    return {{K("doc"), id},
            {K("title"), title},
            {K("docNumber"), docNumber},
            {K("issuingUnit"), issuingUnit},
            {K("securityLevel"), int(securityLevel)},
            {K("urgency"), int(urgency)},
            {K("state"), docStateName(state)},
            {K("currentStep"), currentStep},
            {K("drafter"), drafter},
            {K("version"), version},
            {K("created"), createdMs},
            {K("updated"), updatedMs}};
}

Summary Summary::fromJson(const QJsonObject& o) {
    return {o.value(K("doc")).toInteger(),
            o.value(K("title")).toString(),
            o.value(K("docNumber")).toString(),
            o.value(K("issuingUnit")).toString(),
            SecurityLevel(o.value(K("securityLevel")).toInt()),
            Urgency(o.value(K("urgency")).toInt()),
            docStateFromName(o.value(K("state")).toString()).value_or(DocState::InProgress),
            o.value(K("currentStep")).toInt(),
            o.value(K("drafter")).toInteger(),
            o.value(K("version")).toInteger(),
            o.value(K("created")).toInteger(),
            o.value(K("updated")).toInteger()};
}

QJsonObject ListResult::toJson() const {
    QJsonArray array;
    for (const Summary& s : items)
        array.append(s.toJson());
    QJsonObject countObject;
    for (int v = 0; v < kViewCount; ++v)
        countObject.insert(viewName(View(v)), counts[std::size_t(v)]);
    return {{K("items"), array}, {K("total"), total}, {K("counts"), countObject}};
}

ListResult ListResult::fromJson(const QJsonObject& o) {
    ListResult r;
    for (const QJsonValue& v : o.value(K("items")).toArray())
        r.items.append(Summary::fromJson(v.toObject()));
    r.total = o.value(K("total")).toInt();
    const QJsonObject countObject = o.value(K("counts")).toObject();
    for (int v = 0; v < kViewCount; ++v)
        r.counts[std::size_t(v)] = countObject.value(viewName(View(v))).toInt();
    return r;
}

QJsonObject DocumentArgs::toJson() const {
    return {{K("doc"), document}};
}

std::optional<DocumentArgs> DocumentArgs::fromJson(const QJsonObject& o) {
    const auto doc = integer(o, "doc", 1, std::numeric_limits<qint64>::max());
    if (!doc) return std::nullopt;
    return DocumentArgs{*doc};
}

QJsonObject StepStatus::toJson() const {
    QJsonObject o = stepToJson(def);
    o.insert(K("effective"), idArray(effective));
    o.insert(K("approved"), idArray(approved));
    o.insert(K("status"), status);
    return o;
}

StepStatus StepStatus::fromJson(const QJsonObject& o) {
    StepStatus s;
    s.def = stepFromJson(o).value_or(StepDef{});
    s.effective = idList(o.value(K("effective")));
    s.approved = idList(o.value(K("approved")));
    s.status = o.value(K("status")).toString();
    return s;
}

std::optional<SealPlacement> RecordedAction::sealPlacement() const {
    if (signedAction.seal.isEmpty()) return std::nullopt;
    return SealPlacement::fromSignedText(signedAction.seal);
}

QJsonObject RecordedAction::toJson() const {
    const crypto::SignedAction& a = signedAction;
    QJsonObject o{{K("seq"), seq},
                  {K("actor"), a.actorUserId},
                  {K("step"), a.step.toInt()},
                  {K("action"), a.action},
                  {K("opinion"), a.opinion},
                  {K("time"), a.timeMs},
                  {K("algorithm"), algorithmName(a.algorithm)},
                  {K("contentHash"), b64(a.contentHash)},
                  {K("previousSignature"), b64(a.previousSignature)},
                  {K("keyFingerprint"), b64(a.publicKeyFingerprint)},
                  {K("signature"), b64(a.signature)}};
    if (const auto seal = sealPlacement()) o.insert(K("seal"), seal->toJson());
    return o;
}

std::optional<RecordedAction> RecordedAction::fromJson(const QJsonObject& o) {
    const auto algorithm = algorithmFromName(o.value(K("algorithm")).toString());
    if (!algorithm) return std::nullopt;
    RecordedAction r;
    r.seq = o.value(K("seq")).toInteger();
    crypto::SignedAction& a = r.signedAction;
    a.actorUserId = o.value(K("actor")).toInteger();
    a.step = signedStep(o.value(K("step")).toInt());
    a.action = o.value(K("action")).toString();
    a.opinion = o.value(K("opinion")).toString();
    a.timeMs = o.value(K("time")).toInteger();
    a.algorithm = *algorithm;
    a.contentHash = bytesOf(o, "contentHash");
    a.previousSignature = bytesOf(o, "previousSignature");
    a.publicKeyFingerprint = bytesOf(o, "keyFingerprint");
    a.signature = bytesOf(o, "signature");
    if (o.contains(K("seal"))) {
        // Kept as sent, even if malformed: the signature check then shows it was not signed.
        const auto seal = SealPlacement::fromJson(o.value(K("seal")));
        a.seal = seal ? seal->signedText() : QByteArrayLiteral("invalid");
    }
    return r; // documentId is the caller's: the document the history belongs to
}

QJsonObject KeyInfo::toJson() const {
    return {{K("user"), user}, {K("publicKey"), QString::fromLatin1(publicKeyPem)}};
}

KeyInfo KeyInfo::fromJson(const QJsonObject& o) {
    return {o.value(K("user")).toInteger(), o.value(K("publicKey")).toString().toLatin1()};
}

} // namespace zt::approval
