// The Messages pane's actions on what is shown: the header, sending, the message menu and the
// local search. Split from MessagesPane.cpp, which builds and binds the pane.
#include "ConversationDelegate.h"
#include "ConversationMembers.h"
#include "FileActions.h"
#include "FileSender.h"
#include "MentionCompleter.h"
#include "MessageDelegate.h"
#include "MessageText.h"
#include "MessageView.h"
#include "MessagesPane.h"
#include "NameBook.h"
#include "chat/ConversationListModel.h"
#include "chat/Messenger.h"
#include "chat/TimelineModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>

#include "Composer.h"

namespace zt::ui {

using TL = chat::TimelineModel;

void MessagesPane::updateHeader() {
    const int row = m_conversations->rowOf(m_conv);
    const bool open = m_conv > 0 && m_messenger;
    for (QToolButton* b : {m_mute, m_pin, m_ding})
        b->setEnabled(open);
    if (row < 0) {
        m_members->follow({}); // not in the list (yet): nobody to mention
        m_title->setText(m_conv > 0 ? tr("Conversation") : tr("Choose a conversation"));
        return;
    }
    const QModelIndex index = m_conversations->index(row);
    const chat::Conversation c = m_conversations->conversationAt(row);
    const QString title = ConversationDelegate::title(index, *m_names);
    m_title->setText(c.kind == chat::ConvKind::Group
                         ? tr("%1 (%n members)", nullptr, c.memberCount).arg(title)
                         : title);
    m_title->setToolTip(c.announcement);
    m_delegate->setGroup(c.kind == chat::ConvKind::Group);
    m_members->follow(c);
    const QSignalBlocker a(m_mute), b(m_pin);
    m_mute->setChecked(c.muted);
    m_pin->setChecked(c.pinned);
    if (!c.member) m_composer->setEnabled(false);
}

void MessagesPane::send(const QString& text, qint64 replyTo) {
    const qint64 conv = m_conv;
    // The people picked from the "@" list whose "@Name" is still in the text, and the author
    // of the message replied to, so that person is notified too.
    const MentionCompleter::Mentions picked = m_mentions->mentionsIn(text);
    m_mentions->clearPicked();
    QList<qint64> mentions = picked.users;
    if (replyTo > 0) {
        const int row = m_timeline->rowOfSeq(replyTo);
        const qint64 author = row >= 0 ? m_timeline->messageAt(row).message.sender : 0;
        if (author > 0 && author != m_self && !mentions.contains(author)) mentions << author;
    }
    invoke([conv, text, replyTo, mentions, all = picked.all](chat::Messenger& m) {
        m.sendText(conv, text, replyTo, mentions, all);
    });
}

void MessagesPane::showMenu(const QPoint& pos) {
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid()) return;
    const chat::StoredMessage s = m_timeline->messageAt(index.row());
    const chat::Message& msg = s.message;
    const bool mine = msg.sender == m_self;
    QMenu menu(this);
    if (!msg.recalled && msg.kind != chat::MessageKind::System) {
        menu.addAction(tr("&Copy"), this,
                       [text = msg.text] { QApplication::clipboard()->setText(text); });
        if (msg.seq > 0)
            menu.addAction(tr("&Reply"), this, [this, seq = msg.seq, text = msg.text] {
                m_composer->setReplyTo(seq, text);
            });
    }
    const qint64 conv = m_conv;
    const bool recent =
        QDateTime::currentMSecsSinceEpoch() - msg.timeMs < chat::kDefaultRecallWindowMs;
    if (mine && msg.seq > 0 && !msg.recalled && recent)
        menu.addAction(tr("Re&call"), this, [this, conv, seq = msg.seq] {
            invoke([conv, seq](chat::Messenger& m) { m.recall(conv, seq); });
        });
    if (s.state == chat::DeliveryState::Failed)
        menu.addAction(tr("Re&try"), this, [this, id = s.localId] {
            invoke([id](chat::Messenger& m) { m.retry(id); });
        });
    if (mine && msg.seq > 0 && !msg.recalled) {
        menu.addAction(tr("Who has &read it"), this, [this, conv, seq = msg.seq] {
            invoke([conv, seq](chat::Messenger& m) { m.loadReceipts(conv, seq); });
        });
    }
    if (!msg.recalled && msg.kind == chat::MessageKind::File && msg.file.id > 0) {
        // Persistent: the timeline may page while the menu is open.
        const QPersistentModelIndex row(index);
        menu.addAction(tr("&Open"), this, [this, row] { m_files->open(row); });
        menu.addAction(tr("&Save as…"), this, [this, row] { m_files->saveAs(row); });
    }
    if (!msg.recalled && msg.kind != chat::MessageKind::System)
        menu.addAction(tr("&Forward…"), this, [this, id = s.localId] { forward(id); });
    if (msg.seq > 0 && !msg.recalled && msg.kind != chat::MessageKind::System)
        menu.addAction(tr("Send as &DING…"), this,
                       [this, conv, seq = msg.seq] { emit dingMessageRequested(conv, seq); });
    if (!menu.isEmpty()) menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MessagesPane::pickFiles() {
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Send files"), {}, tr("All files (*)"));
    sendFiles(paths);
}

void MessagesPane::sendFiles(const QStringList& paths) {
    if (m_conv <= 0 || paths.isEmpty()) return;
    m_files->sender()->send(m_conv, paths);
}

void MessagesPane::onIncoming(const chat::Message& message, bool muted) {
    const bool reading = isVisible() && window()->isActiveWindow() && message.conv == m_conv;
    if (muted || reading) return;
    const int row = m_conversations->rowOf(message.conv);
    const QString title = row >= 0
                              ? ConversationDelegate::title(m_conversations->index(row), *m_names)
                              : m_names->name(message.sender);
    const bool group =
        row >= 0 && m_conversations->conversationAt(row).kind == chat::ConvKind::Group;
    emit notificationWanted(message.conv, title, previewText(message, group, *m_names));
}

void MessagesPane::forward(qint64 localId) {
    QStringList titles;
    QList<qint64> ids;
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        const QModelIndex index = m_conversations->index(row);
        if (!index.data(chat::ConversationListModel::MemberRole).toBool()) continue;
        titles << ConversationDelegate::title(index, *m_names);
        ids << index.data(chat::ConversationListModel::IdRole).toLongLong();
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Forward"), tr("Forward to:"), titles, 0, false, &ok);
    const qsizetype at = titles.indexOf(chosen);
    if (!ok || at < 0) return;
    invoke([localId, to = ids[at]](chat::Messenger& m) { m.forward(localId, to); });
}

void MessagesPane::runSearch() {
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        m_left->setCurrentWidget(m_list);
        m_results->clear();
        return;
    }
    m_left->setCurrentWidget(m_results);
    const quint64 serial = ++m_searchSerial;
    invoke([serial, query](chat::Messenger& m) { m.search(serial, query, 0, 50); });
}

