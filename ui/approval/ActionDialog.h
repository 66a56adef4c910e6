#pragma once
// Acting on a document: approve, reject, return to an earlier step, delegate to another person,
// withdraw or comment, with an opinion (意见; required to reject, return or comment). Shown
// with open(), never exec(): the core keeps posting updates meanwhile. On OK it emits
// submitted(); the pane hands the action to ApprovalService::act — or, for an approval with
// "Place my seal" ticked (offered once the user has a seal image), lets the user click where
// the seal goes first (ApprovalService::approveWithSeal).
#include "approval/ApprovalService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class PeoplePicker;

class ActionDialog : public QDialog {
    Q_OBJECT
public:
    // `core` is used only to choose a delegate with the people picker.
    ActionDialog(approval::ActionKind kind, const approval::DocumentView& view,
                 core::ClientCore* core, qint64 selfId, QWidget* parent = nullptr);

    approval::ActionKind kind() const { return m_kind; }
    qint64 document() const { return m_doc; }
    QString opinion() const;
    qint64 target() const; // the step index for Return, the user id for Delegate, otherwise 0
    static bool opinionRequired(approval::ActionKind kind);

    QPlainTextEdit* opinionEdit() const { return m_opinion; }
    QComboBox* stepBox() const { return m_steps; }         // Return only
    QPushButton* chooseButton() const { return m_choose; } // Delegate only
    QPushButton* okButton() const { return m_ok; }
    QCheckBox* sealBox() const { return m_seal; } // Approve only
    void setSealAvailable(bool available);        // the user has a seal image
    bool placeSeal() const;
    PeoplePicker* picker() const { return m_picker; } // while choosing a delegate
    // What the people picker sets; also for tests that do not drive the picker.
    void setDelegate(qint64 userId, const QString& name);
    QString delegateName() const { return m_delegateName; }

    void accept() override; // emits submitted() when the input is complete

signals:
    void submitted(qint64 doc, zt::approval::ActionKind kind, const QString& opinion,
                   qint64 target);

private:
    void buildTarget(const approval::DocumentView& view);
    void chooseDelegate();
    void updateOk();

    approval::ActionKind m_kind;
    qint64 m_doc;
    qint64 m_self;
    core::ClientCore* m_core;
    QLabel* m_hint;
    QLabel* m_error; // why OK is disabled, when it is not obvious
    QPlainTextEdit* m_opinion;
    QComboBox* m_steps = nullptr;
    QPushButton* m_choose = nullptr;
    QCheckBox* m_seal = nullptr;
    QLabel* m_delegateLabel = nullptr;
    qint64 m_delegate = 0;
    QString m_delegateName;
    PeoplePicker* m_picker = nullptr;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
};

} // namespace zt::ui
