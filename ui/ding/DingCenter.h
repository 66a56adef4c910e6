#pragma once
// The DING page (必达) of the main window: my sent DINGs on the left (newest first) with "New
// DING"; on the right the chosen one's status per recipient, live; and the statistics of my
// DINGs in a second tab. Received DINGs are not here: DingBanner shows them over every page.
#include "DingTexts.h"
#include "chat/ChatTypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class DingComposer;
class DingLink;
class DingSentModel;
class DingStatsView;
class DingStatusView;

class DingCenter : public QWidget {
    Q_OBJECT
public:
    explicit DingCenter(core::ClientCore* core, QWidget* parent = nullptr);

    void setNameOf(NameOf nameOf);
    void setRedoIntervalMs(qint64 ms); // the server's --ding-redo-ms (default 5 min)

    bool isAttached() const { return m_self != 0; }
    qint64 selfId() const { return m_self; }
    DingSentModel* sentModel() const { return m_sent; }
    QListView* sentView() const { return m_list; }
    QPushButton* newButton() const { return m_new; }
    DingStatusView* statusView() const { return m_status; }
    DingStatsView* statsView() const { return m_stats; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* noticeLabel() const { return m_notice; }
    DingComposer* composer() const { return m_composer; } // while one is open
    qint64 shownDing() const { return m_shownId; }

public slots:
    // Call after ClientCore::ready(): connect to the service that now exists, list my DINGs.
    void attach();
    // After signing out: forget everything shown and accept no more input.
    void detach();
    void newDing();
    // "DING this message" from a conversation: the composer in message mode.
    void dingMessage(qint64 conv, qint64 seq, const QString& text);
    void showDing(qint64 localId); // selects it in the list
    void showStatistics();

private:
    QWidget* buildSent();
    void connectLink();
    void openComposer(DingComposer* composer);
    void onAttached(quint64 generation, qint64 selfId);
    void onSentLoaded(const QList<chat::Ding>& dings);
    void onCurrentChanged();
    void onStatus(const chat::Ding& ding, const QList<chat::DingRecipient>& recipients);
    void onDingsChanged(const QList<qint64>& ids);
    void onSettled(const QString& cid, qint64 ding);
    void redo(qint64 ding);
    void showNotice(const QString& text);

    core::ClientCore* m_core;
    DingLink* m_link;
    quint64 m_generation = 0;
    qint64 m_self = 0;
    qint64 m_shownLocal = 0; // the DING in the status view (local id), 0: none
    qint64 m_shownId = 0;    // its server id, 0 while it waits for the server
    QString m_selectCid;     // a DING just composed here: select it once listed
    QPointer<DingComposer> m_composer;
    DingSentModel* m_sent;
    QTabWidget* m_tabs;
    QListView* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QLabel* m_notice;
    QStackedWidget* m_stack = nullptr;
    DingStatusView* m_status;
    DingStatsView* m_stats;
};

} // namespace zt::ui
