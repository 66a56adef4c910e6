// The contacts pane offscreen against a real zhengtong-server with the demo directory: search
// as you type, the person card (masked mobile, positions), starring, the organisation tree with
// breadcrumbs, sign-out; and the vCard text on its own.
#include "ServerProcess.h"
#include "UiTestSession.h"
#include "contacts/Breadcrumbs.h"
#include "contacts/ContactsPane.h"
#include "contacts/DirectoryTreeModel.h"
#include "contacts/PeopleModel.h"
#include "contacts/PersonCard.h"
#include "contacts/VCard.h"
#include "shell/MainWindow.h"
#include "shell/NavigationRail.h"
#include "shell/Translator.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <memory>

using namespace zt;
using contacts::DirectoryTreeModel;

namespace {

constexpr int kNetTimeoutMs = 20'000;

// The child of parent whose node is called name, once its page has arrived.
QModelIndex childNamed(const QAbstractItemModel* model, const QModelIndex& parent,
                       const QString& name) {
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex i = model->index(row, 0, parent);
        if (i.data().toString().section(QLatin1Char(' '), 0, 0) == name) return i;
    }
    return {};
}

contacts::PersonInfo samplePerson() {
    contacts::PersonInfo p;
    p.id = 7;
    p.name = QStringLiteral("欧阳明");
    p.mobile = QStringLiteral("138****5678");
    p.mobileMasked = true;
    p.officePhone = QStringLiteral("0571-88001234");
    p.positions << contacts::PositionInfo{1,
                                          QStringLiteral("办公室, 综合; 督查\\科"),
                                          QStringLiteral("副主任\n(主持工作)"),
                                          contacts::Rank::DeputySection,
                                          QStringLiteral("综合"),
                                          0};
    return p;
}

} // namespace

class TstContactsPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void vcardEscapesAndOmitsMaskedMobile();
    void vcardFoldsLongLines();
    void paneFlow();

private:
    void screenshot(QWidget* window, const char* name);
    void searchAndOpenCard(ui::ContactsPane* pane);
    void starAndList(ui::ContactsPane* pane);
    void browseTree(ui::ContactsPane* pane);
    void findUnits(ui::ContactsPane* pane);
    void revealMyUnit(ui::ContactsPane* pane);
    void browseByLine(ui::ContactsPane* pane);

    QTemporaryDir m_serverData;
    std::unique_ptr<test::ServerProcess> m_server;
    QString m_url;
};

void TstContactsPane::initTestCase() {
    QVERIFY(m_serverData.isValid());
    m_server = std::make_unique<test::ServerProcess>(m_serverData.path());
    QVERIFY(m_server->start()); // the demo directory is seeded before it listens
    m_url = m_server->url().toString();
}

void TstContactsPane::cleanupTestCase() {
    m_server.reset();
}

