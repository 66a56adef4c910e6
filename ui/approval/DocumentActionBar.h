#pragma once
// The row of action buttons above an opened document: approve, reject, return, delegate,
// withdraw, comment. Only the actions the user may take now (ApprovalRules) are enabled;
// pressing one asks for the opinion in an ActionDialog.
#include "approval/ApprovalTypes.h"

#include <QMap>
#include <QWidget>

class QPushButton;

namespace zt::ui {

class DocumentActionBar : public QWidget {
    Q_OBJECT
public:
    explicit DocumentActionBar(QWidget* parent = nullptr);

    void setAllowed(const QList<approval::ActionKind>& actions);
    QList<approval::ActionKind> allowed() const { return m_allowed; }
    QPushButton* button(approval::ActionKind kind) const { return m_buttons.value(kind); }

signals:
    void triggered(zt::approval::ActionKind kind);

private:
    QMap<approval::ActionKind, QPushButton*> m_buttons;
    QList<approval::ActionKind> m_allowed;
};

} // namespace zt::ui
