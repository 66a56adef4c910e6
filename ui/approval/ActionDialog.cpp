#include "ActionDialog.h"
#include "ApprovalLog.h"
#include "ApprovalTexts.h"
#include "contacts/PeoplePicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zt::ui {

using approval::ActionKind;

ActionDialog::ActionDialog(ActionKind kind, const approval::DocumentView& view,
                           core::ClientCore* core, qint64 selfId, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_doc(view.detail.summary.id)
    , m_self(selfId)
    , m_core(core)
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_opinion(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->button(QDialogButtonBox::Ok)) {
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("%1 — %2").arg(ApprovalTexts::action(kind), view.detail.summary.title));
    auto* title = new QLabel(view.detail.summary.title, this);
    title->setWordWrap(true);
    auto* form = new QFormLayout;
    m_opinion->setObjectName(QStringLiteral("opinionEdit"));
    m_opinion->setAccessibleName(tr("Opinion"));
    m_opinion->setTabChangesFocus(true);
    m_opinion->setPlaceholderText(opinionRequired(kind) ? tr("Required")
                                                        : tr("Optional, e.g. “Agreed.”"));
    form->addRow(tr("&Opinion:"), m_opinion);
    m_hint->setObjectName(QStringLiteral("actionHint"));
    m_hint->setWordWrap(true);
    m_ok->setObjectName(QStringLiteral("actionOk"));
    m_ok->setText(ApprovalTexts::action(kind));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    if (kind == ActionKind::Return || kind == ActionKind::Delegate) {
        buildTarget(view);
        form->insertRow(0, kind == ActionKind::Return ? tr("Return &to:") : tr("&Delegate to:"),
                        kind == ActionKind::Return ? static_cast<QWidget*>(m_steps)
                                                   : static_cast<QWidget*>(m_choose));
        if (m_delegateLabel) form->insertRow(1, QString(), m_delegateLabel);
    }
    if (kind == ActionKind::Approve) {
        m_seal = new QCheckBox(tr("&Place my seal on the document"), this);
        m_seal->setObjectName(QStringLiteral("placeSealBox"));
        layout->addWidget(m_seal);
        connect(m_seal, &QCheckBox::toggled, this, [this](bool on) {
            m_ok->setText(on ? tr("Place my seal…") : ApprovalTexts::action(m_kind));
        });
        setSealAvailable(false);
    }
    if (kind == ActionKind::Withdraw)
        m_hint->setText(tr("Withdrawing ends the workflow; the document cannot be acted on "
                           "afterwards."));
    layout->addWidget(m_hint);
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_opinion, &QPlainTextEdit::textChanged, this, &ActionDialog::updateOk);
    resize(480, sizeHint().height());
    updateOk();
}

bool ActionDialog::opinionRequired(ActionKind kind) {
    return kind == ActionKind::Reject || kind == ActionKind::Return || kind == ActionKind::Comment;
}

void ActionDialog::buildTarget(const approval::DocumentView& view) {
    if (m_kind == ActionKind::Return) {
        m_steps = new QComboBox(this);
        m_steps->setObjectName(QStringLiteral("returnStepBox"));
        m_steps->setAccessibleName(tr("Step to return to"));
        const auto& steps = view.detail.steps;
        for (int i = 0; i < view.detail.summary.currentStep && i < steps.size(); ++i)
            m_steps->addItem(ApprovalTexts::step(steps, i), i);
        m_steps->setCurrentIndex(m_steps->count() - 1); // the step just before, usually
        connect(m_steps, &QComboBox::currentIndexChanged, this, &ActionDialog::updateOk);
        return;
    }
    m_choose = new QPushButton(tr("&Choose a person…"), this);
    m_choose->setObjectName(QStringLiteral("choosePersonButton"));
    m_delegateLabel = new QLabel(tr("Nobody chosen yet"), this);
    m_delegateLabel->setObjectName(QStringLiteral("delegateLabel"));
    connect(m_choose, &QPushButton::clicked, this, &ActionDialog::chooseDelegate);
}

void ActionDialog::chooseDelegate() {
    if (m_picker) return m_picker->raise();
    m_picker = new PeoplePicker(m_core, this);
    m_picker->setWindowTitle(tr("Delegate to"));
    m_picker->setMaximum(1);
    m_picker->setAllowUnits(false);
    m_picker->setExcluded({m_self});
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_picker, &QDialog::accepted, this, [this] {
        const PickerSelection chosen = m_picker->selection();
        if (chosen.people.isEmpty()) return;
        const contacts::PersonInfo& person = chosen.people.front();
        if (person.userId == 0) {
            m_hint->setText(tr("%1 has no account and cannot act on documents.").arg(person.name));
            return;
        }
        setDelegate(person.userId, person.name);
    });
    connect(m_picker, &QObject::destroyed, this, [this] { m_picker = nullptr; });
    m_picker->open();
}

void ActionDialog::setDelegate(qint64 userId, const QString& name) {
    m_delegate = userId;
    m_delegateName = name;
    if (m_delegateLabel) m_delegateLabel->setText(ApprovalTexts::user(userId, name));
    m_hint->clear();
    updateOk();
}

void ActionDialog::setSealAvailable(bool available) {
    if (!m_seal) return;
    m_seal->setEnabled(available);
    if (!available) m_seal->setChecked(false);
    m_seal->setToolTip(available ? tr("After OK, click where your seal goes on a page")
                                 : tr("Choose your seal image first (More ▸ Choose my seal "
                                      "image…)"));
}

bool ActionDialog::placeSeal() const {
    return m_seal && m_seal->isChecked();
}

QString ActionDialog::opinion() const {
    return m_opinion->toPlainText().trimmed();
}

qint64 ActionDialog::target() const {
    if (m_kind == ActionKind::Return && m_steps) return m_steps->currentData().toLongLong();
    if (m_kind == ActionKind::Delegate) return m_delegate;
    return 0;
}

void ActionDialog::updateOk() {
    bool ok = true;
    QString why;
    const QString text = opinion();
    if (opinionRequired(m_kind) && text.isEmpty()) {
        ok = false;
    } else if (text.size() > approval::kMaxOpinion) {
        ok = false;
        why = tr("The opinion is too long (at most %1 characters).").arg(approval::kMaxOpinion);
    }
    if (m_kind == ActionKind::Return && (!m_steps || m_steps->currentIndex() < 0)) ok = false;
    if (m_kind == ActionKind::Delegate && m_delegate == 0) ok = false;
    m_ok->setEnabled(ok);
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
}

void ActionDialog::accept() {
    if (!m_ok->isEnabled()) return; // Enter in a field does not bypass the checks
    qCInfo(lcApprovalUi) << "act" << int(m_kind) << "on document" << m_doc;
    emit submitted(m_doc, m_kind, opinion(), target());
    QDialog::accept();
}

} // namespace zt::ui
