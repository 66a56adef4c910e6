#pragma once
// The Messages pane: conversations on the left (with search over local history), the open
// conversation on the right — header with mute and pin, the message list, the composer. Reads
// and writes go to the core's Messenger by queued calls; the models hold bounded windows.
#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace zt::core {
class ClientCore;
}
namespace zt::chat {
class ConversationListModel;
class Messenger;
class TimelineModel;
struct Message;
struct SearchHit;
} // namespace zt::chat

namespace zt::ui {

class Composer;
class ConversationMembers;
class FileActions;
class LinkOpener;
class MentionCompleter;
class MessageDelegate;
class MessageView;
class NameBook;
class PaneNotice;

class MessagesPane : public QWidget {
    Q_OBJECT
public:
    explicit MessagesPane(core::ClientCore* core, QWidget* parent = nullptr);

    chat::ConversationListModel* conversations() const { return m_conversations; }
    chat::TimelineModel* timeline() const { return m_timeline; }
    MessageView* messageView() const { return m_view; }
    Composer* composer() const { return m_composer; }
    NameBook* names() const { return m_names; }
    MessageDelegate* messageDelegate() const { return m_delegate; }
    MentionCompleter* mentions() const { return m_mentions; }
    LinkOpener* links() const { return m_links; }
    FileActions* files() const { return m_files; }
    PaneNotice* notice() const { return m_notice; }
    QListWidget* searchResults() const { return m_results; }
    qint64 currentConversation() const { return m_conv; }
    QString lastReceipts() const { return m_lastReceipts; } // "who has read it", as last shown
    void setSelfId(qint64 selfId) { m_self = selfId; }

public slots:
    void attach(); // after ClientCore::ready(): binds to the account's services
    void detach(); // after signing out
    void openConversation(qint64 conv);
    void openDirect(qint64 userId); // from a person card: find or create the 1:1
    void newGroup();
    void sendFiles(const QStringList& paths); // to the open conversation (picked or dropped)

signals:
    void dingMessageRequested(qint64 conv, qint64 seq);
    void unreadChanged(int total);
    // A message the user should hear about: not muted, and not in the conversation being read.
    void notificationWanted(qint64 conv, const QString& title, const QString& text);

private:
    void bind(chat::Messenger* messenger, QObject* directory, qint64 selfId);
    void buildLayout();
    void onConversationActivated(const QModelIndex& index);
    void updateHeader();
    void showMenu(const QPoint& pos);
    void runSearch();
    void onSearchResults(quint64 serial, const QList<zt::chat::SearchHit>& hits);
    void send(const QString& text, qint64 replyTo);
    void onIncoming(const chat::Message& message, bool muted);
    void forward(qint64 localId);
    void pickFiles();
    void invoke(std::function<void(chat::Messenger&)> call);

    core::ClientCore* m_core;
    QPointer<chat::Messenger> m_messenger; // lives on the core thread: queued calls only
    NameBook* m_names;
    chat::ConversationListModel* m_conversations;
    chat::TimelineModel* m_timeline;
    QLineEdit* m_search;
    QPushButton* m_newGroup;
    QStackedWidget* m_left;
    QListView* m_list;
    QListWidget* m_results;
    QLabel* m_title;
    QToolButton* m_mute;
    QToolButton* m_pin;
    QToolButton* m_ding;
    MessageView* m_view;
    MessageDelegate* m_delegate;
    Composer* m_composer;
    MentionCompleter* m_mentions; // "@" in the composer (issue 4)
    ConversationMembers* m_members;
    LinkOpener* m_links;
    FileActions* m_files = nullptr; // file messages: sending, progress, open, save (issue 4)
    PaneNotice* m_notice;
    qint64 m_conv = 0;
    qint64 m_self = 0;
    qint64 m_pendingDirect = 0; // a 1:1 asked for before it existed
    quint64 m_searchSerial = 0;
    QString m_lastReceipts;
};

} // namespace zt::ui
