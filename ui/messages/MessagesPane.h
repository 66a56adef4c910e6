#pragma once
// Placeholder "Messages" pane: the newest messages with one peer (chosen by user id) and a line
// to send text. All reads and writes run on the core thread; results are posted back here.
#include <QWidget>

class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class MessageListModel;

class MessagesPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRowLimit = 200;

    explicit MessagesPane(core::ClientCore* core, QWidget* parent = nullptr);

    MessageListModel* model() const { return m_model; }
    void setSelfId(qint64 selfId);
    void setPeer(qint64 userId); // open the conversation with this user

public slots:
    // Call after ClientCore::ready(): subscribes to the chat service that now exists.
    void attach();
    // After signing out: forget the rows shown and accept no more input.
    void detach();
    void refresh();
    void send();

private:
    void buildLayout();

    core::ClientCore* m_core;
    MessageListModel* m_model;
    QSpinBox* m_peer;
    QListView* m_list;
    QLineEdit* m_input;
    QPushButton* m_send;
};

} // namespace zt::ui
