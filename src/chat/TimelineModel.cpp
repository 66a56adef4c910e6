#include "TimelineModel.h"
#include "Messenger.h"

#include <QDateTime>

namespace zt::chat {

namespace {
quint64 nextSerial() {
    static quint64 serial = 0; // process-wide: two models never share a serial
    return ++serial;
}
} // namespace

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractListModel(parent) {
}

void TimelineModel::attach(Messenger* messenger, qint64 selfId) {
    m_self = selfId;
    connect(this, &TimelineModel::requestPage, messenger, &Messenger::loadPage,
            Qt::QueuedConnection);
    connect(this, &TimelineModel::requestNewer, messenger, &Messenger::loadNewer,
            Qt::QueuedConnection);
    connect(this, &TimelineModel::requestWindow, messenger, &Messenger::loadWindow,
            Qt::QueuedConnection);
    connect(messenger, &Messenger::pageLoaded, this, &TimelineModel::onPage, Qt::QueuedConnection);
    connect(messenger, &Messenger::newerLoaded, this, &TimelineModel::onNewer,
            Qt::QueuedConnection);
    connect(messenger, &Messenger::windowLoaded, this, &TimelineModel::onWindow,
            Qt::QueuedConnection);
    connect(messenger, &Messenger::messagesChanged, this, &TimelineModel::onMessagesChanged,
            Qt::QueuedConnection);
}

void TimelineModel::open(qint64 conv) {
    beginResetModel();
    m_rows.clear();
    m_conv = conv;
    m_moreOlder = false;
    m_atLatest = true;
    m_loading = conv > 0;
    m_serial = nextSerial();
    endResetModel();
    if (conv > 0) emit requestPage(m_serial, conv, 0, kPage);
}

void TimelineModel::openAt(qint64 conv, qint64 seq) {
    open(0);
    m_conv = conv;
    m_atLatest = false;
    m_moreOlder = seq > 1;
    m_loading = true;
    m_serial = nextSerial();
    emit requestWindow(m_serial, conv, qMax<qint64>(1, seq - kPage / 2), seq + kPage / 2);
}

qint64 TimelineModel::oldestSeq() const {
    for (const StoredMessage& m : m_rows)
        if (m.message.seq > 0) return m.message.seq;
    return 0;
}

qint64 TimelineModel::newestSeq() const {
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
        if (it->message.seq > 0) return it->message.seq;
    return 0;
}

int TimelineModel::rowOfSeq(qint64 seq) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].message.seq == seq) return i;
    return -1;
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_moreOlder && !m_loading;
}

void TimelineModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    m_loading = true;
    m_serial = nextSerial();
    emit requestPage(m_serial, m_conv, oldestSeq(), kPage);
}

void TimelineModel::fetchNewer() {
    if (!canFetchNewer()) return;
    m_loading = true;
    m_serial = nextSerial();
    emit requestNewer(m_serial, m_conv, newestSeq(), kPage);
}

void TimelineModel::onPage(quint64 serial, qint64 conv, const QList<StoredMessage>& messages,
                           bool more, bool fromServer) {
    Q_UNUSED(fromServer)
    if (serial != m_serial || conv != m_conv) return;
    m_loading = false;
    m_moreOlder = more;
    const bool first = m_rows.isEmpty();
    if (first) {
        // The first page also brings what is still pending: ask for the whole window once.
        append(messages);
        m_serial = nextSerial();
        emit requestWindow(m_serial, m_conv, oldestSeq(), 0);
        emit opened(conv);
        return;
    }
    prepend(messages);
}

void TimelineModel::onNewer(quint64 serial, qint64 conv, const QList<StoredMessage>& messages) {
    if (serial != m_serial || conv != m_conv) return;
    m_loading = false;
    append(messages);
    if (messages.size() < kPage) {
        m_atLatest = true;
        onMessagesChanged(conv); // brings the pending ones back in
    }
}

void TimelineModel::onWindow(quint64 serial, qint64 conv, const QList<StoredMessage>& messages) {
    if (conv != m_conv) return;
    const bool first = serial == m_serial && m_rows.isEmpty();
    if (serial == m_serial) m_loading = false;
    m_refreshQueued = false;
    merge(messages);
    if (first) {
        m_moreOlder = oldestSeq() > 1;
        emit opened(conv);
    }
    if (m_rows.size() > m_maxRows) trimTop(); // a busy conversation while reading the newest
}

void TimelineModel::onMessagesChanged(qint64 conv) {
    // Before the first page the open itself brings everything: nothing to refresh yet.
    if (conv != m_conv || m_conv <= 0 || m_refreshQueued || (m_rows.isEmpty() && m_loading)) return;
    m_refreshQueued = true;
    const qint64 from = m_rows.isEmpty() ? 1 : qMax<qint64>(oldestSeq(), 1);
    emit requestWindow(0, m_conv, from, m_atLatest ? 0 : newestSeq());
}

void TimelineModel::prepend(const QList<StoredMessage>& messages) {
    QList<StoredMessage> fresh;
    const qint64 oldest = oldestSeq();
    for (const StoredMessage& m : messages)
        if (oldest == 0 || m.message.seq < oldest) fresh.append(m);
    if (fresh.isEmpty()) return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
    if (m_rows.size() > m_maxRows) trimBottom();
}

