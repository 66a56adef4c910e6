#pragma once
// The row of filters under the search box: 条线 (line), rank, role and "only in the selected
// unit". It only holds the choices; the pane puts them into SearchArgs and searches again.
#include "contacts/DirectoryProtocol.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace zt::ui {

class SearchFilters : public QWidget {
    Q_OBJECT
public:
    explicit SearchFilters(QWidget* parent = nullptr);

    // Line, rank and role; the region is the pane's business (it knows the selected node).
    void applyTo(contacts::SearchArgs& args) const;
    bool onlySelectedUnit() const;
    bool isActive() const; // anything but "all"
    bool browses() const;  // a line, rank or role: enough to list people without text

signals:
    void changed();

private:
    void fillLines();
    void fillRanks();
    void fillRoles();

    QComboBox* m_line;
    QComboBox* m_rank;
    QComboBox* m_role;
    QCheckBox* m_inUnit;
};

} // namespace zt::ui
