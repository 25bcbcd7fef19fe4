#include "documents/MeetingCalendar.h"

#include <QTest>
#include <QTimeZone>
#include <libical/ical.h>

// The .ics output, parsed back with libical: valid RFC 5545, stable UIDs,
// SEQUENCE, cancellations, folding, and nothing personal beyond the invitee.
namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::utc());

Meeting sample(MeetingMode mode)
{
    Meeting m;
    m.id = 7;
    m.caseId = 3;
    m.caseReference = QStringLiteral("MED-2026-00031");
    m.kind = MeetingKind::Mediation;
    m.start = QDateTime(QDate(2026, 12, 8), QTime(10, 0), QTimeZone::utc());
    m.end = Meeting::defaultEnd(m.start);
    m.mode = mode;
    if (mode == MeetingMode::Online) {
        m.platform = QStringLiteral("Teams");
        // Long enough that the line must be folded.
        m.link = QStringLiteral(
            "https://teams.example/l/meetup-join/19%3ameeting_ZDk4YjE1NjgtOTU2Ni00NjBhLWE3NzItNDc2"
            "ZTU3ZjQ0YjQ2%40thread.v2/0");
    } else {
        m.venueId = 1;
        m.venue = {1, QStringLiteral("Brackenholt Community Centre"), QStringLiteral("4 Mill Lane, Westvale"),
                   QStringLiteral("WV2 6RT"), QStringLiteral("Step-free entrance")};
    }
    m.mediators = {{2, QStringLiteral("Ollie Farrant")}};
    m.reasonableAdjustments = QStringLiteral("Elowen needs breaks every 45 minutes");
    m.interpreterLanguage = QStringLiteral("Polish");
    m.uid = QStringLiteral("0f6c7e2a-0b1e-4d57-9a55-3f1c2d9e4b10@commonground");
    m.sequence = 2;
    return m;
}

struct Parsed
{
    icalcomponent* calendar = nullptr;
    ~Parsed() { icalcomponent_free(calendar); }
};

QList<icalcomponent*> events(icalcomponent* calendar)
{
    QList<icalcomponent*> out;
    for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        out << c;
    return out;
}
} // namespace

class TestMeetingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void calendarParsesBack();
    void linesAreFoldedWithCrlf();
    void cancelledAndSequence();
    void invitationNamesOnlyThatInvitee();
    void noPersonalDetails_data();
    void noPersonalDetails();
    void linkAndAddressCannotForgeAnEvent();
};

void TestMeetingCalendar::calendarParsesBack()
{
    Meeting second = sample(MeetingMode::InPerson);
    second.id = 8;
    second.uid = QStringLiteral("5b0c1f4e-7d0c-4f5e-8a3b-2f2a9e0d1c77@commonground");
    second.sequence = 0;
    second.start = QDateTime(QDate(2026, 7, 7), QTime(9, 0), QTimeZone::utc());
    second.end = Meeting::defaultEnd(second.start);
    const QByteArray ics = MeetingCalendar::calendar({sample(MeetingMode::Online), second}, kNow);

    Parsed parsed{icalparser_parse_string(ics.constData())};
    QVERIFY(parsed.calendar);
    QCOMPARE(icalcomponent_isa(parsed.calendar), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(icalcomponent_count_errors(parsed.calendar), 0);
    // libical's RFC 5545 restriction tables: required properties, cardinality.
    QVERIFY(icalrestriction_check(parsed.calendar));
    QCOMPARE(icalcomponent_count_errors(parsed.calendar), 0);
    QCOMPARE(QString::fromUtf8(icalproperty_get_version(
                 icalcomponent_get_first_property(parsed.calendar, ICAL_VERSION_PROPERTY))),
             QStringLiteral("2.0"));

    const QList<icalcomponent*> found = events(parsed.calendar);
    QCOMPARE(found.size(), 2);
    icalcomponent* first = found.first();
    QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(first)), sample(MeetingMode::Online).uid);
    const icaltimetype start = icalcomponent_get_dtstart(first);
    QVERIFY(icaltime_is_utc(start));
    QCOMPARE(static_cast<qint64>(icaltime_as_timet(start)),
             sample(MeetingMode::Online).start.toSecsSinceEpoch());
    QCOMPARE(static_cast<qint64>(icaltime_as_timet(icalcomponent_get_dtend(first))),
             sample(MeetingMode::Online).end.toSecsSinceEpoch());
    QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(first)),
             QStringLiteral("MED-2026-00031: Mediation meeting"));
    // The long link survives folding intact.
    QVERIFY(
        QString::fromUtf8(icalcomponent_get_description(first)).contains(sample(MeetingMode::Online).link));
    QCOMPARE(icalcomponent_get_status(first), ICAL_STATUS_CONFIRMED);
    QVERIFY(QString::fromUtf8(icalcomponent_get_location(found.at(1))).contains(QStringLiteral("WV2 6RT")));

    // The same meetings written again give the same UIDs: an update, not a duplicate.
    const QByteArray again =
        MeetingCalendar::calendar({sample(MeetingMode::Online), second}, kNow.addDays(1));
    Parsed reparsed{icalparser_parse_string(again.constData())};
    QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(events(reparsed.calendar).first())),
             sample(MeetingMode::Online).uid);
}

