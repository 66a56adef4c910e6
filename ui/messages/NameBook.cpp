#include "NameBook.h"
#include "contacts/DirectoryProtocol.h"
#include "contacts/DirectoryService.h"

#include <QTimer>

namespace zt::ui {

NameBook::NameBook(QObject* parent)
    : QObject(parent) {
}

void NameBook::attach(contacts::DirectoryService* directory, qint64 selfId) {
    m_self = selfId;
    m_asked.clear();
    connect(this, &NameBook::requestUsers, directory, &contacts::DirectoryService::resolveUsers,
            Qt::QueuedConnection);
    connect(directory, &contacts::DirectoryService::usersResolved, this, &NameBook::onResolved,
            Qt::QueuedConnection);
    m_attached = true;
    flush();
}

QString NameBook::name(qint64 user) const {
    if (const auto it = m_names.constFind(user); it != m_names.constEnd()) return *it;
    if (user > 0 && !m_asked.contains(user)) {
        m_wanted.insert(user);
        if (!m_flushQueued) {
            auto* self = const_cast<NameBook*>(this);
            self->m_flushQueued = true;
            QTimer::singleShot(0, self, &NameBook::flush);
        }
    }
    return tr("User %1").arg(user);
}

void NameBook::prefetch(const QList<qint64>& users) {
    for (qint64 u : users)
        name(u);
}

void NameBook::flush() {
    m_flushQueued = false;
    if (!m_attached || m_wanted.isEmpty()) return;
    const QList<qint64> ids(m_wanted.begin(), m_wanted.end());
    m_asked.unite(m_wanted);
    m_wanted.clear();
    emit requestUsers(ids);
}

void NameBook::onResolved(const QList<contacts::PersonInfo>& people) {
    bool changed = false;
    for (const contacts::PersonInfo& p : people) {
        if (p.userId <= 0 || p.name.isEmpty() || m_names.value(p.userId) == p.name) continue;
        m_names.insert(p.userId, p.name);
        changed = true;
    }
    if (changed) emit namesChanged();
}

} // namespace zt::ui
