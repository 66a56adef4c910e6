#pragma once
// Downloads a document's PDF body with approval.body, a page (≤ 512 KiB) at a time, and checks
// the bytes against both body hashes of the document (SM3 and SHA-256, the hashes every action
// signs) before handing them over. A mismatch is reported, never delivered.
#include "ApprovalProtocol.h"

#include <QHash>
#include <QObject>

namespace zt::net {
class Connection;
}

namespace zt::approval {

class BodyFetcher : public QObject {
    Q_OBJECT
public:
    explicit BodyFetcher(net::Connection& connection, QObject* parent = nullptr);

    void fetch(const GetResult& detail); // ignored while the same document is being fetched
    bool isFetching(qint64 doc) const { return m_downloads.contains(doc); }

signals:
    void progress(qint64 doc, qint64 received, qint64 total);
    void fetched(qint64 doc, const QByteArray& data); // hashes verified
    void failed(qint64 doc, const QString& message);

private:
    struct Download {
        QByteArray data;
        qint64 total = 0;
        QByteArray sm3;
        QByteArray sha256;
    };
    void requestPage(qint64 doc);
    void onPage(qint64 doc, const protocol::Response& response);
    void complete(qint64 doc);
    void fail(qint64 doc, const QString& message);

    net::Connection& m_connection;
    QHash<qint64, Download> m_downloads;
};

} // namespace zt::approval
