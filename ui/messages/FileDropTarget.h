#pragma once
// Files dragged from the desktop onto the message list are sent to the open conversation.
// Only local files are taken (not folders, not links); the list's own drag and drop stays off.
#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace zt::ui {

class FileDropTarget : public QObject {
    Q_OBJECT
public:
    explicit FileDropTarget(QWidget* target, QObject* parent = nullptr);
    static QStringList localFiles(const QMimeData* data);

signals:
    void filesDropped(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_target;
};

} // namespace zt::ui
