#include "ImageViewer.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace zt::ui {

ImageViewer::ImageViewer(QWidget* parent)
    : QDialog(parent)
    , m_scroll(new QScrollArea(this))
    , m_label(new QLabel(this))
    , m_fitButton(new QToolButton(this)) {
    setObjectName(QStringLiteral("imageViewer"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setAccessibleName(tr("Picture"));
    m_scroll->setWidget(m_label);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    m_fitButton->setCheckable(true);
    m_fitButton->setChecked(true);
    m_fitButton->setText(tr("&Fit to window"));
    m_fitButton->setAccessibleName(tr("Fit to window"));
    connect(m_fitButton, &QToolButton::toggled, this, &ImageViewer::setFitted);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fitButton, 0, Qt::AlignLeft);
    layout->addWidget(m_scroll, 1);
    const QRect screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1024, 768);
    resize(screen.size() * 0.7);
}

bool ImageViewer::load(const QString& path, const QString& title) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) return false;
    m_pixmap = QPixmap::fromImage(image);
    setWindowTitle(title);
    showPixmap();
    return true;
}

void ImageViewer::setFitted(bool fit) {
    m_fit = fit;
    const QSignalBlocker block(m_fitButton);
    m_fitButton->setChecked(fit);
    showPixmap();
}

void ImageViewer::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    if (m_fit) showPixmap();
}

void ImageViewer::showPixmap() {
    if (m_pixmap.isNull()) return;
    const QSize room = m_scroll->viewport()->size();
    // Fitting only ever shrinks: a small picture blown up to the window looks broken.
    const bool shrink =
        m_fit && (m_pixmap.width() > room.width() || m_pixmap.height() > room.height());
    const QPixmap shown =
        shrink ? m_pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation) : m_pixmap;
    m_label->setPixmap(shown);
    m_label->resize(shown.size());
}

} // namespace zt::ui
