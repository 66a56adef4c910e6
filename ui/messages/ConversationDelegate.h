#pragma once
// Paints one conversation row: avatar, name, time of the latest activity, the latest message or
// the draft, unread badge (grey when muted), @ and pinned marks. No widget per row.
#include <QStyledItemDelegate>

namespace zt::ui {

class NameBook;

class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ConversationDelegate(const NameBook& names, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // What a row is called: the group's name, or the 1:1 peer's.
    static QString title(const QModelIndex& index, const NameBook& names);

private:
    QString secondLine(const QModelIndex& index) const;
    const NameBook& m_names;
};

QString shortTime(qint64 ms); // "14:05", "昨天", "11/20"

} // namespace zt::ui