void TimelineModel::append(const QList<StoredMessage>& messages) {
    QList<StoredMessage> fresh;
    const qint64 newest = newestSeq();
    for (const StoredMessage& m : messages)
        if (m.message.seq > newest) fresh.append(m);
    if (fresh.isEmpty()) return;
    // Numbered messages go before the pending ones at the end.
    int at = int(m_rows.size());
    while (at > 0 && m_rows[at - 1].message.seq == 0)
        --at;
    beginInsertRows({}, at, at + int(fresh.size()) - 1);
    for (int i = 0; i < fresh.size(); ++i)
        m_rows.insert(at + i, fresh[i]);
    endInsertRows();
    if (m_rows.size() > m_maxRows) trimTop();
}

// Rows are matched by local id (a pending message keeps its id when it is numbered): changed
// rows are updated, new ones inserted, gone ones removed; only a reordering resets the view.
void TimelineModel::merge(const QList<StoredMessage>& fresh) {
    QSet<qint64> oldKeys, newKeys;
    for (const StoredMessage& m : m_rows)
        oldKeys.insert(m.localId);
    for (const StoredMessage& m : fresh)
        newKeys.insert(m.localId);
    int pos = 0;
    int j = 0;
    while (pos < m_rows.size() || j < fresh.size()) {
        if (pos < m_rows.size() && j < fresh.size() && m_rows[pos].localId == fresh[j].localId) {
            const StoredMessage& n = fresh[j];
            StoredMessage& o = m_rows[pos];
            if (n.state != o.state || n.message.seq != o.message.seq ||
                n.message.recalled != o.message.recalled || n.unreadBy != o.unreadBy ||
                n.message.text != o.message.text || n.error != o.error) {
                o = n;
                emit dataChanged(index(pos), index(pos));
            }
            ++pos;
            ++j;
        } else if (j < fresh.size() && !oldKeys.contains(fresh[j].localId)) {
            beginInsertRows({}, pos, pos);
            m_rows.insert(pos, fresh[j]);
            endInsertRows();
            ++pos;
            ++j;
        } else if (pos < m_rows.size() && !newKeys.contains(m_rows[pos].localId)) {
            beginRemoveRows({}, pos, pos);
            m_rows.removeAt(pos);
            endRemoveRows();
        } else {
            beginResetModel();
            m_rows = fresh;
            endResetModel();
            return;
        }
    }
}

void TimelineModel::trimBottom() {
    const int excess = int(m_rows.size()) - m_maxRows;
    if (excess <= 0) return;
    beginRemoveRows({}, m_maxRows, int(m_rows.size()) - 1);
    m_rows.resize(m_maxRows);
    endRemoveRows();
    m_atLatest = false;
}

void TimelineModel::trimTop() {
    const int excess = int(m_rows.size()) - m_maxRows;
    if (excess <= 0) return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.remove(0, excess);
    endRemoveRows();
    m_moreOlder = true;
}

bool TimelineModel::newDay(int row) const {
    if (row == 0) return true;
    const QDate a = QDateTime::fromMSecsSinceEpoch(m_rows[row - 1].message.timeMs).date();
    return QDateTime::fromMSecsSinceEpoch(m_rows[row].message.timeMs).date() != a;
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredMessage& s = m_rows[index.row()];
    const Message& m = s.message;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case LocalIdRole:
        return s.localId;
    case SeqRole:
        return m.seq;
    case SenderRole:
        return m.sender;
    case MineRole:
        return m.sender == m_self;
    case KindRole:
        return int(m.kind);
    case FileRole:
        return m.fileRef;
    case TimeRole:
        return m.timeMs;
    case StateRole:
        return int(s.state);
    case ErrorRole:
        return s.error;
    case RecalledRole:
        return m.recalled;
    case ReplyToRole:
        return m.replyTo;
    case MentionsMeRole:
        return m.sender != m_self && (m.mentionAll || m.mentions.contains(m_self));
    case UnreadByRole:
        return s.unreadBy;
    case NewDayRole:
        return newDay(index.row());
    case CidRole:
        return m.cid;
    case FileIdRole:
        return m.file.id;
    case FileNameRole:
        return m.file.name;
    case FileSizeRole:
        return m.file.size;
    case FileMimeRole:
        return m.file.mime;
    case FileThumbRole:
        return m.file.thumb;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const {
    return {{TextRole, "text"},
            {CidRole, "cid"},
            {FileIdRole, "fileId"},
            {FileNameRole, "fileName"},
            {FileSizeRole, "fileSize"},
            {FileMimeRole, "fileMime"},
            {FileThumbRole, "fileThumb"},
            {LocalIdRole, "localId"},
            {SeqRole, "seq"},
            {SenderRole, "sender"},
            {MineRole, "mine"},
            {KindRole, "kind"},
            {FileRole, "file"},
            {TimeRole, "time"},
            {StateRole, "state"},
            {ErrorRole, "error"},
            {RecalledRole, "recalled"},
            {ReplyToRole, "replyTo"},
            {MentionsMeRole, "mentionsMe"},
            {UnreadByRole, "unreadBy"},
            {NewDayRole, "newDay"}};
}

} // namespace zt::chat
