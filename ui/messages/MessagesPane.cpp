#include "MessagesPane.h"
#include "MessageListModel.h"
#include "chat/ChatService.h"
#include "core/ClientCore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace zt::ui {

MessagesPane::MessagesPane(core::ClientCore* core, QWidget* parent)
    : QWidget(parent)
    , m_core(core)
    , m_model(new MessageListModel(this))
    , m_peer(new QSpinBox(this))
    , m_list(new QListView(this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(tr("S&end"), this)) {
    setObjectName(QStringLiteral("messagesPane"));
    buildLayout();
    m_model->setPeer(m_peer->value());
    connect(m_peer, &QSpinBox::valueChanged, this, [this](int peer) {
        m_model->setPeer(peer);
        refresh();
    });
    connect(m_input, &QLineEdit::returnPressed, this, &MessagesPane::send);
    connect(m_send, &QPushButton::clicked, this, &MessagesPane::send);
    // Keep the newest message in view, as chat windows do.
    connect(m_model, &QAbstractItemModel::modelReset, m_list, &QListView::scrollToBottom);
}

void MessagesPane::buildLayout() {
    m_peer->setObjectName(QStringLiteral("peerSpin"));
    m_peer->setAccessibleName(tr("Conversation partner user ID"));
    m_peer->setRange(1, std::numeric_limits<int>::max());
    m_peer->setValue(2);
    m_list->setObjectName(QStringLiteral("messageList"));
    m_list->setAccessibleName(tr("Messages"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_input->setObjectName(QStringLiteral("messageEdit"));
    m_input->setAccessibleName(tr("Message text"));
    m_input->setPlaceholderText(tr("Type a message and press Enter"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send message"));
    // Nothing can be written before the local cache is open (see attach()).
    m_input->setEnabled(false);
    m_send->setEnabled(false);

    auto* peerLabel = new QLabel(tr("&Conversation with user ID:"), this);
    peerLabel->setBuddy(m_peer);
    auto* top = new QHBoxLayout;
    top->addWidget(peerLabel);
    top->addWidget(m_peer);
    top->addStretch();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_input, 1);
    bottom->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    setTabOrder(m_peer, m_list);
    setTabOrder(m_list, m_input);
    setTabOrder(m_input, m_send);
}

void MessagesPane::setSelfId(qint64 selfId) {
    m_model->setSelfId(selfId);
}

void MessagesPane::attach() {
    // chat() may only be read on the core thread: it is replaced when the account changes.
    // The connection below is made there too; it is queued to this pane (GUI thread).
    QMetaObject::invokeMethod(m_core, [core = m_core, pane = this] {
        if (chat::ChatService* chat = core->chat())
            connect(chat, &chat::ChatService::messagesChanged, pane, &MessagesPane::refresh,
                    Qt::UniqueConnection);
    });
    m_input->setEnabled(true);
    m_send->setEnabled(true);
    refresh();
}

void MessagesPane::detach() {
    m_input->setEnabled(false);
    m_send->setEnabled(false);
    m_model->setMessages(m_model->peer(), {});
}

void MessagesPane::refresh() {
    // The model outlives any call queued here: the core thread stops before the window closes.
    const qint64 peer = m_model->peer();
    QMetaObject::invokeMethod(m_core, [core = m_core, model = m_model, peer] {
        chat::ChatService* chat = core->chat();
        if (!chat) return;
        const QList<chat::DirectMessage> rows = chat->latest(peer, kRowLimit);
        QMetaObject::invokeMethod(
            model, [model, peer, rows] { model->setMessages(peer, rows); }, Qt::QueuedConnection);
    });
}

void MessagesPane::send() {
    const QString text = m_input->text().trimmed();
    if (text.isEmpty()) return;
    m_input->clear();
    // The service shows the message at once as pending and emits messagesChanged → refresh().
    QMetaObject::invokeMethod(m_core, [core = m_core, peer = m_model->peer(), text] {
        if (chat::ChatService* chat = core->chat()) chat->sendText(peer, text);
    });
}

void MessagesPane::setPeer(qint64 userId) {
    if (userId > 0) m_peer->setValue(int(userId)); // valueChanged reloads the conversation
}

} // namespace zt::ui
