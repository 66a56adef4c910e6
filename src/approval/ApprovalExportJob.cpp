#include "ApprovalExportJob.h"
#include "ApprovalExport.h"
#include "ApprovalService.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace zt::approval {

namespace {

// Rendering every page of the sealed copy takes seconds for a long document: the files are
// written on a pool thread (the input is a copy, so nothing is shared), and exportDone comes back
// on the service's thread. A service destroyed meanwhile takes the watcher with it: the files
// are still finished, nobody is told.
void finish(ApprovalService& service, ExportInput input, const QString& path) {
    const qint64 doc = input.detail.summary.id;
    auto promise = std::make_shared<QPromise<ExportOutcome>>();
    auto* watcher = new QFutureWatcher<ExportOutcome>(&service);
    QObject::connect(watcher, &QFutureWatcherBase::finished, &service,
                     [&service, watcher, doc, path] {
                         const ExportOutcome outcome = watcher->result();
                         watcher->deleteLater();
                         emit service.exportDone(doc, path, outcome.written, outcome.message);
                     });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, input = std::move(input), path] {
        promise->addResult(writeExport(input, path));
        promise->finish();
    });
}

ExportInput inputOf(const DocumentView& view, const QByteArray& body) {
    ExportInput input;
    input.detail = view.detail;
    input.body = body;
    input.sealImages = view.sealImages;
    return input;
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
        return finish(service, inputOf(*view, *body), path);
    // Not in the store yet: the service downloads and checks it; this waits for the answer.
    auto* waiter = new QObject(&service);
    const DocumentView known = *view;
    QObject::connect(&service, &ApprovalService::bodyReady, waiter,
                     [&service, waiter, doc, known, path](qint64 d, const QByteArray& data) {
                         if (d != doc) return;
                         QObject::disconnect(&service, nullptr, waiter, nullptr);
                         waiter->deleteLater();
                         finish(service, inputOf(known, data), path);
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
