#include "PeopleModel.h"

#include "DirectoryService.h"
#include <atomic>

#include <QPoint>

namespace zt::contacts {

namespace {
// Unique across all models: the service sends every answer to every model attached to it.
quint64 nextSerial() {
    static std::atomic<quint64> next{0};
    return ++next;
}
} // namespace

PeopleModel::PeopleModel(QObject* parent)
    : QAbstractListModel(parent) {
}

void PeopleModel::attachSearch(DirectoryService* service) {
    connect(this, &PeopleModel::requestSearch, service, &DirectoryService::search,
            Qt::QueuedConnection);
    connect(service, &DirectoryService::searchResults, this, &PeopleModel::onSearchResults);
}

int PeopleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_hits.size()) return {};
    const SearchHit& hit = m_hits[index.row()];
    const PositionInfo position = hit.person.positions.value(0);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return position.unitName.isEmpty()
                   ? hit.person.name
                   : QStringLiteral("%1 · %2 %3")
                         .arg(hit.person.name, position.unitName, position.title);
    case IdRole:
        return hit.person.id;
    case NameRole:
        return hit.person.name;
    case MarksRole: {
        QVariantList marks;
        for (const auto& [start, length] : hit.marks)
            marks << QPoint(start, length);
        return marks;
    }
    case TitleRole:
        return position.title;
    case UnitRole:
        return position.unitName;
    case MobileRole:
        return hit.person.mobile;
    case MaskedRole:
        return hit.person.mobileMasked;
    case MatchRole:
        return hit.matchClass;
    default:
        return {};
    }
}

QHash<int, QByteArray> PeopleModel::roleNames() const {
    auto roles = QAbstractListModel::roleNames();
    roles.insert(IdRole, "id");
    roles.insert(NameRole, "name");
    roles.insert(MarksRole, "marks");
    roles.insert(TitleRole, "title");
    roles.insert(UnitRole, "unit");
    roles.insert(MobileRole, "mobile");
    roles.insert(MaskedRole, "masked");
    roles.insert(MatchRole, "match");
    return roles;
}

void PeopleModel::search(const SearchArgs& args) {
    m_serial = nextSerial(); // answers to earlier queries are dropped from now on
    m_serverAnswered = false;
    const bool browsing = !args.line.isEmpty() || args.rank != Rank::None || args.role != 0;
    if (args.query.trimmed().isEmpty() && !browsing) {
        m_units.clear();
        replace({});
        return;
    }
    emit requestSearch(m_serial, args);
}

void PeopleModel::setPeople(const QList<PersonInfo>& people) {
    m_serial = nextSerial();
    QList<SearchHit> hits;
    for (const PersonInfo& p : people)
        hits << SearchHit{p, 0, {}};
    m_units.clear();
    replace(hits);
}

void PeopleModel::onSearchResults(quint64 serial, const SearchResult& result, bool fromServer) {
    if (serial != m_serial || (m_serverAnswered && !fromServer)) return;
    m_serverAnswered = m_serverAnswered || fromServer;
    m_units = result.units;
    replace(result.people);
    emit resultsChanged(fromServer);
}

void PeopleModel::replace(const QList<SearchHit>& hits) {
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

} // namespace zt::contacts
