#pragma once
// The user's conversations for the list on the left: pinned first, then by latest activity, with
// unread counts, mention flags, drafts and the latest message. Holds the first `limit` rows and
// grows by a page through fetchMore. GUI thread; talks to Messenger by queued signals.
#include "ChatTypes.h"

#include <QAbstractListModel>

namespace zt::chat {

class Messenger;

class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, // int(ConvKind)
        NameRole, // the group's name; empty for a 1:1 (the view names the peer)
        PeerRole,
        UnreadRole,
        MentionedRole,
        MutedRole,
        PinnedRole,
        DraftRole,
        LastTextRole,
        LastSenderRole,
        LastKindRole,
        LastRecalledRole,
        ActivityRole,
        MemberCountRole,
        MemberRole, // still a member
    };

    explicit ConversationListModel(QObject* parent = nullptr);
    void attach(Messenger* messenger);
    void reload();
    int rowOf(qint64 conv) const;
    Conversation conversationAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int kPage = 200;

signals:
    void requestList(int limit);

public slots:
    void onLoaded(const QList<zt::chat::Conversation>& conversations);

private:
    QList<Conversation> m_rows;
    int m_limit = kPage;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace zt::chat