void MessagesPane::onSearchResults(quint64 serial, const QList<chat::SearchHit>& hits) {
    if (serial != m_searchSerial) return;
    m_results->clear();
    if (hits.isEmpty()) {
        m_results->addItem(tr("No messages found"));
        return;
    }
    for (const chat::SearchHit& hit : hits) {
        const chat::Message& m = hit.message.message;
        // A snippet around the first match, the match in 【】 so it stands out in plain text.
        QString text = m.text;
        if (!hit.marks.isEmpty()) {
            const auto [at, length] = hit.marks.first();
            const int from = qMax(0, at - 12);
            text = (from > 0 ? QStringLiteral("…") : QString()) + m.text.mid(from, at - from) +
                   QStringLiteral("【") + m.text.mid(at, length) + QStringLiteral("】") +
                   m.text.mid(at + length, 30);
        }
        const int row = m_conversations->rowOf(m.conv);
        const QString where =
            row >= 0 ? ConversationDelegate::title(m_conversations->index(row), *m_names)
                     : QString();
        auto* item = new QListWidgetItem(
            tr("%1 · %2 · %3").arg(where, m_names->name(m.sender), shortTime(m.timeMs)) +
            QLatin1Char('\n') + text.simplified());
        item->setData(Qt::UserRole, m.conv);
        item->setData(Qt::UserRole + 1, m.seq);
        m_results->addItem(item);
    }
}

} // namespace zt::ui
