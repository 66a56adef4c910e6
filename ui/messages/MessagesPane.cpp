#include "MessagesPane.h"
#include "Composer.h"
#include "ConversationDelegate.h"
#include "ConversationMembers.h"
#include "FileActions.h"
#include "FileDropTarget.h"
#include "LinkOpener.h"
#include "MentionCompleter.h"
#include "MessageDelegate.h"
#include "MessageView.h"
#include "NameBook.h"
#include "PaneNotice.h"
#include "chat/ConversationListModel.h"
#include "chat/Messenger.h"
#include "chat/TimelineModel.h"
#include "contacts/DirectoryService.h"
#include "contacts/PeoplePicker.h"
#include "core/ClientCore.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace zt::ui {

using TL = chat::TimelineModel;

MessagesPane::MessagesPane(core::ClientCore* core, QWidget* parent)
    : QWidget(parent)
    , m_core(core)
    , m_names(new NameBook(this))
    , m_conversations(new chat::ConversationListModel(this))
    , m_timeline(new chat::TimelineModel(this))
    , m_search(new QLineEdit(this))
    , m_newGroup(new QPushButton(tr("&New group"), this))
    , m_left(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_results(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_mute(new QToolButton(this))
    , m_pin(new QToolButton(this))
    , m_ding(new QToolButton(this))
    , m_view(new MessageView(this))
    , m_delegate(new MessageDelegate(*m_names, this))
    , m_composer(new Composer(this))
    // After the composer: the completer's key filter must run before the composer's Enter.
    , m_mentions(new MentionCompleter(m_composer->editor(), *m_names, this))
    , m_members(new ConversationMembers(core, m_mentions, this))
    , m_links(new LinkOpener(m_view, *m_delegate, this))
    , m_notice(new PaneNotice(this)) {
    setObjectName(QStringLiteral("messagesPane"));
    buildLayout();
    m_files = new FileActions(core, m_view, m_delegate, this); // after the view has its model
    connect(m_files, &FileActions::noticeWanted, m_notice, &PaneNotice::showText);
    connect(m_composer, &Composer::attachRequested, this, &MessagesPane::pickFiles);
    connect(new FileDropTarget(m_view->viewport(), this), &FileDropTarget::filesDropped, this,
            &MessagesPane::sendFiles);
    connect(m_list, &QListView::clicked, this, &MessagesPane::onConversationActivated);
    connect(m_list, &QListView::activated, this, &MessagesPane::onConversationActivated);
    connect(m_composer, &Composer::sendRequested, this, &MessagesPane::send);
    connect(m_composer, &Composer::draftChanged, this, [this](qint64 conv, const QString& text) {
        invoke([conv, text](chat::Messenger& m) { m.saveDraft(conv, text); });
    });
    connect(m_view, &MessageView::readUpTo, this, [this](qint64 seq) {
        const qint64 conv = m_conv;
        invoke([conv, seq](chat::Messenger& m) { m.markRead(conv, seq); });
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &MessagesPane::showMenu);
    connect(m_names, &NameBook::namesChanged, m_list->viewport(), qOverload<>(&QWidget::update));
    connect(m_names, &NameBook::namesChanged, m_view->viewport(), qOverload<>(&QWidget::update));
    connect(m_names, &NameBook::namesChanged, this, &MessagesPane::updateHeader);
    connect(m_conversations, &QAbstractItemModel::dataChanged, this, &MessagesPane::updateHeader);
    connect(m_conversations, &QAbstractItemModel::modelReset, this, &MessagesPane::updateHeader);
    connect(m_mute, &QToolButton::toggled, this, [this](bool on) {
        const qint64 conv = m_conv;
        invoke([conv, on](chat::Messenger& m) { m.setMuted(conv, on); });
    });
    connect(m_pin, &QToolButton::toggled, this, [this](bool on) {
        const qint64 conv = m_conv;
        invoke([conv, on](chat::Messenger& m) { m.setPinned(conv, on); });
    });
    connect(m_ding, &QToolButton::clicked, this, [this] { emit dingMessageRequested(m_conv, 0); });
    connect(m_newGroup, &QPushButton::clicked, this, &MessagesPane::newGroup);
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &MessagesPane::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 conv = item->data(Qt::UserRole).toLongLong();
        const qint64 seq = item->data(Qt::UserRole + 1).toLongLong();
        openConversation(conv);
        if (seq > 0) m_timeline->openAt(conv, seq);
    });
    connect(m_timeline, &TL::opened, this, [this] {
        for (int r = 0; r < m_timeline->rowCount(); ++r)
            m_names->name(m_timeline->messageAt(r).message.sender);
    });
}

void MessagesPane::buildLayout() {
    m_search->setObjectName(QStringLiteral("messageSearch"));
    m_search->setAccessibleName(tr("Search messages"));
    m_search->setPlaceholderText(tr("Search messages"));
    m_search->setClearButtonEnabled(true);
    m_newGroup->setObjectName(QStringLiteral("newGroupButton"));
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_conversations);
    m_list->setItemDelegate(new ConversationDelegate(*m_names, this));
    m_list->setUniformItemSizes(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_left->addWidget(m_list);
    m_left->addWidget(m_results);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    for (auto [button, text, name] :
         {std::tuple{m_mute, tr("Mute"), "muteButton"}, std::tuple{m_pin, tr("Pin"), "pinButton"},
          std::tuple{m_ding, tr("DING…"), "dingButton"}}) {
        button->setText(text);
        button->setAccessibleName(text);
        button->setObjectName(QString::fromLatin1(name));
        button->setEnabled(false);
    }
    m_mute->setCheckable(true);
    m_pin->setCheckable(true);
    m_view->setTimeline(m_timeline);
    m_view->setItemDelegate(m_delegate);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_newGroup);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_left, 1);
    auto* right = new QWidget(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_ding);
    header->addWidget(m_pin);
    header->addWidget(m_mute);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_composer);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({280, 620});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void MessagesPane::attach() {
    m_files->attach();
    // The services exist on the core thread only; take them there and bind here.
    QMetaObject::invokeMethod(m_core, [core = m_core, pane = QPointer<MessagesPane>(this)] {
        chat::Messenger* messenger = core->messenger();
        contacts::DirectoryService* directory = core->directory();
        const qint64 self = core->account().userId;
        if (!messenger || !directory) return;
        QMetaObject::invokeMethod(
            pane,
            [pane, messenger, directory, self] {
                if (pane) pane->bind(messenger, directory, self);
            },
            Qt::QueuedConnection);
    });
}

