#include "PlainSql.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/ConflictOfInterestRepository.h"
#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/directory/OrganisationRepository.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/SqlValues.h"
#include "store/settings/CouncilRepository.h"

#include <QSqlQuery>
#include <QTest>

// The directory (organisations, contacts, duplicates) and a case's invitees,
// on both engines. Every name, number and address is synthetic.
namespace {
const QDate kToday(2026, 11, 23);

using PlainSql::scalar;
QStringList names(const QList<Contact>& contacts)
{
    QStringList out;
    for (const Contact& contact : contacts)
        out << contact.fullName();
    return out;
}

// A council with its SEND team, SENDIASS and a school, and people at each.
struct Directory
{
    Council council;
    Organisation sendTeam;
    Organisation sendiass;
    Organisation school;
    Contact decisionMaker;
    Contact officer;
    Contact senco;
    Contact adviser;
};

bool makeDirectory(QSqlDatabase db, Directory* d, QString* why)
{
    d->council.name = QStringLiteral("Northmoor Borough Council");
    d->council.code = QStringLiteral("NMB");
    if (StoreError e = CouncilRepository(db).add(&d->council)) {
        *why = e.message();
        return false;
    }
    OrganisationRepository organisations(db);
    const struct
    {
        Organisation* organisation;
        const char* name;
        OrganisationKind kind;
    } orgs[] = {{&d->sendTeam, "Northmoor SEND Team", OrganisationKind::CouncilSend},
                {&d->sendiass, "Northmoor SENDIASS", OrganisationKind::Sendiass},
                {&d->school, "Larkfield Primary School", OrganisationKind::School}};
    for (const auto& o : orgs) {
        o.organisation->name = QString::fromUtf8(o.name);
        o.organisation->kind = o.kind;
        o.organisation->councilId = d->council.id;
        if (StoreError e = organisations.add(o.organisation)) {
            *why = e.message();
            return false;
        }
    }
    ContactRepository contacts(db);
    const struct
    {
        Contact* contact;
        const char* given;
        const char* family;
        const char* title;
        Organisation* at;
        InviteeRole role;
        bool decides;
        const char* phone;
        const char* email;
    } people[] = {
        {&d->decisionMaker, "Marta", "Quayle", "Head of SEND", &d->sendTeam,
         InviteeRole::CouncilDecisionMaker, true, "0113 496 0101", "marta.quayle@nmb.gov.example"},
        {&d->officer, "Bram", "Ashdown", "SEND Caseworker", &d->sendTeam, InviteeRole::CouncilSendOfficer,
         false, "", "bram.ashdown@nmb.gov.example"},
        {&d->senco, "Priya", "Lennox", "SENCO", &d->school, InviteeRole::SchoolRepresentative, false,
         "+44 113 496 0202", "senco@larkfield.example"},
        {&d->adviser, "Zoë", "Marsh", "Adviser", &d->sendiass, InviteeRole::SendiassAdviser, false,
         "07700 900321", ""},
    };
    for (const auto& p : people) {
        p.contact->givenName = QString::fromUtf8(p.given);
        p.contact->familyName = QString::fromUtf8(p.family);
        p.contact->jobTitle = QString::fromUtf8(p.title);
        p.contact->organisationId = p.at->id;
        p.contact->role = p.role;
        p.contact->isDecisionMaker = p.decides;
        p.contact->phone = QString::fromUtf8(p.phone);
        p.contact->email = QString::fromUtf8(p.email);
        if (StoreError e = contacts.add(p.contact)) {
            *why = e.message();
            return false;
        }
    }
    return true;
}

qint64 makeCase(QSqlDatabase db, qint64 councilId, bool mediation)
{
    Referral r;
    r.child = {QStringLiteral("Tomasz"), QStringLiteral("Wren"), QDate(2016, 3, 14), {}, {}, {}, {}};
    r.parent = {QStringLiteral("Ada"), QStringLiteral("Wren"), {}, {}, {}, {}, {}};
    r.schoolName = QStringLiteral("Larkfield Primary School");
    r.councilId = councilId;
    r.enquiryDate = QDate(2026, 11, 20);
    if (mediation) {
        r.decisionType = DecisionType::PlanContent;
        r.sections = PlanSections{PlanSection::F, PlanSection::G};
        r.decisionNoticeDate = QDate(2026, 11, 2);
    } else {
        r.route = Route::DisagreementResolution;
        r.disagreementSubject = QStringLiteral("Transport to school");
    }
    qint64 id = 0;
    if (CaseRepository(db, BankHolidayCalendar::shipped()).createReferral(r, kToday, std::nullopt, &id))
        return 0;
    return id;
}
} // namespace

