#pragma once
// Display names for account ids (senders, members, 1:1 peers), for painting. Asks the directory
// (core thread) in batches for ids it has not seen, and says when names arrived so views repaint.
#include <QHash>
#include <QObject>
#include <QSet>

namespace zt::contacts {
class DirectoryService;
struct PersonInfo;
} // namespace zt::contacts

namespace zt::ui {

class NameBook : public QObject {
    Q_OBJECT
public:
    explicit NameBook(QObject* parent = nullptr);
    void attach(contacts::DirectoryService* directory, qint64 selfId);

    // The name, or a placeholder ("User 12") while it is looked up.
    QString name(qint64 user) const;
    qint64 selfId() const { return m_self; }
    void prefetch(const QList<qint64>& users);

signals:
    void namesChanged();
    void requestUsers(const QList<qint64>& users);

public slots:
    void onResolved(const QList<zt::contacts::PersonInfo>& people);

private:
    void flush();
    mutable QSet<qint64> m_wanted;
    QSet<qint64> m_asked;
    QHash<qint64, QString> m_names;
    qint64 m_self = 0;
    bool m_flushQueued = false;
    bool m_attached = false;
};

} // namespace zt::ui
