#pragma once
// The user's seal image (印章) for sealed approvals: which one is set now (asked of the service
// at sign-in and after each change), and choosing a new one from a PNG file (at most 64 KiB and
// 1024×1024 pixels), checked here first so that a wrong file is refused at once, in words.
// The outcome shows in the pane's notice.
#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QPointer>

class QFileDialog;
class QWidget;

namespace zt::ui {

class ApprovalLink;
class ApprovalNotice;

class SealImageChooser : public QObject {
    Q_OBJECT
public:
    SealImageChooser(ApprovalLink* link, ApprovalNotice* notice, QWidget* parent);

    bool hasImage() const { return !m_image.isNull(); }
    QImage image() const { return m_image; }
    QFileDialog* dialog() const; // while choosing

public slots:
    void refresh(); // asks the service which seal is set
    void clear();   // signed out
    void choose();  // opens the file dialog; not modal
    void useFile(const QString& path);

signals:
    void changed(bool hasImage);

private:
    void setPng(const QByteArray& png);

    ApprovalLink* m_link;
    ApprovalNotice* m_notice;
    QWidget* m_parent;
    QImage m_image;
    QPointer<QFileDialog> m_dialog;
    quint64 m_generation = 0; // answers asked before clear() are dropped
};

} // namespace zt::ui
