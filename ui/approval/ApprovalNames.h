#pragma once
// Names of the people a document mentions (drafter, assignees, actors, delegates), by user id.
// Approval records carry only user ids; the names come from the local copy of the directory
// (the user's region and everyone seen), then from the server (dir.users) for the others, each
// id asked once. Ids nobody may see stay ids.
#include "approval/ApprovalProtocol.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace zt::ui {

class ApprovalLink;

class ApprovalNames : public QObject {
    Q_OBJECT
public:
    explicit ApprovalNames(ApprovalLink* link, QObject* parent = nullptr);

    const QHash<qint64, QString>& names() const { return m_names; }
    void insert(qint64 userId, const QString& name);
    void clear(); // signed out: ask again next time
    // Asks for the names of everyone the document mentions that are not known or asked yet.
    void ask(const approval::GetResult& detail);

signals:
    void changed(); // new names arrived

private:
    ApprovalLink* m_link;
    QHash<qint64, QString> m_names;
    QSet<qint64> m_asked;
    quint64 m_generation = 0; // answers asked before clear() are dropped
};

} // namespace zt::ui
