#pragma once
// Paints one message: a date line above the first of each day, the sender's name in groups, the
// bubble (mine on the right), and under my messages their state — sending, failed with the
// reason, or how many have not read it. Recalled and system messages are one centred grey line.
#include <QStyledItemDelegate>

namespace zt::ui {

class NameBook;

class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    MessageDelegate(const NameBook& names, QObject* parent = nullptr);
    void setGroup(bool group) { m_group = group; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    QString statusText(const QModelIndex& index) const;  // under my messages
    QString centredText(const QModelIndex& index) const; // recalled / system; empty otherwise

private:
    struct Layout {
        QRect dateLine, name, bubble, text, status, centred;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    QString bodyText(const QModelIndex& index) const;
    const NameBook& m_names;
    bool m_group = true;
};

} // namespace zt::ui