class TestDirectoryRepository : public QObject
{
    Q_OBJECT

private slots:
    void organisationsAndCouncilLinks_data() { TestDatabase::addEngineRows(); }
    void organisationsAndCouncilLinks();
    void contactsAreCheckedAndNormalised_data() { TestDatabase::addEngineRows(); }
    void contactsAreCheckedAndNormalised();
    void searchAndSortInSql_data() { TestDatabase::addEngineRows(); }
    void searchAndSortInSql();
    void duplicatesAndMerge_data() { TestDatabase::addEngineRows(); }
    void duplicatesAndMerge();
    void inviteesOnACase_data() { TestDatabase::addEngineRows(); }
    void inviteesOnACase();
    void independenceCheck_data() { TestDatabase::addEngineRows(); }
    void independenceCheck();
    void attendanceBasisAndOneSupporter_data() { TestDatabase::addEngineRows(); }
    void attendanceBasisAndOneSupporter();
};

void TestDirectoryRepository::organisationsAndCouncilLinks()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Directory d;
    QString why;
    QVERIFY2(makeDirectory(database.connection(), &d, &why), qPrintable(why));
    OrganisationRepository organisations(database.connection());

    QList<Organisation> services;
    CG_VERIFY_OK(organisations.sendiassFor(d.council.id, &services));
    QCOMPARE(services.size(), 1);
    QCOMPARE(services.first().name, QStringLiteral("Northmoor SENDIASS"));
    QList<Contact> deciders;
    CG_VERIFY_OK(organisations.decisionMakersFor(d.council.id, &deciders));
    QCOMPARE(names(deciders), QStringList{QStringLiteral("Marta Quayle")});

    // Details are checked and kept in one form.
    Organisation school = d.school;
    school.postcode = QStringLiteral("nm14qt");
    school.phone = QStringLiteral("0113 496 0300");
    school.email = QStringLiteral("Office@Larkfield.EXAMPLE");
    CG_VERIFY_OK(organisations.update(school));
    Organisation read;
    CG_VERIFY_OK(organisations.find(school.id, &read));
    QCOMPARE(read.postcode, QStringLiteral("NM1 4QT"));
    QCOMPARE(read.phone, QStringLiteral("+441134960300"));
    QCOMPARE(read.email, QStringLiteral("Office@larkfield.example"));
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT phone FROM organisations WHERE id = ?"),
                    {school.id})
                 .toString(),
             QStringLiteral("0113 496 0300"));
    school.postcode = QStringLiteral("90210");
    const StoreError bad = organisations.update(school);
    QCOMPARE(bad.kind(), StoreError::Kind::Invalid);
    QVERIFY2(bad.message().contains(QStringLiteral("postcode")), qPrintable(bad.message()));

    Organisation found;
    CG_VERIFY_OK(organisations.findByName(QStringLiteral("larkfield primary school"),
                                          OrganisationKind::School, &found));
    QCOMPARE(found.id, d.school.id);
    CG_VERIFY_OK(organisations.findByName(QStringLiteral("Larkfield Primary School"),
                                          OrganisationKind::College, &found));
    QCOMPARE(found.id, 0);

    // Removing an organisation leaves its people in the directory.
    CG_VERIFY_OK(organisations.remove(d.sendiass.id));
    Contact adviser;
    CG_VERIFY_OK(ContactRepository(database.connection()).find(d.adviser.id, &adviser));
    QVERIFY(!adviser.organisationId);
}

