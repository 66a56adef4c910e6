#pragma once
// The recipient's DING alert: a red bar across the window saying who DINGs what and when, how
// many more wait, with Confirm (确认收到) and Open. It stays while any received DING is not
// confirmed; it has no close button, by design: a DING ends only by confirming it. The oldest
// unconfirmed DING is shown first. Showing a DING marks it read; every DING (and every re-DING
// round) not seen before emits attentionNeeded(), for the window and tray to flash.
#include "DingTexts.h"
#include "chat/ChatTypes.h"

#include <QFrame>
#include <QSet>

class QLabel;
class QPushButton;

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class DingLink;

class DingBanner : public QFrame {
    Q_OBJECT
public:
    explicit DingBanner(core::ClientCore* core, QWidget* parent = nullptr);

    void setNameOf(NameOf nameOf);

    bool isAttached() const { return m_attached; }
    const QList<chat::Ding>& alerts() const { return m_alerts; }
    qint64 shownDing() const { return m_alerts.isEmpty() ? 0 : m_alerts.first().id; }
    QLabel* textLabel() const { return m_text; }
    QLabel* timeLabel() const { return m_time; }
    QLabel* moreLabel() const { return m_more; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* openButton() const { return m_open; }

public slots:
    // Call after ClientCore::ready(): follow the DINGs of the account now open.
    void attach();
    // After signing out: hide, forget the alerts.
    void detach();
    void confirmShown();
    void openShown();

signals:
    void attentionNeeded();
    // Open pressed: the caller may show the DING's conversation (conv, seq) or its attachment.
    void openRequested(const zt::chat::Ding& ding);

private:
    void onAlerts(const QList<chat::Ding>& unconfirmed);
    void showFirst();

    DingLink* m_link;
    quint64 m_generation = 0;
    bool m_attached = false; // the current generation's service answers
    NameOf m_nameOf;
    QList<chat::Ding> m_alerts; // unconfirmed, oldest first
    QSet<qint64> m_readSent;    // DINGs marked read from here
    QSet<QString> m_announced;  // "id:round" that already asked for attention
    QLabel* m_text;
    QLabel* m_time;
    QLabel* m_more;
    QPushButton* m_open;
    QPushButton* m_confirm;
};

} // namespace zt::ui
