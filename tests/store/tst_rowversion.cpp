#include "CaseOffice.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/ContactRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/directory/OrganisationRepository.h"
#include "store/infrastructure/Database.h"
#include "store/meetings/MeetingRepository.h"
#include "store/meetings/VenueRepository.h"
#include "store/settings/CouncilRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QTest>
#include <functional>
#include <memory>

// Saving over another desk's newer change (issue 18 point 6), for every
// record people edit: two desks read the same record, one saves, and the
// other's save is refused (Kind::Conflict) naming who saved and when, with the
// first save kept; read again, the second desk saves. Both engines. Every
// name is synthetic.
namespace {
using CaseOffice::kToday;

// One record as a desk holds it: what it reads now, and saving the held copy
// with one of its texts changed to `text`.
struct Held
{
    std::function<StoreError(const QString& text)> save;
    std::function<QString()> text;
};

// `Record` as `read` reads it (its failure in *why), saved by `save` with its
// text `field` changed.
template <typename Record>
Held hold(QString* why, const std::function<StoreError(Record*)>& read,
          const std::function<StoreError(const Record&)>& save, QString Record::*field)
{
    auto held = std::make_shared<Record>();
    *why = read(held.get()).message();
    return {[held, save, field](const QString& text) {
                Record changed = *held;
                changed.*field = text;
                return save(changed);
            },
            [held, field] {
                return (*held).*field;
            }};
}

struct Fixture : CaseOffice::Office
{
    qint64 secondAdministrator = 0;
    qint64 caseId = 0;
    qint64 inviteeId = 0;
    qint64 meetingId = 0;
    qint64 contactId = 0;
    qint64 organisationId = 0;
    qint64 venueId = 0;

    bool make(QSqlDatabase database)
    {
        if (!build(database))
            return false;
        secondAdministrator = CaseOffice::addUser(db, QStringLiteral("ade.bello"),
                                                  QStringLiteral("Ade Bello"), UserRole::Administrator);
        caseId = addCase(QStringLiteral("Quill"));
        Invitee invitee;
        invitee.caseId = caseId;
        invitee.displayName = QStringLiteral("Tamsin Vey");
        invitee.role = InviteeRole::Advocate;
        Organisation organisation;
        organisation.name = QStringLiteral("Larkfield Primary School");
        organisation.kind = OrganisationKind::School;
        Contact contact;
        contact.givenName = QStringLiteral("Ola");
        contact.familyName = QStringLiteral("Brandt");
        Venue venue;
        venue.name = QStringLiteral("Northmoor Community Hall");
        venue.address = QStringLiteral("1 Mill Lane, Northmoor");
        Meeting meeting;
        meeting.caseId = caseId;
        meeting.kind = MeetingKind::InformationCall;
        meeting.mode = MeetingMode::Phone;
        meeting.start = QDateTime(QDate(2026, 11, 25), QTime(10, 0), OfficeTime::zone()).toUTC();
        meeting.end = QDateTime(QDate(2026, 11, 25), QTime(11, 0), OfficeTime::zone()).toUTC();
        meeting.mediators = {{mediator, QStringLiteral("Jo Mercer")}};
        const auto failed = [this](const StoreError& error) {
            why = error.message();
            return error.isError();
        };
        if (!caseId || failed(InviteeRepository(db).add(&invitee)) ||
            failed(OrganisationRepository(db).add(&organisation)) ||
            failed(ContactRepository(db).add(&contact)) ||
            failed(
                MeetingRepository(db, BankHolidayCalendar::shipped()).book(&meeting, kToday, supervisor)) ||
            !CaseOffice::actAs(db, administrator) || failed(VenueRepository(db).add(&venue)))
            return false;
        inviteeId = invitee.id;
        organisationId = organisation.id;
        contactId = contact.id;
        meetingId = meeting.id;
        venueId = venue.id;
        return secondAdministrator > 0;
    }

