#pragma once
// The row of action buttons above an opened document: approve, reject, return, delegate,
// withdraw, comment. Only the actions the user may take now (ApprovalRules) are enabled;
// pressing one asks for the opinion in an ActionDialog. Then "Export…" (the bundle for offline
// proof) and a menu with what concerns the user rather than the document: the seal image.
#include "approval/ApprovalTypes.h"

#include <QMap>
#include <QWidget>

class QAction;
class QPushButton;
class QToolButton;

namespace zt::ui {

class DocumentActionBar : public QWidget {
    Q_OBJECT
public:
    explicit DocumentActionBar(QWidget* parent = nullptr);

    void setAllowed(const QList<approval::ActionKind>& actions);
    QList<approval::ActionKind> allowed() const { return m_allowed; }
    QPushButton* button(approval::ActionKind kind) const { return m_buttons.value(kind); }
    void setExportEnabled(bool enabled);
    QPushButton* exportButton() const { return m_export; }
    QToolButton* menuButton() const { return m_menu; }
    QAction* chooseSealAction() const { return m_chooseSeal; }

signals:
    void triggered(zt::approval::ActionKind kind);
    void exportRequested();
    void chooseSealRequested();

private:
    QPushButton* m_export;
    QToolButton* m_menu;
    QAction* m_chooseSeal;
    QMap<approval::ActionKind, QPushButton*> m_buttons;
    QList<approval::ActionKind> m_allowed;
};

} // namespace zt::ui
