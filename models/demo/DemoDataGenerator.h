#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QSqlDatabase>

// Fills an empty database with synthetic cases (invented people, councils,
// schools and dates around today) so a newcomer sees a living system and the
// benchmarks have 200,000 cases to work on. Refuses a database that already
// holds cases: demo data never mixes with real data.
//
// It is the store's one documented bulk path: it writes rows with prepared
// INSERTs rather than through the repositories, which would take hours at a
// million cases, and commits every batch of cases with everything that
// belongs to them (people, activities, meetings, invitees, reference
// counters, search entries), so that a long load neither holds one huge
// transaction nor leaves, when it fails, anything but whole batches. What keeps it from drifting from the
// schema and the rules is tst_demodatagenerator: every case it makes loads
// through CaseRepository, MeetingRepository and InviteeRepository, and
// recomputing every next deadline by the rules changes nothing it stored.
// Certificates go through the register (DemoCertificateIssuer).
class DemoDataGenerator
{
public:
    // The demo database's administrator and the password of every demo user
    // (published in the README and on the sign-in dialog of the demo database).
    static constexpr const char* kDemoUsername = "demo";
    static constexpr const char* kDemoPassword = "commonground";
    // Whom the demo's sign-in suggests: the supervisor, who may do the most
    // with cases and certificates (the administrator only reads cases).
    static constexpr const char* kDemoSupervisor = "grace.ibekwe";

    DemoDataGenerator(QSqlDatabase db, BankHolidayCalendar calendar, quint32 seed = 20261123);

    // Cases committed together; the last batch may be smaller.
    static constexpr int kDefaultBatchSize = 5000;
    void setBatchSize(int cases) { m_batchSize = cases > 0 ? cases : kDefaultBatchSize; }

    StoreError generate(int cases, const QDate& today);
    // The same, but a database that already holds cases is left as it is
    // (the desktop program's --demo opens its demo database this way);
    // *generated (optional) says whether it made the cases.
    StoreError generateIfEmpty(int cases, const QDate& today, bool* generated = nullptr);
    // Gives the demo provider its letterhead and issues the certificates the
    // generated cases were due before `today`, on their due dates, leaving
    // every fifth one undone so the Certificates screen shows overdue work.
    // Makes PDFs, so it needs a QGuiApplication.
    StoreError issueCertificates(const QDate& today, int* issued);
    // A few tasks on open cases for the demo mediator and supervisor, due
    // around `today` (DemoTasks). *added counts them.
    StoreError addTasks(const QDate& today, int* added);

private:
    // How many cases the database holds, or -1 with *error set.
    qint64 countCases(StoreError* error) const;

    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
    quint32 m_seed;
    int m_batchSize = kDefaultBatchSize;
};
