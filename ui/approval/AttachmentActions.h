#pragma once
// A document's attachments in the side panel: open one (a private copy from the encrypted cache,
// handed to the desktop's viewer) or save it where the user chooses; fetched first when needed,
// so both work offline for a document kept available offline. Results go to the pane's notice.
#include "files/FileProtocol.h"

#include <QObject>

class QWidget;

namespace zt::ui {

class ApprovalLink;
class ApprovalNotice;

class AttachmentActions : public QObject {
    Q_OBJECT
public:
    AttachmentActions(ApprovalLink* link, ApprovalNotice* notice, QWidget* parent);

    // A test may replace how a copy is opened (the desktop's viewer by default).
    void setOpener(std::function<void(const QString& path)> opener);

public slots:
    void open(qint64 doc, const zt::files::FileMeta& file);
    void save(qint64 doc, const zt::files::FileMeta& file); // asks where; not modal
    void saveTo(qint64 doc, qint64 fileId, const QString& path);

private:
    ApprovalLink* m_link;
    ApprovalNotice* m_notice;
    QWidget* m_parent;
    std::function<void(const QString&)> m_opener;
};

} // namespace zt::ui