void TestDirectoryRepository::contactsAreCheckedAndNormalised()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Directory d;
    QString why;
    QVERIFY2(makeDirectory(database.connection(), &d, &why), qPrintable(why));
    ContactRepository contacts(database.connection());

    Contact senco;
    CG_VERIFY_OK(contacts.find(d.senco.id, &senco));
    QCOMPARE(senco.phone, QStringLiteral("+441134960202"));
    QCOMPARE(senco.organisationName, QStringLiteral("Larkfield Primary School"));
    QCOMPARE(senco.role, InviteeRole::SchoolRepresentative);
    QCOMPARE(
        scalar(database.connection(), QStringLiteral("SELECT phone FROM contacts WHERE id = ?"), {senco.id})
            .toString(),
        QStringLiteral("0113 496 0202"));

    Contact bad;
    bad.givenName = QStringLiteral("Noor");
    bad.familyName = QStringLiteral("Haddad");
    bad.phone = QStringLiteral("12345");
    bad.email = QStringLiteral("noor@mail");
    const StoreError error = contacts.add(&bad);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("phone:")) &&
                 error.message().contains(QStringLiteral("email:")),
             qPrintable(error.message()));
    QCOMPARE(bad.id, 0);
    bad.familyName.clear();
    bad.phone.clear();
    bad.email.clear();
    QCOMPARE(contacts.add(&bad).kind(), StoreError::Kind::Invalid);

    senco.jobTitle = QStringLiteral("SENCO and Deputy Head");
    senco.phone.clear();
    CG_VERIFY_OK(contacts.update(senco));
    CG_VERIFY_OK(contacts.find(senco.id, &senco));
    QCOMPARE(senco.jobTitle, QStringLiteral("SENCO and Deputy Head"));
    QVERIFY(senco.phone.isEmpty());
    CG_VERIFY_OK(contacts.remove(senco.id));
    QCOMPARE(contacts.find(senco.id, &senco).kind(), StoreError::Kind::NotFound);
}

void TestDirectoryRepository::searchAndSortInSql()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Directory d;
    QString why;
    QVERIFY2(makeDirectory(database.connection(), &d, &why), qPrintable(why));
    ContactListQuery query(database.connection());

    auto search = [&](const QString& text) {
        ContactFilter filter;
        filter.search = text;
        query.setFilter(filter);
        QList<Contact> found;
        int total = -1;
        if (query.fetch(0, 50, &found) || query.count(&total) || total != found.size())
            return QStringList{QStringLiteral("error")};
        return names(found);
    };
    QCOMPARE(search(QString()).size(), 4);
    QCOMPARE(search(QStringLiteral("lark")), QStringList{QStringLiteral("Priya Lennox")}); // the organisation
    QCOMPARE(search(QStringLiteral("QUAY")), QStringList{QStringLiteral("Marta Quayle")});
    QCOMPARE(search(QStringLiteral("northmoor team")),
             (QStringList{QStringLiteral("Bram Ashdown"), QStringLiteral("Marta Quayle")}));
    QCOMPARE(search(QStringLiteral("senco")), QStringList{QStringLiteral("Priya Lennox")}); // job title
    QCOMPARE(search(QString::fromUtf8("zoë")), QStringList{QString::fromUtf8("Zoë Marsh")});
    QCOMPARE(search(QStringLiteral("nobody")), QStringList{});
    QCOMPARE(search(QStringLiteral("'; DROP TABLE contacts; --")), QStringList{});

    // The index follows renames of a person and of an organisation.
    Contact officer = d.officer;
    officer.familyName = QStringLiteral("Ravenscroft");
    CG_VERIFY_OK(ContactRepository(database.connection()).update(officer));
    QCOMPARE(search(QStringLiteral("ravens")), QStringList{QStringLiteral("Bram Ravenscroft")});
    Organisation school = d.school;
    school.name = QStringLiteral("Hollins Park Academy");
    CG_VERIFY_OK(OrganisationRepository(database.connection()).update(school));
    QCOMPARE(search(QStringLiteral("hollins")), QStringList{QStringLiteral("Priya Lennox")});
    QCOMPARE(search(QStringLiteral("primary")), QStringList{});

    query.setFilter({});
    QList<Contact> rows;
    query.setSort(ContactListQuery::Column::Name, Qt::AscendingOrder);
    CG_VERIFY_OK(query.fetch(0, 50, &rows));
    QCOMPARE(names(rows), (QStringList{QStringLiteral("Priya Lennox"), QString::fromUtf8("Zoë Marsh"),
                                       QStringLiteral("Marta Quayle"), QStringLiteral("Bram Ravenscroft")}));
    query.setSort(ContactListQuery::Column::Organisation, Qt::DescendingOrder);
    CG_VERIFY_OK(query.fetch(0, 50, &rows));
    QCOMPARE(rows.first().organisationName, QStringLiteral("Northmoor SENDIASS"));
    QCOMPARE(rows.last().organisationName, QStringLiteral("Hollins Park Academy"));
    query.setSort(ContactListQuery::Column::Name, Qt::AscendingOrder);
    CG_VERIFY_OK(query.fetch(1, 2, &rows)); // a page
    QCOMPARE(names(rows), (QStringList{QString::fromUtf8("Zoë Marsh"), QStringLiteral("Marta Quayle")}));
    ContactFilter filter;
    filter.organisationId = d.sendTeam.id;
    query.setFilter(filter);
    int total = 0;
    CG_VERIFY_OK(query.count(&total));
    QCOMPARE(total, 2);
}

