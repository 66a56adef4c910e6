#include "ConversationListModel.h"
#include "Messenger.h"

namespace zt::chat {

ConversationListModel::ConversationListModel(QObject* parent)
    : QAbstractListModel(parent) {
}

void ConversationListModel::attach(Messenger* messenger) {
    connect(this, &ConversationListModel::requestList, messenger, &Messenger::loadConversations,
            Qt::QueuedConnection);
    connect(messenger, &Messenger::conversationsLoaded, this, &ConversationListModel::onLoaded,
            Qt::QueuedConnection);
    connect(messenger, &Messenger::conversationsChanged, this, &ConversationListModel::reload,
            Qt::QueuedConnection);
    reload();
}

// Changes come in bursts during catch-up: one request in flight, one more queued at most.
void ConversationListModel::reload() {
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    emit requestList(m_limit);
}

int ConversationListModel::rowOf(qint64 conv) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == conv) return i;
    return -1;
}

// Same conversations in the same order: only data changes. Same set, new order: a layout
// change that keeps selections on their conversation. Otherwise a reset.
void ConversationListModel::onLoaded(const QList<Conversation>& conversations) {
    m_loading = false;
    auto ids = [](const QList<Conversation>& list) {
        QList<qint64> out;
        for (const Conversation& c : list)
            out.append(c.id);
        return out;
    };
    const QList<qint64> before = ids(m_rows);
    const QList<qint64> after = ids(conversations);
    if (before == after) {
        m_rows = conversations;
        if (!m_rows.isEmpty()) emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else if (QSet<qint64>(before.begin(), before.end()) ==
               QSet<qint64>(after.begin(), after.end())) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList moved;
        for (const QModelIndex& idx : persistent)
            moved.append(index(int(after.indexOf(before[idx.row()])), idx.column()));
        m_rows = conversations;
        changePersistentIndexList(persistent, moved);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        m_rows = conversations;
        endResetModel();
    }
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
}

bool ConversationListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_loading && m_rows.size() >= m_limit;
}

void ConversationListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    m_limit += kPage;
    reload();
}

int ConversationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation& c = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case IdRole:
        return c.id;
    case KindRole:
        return int(c.kind);
    case PeerRole:
        return c.peer;
    case UnreadRole:
        return c.unread;
    case MentionedRole:
        return c.mentioned;
    case MutedRole:
        return c.muted;
    case PinnedRole:
        return c.pinned;
    case DraftRole:
        return c.draft;
    case LastTextRole:
        return c.last ? c.last->text : QString();
    case LastSenderRole:
        return c.last ? c.last->sender : 0;
    case LastKindRole:
        return c.last ? int(c.last->kind) : -1;
    case LastRecalledRole:
        return c.last && c.last->recalled;
    case ActivityRole:
        return c.activityMs;
    case MemberCountRole:
        return c.memberCount;
    case MemberRole:
        return c.member;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const {
    return {{NameRole, "name"},
            {IdRole, "id"},
            {KindRole, "kind"},
            {PeerRole, "peer"},
            {UnreadRole, "unread"},
            {MentionedRole, "mentioned"},
            {MutedRole, "muted"},
            {PinnedRole, "pinned"},
            {DraftRole, "draft"},
            {LastTextRole, "lastText"},
            {LastSenderRole, "lastSender"},
            {LastKindRole, "lastKind"},
            {LastRecalledRole, "lastRecalled"},
            {ActivityRole, "activity"},
            {MemberCountRole, "memberCount"},
            {MemberRole, "member"}};
}

} // namespace zt::chat
