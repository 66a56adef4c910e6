#include "MessageDelegate.h"
#include "BubbleText.h"
#include "FileCardPainter.h"
#include "MentionCompleter.h"
#include "MessageText.h"
#include "NameBook.h"
#include "TransferProgress.h"
#include "chat/TimelineModel.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QPainter>

namespace zt::ui {

using M = chat::TimelineModel;

namespace {
constexpr int kPad = 8;
constexpr int kMargin = 10;

int viewWidth(const QStyleOptionViewItem& option) {
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 480;
}
} // namespace

MessageDelegate::MessageDelegate(const NameBook& names, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_names(names) {
}

QString MessageDelegate::centredText(const QModelIndex& index) const {
    if (index.data(M::KindRole).toInt() == int(chat::MessageKind::System))
        return systemText(index.data(M::TextRole).toString(), m_names);
    if (index.data(M::RecalledRole).toBool())
        return recalledText(index.data(M::SenderRole).toLongLong(), m_names);
    return {};
}

// A file message's body is its caption: the file itself is the card above it.
QString MessageDelegate::bodyText(const QModelIndex& index) const {
    return index.data(M::TextRole).toString();
}

// "@MyName" stands out wherever it is written; "@All" only where the message is meant for all.
QStringList MessageDelegate::mentionMarks(const QModelIndex& index) const {
    QStringList marks{QLatin1Char('@') + m_names.name(m_names.selfId())};
    if (index.data(M::MentionsMeRole).toBool())
        marks << QLatin1Char('@') + MentionCompleter::allLabel() << QStringLiteral("@All");
    return marks;
}

QString MessageDelegate::statusText(const QModelIndex& index) const {
    if (!index.data(M::MineRole).toBool()) return {};
    switch (chat::DeliveryState(index.data(M::StateRole).toInt())) {
    case chat::DeliveryState::Pending:
        return tr("Sending…");
    case chat::DeliveryState::Failed:
        if (index.data(M::KindRole).toInt() == int(chat::MessageKind::File))
            return {}; // the card says why, and how to retry
        return tr("Not sent: %1 (right-click to retry)").arg(index.data(M::ErrorRole).toString());
    case chat::DeliveryState::Sent:
        break;
    }
    const int unread = index.data(M::UnreadByRole).toInt();
    if (unread < 0) return {};
    if (!m_group) return unread == 0 ? tr("Read") : tr("Unread");
    return unread == 0 ? tr("All read") : tr("%n unread", nullptr, unread);
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem& option,
                                                const QModelIndex& index) const {
    Layout l;
    const QFontMetrics fm(option.font);
    const int width = viewWidth(option);
    const int top = option.rect.top();
    int y = top + 4;
    if (index.data(M::NewDayRole).toBool()) {
        l.dateLine = QRect(0, y, width, fm.height());
        y += fm.height() + 4;
    }
    const QString centred = centredText(index);
    if (!centred.isEmpty()) {
        l.centred = QRect(kMargin, y, width - 2 * kMargin, fm.height());
        l.height = l.centred.bottom() + 6 - top;
        return l;
    }
    const bool mine = index.data(M::MineRole).toBool();
    if (m_group && !mine) {
        l.name = QRect(kMargin, y, width - 2 * kMargin, fm.height());
        y += fm.height() + 2;
    }
    l.wrapWidth = qMax(80, int(width * 0.68) - 2 * kPad);
    const QString body = bodyText(index);
    const bool file = index.data(M::KindRole).toInt() == int(chat::MessageKind::File);
    const QSize card = file ? FileCardPainter(option.font, index).size() : QSize();
    const QSize bounds =
        file && body.isEmpty()
            ? QSize()
            : BubbleText(body, option.font, l.wrapWidth, mentionMarks(index)).size();
    const int captionTop = file ? card.height() + (bounds.isEmpty() ? 0 : kPad) : 0;
    const int bubbleWidth = qMax(bounds.width(), card.width()) + 2 * kPad;
    const int left = mine ? width - kMargin - bubbleWidth : kMargin;
    l.bubble = QRect(left, y, bubbleWidth, captionTop + bounds.height() + 2 * kPad);
    if (file) l.card = QRect(l.bubble.topLeft() + QPoint(kPad, kPad), card);
    if (!bounds.isEmpty()) l.text = l.bubble.adjusted(kPad, kPad + captionTop, -kPad, -kPad);
    y = l.bubble.bottom() + 2;
    if (!statusText(index).isEmpty()) {
        l.status = QRect(kMargin, y, width - 2 * kMargin, fm.height());
        y += fm.height();
    }
    l.height = y + 6 - top;
    return l;
}

void MessageDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    const Layout l = layout(option, index);
    const QColor grey = option.palette.color(QPalette::PlaceholderText);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (option.state & QStyle::State_Selected)
        p->fillRect(option.rect, option.palette.color(QPalette::AlternateBase));
    if (!l.dateLine.isNull()) {
        p->setPen(grey);
        const QDate d = QDateTime::fromMSecsSinceEpoch(index.data(M::TimeRole).toLongLong()).date();
        p->drawText(l.dateLine, Qt::AlignCenter, QLocale().toString(d, QLocale::LongFormat));
    }
    if (!l.centred.isNull()) {
        p->setPen(grey);
        p->drawText(l.centred, Qt::AlignCenter, centredText(index));
        p->restore();
        return;
    }
    const bool mine = index.data(M::MineRole).toBool();
    if (!l.name.isNull()) {
        p->setPen(grey);
        p->drawText(l.name, Qt::AlignLeft | Qt::AlignVCenter,
                    m_names.name(index.data(M::SenderRole).toLongLong()) + QStringLiteral("  ") +
                        QDateTime::fromMSecsSinceEpoch(index.data(M::TimeRole).toLongLong())
                            .toString(QStringLiteral("HH:mm")));
    }
    QColor bubble =
        mine ? QColor(0xc8, 0xe6, 0xff) : option.palette.color(QPalette::Base).darker(106);
    if (index.data(M::MentionsMeRole).toBool()) bubble = QColor(0xff, 0xf3, 0xc4);
    p->setPen(Qt::NoPen);
    p->setBrush(bubble);
    p->drawRoundedRect(l.bubble, 6, 6);
    if (!l.card.isNull())
        FileCardPainter(option.font, index)
            .paint(p, l.card.topLeft(),
                   m_transfers ? m_transfers->forIndex(index) : std::optional<Transfer>());
    p->setPen(QColor(0x20, 0x20, 0x20));
    if (!l.text.isNull())
        BubbleText(bodyText(index), option.font, l.wrapWidth, mentionMarks(index))
            .draw(p, l.text.topLeft());
    if (!l.status.isNull()) {
        const bool failed = index.data(M::StateRole).toInt() == int(chat::DeliveryState::Failed);
        p->setPen(failed ? QColor(0xd0, 0x30, 0x30) : grey);
        p->drawText(l.status, Qt::AlignRight | Qt::AlignVCenter, statusText(index));
    }
    p->restore();
}

std::optional<QUrl> MessageDelegate::linkAt(const QStyleOptionViewItem& option,
                                            const QModelIndex& index, const QPoint& pos) const {
    if (!index.isValid() || index.data(M::RecalledRole).toBool()) return std::nullopt;
    const Layout l = layout(option, index);
    if (l.text.isNull() || !l.text.contains(pos)) return std::nullopt;
    return BubbleText(bodyText(index), option.font, l.wrapWidth, mentionMarks(index))
        .linkAt(pos - l.text.topLeft());
}

std::optional<QRect> MessageDelegate::fileCard(const QStyleOptionViewItem& option,
                                               const QModelIndex& index) const {
    if (!index.isValid() || index.data(M::RecalledRole).toBool()) return std::nullopt;
    const Layout l = layout(option, index);
    return l.card.isNull() ? std::nullopt : std::optional(l.card);
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    return {viewWidth(option), layout(option, index).height};
}

} // namespace zt::ui
