#include "PaneNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace zt::ui {

PaneNotice::PaneNotice(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("paneNotice"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setText(tr("×"));
    close->setAccessibleName(tr("Close notice"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kVisibleMs);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    setVisible(false);
}

void PaneNotice::showText(const QString& text, bool error) {
    m_label->setText(text);
    m_label->setStyleSheet(error ? QStringLiteral("color: #c02020;") : QString());
    m_label->setAccessibleName(text);
    setVisible(true);
    m_timer->start();
}

QString PaneNotice::text() const {
    return m_label->text();
}

} // namespace zt::ui