    // Who may edit `record`: the desk that is refused, and the one that saves first.
    std::pair<qint64, qint64> desks(const QString& record) const
    {
        static const QStringList office = {QStringLiteral("venue"),        QStringLiteral("council"),
                                           QStringLiteral("provider"),     QStringLiteral("screen lock"),
                                           QStringLiteral("quiet family"), QStringLiteral("letter template")};
        if (office.contains(record))
            return {administrator, secondAdministrator};
        return {supervisor, caseworker};
    }

    // Reads `record` as a desk opening it would.
    Held open(const QString& record)
    {
        const QSqlDatabase database = db;
        const auto meetings = [database] {
            return MeetingRepository(database, BankHolidayCalendar::shipped());
        };
        if (record == QLatin1String("case")) { // the workspace's Details (schema 28 names who)
            auto held = std::make_shared<CaseDetails>();
            why = CaseRepository(db, BankHolidayCalendar::shipped()).load(caseId, held.get()).message();
            return {[database, held](const QString& text) {
                        CaseDetails changed = *held;
                        changed.referral.reasonableAdjustments = text;
                        return CaseRepository(database, BankHolidayCalendar::shipped())
                            .saveDetails(changed, std::nullopt);
                    },
                    [held] {
                        return held->referral.reasonableAdjustments;
                    }};
        }
        if (record == QLatin1String("invitee"))
            return hold<Invitee>(
                &why, [&](Invitee* read) { return InviteeRepository(db).find(inviteeId, read); },
                [database](const Invitee& changed) { return InviteeRepository(database).update(changed); },
                &Invitee::notes);
        if (record == QLatin1String("meeting"))
            return hold<Meeting>(
                &why, [&](Meeting* read) { return meetings().find(meetingId, read); },
                [meetings](const Meeting& changed) {
                    return meetings().edit(changed, {}, kToday, std::nullopt);
                },
                &Meeting::reasonableAdjustments);
        if (record == QLatin1String("meeting cancelled")) // the text is the reason
            return hold<Meeting>(
                &why, [&](Meeting* read) { return meetings().find(meetingId, read); },
                [meetings](const Meeting& changed) {
                    return meetings().cancel(changed.id, changed.reasonableAdjustments, std::nullopt, kToday,
                                             false, changed.rowVersion);
                },
                &Meeting::reasonableAdjustments);
        if (record == QLatin1String("meeting outcome"))
            return hold<MeetingRecord>(
                &why, [&](MeetingRecord* read) { return meetings().record(meetingId, read); },
                [meetings, id = meetingId](const MeetingRecord& changed) {
                    return meetings().saveRecord(id, changed, kToday, std::nullopt);
                },
                &MeetingRecord::issuesCovered);
        if (record == QLatin1String("contact"))
            return hold<Contact>(
                &why, [&](Contact* read) { return ContactRepository(db).find(contactId, read); },
                [database](const Contact& changed) { return ContactRepository(database).update(changed); },
                &Contact::notes);
        if (record == QLatin1String("organisation"))
            return hold<Organisation>(
                &why,
                [&](Organisation* read) { return OrganisationRepository(db).find(organisationId, read); },
                [database](const Organisation& changed) {
                    return OrganisationRepository(database).update(changed);
                },
                &Organisation::notes);
        if (record == QLatin1String("venue"))
            return hold<Venue>(
                &why, [&](Venue* read) { return VenueRepository(db).find(venueId, read); },
                [database](const Venue& changed) { return VenueRepository(database).update(changed); },
                &Venue::accessibilityNotes);
        if (record == QLatin1String("council"))
            return hold<Council>(
                &why, [&](Council* read) { return CouncilRepository(db).find(council, read); },
                [database](const Council& changed) { return CouncilRepository(database).update(changed); },
                &Council::name);
        if (record == QLatin1String("provider"))
            return hold<ProviderDetails>(
                &why, [&](ProviderDetails* read) { return SettingsRepository(db).provider(read); },
                [database](const ProviderDetails& changed) {
                    return SettingsRepository(database).setProvider(changed);
                },
                &ProviderDetails::name);
        if (record == QLatin1String("letter template"))
            return hold<LetterTemplate>(
                &why,
                [&](LetterTemplate* read) {
                    return SettingsRepository(db).letterTemplate(LetterKind::Confirmation, read);
                },
                [database](const LetterTemplate& changed) {
                    return SettingsRepository(database).setLetterTemplate(changed);
                },
                &LetterTemplate::body);
        // The two single settings the Users dialog edits: a number each, the text's length.
        const bool lock = record == QLatin1String("screen lock");
        auto minutes = std::make_shared<int>(0);
        auto version = std::make_shared<qint64>(0);
        SettingsRepository settings(db);
        why = (lock ? settings.screenLockMinutes(minutes.get(), version.get())
                    : settings.quietFamilyWorkingDays(minutes.get(), version.get()))
                  .message();
        const qint64 actor = administrator;
        return {[database, version, lock, actor](const QString& text) {
                    SettingsRepository changed(database);
                    return lock ? changed.setScreenLockMinutes(actor, text.size(), *version)
                                : changed.setQuietFamilyWorkingDays(text.size(), *version);
                },
                [minutes] {
                    return QString(*minutes, QLatin1Char('x'));
                }};
    }
};

QString displayName(QSqlDatabase db, qint64 userId)
{
    return CaseOffice::scalar(db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {userId})
        .toString();
}
} // namespace

