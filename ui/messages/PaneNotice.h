#pragma once
// A one-line notice under the message list for what happened to the user's own action (a file
// refused, saved, or not downloaded): visible without a dialog to click away, gone after a
// while or when closed.
#include <QWidget>

class QLabel;
class QTimer;

namespace zt::ui {

class PaneNotice : public QWidget {
    Q_OBJECT
public:
    explicit PaneNotice(QWidget* parent = nullptr);
    void showText(const QString& text, bool error = false);
    QString text() const;

    static constexpr int kVisibleMs = 15'000;

private:
    QLabel* m_label;
    QTimer* m_timer;
};

} // namespace zt::ui