void TestDirectoryRepository::duplicatesAndMerge()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    Directory d;
    QString why;
    QVERIFY2(makeDirectory(db, &d, &why), qPrintable(why));
    ContactRepository contacts(db);

    // The same SENCO typed again: same name (other case), the same phone in another form.
    Contact again;
    again.givenName = QStringLiteral("priya");
    again.familyName = QStringLiteral("LENNOX");
    again.phone = QStringLiteral("0113 496 0202");
    again.notes = QStringLiteral("Prefers email");
    CG_VERIFY_OK(contacts.add(&again));
    // Same name, nothing else shared: not a likely duplicate.
    Contact namesake;
    namesake.givenName = QStringLiteral("Marta");
    namesake.familyName = QStringLiteral("Quayle");
    namesake.email = QStringLiteral("marta@other.example");
    CG_VERIFY_OK(contacts.add(&namesake));
    // Same email, other name: not one either.
    Contact shared;
    shared.givenName = QStringLiteral("Office");
    shared.familyName = QStringLiteral("Larkfield");
    shared.email = QStringLiteral("SENCO@larkfield.example");
    CG_VERIFY_OK(contacts.add(&shared));

    QList<LikelyDuplicate> pairs;
    CG_VERIFY_OK(contacts.likelyDuplicates(&pairs));
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().first.id, d.senco.id);
    QCOMPARE(pairs.first().second.id, again.id);
    QVERIFY(pairs.first().samePhone);
    QVERIFY(!pairs.first().sameEmail);

    // Things that point at the one to be removed.
    const qint64 caseId = makeCase(db, d.council.id, true);
    QVERIFY(caseId > 0);
    InviteeRepository invitees(db);
    qint64 inviteeId = 0;
    CG_VERIFY_OK(invitees.addFromContact(caseId, again.id, InviteeRole::SchoolRepresentative, &inviteeId));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE cases SET referrer_contact_id = ? WHERE id = ?"));
    query.addBindValue(again.id);
    query.addBindValue(caseId);
    QVERIFY(query.exec());
    User mediator;
    mediator.username = QStringLiteral("jo.mercer");
    mediator.displayName = QStringLiteral("Jo Mercer");
    mediator.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(db).add(&mediator));
    ConflictOfInterest link;
    link.userId = mediator.id;
    link.contactId = again.id;
    link.nature = QStringLiteral("Former colleague");
    CG_VERIFY_OK(ConflictOfInterestRepository(db).add(&link));

    QCOMPARE(contacts.merge(d.senco.id, d.senco.id).kind(), StoreError::Kind::Invalid);
    CG_VERIFY_OK(contacts.merge(d.senco.id, again.id));
    QCOMPARE(contacts.find(again.id, &again).kind(), StoreError::Kind::NotFound);
    Invitee invitee;
    CG_VERIFY_OK(invitees.find(inviteeId, &invitee));
    QCOMPARE(invitee.contactId, d.senco.id);
    QCOMPARE(scalar(db, QStringLiteral("SELECT referrer_contact_id FROM cases WHERE id = ?"), {caseId})
                 .toLongLong(),
             d.senco.id);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT contact_id FROM conflicts_of_interest WHERE id = ?"), {link.id})
            .toLongLong(),
        d.senco.id);
    Contact kept;
    CG_VERIFY_OK(contacts.find(d.senco.id, &kept));
    QCOMPARE(kept.email, QStringLiteral("senco@larkfield.example")); // its own kept
    QCOMPARE(kept.notes, QStringLiteral("Prefers email"));           // the other's filled in
    CG_VERIFY_OK(contacts.likelyDuplicates(&pairs));
    QVERIFY(pairs.isEmpty());
    ContactFilter filter;
    filter.search = QStringLiteral("lennox");
    ContactListQuery list(db);
    list.setFilter(filter);
    int total = 0;
    CG_VERIFY_OK(list.count(&total));
    QCOMPARE(total, 1);
    QCOMPARE(contacts.merge(d.senco.id, again.id).kind(), StoreError::Kind::NotFound);
}

