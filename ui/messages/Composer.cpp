#include "Composer.h"
#include "EmojiPicker.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace zt::ui {

Composer::Composer(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("S&end"), this))
    , m_quote(new QLabel(this))
    , m_cancelQuote(new QToolButton(this))
    , m_draftTimer(new QTimer(this)) {
    m_edit->setObjectName(QStringLiteral("messageEdit"));
    m_edit->setAccessibleName(tr("Message text"));
    m_edit->setPlaceholderText(tr("Type a message; Enter sends, Shift+Enter starts a new line"));
    m_edit->setMaximumHeight(110);
    m_edit->installEventFilter(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send message"));
    m_quote->setObjectName(QStringLiteral("replyQuote"));
    m_quote->setVisible(false);
    m_cancelQuote->setText(tr("×"));
    m_cancelQuote->setAccessibleName(tr("Cancel reply"));
    m_cancelQuote->setVisible(false);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(800);
    auto* quoteRow = new QHBoxLayout;
    quoteRow->addWidget(m_quote, 1);
    quoteRow->addWidget(m_cancelQuote);
    auto* emoji = new EmojiPicker(this);
    connect(emoji, &EmojiPicker::picked, this, [this](const QString& text) {
        m_edit->insertPlainText(text); // at the caret, replacing a selection
        m_edit->setFocus();
    });
    auto* attach = new QToolButton(this);
    attach->setObjectName(QStringLiteral("attachButton"));
    attach->setText(tr("📎"));
    attach->setAccessibleName(tr("Send files"));
    attach->setToolTip(
        tr("Send files (up to 100 MB each); you can also drop them on the messages"));
    connect(attach, &QToolButton::clicked, this, &Composer::attachRequested);
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(emoji, 0, Qt::AlignBottom);
    editRow->addWidget(attach, 0, Qt::AlignBottom);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(quoteRow);
    layout->addLayout(editRow);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_cancelQuote, &QToolButton::clicked, this, [this] { setReplyTo(0, {}); });
    connect(m_edit, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_draftTimer, &QTimer::timeout, this,
            [this] { emit draftChanged(m_conv, m_edit->toPlainText()); });
    setEnabled(false);
}

void Composer::setConversation(qint64 conv, const QString& draft) {
    if (m_draftTimer->isActive()) { // the previous conversation's last words are kept
        m_draftTimer->stop();
        emit draftChanged(m_conv, m_edit->toPlainText());
    }
    m_conv = conv;
    setReplyTo(0, {});
    const QSignalBlocker block(m_edit);
    m_edit->setPlainText(draft);
    m_edit->moveCursor(QTextCursor::End);
    setEnabled(conv > 0);
}

void Composer::setReplyTo(qint64 seq, const QString& quote) {
    m_replyTo = seq;
    m_quote->setText(tr("Reply to: %1").arg(quote.simplified().left(60)));
    m_quote->setVisible(seq > 0);
    m_cancelQuote->setVisible(seq > 0);
    if (seq > 0) m_edit->setFocus();
}

bool Composer::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::send() {
    const QString text = m_edit->toPlainText().trimmed();
    if (text.isEmpty() || m_conv <= 0) return;
    emit sendRequested(text, m_replyTo);
    m_draftTimer->stop();
    m_edit->clear();
    m_draftTimer->stop(); // the service clears the stored draft with the send
    setReplyTo(0, {});
}

} // namespace zt::ui
