#include "DingCenter.h"
#include "DingComposer.h"
#include "DingLink.h"
#include "DingLog.h"
#include "DingSentModel.h"
#include "DingStatsView.h"
#include "DingStatusView.h"
#include "core/ClientCore.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace zt::ui {

namespace {
// A re-DING is settled through the outbox and the server tells the sender nothing back: the
// status (round, last send) is asked for again after these delays.
constexpr int kRedoReloadMs[] = {800, 3000};

// The sent list's rows have two lines (text, then when and to how many); the plain delegate
// sizes a row for one line, whatever the line breaks in it.
class TwoLineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int lines = int(index.data().toString().count(QLatin1Char('\n'))) + 1;
        size.setHeight(qMax(size.height(), lines * option.fontMetrics.lineSpacing() + 8));
        return size;
    }
};
} // namespace

DingCenter::DingCenter(core::ClientCore* core, QWidget* parent)
    : QWidget(parent)
    , m_core(core)
    , m_link(new DingLink(core, this))
    , m_sent(new DingSentModel(this))
    , m_tabs(new QTabWidget(this))
    , m_notice(new QLabel(this))
    , m_status(new DingStatusView(this))
    , m_stats(new DingStatsView(this)) {
    setObjectName(QStringLiteral("dingCenter"));
    m_tabs->setObjectName(QStringLiteral("dingTabs"));
    m_tabs->setAccessibleName(tr("DING pages"));
    m_tabs->tabBar()->setAccessibleName(tr("DING pages"));
    m_tabs->addTab(buildSent(), tr("&Sent DINGs"));
    m_tabs->addTab(m_stats, tr("S&tatistics"));
    m_notice->setObjectName(QStringLiteral("dingNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    connectLink();
    connect(core, &core::ClientCore::statusChanged, this, [this](core::ClientCore::Status s) {
        if (s == core::ClientCore::Status::SignedOut && isAttached()) detach();
    });
    setEnabled(false); // until attached
}

QWidget* DingCenter::buildSent() {
    auto* page = new QSplitter(Qt::Horizontal, this);
    page->setObjectName(QStringLiteral("dingSentSplitter"));
    auto* left = new QWidget(page);
    m_new = new QPushButton(tr("&New DING…"), left);
    m_new->setObjectName(QStringLiteral("dingNewButton"));
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("dingSentList"));
    m_list->setAccessibleName(tr("Sent DINGs"));
    m_list->setModel(m_sent);
    m_list->setItemDelegate(new TwoLineDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_new);
    leftLayout->addWidget(m_list, 1);
    left->setMinimumWidth(220);
    m_stack = new QStackedWidget(page);
    auto* empty = new QLabel(tr("Choose a DING on the left to see who has confirmed it."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_status);
    page->addWidget(left);
    page->addWidget(m_stack);
    page->setStretchFactor(0, 1);
    page->setStretchFactor(1, 2);
    page->setChildrenCollapsible(false);
    connect(m_new, &QPushButton::clicked, this, &DingCenter::newDing);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DingCenter::onCurrentChanged);
    return page;
}

void DingCenter::connectLink() {
    connect(m_link, &DingLink::attached, this, &DingCenter::onAttached);
    connect(m_link, &DingLink::sentLoaded, this, &DingCenter::onSentLoaded);
    connect(m_link, &DingLink::statusLoaded, this, &DingCenter::onStatus);
    connect(m_link, &DingLink::dingsChanged, this, &DingCenter::onDingsChanged);
    connect(m_link, &DingLink::sentSettled, this, &DingCenter::onSettled);
    connect(m_link, &DingLink::statsLoaded, m_stats, &DingStatsView::setReport);
    connect(m_link, &DingLink::refused, this, [this](const QString& message) {
        showNotice(message);
        m_status->showMessage(message);
    });
    connect(m_link, &DingLink::failed, this, [this](const QString& message) {
        showNotice(message);
        m_stats->showMessage(message);
    });
    connect(m_stats, &DingStatsView::statsRequested, m_link, &DingLink::loadStats);
    connect(m_status, &DingStatusView::redoRequested, this, &DingCenter::redo);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (isAttached() && m_tabs->widget(index) == m_stats) m_stats->refresh();
    });
}

void DingCenter::setNameOf(NameOf nameOf) {
    m_status->setNameOf(std::move(nameOf));
}

void DingCenter::setRedoIntervalMs(qint64 ms) {
    m_status->setRedoIntervalMs(ms);
}