class TestRowVersion : public QObject
{
    Q_OBJECT

private slots:
    void savingOverAnotherDesksChangeIsRefused_data();
    void savingOverAnotherDesksChangeIsRefused();
    void removedRecordIsNotFound_data() { TestDatabase::addEngineRows(); }
    void removedRecordIsNotFound();
};

void TestRowVersion::savingOverAnotherDesksChangeIsRefused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("record");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgres")}) {
        for (const char* record :
             {"case", "invitee", "meeting", "meeting cancelled", "meeting outcome", "contact", "organisation",
              "venue", "council", "provider", "screen lock", "quiet family", "letter template"})
            QTest::addRow("%s %s", qPrintable(engine), record) << engine << QString::fromLatin1(record);
    }
}

void TestRowVersion::savingOverAnotherDesksChangeIsRefused()
{
    QFETCH(QString, engine);
    QFETCH(QString, record);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Fixture f;
    QVERIFY2(f.make(database.connection()), qPrintable(f.why));
    const auto [refused, first] = f.desks(record);

    QVERIFY(CaseOffice::actAs(f.db, refused));
    const Held stale = f.open(record);
    QVERIFY2(f.why.isEmpty(), qPrintable(f.why));

    // Another desk saves first (a text of a length the numeric settings take).
    QVERIFY(CaseOffice::actAs(f.db, first));
    const QString theirs = QStringLiteral("Their change xx");
    CG_VERIFY_OK(f.open(record).save(theirs));

    QVERIFY(CaseOffice::actAs(f.db, refused));
    const StoreError error = stale.save(QStringLiteral("My change"));
    QCOMPARE(error.kind(), StoreError::Kind::Conflict);
    QVERIFY2(error.message().contains(displayName(f.db, first)), qPrintable(error.message()));
    const QDate today = OfficeTime::local(QDateTime::currentDateTimeUtc()).date();
    QVERIFY2(error.message().contains(DateText::shortDate(today)), qPrintable(error.message()));

    // Their change is what is stored; read again, mine saves.
    if (record != QLatin1String("meeting cancelled")) {
        Held reloaded = f.open(record);
        QVERIFY2(f.why.isEmpty(), qPrintable(f.why));
        QCOMPARE(reloaded.text().size(), theirs.size());
        CG_VERIFY_OK(reloaded.save(QStringLiteral("My change again")));
        QCOMPARE(f.open(record).text().size(), QStringLiteral("My change again").size());
    }
}

void TestRowVersion::removedRecordIsNotFound()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Fixture f;
    QVERIFY2(f.make(database.connection()), qPrintable(f.why));
    const Held stale = f.open(QStringLiteral("contact"));
    CG_VERIFY_OK(ContactRepository(f.db).remove(f.contactId));
    const StoreError error = stale.save(QStringLiteral("My change"));
    QCOMPARE(error.kind(), StoreError::Kind::NotFound);
    QVERIFY2(error.message().contains(QStringLiteral("removed")), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestRowVersion)
#include "tst_rowversion.moc"
