#include "DocumentActionBar.h"
#include "ApprovalTexts.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <utility>

namespace zt::ui {

using approval::ActionKind;

DocumentActionBar::DocumentActionBar(QWidget* parent)
    : QWidget(parent) {
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
    layout->addStretch(1);
}

void DocumentActionBar::setAllowed(const QList<ActionKind>& actions) {
    m_allowed = actions;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setEnabled(actions.contains(it.key()));
}

} // namespace zt::ui
