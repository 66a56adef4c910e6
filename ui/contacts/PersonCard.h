#pragma once
// The card of one person, right of the lists: avatar, name, every position, phones and the
// actions (message, star, copy as vCard). It shows what it is given; the pane loads people.
#include "contacts/DirectoryProtocol.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace zt::ui {

class PersonCard : public QWidget {
    Q_OBJECT
public:
    explicit PersonCard(QWidget* parent = nullptr);

    void showPerson(const contacts::PersonInfo& person, bool starred);
    void setStarred(bool starred);
    void clear(); // back to the "select someone" hint

    contacts::PersonInfo person() const { return m_person; }
    bool isStarred() const { return m_starred; }
    QString mobileText() const;
    QString positionsText() const;

signals:
    void messageRequested(qint64 userId);
    void starToggled(qint64 personId, bool starred);

public slots:
    void copyVCard();

private:
    QWidget* buildHeader();
    QWidget* buildDetails();
    QWidget* buildActions();
    void showPhones();

    contacts::PersonInfo m_person;
    bool m_starred = false;
    QStackedWidget* m_pages;
    QWidget* m_avatar;
    QLabel* m_name;
    QLabel* m_positions;
    QLabel* m_mobile;
    QLabel* m_office;
    QPushButton* m_star;
    QPushButton* m_message;
    QPushButton* m_copy;
};

} // namespace zt::ui