void MessagesPane::bind(chat::Messenger* messenger, QObject* directory, qint64 selfId) {
    if (m_messenger == messenger) return;
    m_messenger = messenger;
    m_self = selfId;
    m_names->attach(static_cast<contacts::DirectoryService*>(directory), selfId);
    m_conversations->attach(messenger);
    m_timeline->attach(messenger, selfId);
    connect(messenger, &chat::Messenger::searchResults, this, &MessagesPane::onSearchResults,
            Qt::QueuedConnection);
    connect(messenger, &chat::Messenger::unreadChanged, this, &MessagesPane::unreadChanged,
            Qt::QueuedConnection);
    connect(messenger, &chat::Messenger::incoming, this, &MessagesPane::onIncoming,
            Qt::QueuedConnection);
    connect(
        messenger, &chat::Messenger::directReady, this,
        [this](qint64 peer, qint64 conv) {
            if (peer == m_pendingDirect) {
                m_pendingDirect = 0;
                openConversation(conv);
            }
        },
        Qt::QueuedConnection);
    connect(
        messenger, &chat::Messenger::conversationCreated, this,
        [this](const QString&, qint64 conv) { openConversation(conv); }, Qt::QueuedConnection);
    connect(
        messenger, &chat::Messenger::receiptsLoaded, this,
        [this](const chat::Receipts& r) {
            QStringList read, unread;
            for (qint64 u : r.readBy)
                read << m_names->name(u);
            for (qint64 u : r.unreadBy)
                unread << m_names->name(u);
            m_lastReceipts = tr("Read (%1): %2\nNot read (%3): %4")
                                 .arg(read.size())
                                 .arg(read.join(tr(", ")))
                                 .arg(unread.size())
                                 .arg(unread.join(tr(", ")));
            QToolTip::showText(QCursor::pos(), m_lastReceipts, m_view);
        },
        Qt::QueuedConnection);
    if (m_pendingDirect > 0) openDirect(m_pendingDirect);
}

// The account's Messenger may already be gone (signing out destroys it on the core thread, and
// its connections with it): only forget it here, never touch it.
void MessagesPane::detach() {
    m_messenger = nullptr;
    m_files->detach();
    m_conv = 0;
    m_timeline->open(0);
    m_conversations->onLoaded({});
    m_composer->setConversation(0, {});
    updateHeader();
}

void MessagesPane::invoke(std::function<void(chat::Messenger&)> call) {
    chat::Messenger* messenger = m_messenger.data();
    if (!messenger) return;
    QMetaObject::invokeMethod(messenger, [messenger, call] { call(*messenger); });
}

void MessagesPane::openConversation(qint64 conv) {
    m_search->clear();
    m_left->setCurrentWidget(m_list);
    const int row = m_conversations->rowOf(conv);
    if (row >= 0) m_list->setCurrentIndex(m_conversations->index(row));
    if (conv == m_conv) return;
    m_conv = conv;
    const chat::Conversation c = m_conversations->conversationAt(row);
    m_delegate->setGroup(row < 0 || c.kind == chat::ConvKind::Group);
    m_timeline->open(conv);
    m_composer->setConversation(conv, row >= 0 ? c.draft : QString());
    updateHeader();
}

void MessagesPane::onConversationActivated(const QModelIndex& index) {
    openConversation(index.data(chat::ConversationListModel::IdRole).toLongLong());
    m_composer->editor()->setFocus();
}

void MessagesPane::openDirect(qint64 userId) {
    if (userId <= 0) return;
    m_pendingDirect = userId;
    invoke([userId](chat::Messenger& m) { m.openDirect(userId); });
}

void MessagesPane::newGroup() {
    if (!m_messenger) return;
    auto* picker = new PeoplePicker(m_core, this);
    picker->setWindowTitle(tr("New group: choose members"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAllowUnits(false);
    picker->setMaximum(2'000);
    picker->setExcluded({m_self});
    connect(picker, &QDialog::accepted, this, [this, picker] {
        QList<qint64> members;
        QStringList names;
        for (const auto& p : picker->selection().people)
            if (p.userId > 0) {
                members << p.userId;
                names << p.name;
            }
        if (members.isEmpty()) return;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New group"), tr("Group name:"), QLineEdit::Normal,
                                  names.mid(0, 3).join(tr(", ")).left(60), &ok);
        if (!ok || name.trimmed().isEmpty()) return;
        invoke(
            [name = name.trimmed(), members](chat::Messenger& m) { m.createGroup(name, members); });
    });
    picker->open();
}

} // namespace zt::ui
