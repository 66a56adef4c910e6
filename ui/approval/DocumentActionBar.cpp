#include "DocumentActionBar.h"
#include "ApprovalTexts.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <utility>

namespace zt::ui {

using approval::ActionKind;

DocumentActionBar::DocumentActionBar(QWidget* parent)
    : QWidget(parent)
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_menu(new QToolButton(this)) {
    setObjectName(QStringLiteral("documentActionBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<ActionKind, const char*> kinds[] = {
        {ActionKind::Approve, "approveButton"},   {ActionKind::Reject, "rejectButton"},
        {ActionKind::Return, "returnButton"},     {ActionKind::Delegate, "delegateButton"},
        {ActionKind::Withdraw, "withdrawButton"}, {ActionKind::Comment, "commentButton"},
    };
    for (const auto& [kind, name] : kinds) {
        auto* button = new QPushButton(ApprovalTexts::action(kind) + QStringLiteral("…"), this);
        button->setObjectName(QString::fromLatin1(name));
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, [this, kind = kind] { emit triggered(kind); });
        layout->addWidget(button);
        m_buttons.insert(kind, button);
    }
    m_buttons.value(ActionKind::Approve)->setDefault(true);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the document with its signed history and a verification "
                            "report, for proof without this program"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &DocumentActionBar::exportRequested);
    layout->addWidget(m_export);
    m_menu->setObjectName(QStringLiteral("documentMenuButton"));
    m_menu->setText(tr("More"));
    m_menu->setAccessibleName(tr("More actions"));
    m_menu->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_menu);
    m_chooseSeal = menu->addAction(tr("Choose my &seal image…"));
    m_chooseSeal->setObjectName(QStringLiteral("chooseSealAction"));
    connect(m_chooseSeal, &QAction::triggered, this, &DocumentActionBar::chooseSealRequested);
    m_menu->setMenu(menu);
    layout->addWidget(m_menu);
    layout->addStretch(1);
}

void DocumentActionBar::setExportEnabled(bool enabled) {
    m_export->setEnabled(enabled);
}

void DocumentActionBar::setAllowed(const QList<ActionKind>& actions) {
    m_allowed = actions;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setEnabled(actions.contains(it.key()));
}

} // namespace zt::ui
