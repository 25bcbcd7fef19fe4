#include "CaseSeed.h"
#include "CliRunner.h"
#include "LondonTime.h"
#include "TestDatabase.h"
#include "domain/OfficeTime.h"
#include "store/infrastructure/Database.h"
#include "store/meetings/MeetingRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <libical/ical.h>

// meetings list and meetings ics, run as a script would; the .ics is parsed
// back with libical. All names are synthetic.
namespace {
const QDate kToday(2026, 11, 23);

// Two mediators, two cases, three meetings (one of them moved, one cancelled).
bool seed(const ConnectionSettings& settings, QString* why)
{
    return CaseSeed::seedInto(settings, why, [&](QSqlDatabase db) -> bool {
        const qint64 council =
            CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
        const qint64 ollie =
            CaseSeed::addUser(db, QStringLiteral("ollie.farrant"), QStringLiteral("Ollie Farrant"));
        const qint64 hana =
            CaseSeed::addUser(db, QStringLiteral("hana.castell"), QStringLiteral("Hana Castell"));
        MeetingRepository meetings(db, BankHolidayCalendar::shipped());
        const struct
        {
            qint64 mediator;
            QString name;
            QDate day;
        } plan[] = {{ollie, QStringLiteral("Ollie Farrant"), QDate(2026, 12, 8)},
                    {hana, QStringLiteral("Hana Castell"), QDate(2026, 12, 9)},
                    {ollie, QStringLiteral("Ollie Farrant"), QDate(2026, 12, 10)}};
        QList<qint64> ids;
        for (const auto& p : plan) {
            const qint64 caseId =
                CaseSeed::addCase(db,
                                  CaseSeed::mediationReferral(council, QStringLiteral("Tomasz"),
                                                              QStringLiteral("Wren"), kToday),
                                  kToday, why);
            if (!caseId)
                return false;
            Meeting m;
            m.caseId = caseId;
            m.kind = MeetingKind::PreMeetingCall;
            m.mode = MeetingMode::Phone;
            m.start = london(p.day, 10);
            m.end = london(p.day, 11);
            m.mediators = {{p.mediator, p.name}};
            if (StoreError e = meetings.book(&m, kToday, std::nullopt)) {
                *why = e.message();
                return false;
            }
            ids << m.id;
        }
        if (StoreError e =
                meetings.reschedule(ids.at(0), london(QDate(2026, 12, 8), 14), london(QDate(2026, 12, 8), 15),
                                    QStringLiteral("Parent at work"), kToday, std::nullopt)) {
            *why = e.message();
            return false;
        }
        if (StoreError e = meetings.cancel(ids.at(2), QStringLiteral("Withdrawn"), std::nullopt)) {
            *why = e.message();
            return false;
        }
        return true;
    });
}

QMap<QString, icalcomponent*> eventsByUid(icalcomponent* calendar)
{
    QMap<QString, icalcomponent*> out;
    for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        out.insert(QString::fromUtf8(icalcomponent_get_uid(c)), c);
    return out;
}
} // namespace

class TestCliMeetings : public QObject
{
    Q_OBJECT

private slots:
    void listAndIcs();
    void officeHours();
    void badArguments_data();
    void badArguments();
};

void TestCliMeetings::listAndIcs()
{
    TestDatabase test("sqlite");
    QString why;
    QVERIFY2(seed(test.settings(), &why), qPrintable(why));
    const QStringList where = CliRunner::where(test);

    CliRun run = CliRunner::run(where + QStringList{"meetings", "list"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines().size(), 3);
    QVERIFY2(run.outLines().at(0).contains("\t2026-12-08 14:00\t2026-12-08 15:00\t"), qPrintable(run.out));
    QVERIFY(run.outLines().at(2).contains("\tcancelled\tphone\tOllie Farrant"));

    run = CliRunner::run(where + QStringList{"meetings", "list", "--mediator", "hana castell"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines().size(), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath("ollie.ics");
    run =
        CliRunner::run(where + QStringList{"meetings", "ics", "--out", path, "--mediator", "ollie.farrant"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(), QStringList{"meetings: 2"});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    QVERIFY(calendar);
    QVERIFY(icalrestriction_check(calendar));
    QCOMPARE(icalcomponent_count_errors(calendar), 0);
    const QMap<QString, icalcomponent*> events = eventsByUid(calendar);
    QCOMPARE(events.size(), 2);
    int cancelled = 0;
    int moved = 0;
    for (icalcomponent* event : events) {
        const int sequence =
            icalproperty_get_sequence(icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY));
        QCOMPARE(sequence, 1); // each was changed once
        if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED)
            ++cancelled;
        else if (icaltime_as_timet(icalcomponent_get_dtstart(event)) ==
                 london(QDate(2026, 12, 8), 14).toSecsSinceEpoch())
            ++moved;
    }
    QCOMPARE(cancelled, 1);
    QCOMPARE(moved, 1);

    // A second export keeps the UIDs: calendar programs update, not duplicate.
    const QString again = dir.filePath("again.ics");
    QCOMPARE(CliRunner::run(where + QStringList{"meetings", "ics", "--out", again}).exitCode, 0);
    QFile second(again);
    QVERIFY(second.open(QIODevice::ReadOnly));
    icalcomponent* all = icalparser_parse_string(second.readAll().constData());
    const QMap<QString, icalcomponent*> allEvents = eventsByUid(all);
    QCOMPARE(allEvents.size(), 3);
    for (const QString& uid : events.keys())
        QVERIFY(allEvents.contains(uid));
    icalcomponent_free(all);
    icalcomponent_free(calendar);
}

void TestCliMeetings::officeHours()
{
    TestDatabase test("sqlite");
    QString why;
    QVERIFY2(seed(test.settings(), &why), qPrintable(why));
    const QStringList where = CliRunner::where(test);
    CliRun run = CliRunner::run(where + QStringList{"meetings", "office-hours"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines(), QStringList{"office hours: 09:00 to 17:00"});
    run =
        CliRunner::run(where + QStringList{"meetings", "office-hours", "--start", "08:30", "--end", "18:00"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = CliRunner::run(where + QStringList{"meetings", "office-hours"});
    QCOMPARE(run.outLines(), QStringList{"office hours: 08:30 to 18:00"});
    run =
        CliRunner::run(where + QStringList{"meetings", "office-hours", "--start", "18:00", "--end", "08:00"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("end after they start"));
    run = CliRunner::run(where + QStringList{"meetings", "office-hours", "--start", "9am", "--end", "17:00"});
    QCOMPARE(run.exitCode, 2);
}

void TestCliMeetings::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"meetings"} << 2 << "meetings list";
    QTest::newRow("unknown action") << QStringList{"meetings", "export"} << 2 << "unknown action";
    QTest::newRow("ics without --out") << QStringList{"meetings", "ics"} << 2 << "--out FILE";
    QTest::newRow("unknown mediator")
        << QStringList{"meetings", "list", "--mediator", "Nobody"} << 1 << "no user called 'Nobody'";
}

void TestCliMeetings::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestDatabase test("sqlite");
    QString why;
    QVERIFY2(seed(test.settings(), &why), qPrintable(why));
    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliMeetings)
#include "tst_cli_meetings.moc"
