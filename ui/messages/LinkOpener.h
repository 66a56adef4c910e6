#pragma once
// Opens the links painted in message bubbles: a click on one (hit-tested by the delegate from
// the bubble's own text layout) asks first when the address leaves our own servers — policy is
// to warn before leaving — then hands it to the desktop. The hand shows over links.
#include <QObject>
#include <QPoint>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

class QAbstractItemView;

namespace zt::ui {

class MessageDelegate;

class LinkOpener : public QObject {
    Q_OBJECT
public:
    LinkOpener(QAbstractItemView* view, const MessageDelegate& delegate, QObject* parent = nullptr);

    // Hosts that count as ours (the sign-in server's): no warning for them.
    void setInternalHosts(const QStringList& hosts) { m_internal = hosts; }
    bool isExternal(const QUrl& url) const;
    std::optional<QUrl> linkAt(const QPoint& viewportPos) const;
    // Opens the link at a point (asking first if external); false when there is none.
    bool activate(const QPoint& viewportPos);

    // Replaceable for tests: the warning (true: go ahead) and the opening itself.
    std::function<bool(const QUrl&)> confirm;
    std::function<void(const QUrl&)> open;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool askToLeave(const QUrl& url);
    QAbstractItemView* m_view;
    const MessageDelegate& m_delegate;
    QStringList m_internal;
    QPoint m_pressedAt{-1, -1};
};

} // namespace zt::ui
