#pragma once
// The message list: a virtualised QListView over a TimelineModel. Reaching the top pages older
// messages in, reaching the bottom of a detached window pages newer ones; it stays at the
// bottom while new messages arrive if the user was there. A message counts as read once it has
// been visible for 2 seconds in the active window (readUpTo is then emitted).
#include <QListView>

class QTimer;

namespace zt::chat {
class TimelineModel;
}

namespace zt::ui {

class MessageView : public QListView {
    Q_OBJECT
public:
    explicit MessageView(QWidget* parent = nullptr);
    void setTimeline(chat::TimelineModel* model);
    void setReadDelayMs(int ms) { m_readDelayMs = ms; }
    qint64 lastVisibleSeq() const; // the newest message fully in view

signals:
    void readUpTo(qint64 seq);

protected:
    void verticalScrollbarValueChanged(int value) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void checkRead();
    chat::TimelineModel* m_model = nullptr;
    QTimer* m_readTimer;
    qint64 m_candidate = 0; // visible newest seq, waiting out the delay
    qint64 m_candidateSince = 0;
    qint64 m_reported = 0;
    int m_readDelayMs = 2'000;
    bool m_stickToBottom = true;
};

} // namespace zt::ui
