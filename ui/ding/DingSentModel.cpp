#include "DingSentModel.h"
#include "DingTexts.h"

namespace zt::ui {

DingSentModel::DingSentModel(QObject* parent)
    : QAbstractListModel(parent) {
}

void DingSentModel::setDings(const QList<chat::Ding>& dings) {
    beginResetModel();
    m_rows = dings;
    endResetModel();
}

void DingSentModel::clear() {
    setDings({});
}

chat::Ding DingSentModel::dingAt(int row) const {
    return m_rows.value(row);
}

int DingSentModel::rowOfLocal(qint64 localId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].localId == localId) return i;
    return -1;
}

int DingSentModel::rowOfCid(const QString& cid) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (!cid.isEmpty() && m_rows[i].cid == cid) return i;
    return -1;
}

int DingSentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString DingSentModel::detail(const chat::Ding& d) const {
    if (d.state == chat::DeliveryState::Failed) return tr("Not sent: %1").arg(d.error);
    if (d.id <= 0) return tr("Waiting to reach the server…");
    if (d.sentMs <= 0) return tr("Scheduled for %1").arg(DingTexts::time(d.dueMs));
    return tr("%1 · to %n people", nullptr, d.recipients).arg(DingTexts::time(d.sentMs));
}

QVariant DingSentModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const chat::Ding& d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return d.text.simplified().left(60) + QLatin1Char('\n') + detail(d);
    case Qt::ToolTipRole:
        return d.text;
    case LocalIdRole:
        return d.localId;
    case IdRole:
        return d.id;
    case CidRole:
        return d.cid;
    case StateRole:
        return int(d.state);
    default:
        return {};
    }
}

} // namespace zt::ui
