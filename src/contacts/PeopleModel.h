#pragma once
// A flat list of people: search results (local first, then the server's ranking), starred or
// recent contacts. Holds one page of results, never the whole directory.
#include "DirectoryProtocol.h"

#include <QAbstractListModel>

namespace zt::contacts {

class DirectoryService;

class PeopleModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        MarksRole,
        TitleRole,
        UnitRole,
        MobileRole,
        MaskedRole,
        MatchRole
    };

    explicit PeopleModel(QObject* parent = nullptr);
    void attachSearch(DirectoryService* service);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void search(const SearchArgs& args); // empty query clears
    void setPeople(const QList<PersonInfo>& people);
    PersonInfo personAt(int row) const { return m_hits.value(row).person; }
    QList<NodeInfo> units() const { return m_units; }
    bool serverAnswered() const { return m_serverAnswered; }

signals:
    void requestSearch(quint64 serial, const zt::contacts::SearchArgs& args);
    void resultsChanged(bool fromServer);

public slots:
    void onSearchResults(quint64 serial, const zt::contacts::SearchResult& result, bool fromServer);

private:
    void replace(const QList<SearchHit>& hits);
    QList<SearchHit> m_hits;
    QList<NodeInfo> m_units;
    quint64 m_serial = 0;
    bool m_serverAnswered = false;
};

} // namespace zt::contacts
