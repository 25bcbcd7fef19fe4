#include "rules/ChildViewsRule.h"

#include <QTest>

// How the child's or young person's views were sought (CFA s.56(1)(e);
// rules/README.md section 3): what may be saved, and the plan's wording.
class TestChildViewsRule : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void describe_data();
    void describe();
    void strings();
};

void TestChildViewsRule::problem_data()
{
    QTest::addColumn<QString>("how"); // empty: not recorded
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected"); // a word of the problem, or empty when it may be saved
    QTest::newRow("nothing recorded yet") << ""
                                          << ""
                                          << "";
    QTest::newRow("spoke to them, no note") << "spoke"
                                            << ""
                                            << "";
    QTest::newRow("written views with a note") << "written"
                                               << "A letter and a drawing"
                                               << "";
    QTest::newRow("through the parent") << "through_parent"
                                        << ""
                                        << "";
    QTest::newRow("through an advocate") << "through_advocate"
                                         << "From the advocacy service"
                                         << "";
    QTest::newRow("not sought, with the reason") << "not_sought"
                                                 << "Aged 2"
                                                 << "";
    QTest::newRow("not sought, no reason") << "not_sought"
                                           << ""
                                           << "why";
    QTest::newRow("not sought, only spaces") << "not_sought"
                                             << "   "
                                             << "why";
    QTest::newRow("a note without how") << ""
                                        << "Met at school"
                                        << "how";
    QTest::newRow("500 characters") << "spoke" << QString(500, QLatin1Char('x')) << "";
    QTest::newRow("501 characters") << "spoke" << QString(501, QLatin1Char('x')) << "500 characters";
    QTest::newRow("501 with spaces round is 500") << "spoke" << QString(500, QLatin1Char('x')) + " "
                                                  << "";
}

void TestChildViewsRule::problem()
{
    QFETCH(QString, how);
    QFETCH(QString, note);
    QFETCH(QString, expected);
    ChildViews views;
    views.how = childViewsMethodFromString(how);
    QCOMPARE(views.how.has_value(), !how.isEmpty());
    views.note = note;
    const QString problem = ChildViewsRule::problem(views);
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestChildViewsRule::describe_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not recorded") << ""
                                  << ""
                                  << "Not recorded";
    QTest::newRow("spoke, with note") << "spoke"
                                      << " Met Noah at school "
                                      << "Spoke to them: Met Noah at school";
    QTest::newRow("written, no note") << "written"
                                      << ""
                                      << "Their written views";
    QTest::newRow("through the parent") << "through_parent"
                                        << "By phone"
                                        << "Through the parent: By phone";
    QTest::newRow("not sought") << "not_sought"
                                << "Aged 2"
                                << "Not sought: Aged 2";
}

void TestChildViewsRule::describe()
{
    QFETCH(QString, how);
    QFETCH(QString, note);
    QFETCH(QString, expected);
    ChildViews views;
    views.how = childViewsMethodFromString(how);
    views.note = note;
    QCOMPARE(ChildViewsRule::describe(views), expected);
}

void TestChildViewsRule::strings()
{
    for (ChildViewsMethod method : allChildViewsMethods())
        QCOMPARE(childViewsMethodFromString(childViewsMethodToString(method)), method);
    QVERIFY(!childViewsMethodFromString(QStringLiteral("asked")));
}

QTEST_GUILESS_MAIN(TestChildViewsRule)
#include "tst_childviewsrule.moc"
