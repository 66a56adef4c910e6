#pragma once
// The sender's view of one DING: its text, when it went out and which round it is in, the counts
// ("Confirmed 3/10"), and per recipient when it was delivered, read and confirmed, sortable by
// any of them. "Re-DING the unconfirmed" rests until the re-DING interval has passed since the
// last send (the server refuses sooner anyway; its refusal is shown here too).
#include "DingTexts.h"
#include "chat/ChatTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace zt::ui {

class DingRecipientsModel;

class DingStatusView : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 kDefaultRedoIntervalMs = 5 * 60 * 1000;

    explicit DingStatusView(QWidget* parent = nullptr);

    void setNameOf(NameOf nameOf);
    void setRedoIntervalMs(qint64 ms); // the server's --ding-redo-ms
    void setStatus(const chat::Ding& ding, const QList<chat::DingRecipient>& recipients);
    void showMessage(const QString& message); // a refusal or failure, inline
    void clear();

    const chat::Ding& ding() const { return m_ding; }
    DingRecipientsModel* model() const { return m_model; }
    QSortFilterProxyModel* sortedModel() const { return m_sorted; }
    QTableView* table() const { return m_table; }
    QLabel* textLabel() const { return m_text; }
    QLabel* sentLabel() const { return m_sent; }
    QLabel* countsLabel() const { return m_counts; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* redoButton() const { return m_redo; }
    qint64 redoAllowedAtMs() const; // 0: not at all (nothing sent yet, nobody left to remind)

signals:
    void redoRequested(qint64 ding);

private:
    void updateRedo();
    QString sentText() const;

    NameOf m_nameOf;
    qint64 m_redoIntervalMs = kDefaultRedoIntervalMs;
    chat::Ding m_ding;
    DingRecipientsModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLabel* m_text;
    QLabel* m_sent;
    QLabel* m_counts;
    QLabel* m_message;
    QTableView* m_table;
    QPushButton* m_redo;
    QTimer* m_redoTimer;
};

} // namespace zt::ui
