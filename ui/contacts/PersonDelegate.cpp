#include "PersonDelegate.h"
#include "Avatar.h"
#include "contacts/PeopleModel.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>

namespace zt::ui {

using contacts::PeopleModel;

namespace {

constexpr int kPadding = 6;

// Which characters of the name the search matched, from MarksRole's (start, length) pairs.
QList<bool> markedCharacters(const QString& name, const QVariantList& marks) {
    QList<bool> marked(name.size(), false);
    for (const QVariant& m : marks) {
        const QPoint mark = m.toPoint();
        for (int i = qMax(0, mark.x()); i < mark.x() + mark.y() && i < name.size(); ++i)
            marked[i] = true;
    }
    return marked;
}

int lineHeight(const QStyleOptionViewItem& option) {
    return option.fontMetrics.height();
}

} // namespace

QSize PersonDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    return {option.fontMetrics.averageCharWidth() * 30, 2 * lineHeight(option) + 3 * kPadding};
}

void PersonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and focus frame from the style, the text painted here
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect r = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const int avatar = r.height();
    const QString name = index.data(PeopleModel::NameRole).toString();
    paintAvatar(painter, QRect(r.left(), r.top(), avatar, avatar), name);

    const int h = lineHeight(option);
    const QRect text = r.adjusted(avatar + kPadding, 0, 0, 0);
    paintName(painter, option, QRect(text.left(), text.top(), text.width(), h), index);

    const bool selected = option.state & QStyle::State_Selected;
    const QString unit = index.data(PeopleModel::UnitRole).toString();
    const QString title = index.data(PeopleModel::TitleRole).toString();
    const QString second =
        title.isEmpty() || unit.isEmpty() ? unit + title : unit + QStringLiteral(" · ") + title;
    painter->save();
    painter->setPen(
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect line2(text.left(), text.top() + h + kPadding, text.width(), h);
    painter->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(second, Qt::ElideRight, line2.width()));
    painter->restore();
}

// Runs of matched and unmatched characters, drawn one after another with their own font.
void PersonDelegate::paintName(QPainter* painter, const QStyleOptionViewItem& option,
                               const QRect& rect, const QModelIndex& index) const {
    const QString name = index.data(PeopleModel::NameRole).toString();
    const QList<bool> marked = markedCharacters(name, index.data(PeopleModel::MarksRole).toList());
    const bool selected = option.state & QStyle::State_Selected;
    const QColor plain =
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor accent = selected ? plain : option.palette.color(QPalette::Link);
    QFont bold = option.font;
    bold.setBold(true);

    painter->save();
    int x = rect.left();
    for (qsizetype start = 0; start < name.size();) {
        qsizetype end = start;
        while (end < name.size() && marked[end] == marked[start])
            ++end;
        const QString run = name.mid(start, end - start);
        painter->setFont(marked[start] ? bold : option.font);
        painter->setPen(marked[start] ? accent : plain);
        const QRect runRect(x, rect.top(), rect.right() - x + 1, rect.height());
        painter->drawText(runRect, Qt::AlignLeft | Qt::AlignVCenter, run);
        x += QFontMetrics(painter->font()).horizontalAdvance(run);
        start = end;
    }
    painter->restore();
}

} // namespace zt::ui
