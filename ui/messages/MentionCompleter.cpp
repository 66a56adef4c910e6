#include "MentionCompleter.h"
#include "NameBook.h"
#include "contacts/SearchTerms.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <algorithm>

namespace zt::ui {

namespace {
constexpr int kMaxQuery = 16; // longer than any name: the "@" was not meant for a mention
constexpr int kMaxRows = 50;  // a 2,000-member group: type more to narrow it
constexpr int kVisibleRows = 8;

// How well a query matches a name, best first; -1 when it does not. The directory's matcher
// gives pinyin and initials (李娜: "li", "lina", "ln"); Latin names match anywhere in the name.
int rank(const contacts::ParsedQuery& query, const QString& raw, const QString& name) {
    if (raw.isEmpty()) return 0;
    const auto cls = contacts::classify(query, name, contacts::NameKind::Person);
    if (cls != contacts::MatchClass::Other) return int(cls);
    if (name.contains(raw, Qt::CaseInsensitive)) return int(contacts::MatchClass::NameContains);
    return -1;
}
} // namespace

MentionCompleter::MentionCompleter(QPlainTextEdit* edit, const NameBook& names, QObject* parent)
    : QObject(parent)
    , m_edit(edit)
    , m_names(names)
    , m_popup(new QListWidget(edit)) {
    // A tool-tip window never takes the focus: the keys stay in the editor, which forwards the
    // ones that steer the list (eventFilter).
    m_popup->setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    m_popup->setObjectName(QStringLiteral("mentionPopup"));
    m_popup->setAccessibleName(tr("People to mention"));
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setUniformItemSizes(true);
    m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
    m_popup->hide();
    m_edit->installEventFilter(this); // after the composer's: this one sees Enter first
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &MentionCompleter::update);
    // The "@" closed with Esc was deleted (or the text replaced): a new "@" there opens again.
    connect(m_edit->document(), &QTextDocument::contentsChange, this,
            [this](int position, int removed, int) {
                if (removed > 0 && position <= m_dismissed) m_dismissed = -1;
            });
    connect(m_popup, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { choose(m_popup->row(item)); });
    connect(&names, &NameBook::namesChanged, this, [this] {
        if (m_popup->isVisible()) update();
    });
}

QString MentionCompleter::allLabel() {
    return tr("All", "mention everyone in the group: @All");
}

void MentionCompleter::setCandidates(qint64 conv, const QList<qint64>& members,
                                     bool canMentionAll) {
    if (conv != m_conv) {
        m_picked.clear();
        m_dismissed = -1;
        hide();
    }
    m_conv = conv;
    m_members.clear();
    for (qint64 user : members)
        if (user > 0 && user != m_names.selfId()) m_members.append(user);
    m_canMentionAll = canMentionAll;
    for (qint64 user : m_members)
        m_names.name(user); // asks the directory now: names are ready before the first "@"
    if (m_edit->hasFocus()) update(); // an "@" typed before the members were known
}

MentionCompleter::Mentions MentionCompleter::mentionsIn(const QString& text) const {
    Mentions out;
    for (const auto& [user, name] : m_picked) {
        if (!text.contains(QLatin1Char('@') + name)) continue; // deleted since: not meant
        if (user == 0)
            out.all = m_canMentionAll;
        else if (!out.users.contains(user))
            out.users.append(user);
    }
    return out;
}

void MentionCompleter::update() {
    const QTextCursor cursor = m_edit->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype at = before.lastIndexOf(QLatin1Char('@'));
    const QString query = at >= 0 ? before.mid(at + 1) : QString();
    const bool email =
        at > 0 && before.at(at - 1).unicode() < 128 && before.at(at - 1).isLetterOrNumber();
    m_at = at >= 0 ? cursor.block().position() + int(at) : -1;
    if (at < 0 || email || query.size() > kMaxQuery || cursor.hasSelection() ||
        std::any_of(query.begin(), query.end(), [](QChar c) { return c.isSpace(); }) ||
        m_at == m_dismissed || (m_members.isEmpty() && !m_canMentionAll)) {
        hide();
        return;
    }
    const contacts::ParsedQuery parsed = contacts::parseQuery(query);
    struct Row {
        int rank;
        qint64 user;
        QString name;
    };
    QList<Row> rows;
    if (m_canMentionAll) {
        int r = rank(parsed, query, allLabel());
        if (r < 0 && QStringLiteral("all").startsWith(query, Qt::CaseInsensitive)) r = 0;
        if (r >= 0) rows.append({-1, 0, allLabel()}); // everyone first, as people expect it
    }
    for (qint64 user : m_members) {
        const QString name = m_names.name(user);
        if (const int r = rank(parsed, query, name); r >= 0) rows.append({r, user, name});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.rank < b.rank; });
    if (rows.isEmpty()) {
        hide();
        return;
    }
    m_popup->clear();
    for (const Row& row : rows.mid(0, kMaxRows)) {
        auto* item = new QListWidgetItem(QLatin1Char('@') + row.name, m_popup);
        item->setData(Qt::UserRole, row.user);
        item->setData(Qt::UserRole + 1, row.name);
    }
    m_popup->setCurrentRow(0);
    place();
    m_popup->show();
}

void MentionCompleter::place() {
    const int rowHeight = qMax(m_popup->sizeHintForRow(0), m_popup->fontMetrics().height() + 4);
    const int height = qMin(m_popup->count(), kVisibleRows) * rowHeight + 2 * m_popup->frameWidth();
    const int width = qMax(180, m_popup->sizeHintForColumn(0) + 40);
    const QRect caret = m_edit->cursorRect();
    // Above the caret: the composer sits at the bottom of the window.
    QPoint at = m_edit->viewport()->mapToGlobal(caret.topLeft()) - QPoint(0, height + 2);
    if (at.y() < 0) at = m_edit->viewport()->mapToGlobal(caret.bottomLeft()) + QPoint(0, 2);
    m_popup->setGeometry(QRect(at, QSize(width, height)));
}

void MentionCompleter::hide() {
    m_popup->hide();
}

void MentionCompleter::choose(int row) {
    const QListWidgetItem* item = m_popup->item(row);
    if (!item || m_at < 0) return;
    const qint64 user = item->data(Qt::UserRole).toLongLong();
    const QString name = item->data(Qt::UserRole + 1).toString();
    QTextCursor cursor = m_edit->textCursor();
    const int end = cursor.position();
    cursor.setPosition(m_at);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(QLatin1Char('@') + name + QLatin1Char(' '));
    m_edit->setTextCursor(cursor);
    m_picked.append({user, name});
    hide();
}

bool MentionCompleter::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_edit) return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Hide) hide(); // the conversation closed under the list
    if (event->type() != QEvent::KeyPress || !m_popup->isVisible()) return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const int row = m_popup->currentRow();
    switch (key->key()) {
    case Qt::Key_Up:
        m_popup->setCurrentRow(row > 0 ? row - 1 : m_popup->count() - 1);
        return true;
    case Qt::Key_Down:
        m_popup->setCurrentRow(row + 1 < m_popup->count() ? row + 1 : 0);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        choose(row);
        return true;
    case Qt::Key_Escape:
        m_dismissed = m_at;
        hide();
        return true;
    default:
        return false;
    }
}

} // namespace zt::ui