void DingCenter::attach() {
    detach(); // a new sign-in: nothing of the previous account stays
    m_link->attach(++m_generation);
}

void DingCenter::onAttached(quint64 generation, qint64 selfId) {
    if (generation != m_generation) return; // signed out or in again meanwhile
    m_self = selfId;
    setEnabled(true);
    m_link->loadSent();
    if (m_tabs->currentWidget() == m_stats) m_stats->refresh();
}

void DingCenter::detach() {
    ++m_generation;
    m_self = 0;
    m_shownLocal = 0;
    m_shownId = 0;
    m_selectCid.clear();
    if (m_composer) m_composer->reject();
    m_sent->clear();
    m_status->clear();
    m_stats->clear();
    m_stack->setCurrentIndex(0);
    m_notice->setVisible(false);
    setEnabled(false);
}

void DingCenter::newDing() {
    if (!isAttached()) return;
    openComposer(new DingComposer(m_core, m_self, this));
}

void DingCenter::dingMessage(qint64 conv, qint64 seq, const QString& text) {
    if (!isAttached()) return;
    openComposer(new DingComposer(m_core, DingComposer::MessageRef{conv, seq, text}, this));
}

void DingCenter::openComposer(DingComposer* composer) {
    if (m_composer) m_composer->reject();
    m_composer = composer;
    composer->setAttribute(Qt::WA_DeleteOnClose);
    connect(composer, &DingComposer::queued, this, [this](const QString& cid) {
        m_selectCid = cid;
        m_tabs->setCurrentIndex(0);
        m_link->loadSent(); // the pending DING is listed at once
    });
    composer->open();
}

void DingCenter::onSentLoaded(const QList<chat::Ding>& dings) {
    if (!isAttached()) return;
    const qint64 keep = m_shownLocal;
    m_sent->setDings(dings);
    int row = m_selectCid.isEmpty() ? -1 : m_sent->rowOfCid(m_selectCid);
    if (row >= 0) m_selectCid.clear();
    if (row < 0 && keep > 0) row = m_sent->rowOfLocal(keep);
    if (row >= 0) {
        m_list->setCurrentIndex(m_sent->index(row)); // onCurrentChanged follows
        onCurrentChanged();
    } else if (keep > 0) {
        m_shownLocal = 0;
        m_shownId = 0;
        m_status->clear();
        m_stack->setCurrentIndex(0);
    }
}

void DingCenter::showDing(qint64 localId) {
    const int row = m_sent->rowOfLocal(localId);
    if (row >= 0) m_list->setCurrentIndex(m_sent->index(row));
}

void DingCenter::showStatistics() {
    m_tabs->setCurrentWidget(m_stats);
}

void DingCenter::onCurrentChanged() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) return;
    const chat::Ding d = m_sent->dingAt(current.row());
    const bool same = d.localId == m_shownLocal && d.id == m_shownId;
    m_shownLocal = d.localId;
    m_shownId = d.id;
    m_stack->setCurrentWidget(m_status);
    if (same) return;
    m_notice->setVisible(false); // it was about the DING shown before
    m_status->setStatus(d, {});  // what the list knows, until the status answers
    if (d.id > 0) m_link->loadStatus(d.id);
}

void DingCenter::onStatus(const chat::Ding& ding, const QList<chat::DingRecipient>& recipients) {
    if (!isAttached() || ding.id <= 0 || ding.id != m_shownId) return;
    m_status->setStatus(ding, recipients);
}

void DingCenter::onDingsChanged(const QList<qint64>& ids) {
    if (m_shownId > 0 && ids.contains(m_shownId)) m_link->loadStatus(m_shownId);
}

void DingCenter::onSettled(const QString& cid, qint64 ding) {
    qCInfo(lcDingUi) << "DING" << cid << "taken by the server as" << ding;
    // DingService lists the sent DINGs again after this; the selection follows by local id.
}

void DingCenter::redo(qint64 ding) {
    qCInfo(lcDingUi) << "re-DING" << ding;
    m_notice->setVisible(false);
    m_link->redo(ding);
    for (const int delay : kRedoReloadMs)
        QTimer::singleShot(delay, this, [this, ding, generation = m_generation] {
            if (generation == m_generation && ding == m_shownId) m_link->loadStatus(ding);
        });
}

void DingCenter::showNotice(const QString& text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

} // namespace zt::ui
