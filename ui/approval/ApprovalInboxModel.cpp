#include "ApprovalInboxModel.h"
#include "ApprovalTexts.h"

#include <QDateTime>
#include <utility>

namespace zt::ui {

ApprovalInboxModel::ApprovalInboxModel(approval::View view, QObject* parent)
    : QAbstractListModel(parent)
    , m_view(view) {
}

void ApprovalInboxModel::setResult(const approval::ListResult& result, bool fromServer) {
    beginResetModel();
    m_rows = result.items;
    m_counts = result.counts;
    m_total = result.total;
    m_fromServer = m_fromServer || fromServer;
    endResetModel();
}

void ApprovalInboxModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_counts = {};
    m_total = 0;
    m_fromServer = false;
    endResetModel();
}

approval::Summary ApprovalInboxModel::summaryAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row] : approval::Summary{};
}

int ApprovalInboxModel::rowOf(qint64 doc) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == doc) return row;
    return -1;
}

int ApprovalInboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ApprovalInboxModel::displayText(const approval::Summary& s) const {
    QStringList details;
    if (!s.docNumber.isEmpty()) details << s.docNumber;
    if (!s.issuingUnit.isEmpty()) details << s.issuingUnit;
    details << ApprovalTexts::level(s.securityLevel);
    if (s.urgency != approval::Urgency::Normal) details << ApprovalTexts::urgency(s.urgency);
    details << ApprovalTexts::state(s.state);
    details << ApprovalTexts::time(s.updatedMs);
    return s.title + QLatin1Char('\n') + details.join(QStringLiteral(" · "));
}

QVariant ApprovalInboxModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const approval::Summary& s = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return displayText(s).replace(QLatin1Char('\n'), QStringLiteral(" — "));
    case IdRole:
        return s.id;
    case TitleRole:
        return s.title;
    case DocNumberRole:
        return s.docNumber;
    case IssuingUnitRole:
        return s.issuingUnit;
    case SecurityLevelRole:
        return int(s.securityLevel);
    case SecurityLevelTextRole:
        return ApprovalTexts::level(s.securityLevel);
    case UrgencyRole:
        return int(s.urgency);
    case UrgencyTextRole:
        return ApprovalTexts::urgency(s.urgency);
    case StateRole:
        return int(s.state);
    case StateTextRole:
        return ApprovalTexts::state(s.state);
    case UpdatedRole:
        return QDateTime::fromMSecsSinceEpoch(s.updatedMs).toLocalTime();
    case CurrentStepRole:
        return s.currentStep;
    default:
        return {};
    }
}

QHash<int, QByteArray> ApprovalInboxModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const std::pair<int, const char*> ours[] = {
        {IdRole, "id"},
        {TitleRole, "title"},
        {DocNumberRole, "docNumber"},
        {IssuingUnitRole, "issuingUnit"},
        {SecurityLevelRole, "securityLevel"},
        {SecurityLevelTextRole, "securityLevelText"},
        {UrgencyRole, "urgency"},
        {UrgencyTextRole, "urgencyText"},
        {StateRole, "state"},
        {StateTextRole, "stateText"},
        {UpdatedRole, "updated"},
        {CurrentStepRole, "currentStep"},
    };
    for (const auto& [role, name] : ours)
        names.insert(role, name);
    return names;
}

} // namespace zt::ui
