#pragma once
// A picture from a message at full size: scrollable, fitted to the window at first (a photo is
// usually larger than the screen), with a button to switch between fitted and actual size.
#include <QDialog>
#include <QPixmap>

class QLabel;
class QScrollArea;
class QToolButton;

namespace zt::ui {

class ImageViewer : public QDialog {
    Q_OBJECT
public:
    explicit ImageViewer(QWidget* parent = nullptr);
    bool load(const QString& path, const QString& title); // false: not a readable picture
    bool fitted() const { return m_fit; }
    void setFitted(bool fit);
    QLabel* picture() const { return m_label; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showPixmap();
    QScrollArea* m_scroll;
    QLabel* m_label;
    QToolButton* m_fitButton;
    QPixmap m_pixmap;
    bool m_fit = true;
};

} // namespace zt::ui
