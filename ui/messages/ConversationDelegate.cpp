#include "ConversationDelegate.h"
#include "MessageText.h"
#include "NameBook.h"
#include "chat/ConversationListModel.h"
#include "contacts/Avatar.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace zt::ui {

using M = chat::ConversationListModel;

QString shortTime(qint64 ms) {
    if (ms <= 0) return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    const QDate today = QDate::currentDate();
    if (t.date() == today) return t.toString(QStringLiteral("HH:mm"));
    if (t.date() == today.addDays(-1)) return ConversationDelegate::tr("Yesterday");
    return QLocale().toString(t.date(), QLocale::ShortFormat);
}

ConversationDelegate::ConversationDelegate(const NameBook& names, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_names(names) {
}

QString ConversationDelegate::title(const QModelIndex& index, const NameBook& names) {
    const QString name = index.data(M::NameRole).toString();
    if (index.data(M::KindRole).toInt() == int(chat::ConvKind::Direct) || name.isEmpty())
        return names.name(index.data(M::PeerRole).toLongLong());
    return name;
}

QString ConversationDelegate::secondLine(const QModelIndex& index) const {
    const QString draft = index.data(M::DraftRole).toString();
    if (!draft.isEmpty()) return tr("[Draft] %1").arg(draft.simplified());
    if (index.data(M::LastKindRole).toInt() < 0) return {};
    chat::Message last;
    last.kind = chat::MessageKind(index.data(M::LastKindRole).toInt());
    last.text = index.data(M::LastTextRole).toString();
    last.sender = index.data(M::LastSenderRole).toLongLong();
    last.recalled = index.data(M::LastRecalledRole).toBool();
    const bool group = index.data(M::KindRole).toInt() == int(chat::ConvKind::Group);
    QString line = previewText(last, group, m_names);
    if (index.data(M::MentionedRole).toBool()) line = tr("[Mentioned you] %1").arg(line);
    return line;
}

void ConversationDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
    p->save();
    const QRect r = option.rect.adjusted(8, 6, -8, -6);
    const QString name = title(index, m_names);
    paintAvatar(p, QRect(r.left(), r.top(), r.height(), r.height()), name);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QFontMetrics fm(option.font);
    const int left = r.left() + r.height() + 8;
    const QString time = shortTime(index.data(M::ActivityRole).toLongLong());
    const int timeWidth = fm.horizontalAdvance(time);
    p->setPen(option.palette.color(textRole));
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    QString head = name;
    if (index.data(M::PinnedRole).toBool()) head = tr("📌 %1").arg(head);
    const QRect top(left, r.top(), r.right() - left - timeWidth - 6, r.height() / 2);
    p->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(head, Qt::ElideRight, top.width()));
    p->setFont(option.font);
    p->setPen(
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    p->drawText(QRect(r.right() - timeWidth, r.top(), timeWidth, r.height() / 2),
                Qt::AlignRight | Qt::AlignVCenter, time);
    const int unread = index.data(M::UnreadRole).toInt();
    const QString badge = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
    const int badgeWidth = unread > 0 ? fm.horizontalAdvance(badge) + 10 : 0;
    const QRect bottom(left, r.top() + r.height() / 2, r.right() - left - badgeWidth - 6,
                       r.height() / 2);
    const QString second = secondLine(index);
    if (!index.data(M::DraftRole).toString().isEmpty() || index.data(M::MentionedRole).toBool())
        p->setPen(QColor(0xd0, 0x30, 0x30));
    p->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(second, Qt::ElideRight, bottom.width()));
    if (unread > 0) {
        const QRect b(r.right() - badgeWidth, bottom.center().y() - fm.height() / 2, badgeWidth,
                      fm.height());
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(index.data(M::MutedRole).toBool() ? QColor(0x9e, 0x9e, 0x9e)
                                                      : QColor(0xe5, 0x39, 0x35));
        p->drawRoundedRect(b, b.height() / 2.0, b.height() / 2.0);
        p->setPen(Qt::white);
        p->drawText(b, Qt::AlignCenter, badge);
    }
    p->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    return {240, QFontMetrics(option.font).height() * 2 + 20};
}

} // namespace zt::ui
