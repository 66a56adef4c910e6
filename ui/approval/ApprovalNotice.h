#pragma once
// An inline notice above the opened document: what happened to the user's actions (queued,
// recorded, refused after working offline) in words, until the user dismisses it or another
// notice replaces it. Never a modal box: the user keeps working, and nothing is missed.
#include <QFrame>

class QLabel;
class QToolButton;

namespace zt::ui {

class ApprovalNotice : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };

    explicit ApprovalNotice(QWidget* parent = nullptr);

    void notify(Kind kind, const QString& text); // replaces the notice shown, if any
    void dismiss();
    Kind kind() const { return m_kind; }
    QString text() const;
    QToolButton* closeButton() const { return m_close; }

private:
    Kind m_kind = Kind::Info;
    QLabel* m_label;
    QToolButton* m_close;
};

} // namespace zt::ui
