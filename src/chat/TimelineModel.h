#pragma once
// The messages of one conversation for a view, oldest at the top: a bounded window over the
// store (at most maxRows rows, whatever the length of the history). Older pages come through
// fetchMore (the store first, then the server — Messenger decides); when the window is full the
// far end is dropped and paged back in as the user scrolls there. Lives on the GUI thread and
// talks to Messenger (core thread) only through queued signals.
#include "ChatTypes.h"

#include <QAbstractListModel>
#include <QSet>

namespace zt::chat {

class Messenger;

class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        LocalIdRole = Qt::UserRole + 1,
        SeqRole,
        SenderRole,
        MineRole,
        KindRole, // int(MessageKind)
        TextRole,
        FileRole,
        TimeRole,
        StateRole, // int(DeliveryState)
        ErrorRole,
        RecalledRole,
        ReplyToRole,
        MentionsMeRole,
        UnreadByRole, // my messages: others who have not read it (−1: not applicable)
        NewDayRole,   // the first message of its day: the view draws a date line above it
        CidRole,      // the write id (also the id of a file message's upload)
        FileIdRole,   // 0 until the file is uploaded
        FileNameRole,
        FileSizeRole,
        FileMimeRole,
        FileThumbRole, // QByteArray: a small JPEG/PNG for images, else empty
    };

    explicit TimelineModel(QObject* parent = nullptr);
    void attach(Messenger* messenger, qint64 selfId); // connects the queued signals

    void open(qint64 conv); // the newest page; previous rows go
    // Jump to a message (a search hit): the rows around seq; older and newer page in from there.
    void openAt(qint64 conv, qint64 seq);
    qint64 conversation() const { return m_conv; }
    void setMaxRows(int rows) { m_maxRows = qMax(rows, 2 * kPage); }
    bool atLatest() const { return m_atLatest; }
    bool isLoading() const { return m_loading; }
    qint64 newestSeq() const; // of the rows held
    StoredMessage messageAt(int row) const { return m_rows.value(row); }
    int rowOfSeq(qint64 seq) const;

    // Towards the newest, after the bottom of the window was dropped.
    bool canFetchNewer() const { return !m_atLatest && !m_loading; }
    void fetchNewer();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override; // older messages

    static constexpr int kPage = 50;

signals:
    void requestPage(quint64 serial, qint64 conv, qint64 before, int limit);
    void requestNewer(quint64 serial, qint64 conv, qint64 after, int limit);
    void requestWindow(quint64 serial, qint64 conv, qint64 from, qint64 to);
    void opened(qint64 conv); // the first page is in

public slots:
    void onPage(quint64 serial, qint64 conv, const QList<zt::chat::StoredMessage>& messages,
                bool more, bool fromServer);
    void onNewer(quint64 serial, qint64 conv, const QList<zt::chat::StoredMessage>& messages);
    void onWindow(quint64 serial, qint64 conv, const QList<zt::chat::StoredMessage>& messages);
    void onMessagesChanged(qint64 conv); // refresh the rows held

private:
    void prepend(const QList<StoredMessage>& messages);
    void append(const QList<StoredMessage>& messages);
    void merge(const QList<StoredMessage>& fresh);
    void trimBottom();
    void trimTop();
    qint64 oldestSeq() const;
    bool newDay(int row) const;

    QList<StoredMessage> m_rows;
    qint64 m_conv = 0;
    qint64 m_self = 0;
    quint64 m_serial = 0; // answers to older requests are dropped
    bool m_loading = false;
    bool m_moreOlder = false;
    bool m_atLatest = true;
    bool m_refreshQueued = false;
    int m_maxRows = 600;
};

} // namespace zt::chat
