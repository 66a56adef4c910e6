#pragma once
// The card of a file message inside its bubble: the picture's thumbnail or an icon with the
// file's type, the name (elided), the size ("1.2 MB"), and one line for the transfer — a
// progress bar while it moves, "Failed: reason" with what to do, or how to open it. The card's
// height does not change with the transfer, so progress never re-lays out the list.
#include <QCoreApplication>
#include <QFont>
#include <QModelIndex>
#include <QPixmap>
#include <QRect>
#include <optional>

class QPainter;

namespace zt::ui {

struct Transfer;

class FileCardPainter {
    Q_DECLARE_TR_FUNCTIONS(zt::ui::FileCardPainter)
public:
    struct Geometry {
        QRect card, preview, name, size, line; // line: the transfer's row
        QRect bar;                             // the progress bar inside `line`
    };

    FileCardPainter(const QFont& font, const QModelIndex& index);
    QSize size() const; // the card's size, whatever the transfer
    Geometry geometry(const QPoint& topLeft) const;
    void paint(QPainter* painter, const QPoint& topLeft,
               const std::optional<Transfer>& transfer) const;
    // The text of the transfer line (empty while the bar says it all).
    QString lineText(const std::optional<Transfer>& transfer) const;

    static QString humanSize(qint64 bytes); // "1.2 MB", in the user's locale
    static QString typeLabel(const QString& name, const QString& mime); // "PDF", "DOC", …
    static QPixmap thumbnail(const QModelIndex& index);                 // decoded once, then cached

    static constexpr int kWidth = 260;

private:
    QFont m_font;
    QModelIndex m_index;
    QPixmap m_thumb;
    QSize m_previewSize;
};

} // namespace zt::ui
