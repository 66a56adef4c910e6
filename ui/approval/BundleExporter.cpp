#include "BundleExporter.h"
#include "ApprovalLink.h"
#include "ApprovalLog.h"
#include "ApprovalNotice.h"

#include <QDir>
#include <QFileDialog>
#include <QRegularExpression>
#include <QStandardPaths>

namespace zt::ui {

BundleExporter::BundleExporter(ApprovalLink* link, ApprovalNotice* notice, QWidget* parent)
    : QObject(parent)
    , m_link(link)
    , m_notice(notice)
    , m_parent(parent) {
    connect(link, &ApprovalLink::exportDone, this,
            [this](qint64 doc, const QString& path, bool ok, const QString& message) {
                qCInfo(lcApprovalUi) << "export of document" << doc << (ok ? "done" : "failed");
                if (ok)
                    m_notice->notify(ApprovalNotice::Kind::Success,
                                     message.isEmpty()
                                         ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                         : message);
                else
                    m_notice->notify(ApprovalNotice::Kind::Error,
                                     tr("The export failed. %1").arg(message));
            });
}

QString BundleExporter::suggestedName(const approval::Summary& summary) {
    QString name = summary.docNumber.isEmpty() ? summary.title : summary.docNumber;
    if (name.isEmpty()) name = tr("document %1").arg(summary.id);
    // Windows refuses these, and a slash would be a folder anywhere.
    static const QRegularExpression forbidden(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    name.replace(forbidden, QStringLiteral("_"));
    return name.trimmed() + QStringLiteral(".json");
}

void BundleExporter::start(const approval::Summary& summary) {
    if (summary.id == 0) return;
    if (m_dialog) m_dialog->reject();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_dialog = new QFileDialog(m_parent, tr("Export “%1”").arg(summary.title),
                               QDir(folder).filePath(suggestedName(summary)),
                               tr("Approval bundles (*.json)"));
    m_dialog->setObjectName(QStringLiteral("exportDialog"));
    m_dialog->setAcceptMode(QFileDialog::AcceptSave);
    m_dialog->setDefaultSuffix(QStringLiteral("json"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this,
            [this, doc = summary.id](const QString& path) { exportTo(doc, path); });
    m_dialog->open(); // not exec(): the core keeps posting updates
}

void BundleExporter::exportTo(qint64 doc, const QString& path) {
    m_notice->notify(ApprovalNotice::Kind::Info,
                     tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_link->exportBundle(doc, path);
}

void BundleExporter::cancel() {
    if (m_dialog) m_dialog->reject();
}

QFileDialog* BundleExporter::dialog() const {
    return m_dialog;
}

} // namespace zt::ui
