#include "EmojiPicker.h"

#include <QGridLayout>
#include <QScreen>

namespace zt::ui {

namespace {
constexpr int kColumns = 8;
} // namespace

const QStringList& EmojiPicker::emoji() {
    // Faces and gestures a workplace uses, then office things; all in Unicode 6–9, which the
    // fonts of every supported desktop draw.
    static const QStringList list =
        QString::fromUtf8(
            "😀 😃 😄 😁 😊 🙂 😉 😍 😘 😂 🤣 😅 😆 😎 🤔 😐 😮 "
            "😢 😭 😡 "
            "😓 😴 😷 🙏 👍 👎 👌 👏 💪 🤝 ✌️ 👋 🎉 🌹 ❤️ 🔥 "
            "⭐ "
            "✅ ❌ ☕ 📄 📅")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list;
}

EmojiPicker::EmojiPicker(QWidget* parent)
    : QToolButton(parent)
    , m_grid(new QWidget(this, Qt::Popup)) {
    setObjectName(QStringLiteral("emojiButton"));
    setText(QStringLiteral("😊"));
    setToolTip(tr("Insert emoji"));
    setAccessibleName(tr("Insert emoji"));
    m_grid->setObjectName(QStringLiteral("emojiGrid"));
    m_grid->setAccessibleName(tr("Emoji"));
    auto* layout = new QGridLayout(m_grid);
    layout->setSpacing(2);
    layout->setContentsMargins(4, 4, 4, 4);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    for (int i = 0; i < emoji().size(); ++i) {
        auto* button = new QToolButton(m_grid);
        button->setText(emoji().at(i)); // screen readers speak the emoji's Unicode name
        button->setAutoRaise(true);
        button->setFont(big);
        layout->addWidget(button, i / kColumns, i % kColumns);
        connect(button, &QToolButton::clicked, this, [this, text = emoji().at(i)] {
            m_grid->hide();
            emit picked(text);
        });
    }
    connect(this, &QToolButton::clicked, this, &EmojiPicker::showGrid);
}

void EmojiPicker::showGrid() {
    m_grid->adjustSize();
    // Above the button, kept on the screen: the composer is at the bottom of the window.
    QPoint at = mapToGlobal(QPoint(0, 0)) - QPoint(0, m_grid->height());
    if (const QScreen* s = screen()) {
        const QRect area = s->availableGeometry();
        at.setX(qBound(area.left(), at.x(), area.right() - m_grid->width()));
        at.setY(qMax(area.top(), at.y()));
    }
    m_grid->move(at);
    m_grid->show();
}

} // namespace zt::ui
