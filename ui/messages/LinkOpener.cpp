#include "LinkOpener.h"
#include "MessageDelegate.h"

#include <QAbstractItemView>
#include <QDesktopServices>
#include <QMessageBox>
#include <QMouseEvent>

namespace zt::ui {

LinkOpener::LinkOpener(QAbstractItemView* view, const MessageDelegate& delegate, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_delegate(delegate) {
    confirm = [this](const QUrl& url) { return askToLeave(url); };
    open = [](const QUrl& url) { QDesktopServices::openUrl(url); };
    view->viewport()->setMouseTracking(true);
    view->viewport()->installEventFilter(this);
}

bool LinkOpener::isExternal(const QUrl& url) const {
    const QString host = url.host().toLower();
    for (const QString& ours : m_internal)
        if (host == ours.toLower()) return false;
    return true;
}

std::optional<QUrl> LinkOpener::linkAt(const QPoint& pos) const {
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid()) return std::nullopt;
    // The row's option as the view paints it: the delegate needs the rect, font and widget.
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.widget = m_view;
    option.font = m_view->font();
    option.rect = m_view->visualRect(index);
    return m_delegate.linkAt(option, index, pos);
}

bool LinkOpener::activate(const QPoint& pos) {
    const std::optional<QUrl> url = linkAt(pos);
    if (!url) return false;
    if (!isExternal(*url) || confirm(*url)) open(*url);
    return true;
}

bool LinkOpener::askToLeave(const QUrl& url) {
    QMessageBox box(QMessageBox::Warning, tr("Open external link"),
                    tr("This link leads to a site outside the government network:\n\n%1\n\n"
                       "Open it in the browser?")
                        .arg(url.toDisplayString()),
                    QMessageBox::Open | QMessageBox::Cancel, m_view->window());
    box.setDefaultButton(QMessageBox::Cancel); // leaving must be a deliberate choice
    return box.exec() == QMessageBox::Open;
}

bool LinkOpener::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_view->viewport()) return false;
    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->buttons() == Qt::NoButton) {
            if (linkAt(mouse->position().toPoint()))
                m_view->viewport()->setCursor(Qt::PointingHandCursor);
            else
                m_view->viewport()->unsetCursor();
        }
        return false;
    }
    case QEvent::MouseButtonPress: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        m_pressedAt =
            mouse->button() == Qt::LeftButton ? mouse->position().toPoint() : QPoint(-1, -1);
        return false;
    }
    case QEvent::MouseButtonRelease: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QPoint pos = mouse->position().toPoint();
        // A click, not the end of a drag (selecting, scrolling).
        if (mouse->button() != Qt::LeftButton || (pos - m_pressedAt).manhattanLength() > 4)
            return false;
        return activate(pos);
    }
    default:
        return false;
    }
}

} // namespace zt::ui