void TestDirectoryRepository::inviteesOnACase()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    Directory d;
    QString why;
    QVERIFY2(makeDirectory(db, &d, &why), qPrintable(why));
    const qint64 caseId = makeCase(db, d.council.id, true); // sections F and G
    QVERIFY(caseId > 0);
    InviteeRepository invitees(db);

    // The parent taken at intake is on the list from the start, to be invited; once only.
    QList<Invitee> atIntake;
    CG_VERIFY_OK(invitees.listForCase(caseId, &atIntake));
    QCOMPARE(atIntake.size(), 1);
    QCOMPARE(atIntake.first().displayName, QStringLiteral("Ada Wren"));
    QCOMPARE(atIntake.first().role, InviteeRole::ParentCarer);
    QCOMPARE(atIntake.first().status, InviteeStatus::ToInvite);
    QVERIFY(atIntake.first().personId.has_value());
    bool added = true;
    CG_VERIFY_OK(invitees.inviteFamily(caseId, &added));
    QVERIFY(!added);

    // The rules on a list with only the parent: the decision-maker is missing.
    InviteeRules::CaseInvitees input;
    CG_VERIFY_OK(invitees.caseInvitees(caseId, &input));
    QCOMPARE(input.route, Route::Mediation);
    QVERIFY(input.schoolNamed);
    QVERIFY(input.facts.sections.includesHealth());
    QList<ValidationProblem> problems = InviteeRules::check(input, InviteeRules::Step::MarkMeetingHeld);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.first().field, QStringLiteral("invitees.council_decision_maker"));
    QCOMPARE(problems.first().severity, ValidationProblem::Severity::Error);

    // From the directory: the role comes from the contact unless given.
    qint64 dmId = 0;
    CG_VERIFY_OK(invitees.addFromContact(caseId, d.decisionMaker.id, std::nullopt, &dmId));
    qint64 sencoId = 0;
    CG_VERIFY_OK(invitees.addFromContact(caseId, d.senco.id, InviteeRole::SchoolRepresentative, &sencoId));
    Contact noRole;
    noRole.givenName = QStringLiteral("Felix");
    noRole.familyName = QStringLiteral("Amari");
    CG_VERIFY_OK(ContactRepository(db).add(&noRole));
    qint64 unused = 0;
    QCOMPARE(invitees.addFromContact(caseId, noRole.id, std::nullopt, &unused).kind(),
             StoreError::Kind::Invalid);
    // Ad hoc.
    Invitee health;
    health.caseId = caseId;
    health.displayName = QStringLiteral("Kit Ormerod");
    health.organisation = QStringLiteral("Northmoor Integrated Care Board");
    health.email = QStringLiteral("kit.ormerod@icb.example");
    health.phone = QStringLiteral("0113 496 0177");
    health.role = InviteeRole::HealthRepresentative;
    CG_VERIFY_OK(invitees.add(&health));
    Invitee badPhone = health;
    badPhone.phone = QStringLiteral("0113");
    QCOMPARE(invitees.add(&badPhone).kind(), StoreError::Kind::Invalid);
    Invitee child;
    child.caseId = caseId;
    child.displayName = QStringLiteral("Tomasz Wren");
    child.role = InviteeRole::Child;
    child.status = InviteeStatus::Confirmed;
    CG_VERIFY_OK(invitees.add(&child));

    QList<Invitee> list;
    CG_VERIFY_OK(invitees.listForCase(caseId, &list));
    QCOMPARE(list.size(), 5);
    QCOMPARE(list.at(1).displayName, QStringLiteral("Marta Quayle"));
    QCOMPARE(list.at(1).role, InviteeRole::CouncilDecisionMaker);
    QCOMPARE(list.at(1).organisation, QStringLiteral("Northmoor SEND Team")); // from the directory
    QCOMPARE(list.at(1).email, QStringLiteral("marta.quayle@nmb.gov.example"));
    QCOMPARE(list.at(3).phone, QStringLiteral("+441134960177"));
    QCOMPARE(list.at(3).organisation, QStringLiteral("Northmoor Integrated Care Board"));
    QCOMPARE(list.at(3).status, InviteeStatus::ToInvite);
    QVERIFY(!list.at(3).willing);

    // Statuses, willingness and consents.
    for (Invitee invitee : list) {
        invitee.status =
            invitee.role == InviteeRole::Child ? InviteeStatus::Attended : InviteeStatus::Confirmed;
        invitee.willing = true;
        if (invitee.role == InviteeRole::SchoolRepresentative)
            invitee.allPartiesConsentDate = QDate(2026, 11, 21);
        if (invitee.role == InviteeRole::Child)
            invitee.parentConsentDate = QDate(2026, 11, 21);
        CG_VERIFY_OK(invitees.update(invitee));
    }
    CG_VERIFY_OK(invitees.caseInvitees(caseId, &input));
    problems = InviteeRules::check(input, InviteeRules::Step::MarkMeetingHeld);
    QCOMPARE(problems.size(), 1); // the child without the mediator's consent
    QCOMPARE(problems.first().field, QStringLiteral("invitees.consent"));
    child = input.invitees.at(4);
    QCOMPARE(child.parentConsentDate, QDate(2026, 11, 21));
    QCOMPARE(child.willing, std::optional<bool>(true));
    child.mediatorConsentDate = QDate(2026, 11, 22);
    CG_VERIFY_OK(invitees.update(child));
    CG_VERIFY_OK(invitees.caseInvitees(caseId, &input));
    QVERIFY(InviteeRules::check(input, InviteeRules::Step::MarkMeetingHeld).isEmpty());

    // The mediator's pre-meeting contact.
    User mediator;
    mediator.username = QStringLiteral("jo.mercer");
    mediator.displayName = QStringLiteral("Jo Mercer");
    mediator.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(db).add(&mediator));
    InviteeContactNote note;
    note.inviteeId = dmId;
    note.date = QDate(2026, 11, 22);
    note.userId = mediator.id;
    note.note = QStringLiteral("Called: confirmed authority to agree provision");
    CG_VERIFY_OK(invitees.addContactNote(&note));
    InviteeContactNote earlier = note;
    earlier.date = QDate(2026, 11, 21);
    earlier.note = QStringLiteral("Left a message");
    CG_VERIFY_OK(invitees.addContactNote(&earlier));
    InviteeContactNote tooLong = note;
    tooLong.note = QString(501, QLatin1Char('x'));
    QCOMPARE(invitees.addContactNote(&tooLong).kind(), StoreError::Kind::Invalid);
    InviteeContactNote undated = note;
    undated.date = QDate();
    QCOMPARE(invitees.addContactNote(&undated).kind(), StoreError::Kind::Invalid);
    QList<InviteeContactNote> notes;
    CG_VERIFY_OK(invitees.contactNotes(dmId, &notes));
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.first().note, QStringLiteral("Left a message"));
    QCOMPARE(notes.last().userName, QStringLiteral("Jo Mercer"));

    // Removing an invitee removes their notes.
    CG_VERIFY_OK(invitees.remove(dmId));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM invitee_contacts")).toInt(), 0);
    QCOMPARE(invitees.remove(dmId).kind(), StoreError::Kind::NotFound);
}

