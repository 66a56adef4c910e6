#pragma once
// "Export…" of an opened document: asks where to put the bundle (a .json path named after the
// document number, or its title), hands it to ApprovalService::exportBundle — which writes the
// PDF and the report beside it — and says in the pane's notice what came of it.
#include "approval/ApprovalProtocol.h"

#include <QObject>
#include <QPointer>

class QFileDialog;
class QWidget;

namespace zt::ui {

class ApprovalLink;
class ApprovalNotice;

class BundleExporter : public QObject {
    Q_OBJECT
public:
    BundleExporter(ApprovalLink* link, ApprovalNotice* notice, QWidget* parent);

    QFileDialog* dialog() const; // while choosing
    // "浙政办发〔2026〕12号.json": the characters no file system takes replaced.
    static QString suggestedName(const approval::Summary& summary);

public slots:
    void start(const zt::approval::Summary& summary); // opens the file dialog; not modal
    void exportTo(qint64 doc, const QString& path);
    void cancel();

private:
    ApprovalLink* m_link;
    ApprovalNotice* m_notice;
    QWidget* m_parent;
    QPointer<QFileDialog> m_dialog;
};

} // namespace zt::ui
