#pragma once
// "@" in the composer: a list of the conversation's members (and "@All" for the group's owner
// and admins) under the caret, filtered by what follows the "@" — the name, its pinyin or its
// initials. Up/Down move, Enter or Tab inserts "@Name ", Esc closes. The people chosen are
// remembered; a mention counts at sending only while its "@Name" is still in the text.
#include <QList>
#include <QObject>
#include <QString>

class QListWidget;
class QPlainTextEdit;

namespace zt::ui {

class NameBook;

class MentionCompleter : public QObject {
    Q_OBJECT
public:
    struct Mentions {
        QList<qint64> users;
        bool all = false;
    };

    MentionCompleter(QPlainTextEdit* edit, const NameBook& names, QObject* parent = nullptr);

    // Who can be mentioned in the open conversation (not self; nobody in a 1:1).
    void setCandidates(qint64 conv, const QList<qint64>& members, bool canMentionAll);
    qint64 conversation() const { return m_conv; }
    const QList<qint64>& members() const { return m_members; }
    // The mentions still written in the text, for sending.
    Mentions mentionsIn(const QString& text) const;
    void clearPicked() { m_picked.clear(); }

    QListWidget* popup() const { return m_popup; }
    // "All", as written after the "@" (translated: "所有人").
    static QString allLabel();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();
    void choose(int row);
    void place();
    void hide();

    QPlainTextEdit* m_edit;
    const NameBook& m_names;
    QListWidget* m_popup;
    qint64 m_conv = 0;
    QList<qint64> m_members;
    bool m_canMentionAll = false;
    QList<QPair<qint64, QString>> m_picked; // id (0: all) and the name inserted
    int m_at = -1;                          // position of the "@" being completed
    int m_dismissed = -1;                   // the "@" the user closed the list for with Esc
};

} // namespace zt::ui
