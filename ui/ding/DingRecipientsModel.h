#pragma once
// The recipients of one of my DINGs as a table: name, delivered at, read at, confirmed at (empty
// while not yet). The display role says the time; SortRole gives the raw time (0: not yet) or the
// name, so a proxy sorts by time and puts those not yet there together.
#include "DingTexts.h"
#include "chat/ChatTypes.h"

#include <QAbstractTableModel>

namespace zt::ui {

class DingRecipientsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DeliveredColumn, ReadColumn, ConfirmedColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, UserIdRole };

    explicit DingRecipientsModel(QObject* parent = nullptr);

    void setNameOf(NameOf nameOf);
    void setRecipients(const QList<chat::DingRecipient>& recipients);
    void clear();
    const QList<chat::DingRecipient>& recipients() const { return m_rows; }
    int delivered() const;
    int read() const;
    int confirmed() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static qint64 timeOf(const chat::DingRecipient& r, int column);

    NameOf m_nameOf;
    QList<chat::DingRecipient> m_rows;
};

} // namespace zt::ui
