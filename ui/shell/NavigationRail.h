#pragma once
// The vertical list of panes on the left of the main window. It lists only panes that exist;
// each entry also gets a Ctrl+<number> shortcut on the window.
#include <QListWidget>

namespace zt::ui {

class NavigationRail : public QListWidget {
    Q_OBJECT
public:
    explicit NavigationRail(QWidget* parent = nullptr);

    // Adds an entry; returns its index, which is also the index of the pane in the stack.
    int addPane(const QString& key, const QString& title, const QIcon& icon = {});
    QString currentKey() const;

signals:
    void paneSelected(int index);

protected:
    QSize sizeHint() const override;
};

} // namespace zt::ui
