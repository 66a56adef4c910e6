#pragma once
// Writing a DING: to people chosen with the people picker (at most 2,000, accounts only), or
// from an existing message (the server sends it to the conversation's other members). Text is
// required for people (≤ 5,000 characters; from a message an empty text takes the message's),
// an optional minute to send at (in the future: the server sends it then, even with the sender
// offline) and an optional attachment reference. Mistakes are said inline under the form, never
// in a message box. The dialog closes once the DING is queued; the outbox takes it from there.
#include "contacts/PeoplePicker.h" // QPointer needs the whole class
#include "contacts/PickerSelection.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class DingLink;

class DingComposer : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaxRecipients = 2'000;
    static constexpr int kMaxText = 5'000;

    struct MessageRef {
        qint64 conv = 0;
        qint64 seq = 0;
        QString text; // shown as a reminder of what is DINGed
    };

    // To people; selfId is left out of the picker.
    DingComposer(core::ClientCore* core, qint64 selfId, QWidget* parent = nullptr);
    // "DING this message": the conversation's members, chosen by the server.
    DingComposer(core::ClientCore* core, const MessageRef& message, QWidget* parent = nullptr);

    bool fromMessage() const { return m_message.conv > 0; }
    void setRecipients(const PickerSelection& selection); // people with an account only
    QList<qint64> recipients() const;
    void setText(const QString& text);
    void setSendAt(const QDateTime& at); // invalid: now
    void setAttachment(const QString& reference);
    QString validationError() const; // "" when the DING can be sent

    QPushButton* chooseButton() const { return m_choose; }
    PeoplePicker* picker() const { return m_picker; } // while open
    QLabel* recipientsLabel() const { return m_recipientsLabel; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QLabel* counterLabel() const { return m_counter; }
    QCheckBox* laterBox() const { return m_later; }
    QDateTimeEdit* atEdit() const { return m_at; }
    QLineEdit* attachmentEdit() const { return m_attachment; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* sendButton() const { return m_send; }
    QString queuedCid() const { return m_cid; } // after accept()

public slots:
    void choosePeople();
    void trySend();

signals:
    void queued(const QString& cid);

private:
    DingComposer(core::ClientCore* core, qint64 selfId, const MessageRef& message, QWidget* parent);
    void build();
    void updateRecipients();
    void updateCounter();
    void showError(const QString& message);
    void onQueued(const QString& cid);

    core::ClientCore* m_core;
    DingLink* m_link;
    qint64 m_self;
    MessageRef m_message;
    QList<contacts::PersonInfo> m_people; // chosen, with an account
    int m_withoutAccount = 0;             // chosen last time but without an account
    bool m_sending = false;
    QString m_cid;
    QPointer<PeoplePicker> m_picker;
    QPushButton* m_choose = nullptr;
    QLabel* m_recipientsLabel = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_counter = nullptr;
    QCheckBox* m_later = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QLineEdit* m_attachment = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace zt::ui
