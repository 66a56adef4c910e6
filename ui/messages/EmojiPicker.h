#pragma once
// The composer's emoji button: a small grid of common emoji (plain Unicode, no images, so they
// are searchable and travel as text); a click on one inserts it and closes the grid.
#include <QToolButton>

namespace zt::ui {

class EmojiPicker : public QToolButton {
    Q_OBJECT
public:
    explicit EmojiPicker(QWidget* parent = nullptr);
    QWidget* grid() const { return m_grid; }
    static const QStringList& emoji();

signals:
    void picked(const QString& emoji);

private:
    void showGrid();
    QWidget* m_grid;
};

} // namespace zt::ui