void TstContactsPane::vcardEscapesAndOmitsMaskedMobile() {
    QCOMPARE(ui::vcardEscape(QStringLiteral("a,b;c\\d\ne\r\nf")),
             QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    contacts::PersonInfo p = samplePerson();
    const QString card = ui::toVCard(p);
    QVERIFY(card.startsWith(QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\n")));
    QVERIFY(card.endsWith(QStringLiteral("END:VCARD\r\n")));
    QVERIFY(card.contains(QStringLiteral("\r\nFN:欧阳明\r\n")));
    QVERIFY(card.contains(QStringLiteral("\r\nN:欧阳;明;;;\r\n"))); // compound surname
    QVERIFY(!card.contains(QStringLiteral("TEL;TYPE=CELL")));       // a masked number is no number
    QVERIFY(!card.contains(QStringLiteral("****")));
    QVERIFY(card.contains(QStringLiteral("\r\nTEL;TYPE=WORK:0571-88001234\r\n")));
    QVERIFY2(card.contains(QStringLiteral("\r\nORG:办公室\\, 综合\\; 督查\\\\科\r\n")),
             qPrintable(card));
    QVERIFY(card.contains(QStringLiteral("\r\nTITLE:副主任\\n(主持工作)\r\n")));

    p.mobile = QStringLiteral("13812345678");
    p.mobileMasked = false;
    QVERIFY(ui::toVCard(p).contains(QStringLiteral("\r\nTEL;TYPE=CELL:13812345678\r\n")));
    p.name = QStringLiteral("单晓明");
    QVERIFY(ui::toVCard(p).contains(QStringLiteral("\r\nN:单;晓明;;;\r\n")));
}

void TstContactsPane::vcardFoldsLongLines() {
    contacts::PersonInfo p = samplePerson();
    p.positions[0].unitName = QString(40, QChar(0x5C40)); // 40 × 局: 120 octets of UTF-8
    const QStringList lines = ui::toVCard(p).split(QStringLiteral("\r\n"));
    for (const QString& line : lines)
        QVERIFY2(line.toUtf8().size() <= 75, qPrintable(line));
    const QString unfolded = ui::toVCard(p).replace(QStringLiteral("\r\n "), QString());
    QVERIFY(unfolded.contains(QStringLiteral("ORG:") + QString(40, QChar(0x5C40)) +
                              QStringLiteral("\r\n")));
}

// Opt-in: ZT_SCREENSHOT_DIR=/some/dir writes PNGs of the pane for review.
void TstContactsPane::screenshot(QWidget* window, const char* name) {
    const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QCoreApplication::processEvents(); // let layouts and delegates settle before grabbing
    QVERIFY(window->grab().save(QStringLiteral("%1/%2.png").arg(dir, QString::fromLatin1(name))));
}

void TstContactsPane::searchAndOpenCard(ui::ContactsPane* pane) {
    QLineEdit* search = pane->searchBox();
    QTRY_VERIFY_WITH_TIMEOUT(search->isEnabled(), kNetTimeoutMs);
    QVERIFY(!pane->showsResults());
    QTest::keyClicks(search, QStringLiteral("shanxiaoming"));
    QVERIFY(pane->showsResults()); // the results replace the tabs at once
    contacts::PeopleModel* results = pane->results();
    QTRY_VERIFY_WITH_TIMEOUT(results->serverAnswered() && results->rowCount() > 0, kNetTimeoutMs);
    QCOMPARE(results->personAt(0).name, QStringLiteral("单晓明"));
    QVERIFY(pane->resultsView()->isVisible());

    // Down moves from the search box into the results; Enter opens the card.
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(pane->resultsView()->currentIndex().row(), 0);
    QTest::keyClick(pane->resultsView(), Qt::Key_Return);
    ui::PersonCard* card = pane->card();
    QCOMPARE(card->person().name, QStringLiteral("单晓明"));
    QTRY_VERIFY_WITH_TIMEOUT(card->mobileText().contains(QLatin1Char('*')), kNetTimeoutMs);
    QVERIFY(!card->findChild<QWidget*>(QStringLiteral("cardMobile"))->toolTip().isEmpty());
    QVERIFY2(card->positionsText().contains(QStringLiteral("疾控科")),
             qPrintable(card->positionsText()));
    QVERIFY(card->positionsText().contains(QStringLiteral("科长")));

    card->copyVCard();
    const QString vcard = QGuiApplication::clipboard()->text();
    QVERIFY2(vcard.contains(QStringLiteral("FN:单晓明")), qPrintable(vcard));
    QVERIFY(!vcard.contains(QStringLiteral("TEL;TYPE=CELL")));
    QVERIFY(vcard.contains(QStringLiteral("ORG:疾控科")));
}

void TstContactsPane::starAndList(ui::ContactsPane* pane) {
    ui::PersonCard* card = pane->card();
    QVERIFY(!card->isStarred());
    card->findChild<QPushButton*>(QStringLiteral("starButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(pane->starred()->rowCount(), 1, kNetTimeoutMs);
    QCOMPARE(pane->starred()->personAt(0).name, QStringLiteral("单晓明"));
    QVERIFY(card->isStarred());

    // Esc clears the search: the tabs are back, and Starred lists him.
    QTest::keyClick(pane->resultsView(), Qt::Key_Escape);
    QVERIFY(pane->searchBox()->text().isEmpty());
    QVERIFY(!pane->showsResults());
    pane->tabs()->setCurrentIndex(ui::ContactsPane::StarredTab);
    auto* list = pane->findChild<QListView*>(QStringLiteral("starredList"));
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->index(0, 0).data(contacts::PeopleModel::NameRole).toString(),
             QStringLiteral("单晓明"));
    auto* recent = pane->findChild<QListView*>(QStringLiteral("recentList"));
    QTRY_VERIFY_WITH_TIMEOUT(recent->model()->rowCount() > 0, kNetTimeoutMs); // opened: recent
    screenshot(pane->window(), "contacts_starred_zh_CN");
}

void TstContactsPane::browseTree(ui::ContactsPane* pane) {
    pane->tabs()->setCurrentIndex(ui::ContactsPane::OrganisationTab);
    QTreeView* view = pane->treeView();
    DirectoryTreeModel* tree = pane->tree();
    QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount() > 0, kNetTimeoutMs);
    const QModelIndex province = childNamed(tree, {}, QStringLiteral("浙江省"));
    QVERIFY(province.isValid());
    view->expand(province); // fetches the cities
    QModelIndex city;
    QTRY_VERIFY_WITH_TIMEOUT(
        (city = childNamed(tree, province, QStringLiteral("杭州市"))).isValid(), kNetTimeoutMs);
    view->expand(city);
    view->setCurrentIndex(city);
    ui::Breadcrumbs* crumbs = pane->breadcrumbs();
    QCOMPARE(crumbs->text(), QStringLiteral("浙江省 › 杭州市"));
    QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount(city) > 0, kNetTimeoutMs);
    screenshot(pane->window(), "contacts_tree_zh_CN");

    // The first crumb selects the province again.
    crumbs->findChild<QToolButton*>(QStringLiteral("crumb0"))->click();
    QCOMPARE(view->currentIndex(), province);
    QCOMPARE(crumbs->text(), QStringLiteral("浙江省"));
}

// Units found appear above the people; choosing one goes back to the organisation tree.
void TstContactsPane::findUnits(ui::ContactsPane* pane) {
    QTest::keyClicks(pane->searchBox(), QStringLiteral("yh"));
    auto* units = pane->findChild<QListWidget*>(QStringLiteral("unitResults"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->results()->serverAnswered() && units->count() > 0,
                             kNetTimeoutMs);
    QVERIFY(units->isVisible());
    const auto found = units->findItems(QStringLiteral("余杭区"), Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    const qint64 yuhang = found.front()->data(Qt::UserRole).toLongLong();
    // Clicking a found unit opens the lazy tree down to it and selects it.
    units->itemClicked(found.front());
    QTRY_VERIFY_WITH_TIMEOUT(
        pane->treeView()->currentIndex().data(DirectoryTreeModel::IdRole).toLongLong() == yuhang,
        kNetTimeoutMs);
    QVERIFY(pane->searchBox()->text().isEmpty());
    QVERIFY(!pane->showsResults());
    QCOMPARE(pane->tabs()->currentIndex(), int(ui::ContactsPane::OrganisationTab));
}

// "My unit" reveals the signed-in user's own unit (李娜: 余杭区教育局 › 办公室) in the tree.
void TstContactsPane::revealMyUnit(ui::ContactsPane* pane) {
    pane->treeView()->collapseAll();
    pane->myUnitButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        pane->treeView()->currentIndex().data().toString().startsWith(QStringLiteral("办公室")),
        kNetTimeoutMs);
    QCOMPARE(
        pane->treeView()->currentIndex().parent().data().toString().section(QLatin1Char(' '), 0, 0),
        QStringLiteral("余杭区教育局"));
}

// A line (条线) alone, with no text, lists the people of that line.
void TstContactsPane::browseByLine(ui::ContactsPane* pane) {
    auto* line = pane->findChild<QComboBox*>(QStringLiteral("lineCombo"));
    QVERIFY(line);
    const int education = line->findText(QStringLiteral("教育"));
    QVERIFY(education > 0);
    line->setCurrentIndex(education);
    QVERIFY(pane->showsResults());
    QTRY_VERIFY_WITH_TIMEOUT(pane->results()->rowCount() > 0, kNetTimeoutMs);
    const contacts::PersonInfo person = pane->results()->personAt(0);
    bool inLine = false;
    for (const auto& p : person.positions)
        inLine = inLine || p.line == QStringLiteral("教育");
    QVERIFY(inLine);
    line->setCurrentIndex(0);
    QVERIFY(!pane->showsResults());
}

void TstContactsPane::paneFlow() {
    // In Chinese when screenshots are wanted (texts are set when the widgets are built); the
    // checks below compare only directory data, which is the same in every language.
    ui::Translator translator;
    if (!qEnvironmentVariable("ZT_SCREENSHOT_DIR").isEmpty())
        translator.install(QStringLiteral("zh_CN"));
    test::UiTestSession session;
    QVERIFY(session.signIn(m_url, QStringLiteral("lina")));
    ui::MainWindow* window = session.mainWindow();
    window->resize(1100, 700);
    window->navigationRail()->setCurrentRow(1);
    QCOMPARE(window->navigationRail()->currentKey(), QStringLiteral("contacts"));
    ui::ContactsPane* pane = window->contactsPane();
    QVERIFY(pane->isVisible());

    searchAndOpenCard(pane);
    QCOMPARE(test::unnamedFocusableControls(pane).join(QLatin1Char(',')), QString());
    screenshot(window, "contacts_search_zh_CN");
    QSignalSpy message(pane, &ui::ContactsPane::messageRequested);
    pane->card()->findChild<QPushButton*>(QStringLiteral("messageButton"))->click();
    QCOMPARE(message.count(), 1);
    QVERIFY(message.at(0).at(0).toLongLong() > 0);
    QCOMPARE(window->navigationRail()->currentKey(), QStringLiteral("messages"));
    window->navigationRail()->setCurrentRow(1);

    starAndList(pane);
    browseTree(pane);
    findUnits(pane);
    revealMyUnit(pane);
    browseByLine(pane);

    // Signing out leaves nothing of the account in the pane.
    emit window->signOutRequested();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->searchBox()->isEnabled(), kNetTimeoutMs);
    QCOMPARE(pane->card()->person().id, 0);
    QCOMPARE(pane->starred()->rowCount(), 0);
    QVERIFY(pane->tree() == nullptr);

    session.stop(); // the core first: it must not post to widgets that are being destroyed
}

QTEST_MAIN(TstContactsPane)
#include "tst_contacts_pane.moc"
