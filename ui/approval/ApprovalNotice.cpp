#include "ApprovalNotice.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace zt::ui {

ApprovalNotice::ApprovalNotice(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("approvalNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Approval notice"));
    m_label->setObjectName(QStringLiteral("approvalNoticeText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("approvalNoticeClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the notice"));
    m_close->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &ApprovalNotice::dismiss);
    setVisible(false);
}

void ApprovalNotice::notify(Kind kind, const QString& text) {
    m_kind = kind;
    // Colours readable in light and dark themes alike: a tinted background, dark text.
    const char* style = "";
    switch (kind) {
    case Kind::Info:
        style = "#approvalNotice { background: #e8f0fe; } QLabel { color: #1a3e72; }";
        break;
    case Kind::Success:
        style = "#approvalNotice { background: #e6f4ea; } QLabel { color: #14532d; }";
        break;
    case Kind::Warning:
        style = "#approvalNotice { background: #fef3c7; } QLabel { color: #713f12; }";
        break;
    case Kind::Error:
        style = "#approvalNotice { background: #fde8e8; } QLabel { color: #7f1d1d; }";
        break;
    }
    setStyleSheet(QString::fromLatin1(style));
    m_label->setText(text);
    setVisible(true);
    // Screen readers announce the change: a refused approval must not go unnoticed.
    QAccessibleEvent event(m_label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void ApprovalNotice::dismiss() {
    m_label->clear();
    setVisible(false);
}

QString ApprovalNotice::text() const {
    return m_label->text();
}

} // namespace zt::ui
