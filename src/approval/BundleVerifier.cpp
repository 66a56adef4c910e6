#include "BundleVerifier.h"
#include "ApprovalMarks.h"
#include "ChainCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace zt::approval {

class BundleTexts {
    Q_DECLARE_TR_FUNCTIONS(zt::approval::BundleTexts) // the context lupdate records
};

namespace {

std::optional<QByteArray> strictBase64(const QJsonValue& v) {
    if (!v.isString()) return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) return std::nullopt;
    return *decoded;
}

ActionCheck checkOf(crypto::ActionProblem problem) {
    switch (problem) {
    case crypto::ActionProblem::None:
        return ActionCheck::Verified;
    case crypto::ActionProblem::UnknownKey:
        return ActionCheck::UnknownKey;
    case crypto::ActionProblem::BadSignature:
        return ActionCheck::BadSignature;
    case crypto::ActionProblem::BrokenChain:
        return ActionCheck::BrokenChain;
    case crypto::ActionProblem::WrongDocument:
        return ActionCheck::WrongDocument;
    case crypto::ActionProblem::ContentMismatch:
        return ActionCheck::ContentMismatch;
    }
    return ActionCheck::BadSignature;
}

BundleCheck unreadable(const QString& error) {
    BundleCheck check;
    check.error = error;
    return check;
}

// Reads the parts of the bundle; the checks come after. False (with check.error) if damaged.
bool parse(const QJsonObject& root, BundleCheck& check, QByteArray& head, qint64& length) {
    const QJsonObject document = root.value(QStringLiteral("document")).toObject();
    const QJsonObject body = root.value(QStringLiteral("body")).toObject();
    const QJsonObject chain = root.value(QStringLiteral("chain")).toObject();
    const auto data = strictBase64(body.value(QStringLiteral("data")));
    const auto recordedHead = strictBase64(chain.value(QStringLiteral("head")));
    if (document.isEmpty() || !data || !recordedHead ||
        !chain.value(QStringLiteral("length")).isDouble()) {
        check.error =
            BundleTexts::tr("The bundle is damaged: its document, body or chain is missing.");
        return false;
    }
    check.body = *data;
    head = *recordedHead;
    length = chain.value(QStringLiteral("length")).toInteger(-1);
    check.exportedMs = root.value(QStringLiteral("exported")).toInteger();
    check.exportedBy = root.value(QStringLiteral("exportedBy")).toInteger();
    const QJsonObject names = root.value(QStringLiteral("names")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        check.names.insert(it.key().toLongLong(), it.value().toString());

    check.detail = GetResult::fromJson(document);
    const qint64 doc = check.detail.summary.id;
    const QJsonArray actions = document.value(QStringLiteral("actions")).toArray();
    check.detail.actions.clear();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        auto action = RecordedAction::fromJson(actions.at(i).toObject());
        if (!action) {
            check.error =
                BundleTexts::tr("The bundle is damaged: action %1 cannot be read.").arg(i + 1);
            return false;
        }
        action->signedAction.documentId = signedDocumentId(doc);
        ActionVerdict verdict;
        verdict.action = *action;
        verdict.seal = actions.at(i).toObject().value(QStringLiteral("seal")).toObject();
        check.detail.actions.append(*action);
        check.actions.append(verdict);
    }
    if (doc <= 0 || check.detail.bodySm3.isEmpty() || check.detail.bodySha256.isEmpty()) {
        check.error =
            BundleTexts::tr("The bundle is damaged: the document has no id or body fingerprint.");
        return false;
    }
    // Optional (bundles written before seal images were embedded have none).
    const QJsonValue seals = root.value(QStringLiteral("seals"));
    if (!seals.isUndefined() && !seals.isObject()) {
        check.error = BundleTexts::tr("The bundle is damaged: its seal images cannot be read.");
        return false;
    }
    return true;
}

// Each embedded image must be the picture its name (a SHA-256) says; each placement's image is
// then looked up by the hash its signature covers, so an image can be trusted only by its name.
void checkSealImages(const QJsonObject& seals, BundleCheck& check) {
    QHash<QByteArray, QByteArray> images;
    for (auto it = seals.begin(); it != seals.end(); ++it) {
        const auto name = strictBase64(it.key());
        const auto png = strictBase64(it.value());
        if (name && png && sealHashOf(*png) == *name)
            images.insert(*name, *png);
        else
            check.badSealImages.append(it.key());
    }
    for (ActionVerdict& v : check.actions) {
        const auto placement = v.action.sealPlacement();
        if (!placement) continue;
        const QByteArray png = images.value(placement->sealHash);
        if (!png.isEmpty()) {
            v.sealCheck = SealCheck::ImageVerified;
            v.sealPng = png;
        } else {
            const QString name = QString::fromLatin1(placement->sealHash.toBase64());
            v.sealCheck = check.badSealImages.contains(name) ? SealCheck::ImageMismatch
                                                             : SealCheck::ImageMissing;
        }
    }
}

} // namespace

