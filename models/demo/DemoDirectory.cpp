#include "demo/DemoDirectory.h"

#include "demo/DemoDataGenerator.h"
#include "demo/DemoInsert.h"
#include "demo/DemoRandom.h"
#include "platform/PasswordHasher.h"
#include "store/infrastructure/SqlDialect.h"

namespace {
struct DemoCouncil
{
    const char* name;
    const char* code;
    const char* clockStart;
};
const DemoCouncil kCouncils[] = {
    {"Northmoor Borough Council", "NMB", "enquiry"},
    {"Eastbrook County Council", "EBC", "mediation_requested"},
    {"Westvale City Council", "WVC", "mediation_requested"},
    {"Harrowfield Metropolitan Borough Council", "HMB", "enquiry"},
    {"Saltmarsh Council", "SMC", "mediation_requested"},
    {"Kingsford and Deane Council", "KDC", "mediation_requested"},
};

struct DemoUser
{
    const char* username;
    const char* name;
    const char* role;
};
const DemoUser kUsers[] = {
    {"sam.okafor", "Sam Okafor", "caseworker"},     {"rhian.bevan", "Rhian Bevan", "caseworker"},
    {"tariq.haddad", "Tariq Haddad", "caseworker"}, {"megan.quinn", "Megan Quinn", "caseworker"},
    {"lewis.pryce", "Lewis Pryce", "caseworker"},   {"ade.balogun", "Adé Balogun", "caseworker"},
    {"jo.mercer", "Jo Mercer", "mediator"},         {"hana.novak", "Hana Novak", "mediator"},
    {"owen.hartley", "Owen Hartley", "mediator"},   {"lucy.fairbairn", "Lucy Fairbairn", "mediator"},
    {"grace.ibekwe", "Grace Ibekwe", "supervisor"}, {"demo", "Demo Administrator", "administrator"},
};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

StoreError DemoDirectory::write(const QSqlDatabase& db, DemoRandom& random, const QVariant& now)
{
    using DemoInsert::run;
    const QVariant noText(QMetaType::fromType<QString>());
    const QString returning = SqlDialect::forDriver(db.driverName()).returningIdClause();
    StoreQuery insert(db);
    insert.setForwardOnly(true);
    // People who use the program.
    insert.prepare(
        QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, created_at) "
                       "VALUES (?, ?, ?, ?, ?)") +
        returning);
    // Every demo user signs in with the same published password, so that a
    // newcomer can try each role. One hash serves them all: hashing is slow on
    // purpose, and this is synthetic data that nobody protects.
    const QByteArray demoHash = PasswordHasher().hash(QString::fromLatin1(DemoDataGenerator::kDemoPassword));
    if (demoHash.isEmpty())
        return StoreError(StoreError::Kind::Io, QStringLiteral("Could not make the demo password."));
    for (const DemoUser& user : kUsers) {
        qint64 id = 0;
        if (StoreError error = run(
                insert,
                {text(user.username), text(user.name), text(user.role), QString::fromLatin1(demoHash), now},
                &id))
            return error;
        if (qstrcmp(user.role, "caseworker") == 0)
            m_caseworkers << id;
        else if (qstrcmp(user.role, "mediator") == 0)
            m_mediators << id;
    }

    // Councils, their schools and services.
    StoreQuery addCouncil(db,
                          QStringLiteral("INSERT INTO councils (name, code, meeting_clock_start, created_at) "
                                         "VALUES (?, ?, ?, ?)") +
                              returning);
    StoreQuery addOrganisation(
        db, QStringLiteral("INSERT INTO organisations (name, kind, council_id, postcode, phone, email, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                returning);
    StoreQuery addContact(
        db, QStringLiteral("INSERT INTO contacts (organisation_id, given_name, family_name, job_title, "
                           "phone, email, is_decision_maker, role, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int phoneSerial = 960000;
    auto phone = [&] {
        return QStringLiteral("01632 %1").arg(phoneSerial++);
    }; // Ofcom's drama range
    for (const DemoCouncil& demo : kCouncils) {
        CouncilRow row;
        row.council.name = text(demo.name);
        row.council.code = text(demo.code);
        row.council.meetingClockStart = meetingClockStartFromString(text(demo.clockStart))
                                            .value_or(MeetingClockStart::MediationRequested);
        if (StoreError error =
                run(addCouncil, {row.council.name, row.council.code, text(demo.clockStart), now}, &row.id))
            return error;
        row.council.id = row.id;
        const QString domain = row.council.code.toLower() + QStringLiteral(".gov.example");
        // Each with the role its people usually take at meetings (the directory's "usual role").
        const struct
        {
            QString name;
            const char* kind;
            const char* role;
        } services[] = {
            {row.council.name + QStringLiteral(" SEND Team"), "council_send", "council_send_officer"},
            {row.council.name.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" SENDIASS"), "sendiass",
             "sendiass_adviser"},
            {row.council.name.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" Integrated Care Board"),
             "icb", "health_representative"},
            {row.council.name + QStringLiteral(" Children's Social Care"), "social_care",
             "social_care_representative"}};
        for (const auto& service : services) {
            qint64 organisationId = 0;
            if (StoreError error = run(addOrganisation,
                                       {service.name, text(service.kind), row.id, noText, phone(),
                                        QStringLiteral("send@") + domain, now},
                                       &organisationId))
                return error;
            const bool council = qstrcmp(service.kind, "council_send") == 0;
            for (int i = 0; i < (council ? 3 : 1); ++i) {
                const QString given = random.givenName();
                const QString family = random.familyName();
                const QString title = council ? (i == 0 ? QStringLiteral("SEND Manager (decision-maker)")
                                                        : QStringLiteral("SEND Caseworker"))
                                              : QStringLiteral("Adviser");
                if (StoreError error =
                        run(addContact, {organisationId, given, family, title, phone(),
                                         given.toLower() + QStringLiteral(".") + QString::number(i) +
                                             QLatin1Char('@') + domain,
                                         council && i == 0 ? 1 : 0,
                                         council && i == 0 ? QStringLiteral("council_decision_maker")
                                                           : text(service.role),
                                         now}))
                    return error;
            }
        }
        for (int s = 0; s < 12; ++s) {
            const QString name = QStringLiteral("%1 %2").arg(
                DemoRandom::schoolStem(s * 7 + m_councils.size() * 3), random.schoolKind());
            qint64 schoolId = 0;
            if (StoreError error =
                    run(addOrganisation,
                        {name, QStringLiteral("school"), row.id, noText, phone(), noText, now}, &schoolId))
                return error;
            row.schools << schoolId;
            if (StoreError error = run(addContact, {schoolId, random.givenName(), random.familyName(),
                                                    QStringLiteral("SENCO"), phone(), noText, 0,
                                                    QStringLiteral("school_representative"), now}))
                return error;
        }
        m_councils << row;
    }
    insert.prepare(
        QStringLiteral(
            "INSERT INTO venues (name, address, accessibility_notes, created_at) VALUES (?, ?, ?, ?) "
            "") +
        returning);
    const struct
    {
        const char* name;
        const char* address;
        const char* access;
    } kVenues[] = {
        {"Brookside Community Centre", "12 Brook Lane, Northmoor",
         "Step-free access; hearing loop in the main hall"},
        {"St Mary's Church Hall", "Church Street, Eastwick", "Two steps at the side door; ramp on request"},
        {"Kingsmead Family Hub", "3 Kingsmead Road, Westvale", "Step-free; quiet room; baby changing"},
        {"Riverside Library Meeting Room", "1 High Street, Southport Vale",
         "Lift to first floor; hearing loop"},
    };
    for (const auto& venue : kVenues) {
        qint64 id = 0;
        if (StoreError error =
                run(insert, {text(venue.name), text(venue.address), text(venue.access), now}, &id))
            return error;
        m_venues << id;
    }
    return {};
}