void TestDirectoryRepository::independenceCheck()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    Directory d;
    QString why;
    QVERIFY2(makeDirectory(db, &d, &why), qPrintable(why));
    const qint64 caseId = makeCase(db, d.council.id, false);
    QVERIFY(caseId > 0);
    User mediator;
    mediator.username = QStringLiteral("jo.mercer");
    mediator.displayName = QStringLiteral("Jo Mercer");
    mediator.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(db).add(&mediator));
    ConflictOfInterestRepository links(db);
    QList<ValidationProblem> warnings;
    CG_VERIFY_OK(links.checkIndependence(caseId, mediator.id, &warnings));
    QVERIFY(warnings.isEmpty());

    // A link to the SEND team: not on the case until one of its people is invited.
    ConflictOfInterest team;
    team.userId = mediator.id;
    team.organisationId = d.sendTeam.id;
    team.nature = QStringLiteral("Worked there until 2024");
    CG_VERIFY_OK(links.add(&team));
    CG_VERIFY_OK(links.checkIndependence(caseId, mediator.id, &warnings));
    QVERIFY(warnings.isEmpty());
    qint64 inviteeId = 0;
    CG_VERIFY_OK(InviteeRepository(db).addFromContact(caseId, d.officer.id, std::nullopt, &inviteeId));
    CG_VERIFY_OK(links.checkIndependence(caseId, mediator.id, &warnings));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().message.contains(QStringLiteral("Northmoor SEND Team")));
    QVERIFY(warnings.first().message.contains(QStringLiteral("Worked there until 2024")));

    // The school named on the case, and the council itself.
    ConflictOfInterest school;
    school.userId = mediator.id;
    school.organisationId = d.school.id;
    school.nature = QStringLiteral("Governor");
    CG_VERIFY_OK(links.add(&school));
    ConflictOfInterest council;
    council.userId = mediator.id;
    council.councilId = d.council.id;
    council.nature = QStringLiteral("Employed as an educational psychologist");
    CG_VERIFY_OK(links.add(&council));
    CG_VERIFY_OK(links.checkIndependence(caseId, mediator.id, &warnings));
    QCOMPARE(warnings.size(), 3);

    // Exactly one target, and a description.
    ConflictOfInterest two = council;
    two.organisationId = d.school.id;
    QCOMPARE(links.add(&two).kind(), StoreError::Kind::Invalid);
    ConflictOfInterest vague = school;
    vague.nature.clear();
    QCOMPARE(links.add(&vague).kind(), StoreError::Kind::Invalid);
    QList<ConflictOfInterest> recorded;
    CG_VERIFY_OK(links.listForUser(mediator.id, &recorded));
    QCOMPARE(recorded.size(), 3);
    QCOMPARE(recorded.last().linkedName, QStringLiteral("Northmoor Borough Council"));
}

