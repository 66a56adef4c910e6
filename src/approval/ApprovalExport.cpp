#include "ApprovalExport.h"
#include "ApprovalExportPdf.h"
#include "ApprovalReport.h"
#include "BundleVerifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcApprovalExport, "zt.approval.export")

namespace zt::approval {

class ExportTexts {
    Q_DECLARE_TR_FUNCTIONS(zt::approval::ExportTexts) // the context lupdate records
};

namespace {

QString b64(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

bool writeAtomically(const QString& path, const QByteArray& data, QString* error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return false;
}

// Only the images the signed placements name: the bundle proves those, nothing else.
QJsonObject sealImagesJson(const ExportInput& input) {
    QJsonObject seals;
    for (const RecordedAction& action : input.detail.actions) {
        const auto placement = action.sealPlacement();
        const QByteArray png =
            placement ? input.sealImages.value(placement->sealHash) : QByteArray();
        if (!png.isEmpty()) seals.insert(b64(placement->sealHash), b64(png));
    }
    return seals;
}

} // namespace

QByteArray bundleJson(const ExportInput& input) {
    QJsonObject names;
    for (auto it = input.names.begin(); it != input.names.end(); ++it)
        names.insert(QString::number(it.key()), it.value());
    const QList<RecordedAction>& actions = input.detail.actions;
    const QJsonObject root{
        {QStringLiteral("format"), kBundleFormat},
        {QStringLiteral("version"), kBundleVersion},
        {QStringLiteral("exported"),
         input.exportedMs ? input.exportedMs : QDateTime::currentMSecsSinceEpoch()},
        {QStringLiteral("exportedBy"), input.exportedBy},
        {QStringLiteral("names"), names},
        {QStringLiteral("document"), input.detail.toJson()},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("size"), qint64(input.body.size())},
                     {QStringLiteral("sm3"),
                      b64(crypto::digest(crypto::SignatureAlgorithm::Sm2Sm3, input.body))},
                     {QStringLiteral("sha256"),
                      b64(crypto::digest(crypto::SignatureAlgorithm::EcdsaP256Sha256, input.body))},
                     {QStringLiteral("data"), b64(input.body)}}},
        {QStringLiteral("seals"), sealImagesJson(input)},
        {QStringLiteral("chain"),
         QJsonObject{
             {QStringLiteral("length"), qint64(actions.size())},
             {QStringLiteral("head"),
              b64(actions.isEmpty() ? QByteArray() : actions.last().signedAction.signature)}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ExportPaths ExportPaths::forBundle(const QString& bundlePath) {
    QString base = bundlePath;
    if (base.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) base.chop(5);
    return {bundlePath, base + QStringLiteral(".pdf"), base + QStringLiteral(".report.html"),
            base + QStringLiteral(".sealed.pdf")};
}

ExportOutcome writeExport(const ExportInput& input, const QString& bundlePath) {
    ExportOutcome outcome;
    const ExportPaths paths = ExportPaths::forBundle(bundlePath);
    const QByteArray bundle = bundleJson(input);
    const BundleCheck check = verifyBundle(bundle); // the report describes exactly these bytes
    QString error;
    if (!writeAtomically(paths.bundle, bundle, &error) ||
        !writeAtomically(paths.body, input.body, &error) ||
        !writeAtomically(paths.report, reportHtml(check).toUtf8(), &error)) {
        qCWarning(lcApprovalExport)
            << "export of document" << input.detail.summary.id << "failed:" << error;
        outcome.message = ExportTexts::tr("The export could not be written: %1").arg(error);
        return outcome;
    }
    outcome.written = true;
    outcome.verified = check.ok();
    outcome.message =
        outcome.verified
            ? ExportTexts::tr("Exported; all %n action(s) verified.", nullptr,
                              int(check.actions.size()))
            : ExportTexts::tr(
                  "Exported, but the document does not verify completely; see the report.");
    const SealedPdfOutcome sealed = writeSealedPdf(check, paths.sealed);
    outcome.sealed = sealed.written;
    if (!sealed.written) {
        qCWarning(lcApprovalExport)
            << "no sealed copy of document" << input.detail.summary.id << ":" << sealed.error;
        outcome.message +=
            QLatin1Char(' ') + ExportTexts::tr("No sealed copy was made: %1").arg(sealed.error);
    }
    qCInfo(lcApprovalExport) << "document" << input.detail.summary.id << "exported,"
                             << (outcome.verified ? "verified" : "NOT verified")
                             << "seals drawn:" << sealed.sealsDrawn;
    return outcome;
}

} // namespace zt::approval