void TestMeetingCalendar::linesAreFoldedWithCrlf()
{
    const QByteArray ics = MeetingCalendar::calendar({sample(MeetingMode::Online)}, kNow);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    bool folded = false;
    for (const QByteArray& line : ics.split('\n')) {
        QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData());
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        folded = folded || line.startsWith(' ');
    }
    QVERIFY(folded);
}

void TestMeetingCalendar::cancelledAndSequence()
{
    Meeting m = sample(MeetingMode::Online);
    m.status = MeetingStatus::Cancelled;
    m.sequence = 3;
    const QByteArray ics = MeetingCalendar::calendar({m}, kNow);
    Parsed parsed{icalparser_parse_string(ics.constData())};
    icalcomponent* event = events(parsed.calendar).first();
    QCOMPARE(icalcomponent_get_status(event), ICAL_STATUS_CANCELLED);
    QCOMPARE(icalproperty_get_sequence(icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY)), 3);
}

void TestMeetingCalendar::invitationNamesOnlyThatInvitee()
{
    const MeetingInvitee invitee{11, QStringLiteral("Marta Quayle"),
                                 QStringLiteral("marta.quayle@nmb.gov.example"), Attendance::Expected};
    const QByteArray ics = MeetingCalendar::invitation(sample(MeetingMode::InPerson), invitee, kNow);
    Parsed parsed{icalparser_parse_string(ics.constData())};
    QVERIFY(parsed.calendar);
    QVERIFY(icalrestriction_check(parsed.calendar));
    QCOMPARE(icalcomponent_get_method(parsed.calendar), ICAL_METHOD_REQUEST);
    icalcomponent* event = events(parsed.calendar).first();
    QCOMPARE(icalcomponent_count_properties(event, ICAL_ATTENDEE_PROPERTY), 1);
    icalproperty* attendee = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY);
    QCOMPARE(QString::fromUtf8(icalproperty_get_attendee(attendee)),
             QStringLiteral("mailto:marta.quayle@nmb.gov.example"));

    Meeting cancelled = sample(MeetingMode::InPerson);
    cancelled.status = MeetingStatus::Cancelled;
    Parsed cancel{icalparser_parse_string(MeetingCalendar::invitation(cancelled, invitee, kNow).constData())};
    QCOMPARE(icalcomponent_get_method(cancel.calendar), ICAL_METHOD_CANCEL);
    QVERIFY(icalrestriction_check(cancel.calendar));
}

void TestMeetingCalendar::noPersonalDetails_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("adjustments name the child") << QStringLiteral("Elowen");
    QTest::newRow("adjustments") << QStringLiteral("breaks every 45 minutes");
    QTest::newRow("interpreter") << QStringLiteral("Polish");
    QTest::newRow("mediator") << QStringLiteral("Ollie Farrant");
}

void TestMeetingCalendar::noPersonalDetails()
{
    QFETCH(QString, secret);
    for (const MeetingMode mode : {MeetingMode::Online, MeetingMode::InPerson}) {
        // Unfold before searching, so a folded word is still found.
        QByteArray ics = MeetingCalendar::calendar({sample(mode)}, kNow);
        ics.replace("\r\n ", "");
        QVERIFY2(!QString::fromUtf8(ics).contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }
}

void TestMeetingCalendar::linkAndAddressCannotForgeAnEvent()
{
    // Found while writing the fuzz harness (tests/fuzz/fuzz_meetingcalendar):
    // libical escapes text, but writes a URL and an attendee's address as
    // given, so a line break in either ended the property and the event.
    const QString forged = QStringLiteral("\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged\r\nSUMMARY:Forged");
    Meeting meeting = sample(MeetingMode::Online);
    meeting.link = QStringLiteral("https://meet.example/abc") + forged;
    MeetingInvitee invitee;
    invitee.inviteeId = 5;
    invitee.name = QStringLiteral("Mary \"May\" Quill\r\nBEGIN:VEVENT");
    invitee.email = QStringLiteral("mary@example.org") + forged;
    for (const QByteArray& ics :
         {MeetingCalendar::calendar({meeting}, kNow), MeetingCalendar::invitation(meeting, invitee, kNow)}) {
        // Inside an escaped text (the description repeats the link) it is
        // harmless; at the start of a line it would be a property.
        QVERIFY2(!ics.contains("\nUID:forged") && !ics.contains("\nSUMMARY:Forged"), ics.constData());
        Parsed parsed{icalparser_parse_string(ics.constData())};
        QVERIFY(parsed.calendar);
        const QList<icalcomponent*> found = events(parsed.calendar);
        QCOMPARE(found.size(), 1);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(found.first())), meeting.uid);
    }
}

QTEST_GUILESS_MAIN(TestMeetingCalendar)
#include "tst_meetingcalendar.moc"