QString actionCheckText(ActionCheck check) {
    switch (check) {
    case ActionCheck::Verified:
        return BundleTexts::tr("signature verified");
    case ActionCheck::UnknownKey:
        return BundleTexts::tr("signed with a key the bundle does not bind to this person");
    case ActionCheck::BadSignature:
        return BundleTexts::tr("the signature does not match what is shown");
    case ActionCheck::BrokenChain:
        return BundleTexts::tr(
            "the chain is broken: an action before it was removed, inserted or reordered");
    case ActionCheck::WrongDocument:
        return BundleTexts::tr("signed for another document");
    case ActionCheck::ContentMismatch:
        return BundleTexts::tr("signed a different document body");
    case ActionCheck::OutOfSequence:
        return BundleTexts::tr("its number is not its place in the history");
    }
    return {};
}

QString sealCheckText(SealCheck check) {
    switch (check) {
    case SealCheck::NoSeal:
        return {};
    case SealCheck::ImageVerified:
        return BundleTexts::tr("seal image matches the fingerprint the signature covers");
    case SealCheck::ImageMissing:
        return BundleTexts::tr("seal image not in the bundle (the placement is still signed)");
    case SealCheck::ImageMismatch:
        return BundleTexts::tr("seal image is NOT the one the signature covers");
    }
    return {};
}

bool BundleCheck::ok() const {
    return readable && bodyOk && historyOk && sealImagesOk() && failedActions() == 0;
}

int BundleCheck::missingSealImages() const {
    int n = 0;
    for (const ActionVerdict& v : actions)
        n += v.sealCheck == SealCheck::ImageMissing ? 1 : 0;
    return n;
}

int BundleCheck::failedActions() const {
    int n = 0;
    for (const ActionVerdict& v : actions)
        n += v.ok() ? 0 : 1;
    return n;
}

BundleCheck verifyBundle(const QByteArray& bundleJson) {
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(bundleJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return unreadable(
            BundleTexts::tr("The file is not a Zhengtong export bundle (not valid JSON)."));
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != kBundleFormat)
        return unreadable(BundleTexts::tr("The file is not a Zhengtong export bundle."));
    if (root.value(QStringLiteral("version")).toInt() != kBundleVersion)
        return unreadable(
            BundleTexts::tr("The bundle has version %1; this program reads version %2.")
                .arg(root.value(QStringLiteral("version")).toInt())
                .arg(kBundleVersion));
    BundleCheck check;
    QByteArray head;
    qint64 length = -1;
    if (!parse(root, check, head, length)) return unreadable(check.error);
    check.readable = true;

    // The body: its own hashes against what the document (and so every signature) names.
    check.bodySm3 = crypto::digest(crypto::SignatureAlgorithm::Sm2Sm3, check.body);
    check.bodySha256 = crypto::digest(crypto::SignatureAlgorithm::EcdsaP256Sha256, check.body);
    check.bodyOk = check.bodySm3 == check.detail.bodySm3 &&
                   check.bodySha256 == check.detail.bodySha256 &&
                   check.body.size() == check.detail.bodySize;

    // The same check as the client's timeline, against the hashes of the body actually here:
    // every algorithm must have signed its own hash of exactly these bytes.
    GetResult actual = check.detail;
    actual.bodySm3 = check.bodySm3;
    actual.bodySha256 = check.bodySha256;
    const ChainReport report = checkHistory(actual);
    for (qsizetype i = 0; i < check.actions.size(); ++i) {
        ActionVerdict& v = check.actions[i];
        v.check =
            i < report.verdicts.size() ? checkOf(report.verdicts.at(i)) : ActionCheck::BadSignature;
        if (v.check == ActionCheck::Verified && v.action.seq != i + 1)
            v.check = ActionCheck::OutOfSequence;
    }
    const QList<RecordedAction>& chain = check.detail.actions;
    // A removed last action leaves a valid chain: the recorded length and head catch it.
    check.historyOk =
        length == chain.size() &&
        (chain.isEmpty() ? head.isEmpty() : chain.last().signedAction.signature == head);
    checkSealImages(root.value(QStringLiteral("seals")).toObject(), check);
    return check;
}

BundleCheck verifyBundleFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(BundleTexts::tr("Cannot read %1: %2").arg(path, file.errorString()));
    // A bundle holds at most an 8 MiB body in base64 plus the history: refuse absurd sizes.
    if (file.size() > 64 * 1024 * 1024)
        return unreadable(
            BundleTexts::tr("The file is too large to be a Zhengtong export bundle."));
    return verifyBundle(file.readAll());
}

} // namespace zt::approval
