#pragma once
// My sent DINGs, newest first, as a list: the text on the first line, then when it went out (or
// is due, or why it failed) and to how many. Rows are keyed by the local id: a DING has no
// server id until the server has taken it.
#include "chat/ChatTypes.h"

#include <QAbstractListModel>

namespace zt::ui {

class DingSentModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { LocalIdRole = Qt::UserRole + 1, IdRole, CidRole, StateRole };

    explicit DingSentModel(QObject* parent = nullptr);

    void setDings(const QList<chat::Ding>& dings);
    void clear();
    chat::Ding dingAt(int row) const;
    int rowOfLocal(qint64 localId) const; // -1 when not listed
    int rowOfCid(const QString& cid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString detail(const chat::Ding& d) const;

    QList<chat::Ding> m_rows;
};

} // namespace zt::ui
