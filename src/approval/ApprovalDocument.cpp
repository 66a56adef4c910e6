// Typed forms of the per-document ops (approval.get, approval.body, approval.act) and the event.
#include "ApprovalProtocol.h"
#include "protocol/Ops.h"

#include <QJsonArray>
#include <limits>

namespace zt::approval {
namespace {

using K = QLatin1String;

QString b64(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

// Signature material: strict base64 and at most 1 KiB (hashes 32 bytes, DER signatures < 80).
std::optional<QByteArray> blob(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(K(key));
    if (!v.isString() || v.toString().size() > 1400) return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) return std::nullopt;
    return *decoded;
}

std::optional<qint64> integer(const QJsonObject& o, const char* key, qint64 min, qint64 max,
                              std::optional<qint64> fallback = std::nullopt) {
    const QJsonValue v = o.value(K(key));
    if (v.isUndefined()) return fallback;
    if (!v.isDouble() || v.toDouble() != double(v.toInteger())) return std::nullopt;
    if (v.toInteger() < min || v.toInteger() > max) return std::nullopt;
    return v.toInteger();
}

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

template <typename T> QJsonArray arrayOf(const QList<T>& items) {
    QJsonArray a;
    for (const T& item : items)
        a.append(item.toJson());
    return a;
}

} // namespace

QJsonObject GetResult::toJson() const {
    QJsonArray pendingArray;
    for (qint64 id : pending)
        pendingArray.append(id);
    return {{K("summary"), summary.toJson()},
            {K("bodySize"), bodySize},
            {K("bodySm3"), b64(bodySm3)},
            {K("bodySha256"), b64(bodySha256)},
            {K("steps"), arrayOf(steps)},
            {K("actions"), arrayOf(actions)},
            {K("pending"), pendingArray},
            {K("keys"), arrayOf(keys)},
            {K("annotations"), arrayOf(annotations)},
            {K("attachments"), arrayOf(attachments)}};
}

GetResult GetResult::fromJson(const QJsonObject& o) {
    GetResult r;
    r.summary = Summary::fromJson(o.value(K("summary")).toObject());
    r.bodySize = o.value(K("bodySize")).toInteger();
    r.bodySm3 = QByteArray::fromBase64(o.value(K("bodySm3")).toString().toLatin1());
    r.bodySha256 = QByteArray::fromBase64(o.value(K("bodySha256")).toString().toLatin1());
    for (const QJsonValue& v : o.value(K("steps")).toArray())
        r.steps.append(StepStatus::fromJson(v.toObject()));
    for (const QJsonValue& v : o.value(K("actions")).toArray())
        if (auto action = RecordedAction::fromJson(v.toObject())) {
            action->signedAction.documentId = signedDocumentId(r.summary.id);
            r.actions.append(*action);
        }
    for (const QJsonValue& v : o.value(K("pending")).toArray())
        r.pending.append(v.toInteger());
    for (const QJsonValue& v : o.value(K("keys")).toArray())
        r.keys.append(KeyInfo::fromJson(v.toObject()));
    for (const QJsonValue& v : o.value(K("annotations")).toArray())
        if (auto annotation = Annotation::fromJson(v.toObject())) r.annotations.append(*annotation);
    for (const QJsonValue& v : o.value(K("attachments")).toArray())
        if (auto file = files::FileMeta::fromJson(v.toObject())) r.attachments.append(*file);
    return r;
}

QJsonObject BodyArgs::toJson() const {
    return {{K("doc"), document}, {K("offset"), offset}, {K("length"), length}};
}

std::optional<BodyArgs> BodyArgs::fromJson(const QJsonObject& o) {
    const auto doc = integer(o, "doc", 1, kMaxId);
    const auto offset = integer(o, "offset", 0, kMaxBodyBytes, 0);
    const auto length = integer(o, "length", 1, kMaxBodyChunk, kMaxBodyChunk);
    if (!doc || !offset || !length) return std::nullopt;
    return BodyArgs{*doc, *offset, int(*length)};
}

QJsonObject BodyResult::toJson() const {
    return {{K("data"), b64(data)}, {K("offset"), offset}, {K("total"), total}};
}

BodyResult BodyResult::fromJson(const QJsonObject& o) {
    return {QByteArray::fromBase64(o.value(K("data")).toString().toLatin1()),
            o.value(K("offset")).toInteger(), o.value(K("total")).toInteger()};
}

crypto::SignedAction ActArgs::toSigned(qint64 actor) const {
    crypto::SignedAction a;
    a.documentId = signedDocumentId(document);
    a.contentHash = contentHash;
    a.step = signedStep(step);
    a.action = verb.toString();
    a.opinion = opinion;
    a.actorUserId = actor;
    a.timeMs = timeMs;
    a.previousSignature = previousSignature;
    a.algorithm = algorithm;
    a.signature = signature;
    a.publicKeyFingerprint = keyFingerprint;
    if (seal) a.seal = seal->signedText();
    return a;
}

ActArgs ActArgs::fromSigned(const QString& cid, qint64 document, int step,
                            const crypto::SignedAction& a) {
    ActArgs args;
    args.cid = cid;
    args.document = document;
    args.step = step;
    args.verb = ActionVerb::parse(a.action).value_or(ActionVerb{});
    args.opinion = a.opinion;
    args.timeMs = a.timeMs;
    args.algorithm = a.algorithm;
    args.contentHash = a.contentHash;
    args.previousSignature = a.previousSignature;
    args.keyFingerprint = a.publicKeyFingerprint;
    args.signature = a.signature;
    if (!a.seal.isEmpty()) args.seal = SealPlacement::fromSignedText(a.seal);
    return args;
}

QJsonObject ActArgs::toJson() const {
    QJsonObject o{{K("cid"), cid},
                  {K("doc"), document},
                  {K("step"), step},
                  {K("action"), verb.toString()},
                  {K("opinion"), opinion},
                  {K("time"), timeMs},
                  {K("algorithm"), algorithmName(algorithm)},
                  {K("contentHash"), b64(contentHash)},
                  {K("previousSignature"), b64(previousSignature)},
                  {K("keyFingerprint"), b64(keyFingerprint)},
                  {K("signature"), b64(signature)}};
    if (seal) o.insert(K("seal"), seal->toJson());
    return o;
}

std::optional<ActArgs> ActArgs::fromJson(const QJsonObject& o) {
    ActArgs a;
    const auto cid = protocol::writeId(o);
    const auto doc = integer(o, "doc", 1, kMaxId);
    const auto step = integer(o, "step", 0, kMaxSteps); // kMaxSteps: past the last
    const auto verb = ActionVerb::parse(o.value(K("action")).toString());
    const QJsonValue opinion = o.value(K("opinion"));
    const auto time = integer(o, "time", 1, kMaxId);
    const auto algorithm = algorithmFromName(o.value(K("algorithm")).toString());
    const auto hash = blob(o, "contentHash");
    const auto previous = blob(o, "previousSignature");
    const auto fingerprint = blob(o, "keyFingerprint");
    const auto signature = blob(o, "signature");
    const QJsonValue sealValue = o.value(K("seal"));
    const auto seal = SealPlacement::fromJson(sealValue);
    // A seal is placed by an approval only.
    if (!sealValue.isUndefined() && (!seal || !verb || verb->kind != ActionKind::Approve))
        return std::nullopt;
    if (!cid || !doc || !step || !verb || !time || !algorithm || !hash || !previous ||
        !fingerprint || !signature || signature->isEmpty() || !opinion.isString() ||
        opinion.toString().size() > kMaxOpinion)
        return std::nullopt;
    a = {*cid,       *doc,  int(*step), *verb,        opinion.toString(), *time,
         *algorithm, *hash, *previous,  *fingerprint, *signature,         seal};
    return a;
}

QJsonObject ActResult::toJson() const {
    return {{K("seq"), seq},
            {K("version"), version},
            {K("state"), docStateName(state)},
            {K("currentStep"), currentStep}};
}

ActResult ActResult::fromJson(const QJsonObject& o) {
    return {o.value(K("seq")).toInteger(), o.value(K("version")).toInteger(),
            docStateFromName(o.value(K("state")).toString()).value_or(DocState::InProgress),
            o.value(K("currentStep")).toInt()};
}

QJsonObject UpdatedEvent::toJson() const {
    return {{K("doc"), document}, {K("version"), version}};
}

std::optional<UpdatedEvent> UpdatedEvent::fromJson(const QJsonObject& o) {
    const UpdatedEvent e{o.value(K("doc")).toInteger(), o.value(K("version")).toInteger()};
    if (e.document <= 0 || e.version <= 0) return std::nullopt;
    return e;
}

} // namespace zt::approval
