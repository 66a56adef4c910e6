#pragma once
// Paints one message: a date line above the first of each day, the sender's name in groups, the
// bubble (mine on the right), and under my messages their state — sending, failed with the
// reason, or how many have not read it. Recalled and system messages are one centred grey line.
#include <QStyledItemDelegate>
#include <QUrl>
#include <optional>

namespace zt::ui {

class NameBook;
class TransferProgress;

class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    MessageDelegate(const NameBook& names, QObject* parent = nullptr);
    void setGroup(bool group) { m_group = group; }
    void setTransfers(const TransferProgress* transfers) { m_transfers = transfers; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    QString statusText(const QModelIndex& index) const;  // under my messages
    QString centredText(const QModelIndex& index) const; // recalled / system; empty otherwise
    // The link under a point of the view's viewport, from the same layout the bubble is painted
    // with (option as the view paints the row).
    std::optional<QUrl> linkAt(const QStyleOptionViewItem& option, const QModelIndex& index,
                               const QPoint& pos) const;
    // Where a file message's card is (FileCardPainter draws it there); nothing for other kinds.
    std::optional<QRect> fileCard(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const;

private:
    struct Layout {
        QRect dateLine, name, bubble, text, status, centred;
        QRect card; // file messages: above the caption, if any
        int height = 0;
        int wrapWidth = 0; // the text's line width, for painting and hit-testing alike
    };
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    QString bodyText(const QModelIndex& index) const;
    QStringList mentionMarks(const QModelIndex& index) const;
    const NameBook& m_names;
    const TransferProgress* m_transfers = nullptr;
    bool m_group = true;
};

} // namespace zt::ui
