#pragma once
// One inbox view of documents (to do, done, drafted by me, distributed to me) as a list model.
// It holds a copy of the summaries that ApprovalService read (store first, then server) and
// posted here; it never reads the store itself. The server sends at most a page of 100: an
// inbox rarely holds more, so the whole page is kept.
#include "approval/ApprovalProtocol.h"

#include <QAbstractListModel>
#include <array>

namespace zt::ui {

class ApprovalInboxModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DocNumberRole,     // 文号
        IssuingUnitRole,   // 发文单位
        SecurityLevelRole, // int(approval::SecurityLevel)
        SecurityLevelTextRole,
        UrgencyRole, // int(approval::Urgency)
        UrgencyTextRole,
        StateRole, // int(approval::DocState)
        StateTextRole,
        UpdatedRole, // QDateTime, local time
        CurrentStepRole,
    };

    explicit ApprovalInboxModel(approval::View view, QObject* parent = nullptr);

    approval::View view() const { return m_view; }
    // Replaces the rows. Every view's count comes along (ListResult::counts).
    void setResult(const approval::ListResult& result, bool fromServer);
    void clear();
    bool serverAnswered() const { return m_fromServer; }
    int total() const { return m_total; }
    const std::array<int, approval::kViewCount>& counts() const { return m_counts; }
    approval::Summary summaryAt(int row) const;
    int rowOf(qint64 doc) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString displayText(const approval::Summary& s) const;

    approval::View m_view;
    QList<approval::Summary> m_rows;
    std::array<int, approval::kViewCount> m_counts{};
    int m_total = 0;
    bool m_fromServer = false;
};

} // namespace zt::ui
