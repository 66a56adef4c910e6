#include "BodyFetcher.h"
#include "net/Connection.h"

#include <QPointer>

namespace zt::approval {

BodyFetcher::BodyFetcher(net::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection) {
}

void BodyFetcher::fetch(const GetResult& detail) {
    const qint64 doc = detail.summary.id;
    if (m_downloads.contains(doc)) return;
    if (detail.bodySize < 0 || detail.bodySize > kMaxBodyBytes)
        return emit failed(doc, tr("The document body has an impossible size."));
    Download d;
    d.total = detail.bodySize;
    d.sm3 = detail.bodySm3;
    d.sha256 = detail.bodySha256;
    d.data.reserve(detail.bodySize);
    m_downloads.insert(doc, d);
    requestPage(doc);
}

void BodyFetcher::requestPage(qint64 doc) {
    const BodyArgs args{doc, m_downloads.value(doc).data.size(), kMaxBodyChunk};
    QPointer<BodyFetcher> self(this);
    m_connection.request(op::Body, args.toJson(), [self, doc](const protocol::Response& r) {
        if (self) self->onPage(doc, r);
    });
}

void BodyFetcher::onPage(qint64 doc, const protocol::Response& response) {
    auto it = m_downloads.find(doc);
    if (it == m_downloads.end()) return;
    if (!response.ok)
        return fail(
            doc, tr("The document body could not be downloaded: %1").arg(response.error.message));
    const BodyResult page = BodyResult::fromJson(response.result);
    if (page.offset != it->data.size() || page.total != it->total ||
        it->data.size() + page.data.size() > it->total)
        return fail(doc, tr("The server sent an inconsistent part of the document body."));
    if (page.data.isEmpty() && it->data.size() < it->total)
        return fail(doc, tr("The server sent an incomplete document body."));
    it->data.append(page.data);
    emit progress(doc, it->data.size(), it->total);
    if (it->data.size() == it->total) return complete(doc);
    requestPage(doc);
}

void BodyFetcher::complete(qint64 doc) {
    const Download d = m_downloads.take(doc);
    const bool matches =
        !d.sm3.isEmpty() && !d.sha256.isEmpty() &&
        crypto::digest(crypto::SignatureAlgorithm::Sm2Sm3, d.data) == d.sm3 &&
        crypto::digest(crypto::SignatureAlgorithm::EcdsaP256Sha256, d.data) == d.sha256;
    if (!matches)
        return emit failed(doc, tr("The downloaded document does not match the fingerprint its "
                                   "signatures cover. It was not saved; please try again or "
                                   "contact your administrator."));
    emit fetched(doc, d.data);
}

void BodyFetcher::fail(qint64 doc, const QString& message) {
    m_downloads.remove(doc);
    emit failed(doc, message);
}

} // namespace zt::approval
