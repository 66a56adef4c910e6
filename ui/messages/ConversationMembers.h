#pragma once
// Keeps the composer's "@" list in step with the open conversation: who is in it (read from the
// local store on the core thread, again when the member count changes) and whether I may
// mention everyone (a group's owner or admins). A 1:1 offers nobody.
#include "chat/ChatTypes.h"

#include <QObject>

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class MentionCompleter;

class ConversationMembers : public QObject {
    Q_OBJECT
public:
    ConversationMembers(core::ClientCore* core, MentionCompleter* completer,
                        QObject* parent = nullptr);
    // The open conversation as the list model has it now (id 0: none open).
    void follow(const chat::Conversation& conversation);

private:
    void onLoaded(qint64 conv, const QList<qint64>& members);

    core::ClientCore* m_core;
    MentionCompleter* m_completer;
    qint64 m_conv = 0;
    int m_memberCount = -1;
    QList<qint64> m_members;
    bool m_canMentionAll = false;
    bool m_group = false;
};

} // namespace zt::ui
