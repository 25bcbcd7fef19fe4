// The help (F1): every page whole, the parts written from the code saying
// what the code does, and F1 showing the page of the screen in front.
#include "domain/CertificatePart.h"
#include "domain/DateText.h"
#include "help/HelpPages.h"
#include "help/HelpWindow.h"
#include "rules/DeadlineCalculator.h"
#include "rules/Permissions.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "store/directory/ContactCsv.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pagesAreWhole_data();
    void pagesAreWhole();
    void unknownPageIsEmpty();
    void rolesTableIsThePermissions();
    void deadlinesAreTheCalculators_data();
    void deadlinesAreTheCalculators();
    void importPageNamesEveryColumn();
    void f1ShowsTheFrontScreensPage();
    void linksAndBackMoveBetweenPages();
};

void TestHelp::pagesAreWhole_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : HelpPages::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestHelp::pagesAreWhole()
{
    QFETCH(QString, name);
    const QString html = HelpPages(BankHolidayCalendar::shipped()).html(name);
    QVERIFY2(html.contains(QStringLiteral("<h1>")), qPrintable(name));
    QVERIFY2(!html.contains(QStringLiteral("<!--")), "a part the code writes was left unwritten");
    // Every link between pages goes to a page there is.
    const QRegularExpression link(QStringLiteral("href=\"([^\"]+)\""));
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.endsWith(QStringLiteral(".html")) && HelpPages::names().contains(target.chopped(5)),
                 qPrintable(name + QStringLiteral(" links to ") + target));
    }
}

void TestHelp::unknownPageIsEmpty()
{
    QVERIFY(HelpPages(BankHolidayCalendar::shipped()).html(QStringLiteral("../secret")).isEmpty());
}

void TestHelp::rolesTableIsThePermissions()
{
    const QString html = HelpPages(BankHolidayCalendar::shipped()).html(QStringLiteral("roles"));
    for (UserRole role : allUserRoles())
        QVERIFY2(html.contains(userRoleTitle(role)), qPrintable(userRoleTitle(role)));
    // Each action's row says yes for exactly the roles Permissions allows.
    for (Action action : Permissions::allActions()) {
        const QString text = Permissions::actionText(action).toHtmlEscaped();
        const qsizetype row = html.indexOf(QStringLiteral("<td>%1</td>").arg(text));
        QVERIFY2(row >= 0, qPrintable(text));
        const QString cells = html.mid(row, html.indexOf(QStringLiteral("</tr>"), row) - row);
        QStringList expected;
        for (UserRole role : allUserRoles())
            expected << (Permissions::allows(role, action) ? QStringLiteral("yes") : QStringLiteral("no"));
        QStringList shown;
        const QRegularExpression cell(QStringLiteral("<td align=\"center\">(yes|no)</td>"));
        for (auto it = cell.globalMatch(cells); it.hasNext();)
            shown << it.next().captured(1);
        QCOMPARE(shown, expected);
    }
}

void TestHelp::deadlinesAreTheCalculators_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("contact the mediation adviser") << 0;
    QTest::newRow("meeting within 30 days") << 1;
    QTest::newRow("Part 2 certificate") << 2;
    QTest::newRow("appeal") << 3;
    QTest::newRow("appeal after a certificate") << 4;
}

void TestHelp::deadlinesAreTheCalculators()
{
    QFETCH(int, which);
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const QDate day = HelpPages::exampleDay();
    const Deadline deadlines[] = {
        calculator.contactBy(day),
        calculator.meetingBy(day, MeetingRoute::CouncilArranged),
        calculator.certificateDueBy(CertificatePart::Part2, day.addDays(8)),
        calculator.appealDeadline(day),
        calculator.appealDeadline(day, day.addDays(60)),
    };
    const Deadline& deadline = deadlines[which];
    QVERIFY(deadline.isValid());
    const QString html = HelpPages(BankHolidayCalendar::shipped()).html(QStringLiteral("deadlines"));
    QVERIFY2(html.contains(deadline.rule().toHtmlEscaped()), qPrintable(deadline.rule()));
    QVERIFY2(html.contains(QStringLiteral("<b>%1</b>").arg(DateText::longDate(deadline.date()))),
             qPrintable(DateText::longDate(deadline.date())));
    for (const QString& step : deadline.steps())
        QVERIFY2(html.contains(step.toHtmlEscaped()), qPrintable(step));
}

void TestHelp::importPageNamesEveryColumn()
{
    const QString html = HelpPages(BankHolidayCalendar::shipped()).html(QStringLiteral("contacts"));
    for (const QString& column : ContactCsv::columns())
        QVERIFY2(html.contains(QStringLiteral("<code>%1</code>").arg(column)), qPrintable(column));
}

void TestHelp::f1ShowsTheFrontScreensPage()
{
    DatabaseSession session;
    MainWindow window(&session);
    window.addPage(QStringLiteral("Dashboard"), new QLabel, QIcon(), QStringLiteral("dashboard"));
    window.addPage(QStringLiteral("Contacts"), new QLabel, QIcon(), QStringLiteral("contacts"));
    window.addPage(QStringLiteral("Other"), new QLabel);
    auto* help = new HelpWindow([] { return BankHolidayCalendar::shipped(); }, &window);
    window.setHelp([help](const QString& topic) { help->showTopic(topic); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_F1);
    QVERIFY(help->isVisible());
    QCOMPARE(help->currentTopic(), QStringLiteral("contacts"));
    QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Importing contacts")));
    // A screen without a page of its own shows the contents.
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(help->currentTopic(), QStringLiteral("contents"));
}

void TestHelp::linksAndBackMoveBetweenPages()
{
    HelpWindow help([] { return BankHolidayCalendar::shipped(); });
    help.showTopic(QStringLiteral("certificates"));
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    emit help.browser()->anchorClicked(QUrl(QStringLiteral("deadlines.html")));
    QCOMPARE(help.currentTopic(), QStringLiteral("deadlines"));
    QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("How each deadline is worked out")));
    emit help.browser()->anchorClicked(QUrl(QStringLiteral("https://example.org/elsewhere.html")));
    QCOMPARE(help.currentTopic(), QStringLiteral("deadlines")); // nothing outside the help opens here
    QPushButton* back = nullptr;
    for (QPushButton* button : help.findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("&Back"))
            back = button;
    QVERIFY(back && back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(help.currentTopic(), QStringLiteral("certificates"));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
