#pragma once
// Where a message is written: Enter sends, Shift+Enter breaks the line; the draft is kept per
// conversation (saved a moment after typing stops, restored on opening); a reply shows a quote
// line that can be cancelled. The paper clip next to the emoji button sends files.
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace zt::ui {

class Composer : public QWidget {
    Q_OBJECT
public:
    explicit Composer(QWidget* parent = nullptr);
    void setConversation(qint64 conv, const QString& draft);
    void setReplyTo(qint64 seq, const QString& quote);
    qint64 replyTo() const { return m_replyTo; }
    QPlainTextEdit* editor() const { return m_edit; }

signals:
    void sendRequested(const QString& text, qint64 replyTo);
    void attachRequested(); // the paper clip: the pane asks which files
    void draftChanged(qint64 conv, const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void send();
    QPlainTextEdit* m_edit;
    QPushButton* m_send;
    QLabel* m_quote;
    QToolButton* m_cancelQuote;
    QTimer* m_draftTimer;
    qint64 m_conv = 0;
    qint64 m_replyTo = 0;
};

} // namespace zt::ui
