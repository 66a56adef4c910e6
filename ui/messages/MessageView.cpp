#include "MessageView.h"
#include "chat/TimelineModel.h"

#include <QDateTime>
#include <QScrollBar>
#include <QTimer>

namespace zt::ui {

MessageView::MessageView(QWidget* parent)
    : QListView(parent)
    , m_readTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("messageList"));
    setAccessibleName(tr("Messages"));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    m_readTimer->setInterval(250);
    connect(m_readTimer, &QTimer::timeout, this, &MessageView::checkRead);
    m_readTimer->start();
}

void MessageView::setTimeline(chat::TimelineModel* model) {
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MessageView::onRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_stickToBottom = true;
        m_candidate = 0;
        m_reported = 0;
    });
    connect(model, &chat::TimelineModel::opened, this,
            [this] { QTimer::singleShot(0, this, &QListView::scrollToBottom); });
}

// Older rows come in above: keep what the user looks at in place; newer rows at the bottom:
// follow them if the user was at the bottom.
void MessageView::onRowsInserted(const QModelIndex&, int first, int last) {
    QScrollBar* bar = verticalScrollBar();
    if (first == 0 && m_model && last + 1 < m_model->rowCount()) {
        const QModelIndex anchor = m_model->index(last + 1);
        QTimer::singleShot(0, this, [this, anchor = QPersistentModelIndex(anchor)] {
            if (anchor.isValid()) scrollTo(anchor, QAbstractItemView::PositionAtTop);
        });
        return;
    }
    if (m_stickToBottom) QTimer::singleShot(0, this, &QListView::scrollToBottom);
    Q_UNUSED(bar)
}

void MessageView::verticalScrollbarValueChanged(int value) {
    // Not the base class: it would fetch "more" (older messages) at the bottom.
    QScrollBar* bar = verticalScrollBar();
    m_stickToBottom = value >= bar->maximum() - 4;
    if (!m_model) return;
    if (value <= bar->minimum() && m_model->canFetchMore({})) m_model->fetchMore({});
    if (value >= bar->maximum() && m_model->canFetchNewer()) m_model->fetchNewer();
}

void MessageView::resizeEvent(QResizeEvent* event) {
    QListView::resizeEvent(event);
    doItemsLayout(); // bubble heights depend on the width
    if (m_stickToBottom) scrollToBottom();
}

qint64 MessageView::lastVisibleSeq() const {
    if (!m_model || m_model->rowCount() == 0) return 0;
    const QRect area = viewport()->rect();
    QModelIndex idx = indexAt(QPoint(area.center().x(), area.bottom() - 1));
    if (!idx.isValid()) idx = m_model->index(m_model->rowCount() - 1);
    for (int row = idx.row(); row >= 0; --row) {
        const QModelIndex i = m_model->index(row);
        if (!area.contains(visualRect(i))) continue; // partly hidden
        const qint64 seq = i.data(chat::TimelineModel::SeqRole).toLongLong();
        if (seq > 0) return seq;
    }
    return 0;
}

void MessageView::checkRead() {
    if (!m_model || !isVisible() || !window()->isActiveWindow()) {
        m_candidate = 0;
        return;
    }
    const qint64 seq = lastVisibleSeq();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (seq <= m_reported) return;
    if (seq != m_candidate) {
        m_candidate = seq;
        m_candidateSince = now;
        return;
    }
    if (now - m_candidateSince >= m_readDelayMs) {
        m_reported = seq;
        emit readUpTo(seq);
    }
}

} // namespace zt::ui
