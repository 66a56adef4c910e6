#include "Breadcrumbs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace zt::ui {

namespace {
const QString kSeparator = QStringLiteral(" › ");
}

Breadcrumbs::Breadcrumbs(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this)) {
    setObjectName(QStringLiteral("breadcrumbs"));
    setAccessibleName(tr("Location in the organisation"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addStretch(1);
    setPath({});
}

void Breadcrumbs::clear() {
    // Everything but the trailing stretch; deleteLater because a crumb may be mid-click.
    while (m_layout->count() > 1) {
        QLayoutItem* item = m_layout->takeAt(0);
        if (item->widget()) item->widget()->deleteLater();
        delete item;
    }
}

void Breadcrumbs::setPath(const QList<contacts::NodeInfo>& path) {
    clear();
    m_path = path;
    if (path.isEmpty()) {
        auto* hint = new QLabel(tr("All regions"), this);
        hint->setEnabled(false);
        m_layout->insertWidget(0, hint);
        return;
    }
    for (int depth = 0; depth < path.size(); ++depth) {
        if (depth > 0) m_layout->insertWidget(m_layout->count() - 1, new QLabel(kSeparator, this));
        auto* crumb = new QToolButton(this);
        crumb->setObjectName(QStringLiteral("crumb%1").arg(depth));
        crumb->setText(path[depth].name);
        crumb->setAccessibleName(tr("Go to %1").arg(path[depth].name));
        crumb->setAutoRaise(true);
        crumb->setFocusPolicy(Qt::ClickFocus);      // keyboard users go up the tree with Left
        crumb->setEnabled(depth + 1 < path.size()); // the last crumb is where we are
        connect(crumb, &QToolButton::clicked, this, [this, depth] { emit crumbClicked(depth); });
        m_layout->insertWidget(m_layout->count() - 1, crumb);
    }
}

QString Breadcrumbs::text() const {
    QStringList names;
    for (const contacts::NodeInfo& node : m_path)
        names << node.name;
    return names.join(kSeparator);
}

} // namespace zt::ui