// Reg 38 (rules/README.md section 3, "Who may attend"): each invitee's basis
// is stored, defaults from the role, and the store refuses a second supporter.
void TestDirectoryRepository::attendanceBasisAndOneSupporter()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    Directory d;
    QString why;
    QVERIFY2(makeDirectory(db, &d, &why), qPrintable(why));
    const qint64 caseId = makeCase(db, d.council.id, true); // sections F and G
    QVERIFY(caseId > 0);
    InviteeRepository invitees(db);

    // The parent taken at intake is a party; the decision-maker too.
    QList<Invitee> list;
    CG_VERIFY_OK(invitees.listForCase(caseId, &list));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().basis, std::optional<AttendanceBasis>(AttendanceBasis::Party));
    qint64 dmId = 0;
    CG_VERIFY_OK(invitees.addFromContact(caseId, d.decisionMaker.id, std::nullopt, &dmId));
    // The SENDIASS adviser from the directory: the family's supporter by default.
    qint64 adviserId = 0;
    CG_VERIFY_OK(invitees.addFromContact(caseId, d.adviser.id, std::nullopt, &adviserId));
    Invitee adviser;
    CG_VERIFY_OK(invitees.find(adviserId, &adviser));
    QCOMPARE(adviser.basis, std::optional<AttendanceBasis>(AttendanceBasis::Supporter));
    QCOMPARE(scalar(db, QStringLiteral("SELECT attendance_basis FROM invitees WHERE id = ?"), {adviserId})
                 .toString(),
             QStringLiteral("supporter"));

    // An advocate added after: "anyone else" by default, not refused.
    Invitee advocate;
    advocate.caseId = caseId;
    advocate.displayName = QStringLiteral("Rhiannon Vale");
    advocate.role = InviteeRole::Advocate;
    CG_VERIFY_OK(invitees.add(&advocate));
    QCOMPARE(advocate.basis, std::optional<AttendanceBasis>(AttendanceBasis::Other));
    // Made the supporter: refused with the reason, and nothing changed.
    Invitee second = advocate;
    second.basis = AttendanceBasis::Supporter;
    second.notes = QStringLiteral("A solicitor");
    StoreError refused = invitees.update(second);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("only one supporter")), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(adviser.displayName), qPrintable(refused.message()));
    Invitee read;
    CG_VERIFY_OK(invitees.find(advocate.id, &read));
    QCOMPARE(read.basis, std::optional<AttendanceBasis>(AttendanceBasis::Other));
    QVERIFY(read.notes.isEmpty());
    // Nor added as a second supporter.
    Invitee lawyer;
    lawyer.caseId = caseId;
    lawyer.displayName = QStringLiteral("Idris Penhale");
    lawyer.role = InviteeRole::Supporter;
    lawyer.basis = AttendanceBasis::Supporter;
    QCOMPARE(invitees.add(&lawyer).kind(), StoreError::Kind::Invalid);
    QCOMPARE(lawyer.id, 0);

    // The adviser declines: the place is free, and the advocate (a lawyer may be) takes it.
    adviser.status = InviteeStatus::Declined;
    CG_VERIFY_OK(invitees.update(adviser));
    CG_VERIFY_OK(invitees.update(second));
    CG_VERIFY_OK(invitees.find(advocate.id, &read));
    QCOMPARE(read.basis, std::optional<AttendanceBasis>(AttendanceBasis::Supporter));
    // Read again after saving, as the screen does: the next save is over this one (row version).
    CG_VERIFY_OK(invitees.find(adviser.id, &adviser));
    // The adviser cannot come back as a second supporter while the advocate is one.
    adviser.status = InviteeStatus::Confirmed;
    QCOMPARE(invitees.update(adviser).kind(), StoreError::Kind::Invalid);
    adviser.basis = AttendanceBasis::Other;
    adviser.mediatorConsentDate = QDate(2026, 11, 22); // the parties did not agree
    CG_VERIFY_OK(invitees.update(adviser));

    // A row saved before schema 20 has no basis: its role gives one, and counts.
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO invitees (case_id, display_name, role, status, created_at) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(caseId);
    insert.addBindValue(QStringLiteral("Bryn Aske"));
    insert.addBindValue(QStringLiteral("supporter"));
    insert.addBindValue(QStringLiteral("confirmed"));
    insert.addBindValue(SqlValues::now());
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    InviteeRules::CaseInvitees input;
    CG_VERIFY_OK(invitees.caseInvitees(caseId, &input));
    QCOMPARE(input.invitees.size(), 5);
    QVERIFY(!input.invitees.last().basis);
    QCOMPARE(InviteeRules::basisOf(input.invitees.last(), input), AttendanceBasis::Supporter);
    QList<ValidationProblem> problems = InviteeRules::check(input, InviteeRules::Step::MarkMeetingHeld);
    QStringList fields;
    for (const ValidationProblem& problem : problems)
        fields << problem.field;
    QVERIFY2(fields.contains(QStringLiteral("invitees.supporter")), qPrintable(fields.join(',')));
    // The adviser, anyone else with the mediator's consent, raises no consent problem.
    QCOMPARE(fields.count(QStringLiteral("invitees.consent")), 0);
}

QTEST_GUILESS_MAIN(TestDirectoryRepository)
#include "tst_directoryrepository.moc"
