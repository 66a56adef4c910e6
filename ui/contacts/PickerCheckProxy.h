#pragma once
// Check boxes for the people picker over a directory model (the lazy organisation tree, the
// search results, the units found): on people, and on units when they may be chosen whole.
// Whether a row is checked comes from the PickedList; checking asks the PickedList, which may
// refuse (the limit, an excluded person). Fetching, rows and other roles pass through.
#include "PickerSelection.h"

#include <QIdentityProxyModel>
#include <functional>

namespace zt::ui {

class PickedList;

class PickerCheckProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    // What a source row stands for: a person, or a directory node.
    struct Row {
        bool isPerson = false;
        contacts::PersonInfo person;
        contacts::NodeInfo node;
    };
    using Resolver = std::function<Row(const QModelIndex& source)>;

    PickerCheckProxy(PickedList* picked, Resolver resolve, QObject* parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Row rowAt(const QModelIndex& index) const; // index of this model
    bool isCheckable(const QModelIndex& index) const { return checkOf(index).checkable; }
    bool isChecked(const QModelIndex& index) const { return checkOf(index).checked; }
    // Adds the row to the chosen list or takes it out; false when the PickedList refused.
    bool setChosen(const QModelIndex& index, bool chosen);
    bool toggle(const QModelIndex& index);

private:
    struct Check {
        bool shown = false; // the row has a check box
        bool checkable = false;
        bool checked = false;
        QString why; // tooltip: why it is checked or cannot be
    };
    Check checkOf(const QModelIndex& index) const;
    QString coveringUnit(const QModelIndex& index) const;
    void announceChecks(const QModelIndex& parent = {});

    PickedList* m_picked;
    Resolver m_resolve;
};

} // namespace zt::ui
