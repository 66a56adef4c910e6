#include "ApprovalExportJob.h"
#include "ApprovalExport.h"
#include "ApprovalService.h"

#include <QCoreApplication>

namespace zt::approval {

namespace {

void finish(ApprovalService& service, const GetResult& detail, const QByteArray& body,
            const QString& path) {
    ExportInput input;
    input.detail = detail;
    input.body = body;
    const ExportOutcome outcome = writeExport(input, path);
    emit service.exportDone(detail.summary.id, path, outcome.written, outcome.message);
}

} // namespace

void startExport(ApprovalService& service, qint64 doc, const QString& path) {
    const std::optional<DocumentView> view = service.cachedDocument(doc);
    if (!view)
        return emit service.exportDone(
            doc, path, false,
            QCoreApplication::translate("zt::approval::ExportTexts",
                                        "Open the document before exporting it."));
    if (const std::optional<QByteArray> body = service.cachedBody(doc))
        return finish(service, view->detail, *body, path);
    // Not in the store yet: the service downloads and checks it; this waits for the answer.
    auto* waiter = new QObject(&service);
    const GetResult detail = view->detail;
    QObject::connect(&service, &ApprovalService::bodyReady, waiter,
                     [&service, waiter, doc, detail, path](qint64 d, const QByteArray& data) {
                         if (d != doc) return;
                         QObject::disconnect(&service, nullptr, waiter, nullptr);
                         waiter->deleteLater();
                         finish(service, detail, data, path);
                     });
    QObject::connect(&service, &ApprovalService::bodyFailed, waiter,
                     [&service, waiter, doc, path](qint64 d, const QString& message) {
                         if (d != doc) return;
                         QObject::disconnect(&service, nullptr, waiter, nullptr);
                         waiter->deleteLater();
                         emit service.exportDone(doc, path, false, message);
                     });
    service.fetchBody(doc);
}

} // namespace zt::approval
