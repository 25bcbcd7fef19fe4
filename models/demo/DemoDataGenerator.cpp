#include "demo/DemoDataGenerator.h"

#include "demo/DemoCertificateIssuer.h"
#include "demo/DemoDirectory.h"
#include "demo/DemoInsert.h"
#include "demo/DemoRandom.h"
#include "demo/DemoTasks.h"
#include "domain/OfficeTime.h"
#include "rules/CaseDeadlines.h"
#include "rules/CertificateRules.h"
#include "rules/StageMachine.h"
#include "store/access/BulkInsertAudit.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/CaseSearchIndex.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <memory>

DemoDataGenerator::DemoDataGenerator(QSqlDatabase db, BankHolidayCalendar calendar, quint32 seed)
    : m_db(std::move(db)), m_calendar(std::move(calendar)), m_seed(seed)
{}

qint64 DemoDataGenerator::countCases(StoreError* error) const
{
    StoreQuery query(m_db);
    if (StoreError failed = query.execDirectOne(QStringLiteral("SELECT COUNT(*) FROM cases"),
                                                QStringLiteral("Could not count the cases"))) {
        *error = failed;
        return -1;
    }
    return query.value(0).toLongLong();
}

StoreError DemoDataGenerator::generateIfEmpty(int caseCount, const QDate& today, bool* generated)
{
    if (generated)
        *generated = false;
    StoreError error;
    const qint64 existing = countCases(&error);
    if (existing < 0)
        return error;
    if (existing > 0)
        return {};
    error = generate(caseCount, today);
    if (generated)
        *generated = error.ok();
    return error;
}

StoreError DemoDataGenerator::generate(int caseCount, const QDate& today)
{
    const QString context = QStringLiteral("Could not write the demo data");
    if (caseCount < 0)
        return StoreError::invalid(QStringLiteral("The number of cases cannot be negative."));
    StoreError countError;
    const qint64 existing = countCases(&countError);
    if (existing < 0)
        return countError;
    if (existing > 0)
        return StoreError::invalid(
            QStringLiteral("This database already holds cases. Demo data goes only into a new, "
                           "empty database, so that it never mixes with real cases."));
    DemoRandom random(m_seed);
    const QVariant now = SqlValues::now();
    // A stage moved today is recorded at 10:30, or now if that is still to come.
    const QDateTime latestMove = QDateTime::currentDateTimeUtc();
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariant noDate(QMetaType::fromType<QDate>());
    const QVariant noId(QMetaType::fromType<qint64>());
    const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
    const QString returning = dialect.returningIdClause();
    using DemoInsert::run;

    // Who uses the program, the councils with their services and schools, and
    // the venues: in the first batch's transaction, so that a load that fails
    // before any batch is whole leaves the database empty, as it was.
    // The bulk tables are audited a batch at a time (BulkInsertAudit says why
    // and what is kept); the directory's users, councils, schools and venues
    // row by row, as always.
    BulkInsertAudit audit(m_db, {QStringLiteral("people"), QStringLiteral("cases"),
                                 QStringLiteral("case_plan_sections"), QStringLiteral("activities"),
                                 QStringLiteral("meetings"), QStringLiteral("meeting_mediators"),
                                 QStringLiteral("invitees"), QStringLiteral("meeting_invitees")});
    if (StoreError error = audit.start())
        return error;
    auto transaction = std::make_unique<WriteTransaction>(m_db);
    if (transaction->beginError())
        return transaction->beginError();
    if (StoreError error = audit.beginBatch())
        return error;
    DemoDirectory directory;
    if (StoreError error = directory.write(m_db, random, now))
        return error;
    const QList<qint64>& caseworkers = directory.caseworkers();
    const QList<qint64>& mediators = directory.mediators();
    const QList<DemoDirectory::CouncilRow>& councils = directory.councils();
    const QList<qint64>& venues = directory.venues();

    // The cases.
    StoreQuery addPerson(
        m_db, QStringLiteral(
                  "INSERT INTO people (given_name, family_name, date_of_birth, phone, email, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)") +
                  returning);
    StoreQuery addCase(
        m_db, QStringLiteral("INSERT INTO cases (reference, council_id, route, stage, child_id, "
                             "parent_id, referrer_kind, school_id, "
                             "decision_type, decision_notice_date, disagreement_subject, "
                             "other_parties, enquiry_date, enquiry_channel, "
                             "information_given_date, mediation_requested_date, not_pursuing_date, "
                             "meeting_held_date, no_meeting_date, "
                             "caseworker_id, mediator_id, closed_date, closed_reason, next_deadline, "
                             "next_deadline_kind, created_at, "
                             "updated_at, council_told_date, health_only_icb, icb_told_date) VALUES (?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "") +
                  returning);
    StoreQuery addSection(m_db,
                          QStringLiteral("INSERT INTO case_plan_sections (case_id, section) VALUES (?, ?)"));
    StoreQuery addActivity(
        m_db, QStringLiteral("INSERT INTO activities (case_id, occurred_at, kind, author_id, summary, "
                             "confidential, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    StoreQuery addMeeting(
        m_db,
        QStringLiteral(
            "INSERT INTO meetings (case_id, kind, starts_at, ends_at, mode, platform, link, "
            "venue_id, status, outcome, uid, sequence, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, 0, ?) "
            "") +
            returning);
    StoreQuery addMediator(
        m_db, QStringLiteral("INSERT INTO meeting_mediators (meeting_id, user_id) VALUES (?, ?)"));
    StoreQuery setCaseMediator(m_db, QStringLiteral("UPDATE cases SET mediator_id = ? WHERE id = ?"));

    const DeadlineCalculator calculator(m_calendar);
    const CaseDeadlines deadlines(calculator);
    QMap<int, int> referenceNumbers; // year -> last number
    QSet<QString> bookedSlots;       // mediator or venue, day, hour
    const QList<DecisionType> decisions = allDecisionTypes();
    const QList<PlanSection> sections = allPlanSections();

    StoreQuery counter(m_db, QStringLiteral("INSERT INTO counters (name, value) VALUES (?, ?) "
                                            "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    // Invitees on cases whose meeting is being arranged or is over: the
    // parent, the council's decision-maker and the school's SENCO; then every
    // invitee of a case is asked to its meeting (at a held one, they came).
    // Each for the cases of one batch, from its first case's id on.
    const QString meetingStages = QStringLiteral(" WHERE c.stage IN ('meeting_arranged', 'meeting_held', "
                                                 "'all_willing', 'meeting_booked', 'outcome_recorded') "
                                                 "AND c.id >= ?");
    QList<std::shared_ptr<StoreQuery>> inviteeInserts;
    for (const QString& statement :
         {QStringLiteral(
              "INSERT INTO invitees (case_id, person_id, display_name, role, status, created_at) "
              "SELECT c.id, p.id, p.given_name || ' ' || p.family_name, 'parent_carer', 'confirmed', "
              "c.created_at FROM cases c JOIN people p ON p.id = c.parent_id"),
          QStringLiteral(
              "INSERT INTO invitees (case_id, contact_id, display_name, role, status, willing, "
              "created_at) SELECT c.id, ct.id, ct.given_name || ' ' || ct.family_name, "
              "'council_decision_maker', 'confirmed', CASE WHEN c.route = 'disagreement_resolution' "
              "THEN 1 END, c.created_at FROM cases c JOIN organisations o ON o.council_id = c.council_id "
              "AND o.kind = 'council_send' JOIN contacts ct ON ct.organisation_id = o.id "
              "AND ct.is_decision_maker = 1"),
          QStringLiteral("INSERT INTO invitees (case_id, contact_id, display_name, role, status, willing, "
                         "created_at) SELECT c.id, ct.id, ct.given_name || ' ' || ct.family_name, "
                         "'school_representative', 'invited', CASE WHEN c.route = 'disagreement_resolution' "
                         "THEN 1 END, c.created_at FROM cases c JOIN contacts ct ON ct.organisation_id = "
                         "c.school_id")})
        inviteeInserts << std::make_shared<StoreQuery>(m_db, statement + meetingStages);
    inviteeInserts << std::make_shared<StoreQuery>(
        m_db, QStringLiteral("INSERT INTO meeting_invitees (meeting_id, invitee_id, attendance) "
                             "SELECT m.id, i.id, CASE WHEN m.status = 'held' THEN 'attended' "
                             "ELSE 'expected' END FROM meetings m JOIN invitees i ON i.case_id = m.case_id "
                             "WHERE m.case_id >= ?"));
    CaseSearchIndex searchIndex(m_db);
    QList<qint64> batchCases;
    // Ends the batch of `batchCases`: their reference counters, invitees and
    // search entries, then the commit, so that a batch is whole or absent.
    const auto endBatch = [&]() -> StoreError {
        for (auto it = referenceNumbers.cbegin(); it != referenceNumbers.cend(); ++it) {
            if (StoreError error =
                    run(counter, {QStringLiteral("case-reference-%1").arg(it.key()), it.value()}))
                return error;
        }
        if (!batchCases.isEmpty()) {
            for (const std::shared_ptr<StoreQuery>& insert : inviteeInserts) {
                if (StoreError error = run(*insert, {batchCases.constFirst()}))
                    return error;
            }
        }
        for (qint64 id : std::as_const(batchCases)) {
            if (StoreError error = searchIndex.add(id))
                return error;
        }
        batchCases.clear();
        if (StoreError error = audit.recordBatch())
            return error;
        StoreError error = transaction->commit();
        transaction.reset();
        return error;
    };

    for (int n = 0; n < caseCount; ++n) {
        if (!transaction) {
            transaction = std::make_unique<WriteTransaction>(m_db);
            if (transaction->beginError())
                return transaction->beginError();
            if (StoreError error = audit.beginBatch())
                return error;
        }
        CaseDetails details;
        Referral& r = details.referral;
        const DemoDirectory::CouncilRow& council =
            councils.at(random.between(0, static_cast<int>(councils.size()) - 1));
        details.council = council.council;
        r.route = random.chance(72) ? Route::Mediation : Route::DisagreementResolution;
        r.enquiryDate = today.addDays(-random.between(0, 150));
        const bool youngPerson = random.chance(9);
        r.referrerKind = youngPerson ? ReferrerKind::YoungPerson : ReferrerKind::Parent;
        const QDate birth =
            youngPerson ? r.enquiryDate.addYears(-random.between(16, 24)).addDays(-random.between(0, 360))
                        : r.enquiryDate.addYears(-random.between(3, 15)).addDays(-random.between(0, 360));
        const QString family = random.familyName();
        qint64 childId = 0;
        if (StoreError error =
                run(addPerson, {random.givenName(), family, birth, noText, noText, now}, &childId))
            return error;
        QVariant parentId = noId;
        if (!youngPerson) {
            qint64 id = 0;
            const QString given = random.givenName();
            if (StoreError error =
                    run(addPerson,
                        {given, family, noDate,
                         QStringLiteral("07700 900%1").arg(random.between(0, 999), 3, 10, QLatin1Char('0')),
                         given.toLower() + QStringLiteral("@mail.example"), now},
                        &id))
                return error;
            parentId = id;
        }

        // Meetings fall on working days.
        const auto nextWorkingDay = [this](QDate day) {
            while (!m_calendar.isWorkingDay(day))
                day = day.addDays(1);
            return day;
        };
        // Walk the case along its route until the next step would be after today.
        QDate date = r.enquiryDate;
        auto step = [&](int low, int high) {
            const QDate next = date.addDays(random.between(low, high));
            if (next > today)
                return false;
            date = next;
            return true;
        };
        QList<QPair<CaseStage, QDate>> history{{StageMachine::initialStage(r.route), r.enquiryDate}};
        auto reach = [&](CaseStage stage) {
            history.append({stage, date});
        };
        QDate meetingAt;
        bool meetingHeld = false;
        if (r.route == Route::Mediation) {
            r.decisionType = decisions.at(random.between(0, static_cast<int>(decisions.size()) - 1));
            r.decisionNoticeDate = r.enquiryDate.addDays(-random.between(2, random.chance(8) ? 80 : 55));
            if (r.decisionType == DecisionType::PlanContent) {
                const int count = random.between(1, 3);
                for (int i = 0; i < count; ++i)
                    r.sections.insert(sections.at(random.between(0, static_cast<int>(sections.size()) - 1)));
            }
            if (step(0, 6)) {
                details.informationGivenDate = date;
                reach(CaseStage::InformationGiven);
                if (random.chance(25)) {
                    if (step(1, 10)) {
                        details.notPursuingDate = date;
                        reach(CaseStage::NotPursuing);
                        if (step(2, 9))
                            reach(CaseStage::Closed);
                    }
                } else if (step(0, 8)) {
                    details.mediationRequestedDate = date;
                    reach(CaseStage::MediationRequested);
                    const QDate requested = date;
                    if (random.chance(10)) {
                        if (step(20, 31)) {
                            details.noMeetingDate = date;
                            reach(CaseStage::NoMeetingInTime);
                            if (step(2, 9))
                                reach(CaseStage::Closed);
                        }
                    } else if (step(2, 9)) {
                        reach(CaseStage::MeetingArranged);
                        meetingAt = nextWorkingDay(requested.addDays(random.between(12, 29)));
                        if (meetingAt <= today) {
                            date = meetingAt;
                            details.meetingHeldDate = date;
                            meetingHeld = true;
                            reach(CaseStage::MeetingHeld);
                            if (step(2, 9))
                                reach(CaseStage::Closed);
                        }
                    }
                }
            }
        } else {
            r.disagreementSubject = random.subject();
            r.otherParties = QStringLiteral("The school; the council's SEND team");
            if (step(1, 6)) {
                reach(CaseStage::PartiesContacted);
                const bool willing = random.chance(80);
                if (step(3, 12)) {
                    reach(willing ? CaseStage::AllWilling : CaseStage::PartyDeclined);
                    if (!willing) {
                        if (step(5, 60))
                            reach(CaseStage::Closed);
                    } else if (step(2, 9)) {
                        reach(CaseStage::MeetingBooked);
                        meetingAt = nextWorkingDay(date.addDays(random.between(7, 21)));
                        if (meetingAt <= today) {
                            date = meetingAt;
                            meetingHeld = true;
                            if (step(0, 3)) {
                                reach(CaseStage::OutcomeRecorded);
                                if (step(10, 90))
                                    reach(CaseStage::Closed);
                            }
                        }
                    }
                }
            }
        }
        details.stage = history.constLast().first;
        if (details.stage == CaseStage::Closed) {
            details.closedDate = history.constLast().second;
            details.closedReason = random.closeReason();
        }
        // What starts the statutory 30 days: the council told on the day the
        // family asked; now and then a case waiting for its meeting is
        // health-only, arranged by the ICB, told two days later (no random
        // draw, so the rest of the demo stays as it was).
        details.thirtyDayStart.councilTold = details.mediationRequestedDate;
        if (n % 13 == 5 && details.mediationRequestedDate.isValid() &&
            (details.stage == CaseStage::MediationRequested || details.stage == CaseStage::MeetingArranged) &&
            details.mediationRequestedDate.addDays(2) <= today) {
            details.thirtyDayStart.healthOnlyIcb = true;
            details.thirtyDayStart.icbTold = details.mediationRequestedDate.addDays(2);
        }
        const std::optional<CaseDeadline> next = details.stage == CaseStage::Closed
                                                     ? std::nullopt
                                                     : deadlines.next(CaseDeadlines::timelineOf(details));

        const int year = r.enquiryDate.year();
        const int number = ++referenceNumbers[year];
        const QString reference =
            QStringLiteral("%1-%2-%3")
                .arg(r.route == Route::Mediation ? QStringLiteral("MED") : QStringLiteral("DR"))
                .arg(year)
                .arg(number, 5, 10, QLatin1Char('0'));
        const qint64 caseworker = caseworkers.at(random.between(0, static_cast<int>(caseworkers.size()) - 1));
        const qint64 mediator = mediators.at(random.between(0, static_cast<int>(mediators.size()) - 1));
        const bool mediation = r.route == Route::Mediation;
        qint64 caseId = 0;
        if (StoreError error = run(
                addCase,
                {reference, council.id, routeToString(r.route), caseStageToString(details.stage), childId,
                 parentId, referrerKindToString(r.referrerKind),
                 council.schools.at(random.between(0, static_cast<int>(council.schools.size()) - 1)),
                 mediation ? QVariant(decisionTypeToString(*r.decisionType)) : noText,
                 SqlValues::date(r.decisionNoticeDate), SqlValues::text(r.disagreementSubject),
                 SqlValues::text(r.otherParties), r.enquiryDate,
                 random.chance(70) ? QStringLiteral("phone") : QStringLiteral("email"),
                 SqlValues::date(details.informationGivenDate),
                 SqlValues::date(details.mediationRequestedDate), SqlValues::date(details.notPursuingDate),
                 SqlValues::date(details.meetingHeldDate), SqlValues::date(details.noMeetingDate), caseworker,
                 // A disagreement resolution case has a mediator once its meeting is arranged.
                 mediation || meetingAt.isValid() ? QVariant(mediator) : noId,
                 SqlValues::date(details.closedDate), SqlValues::text(details.closedReason),
                 SqlValues::date(next ? next->deadline.date() : QDate()),
                 next ? QVariant(next->key()) : noText, now, now,
                 SqlValues::date(details.thirtyDayStart.councilTold),
                 details.thirtyDayStart.healthOnlyIcb ? 1 : 0,
                 SqlValues::date(details.thirtyDayStart.icbTold)},
                &caseId))
            return error;
        batchCases << caseId;
        // A batch ends after its last case, whatever becomes of that case's meeting.
        const bool lastOfBatch = batchCases.size() == m_batchSize || n == caseCount - 1;
        for (const QString& section : r.sections.toStrings()) {
            if (StoreError error = run(addSection, {caseId, section}))
                return error;
        }
        for (const auto& [stage, when] : history) {
            const QString summary = stage == history.constFirst().first
                                        ? QStringLiteral("Referral taken: %1").arg(caseStageTitle(stage))
                                        : QStringLiteral("Moved to %1").arg(caseStageTitle(stage));
            if (StoreError error =
                    run(addActivity, {caseId, std::min(QDateTime(when, QTime(10, 30), Qt::UTC), latestMove),
                                      QStringLiteral("stage_change"), caseworker, summary, 0, now}))
                return error;
        }
        if (meetingAt.isValid()) {
            const bool online = random.chance(55);
            // Meetings are at 10:00 or 13:00 office time and never double-book a
            // mediator or a venue (the rules refuse that).
            const auto key = [&meetingAt](char who, qint64 id, int hour) {
                return QStringLiteral("%1/%2/%3/%4")
                    .arg(QLatin1Char(who))
                    .arg(id)
                    .arg(meetingAt.toJulianDay())
                    .arg(hour);
            };
            int hour = random.chance(50) ? 10 : 13;
            if (bookedSlots.contains(key('m', mediator, hour)))
                hour = hour == 10 ? 13 : 10;
            // The case's mediator is busy all day: a colleague covers the meeting.
            qint64 meetingMediator = mediator;
            for (int i = 0; i < mediators.size() && bookedSlots.contains(key('m', meetingMediator, hour));
                 ++i)
                meetingMediator = mediators.at(i);
            if (bookedSlots.contains(key('m', meetingMediator, hour))) {
                // Every mediator is busy that day: this case's meeting is not on record.
                if (lastOfBatch) {
                    if (StoreError error = endBatch())
                        return error;
                }
                continue;
            }
            qint64 venue = venues.at(random.between(0, static_cast<int>(venues.size()) - 1));
            for (int i = 0; !online && i < venues.size() && bookedSlots.contains(key('v', venue, hour)); ++i)
                venue = venues.at(i);
            bookedSlots.insert(key('m', meetingMediator, hour));
            if (!online)
                bookedSlots.insert(key('v', venue, hour));
            const QDateTime start = QDateTime(meetingAt, QTime(hour, 0), OfficeTime::zone()).toUTC();
            qint64 meetingId = 0;
            if (StoreError error = run(
                    addMeeting,
                    {caseId,
                     mediation ? QStringLiteral("mediation") : QStringLiteral("disagreement_resolution"),
                     start, start.addSecs(3 * 3600),
                     online ? QStringLiteral("online") : QStringLiteral("in_person"),
                     online ? QVariant(QStringLiteral("Microsoft Teams")) : noText,
                     online ? QVariant(QStringLiteral("https://meet.example.org/%1").arg(reference.toLower()))
                            : noText,
                     online ? noId : QVariant(venue),
                     meetingHeld ? QStringLiteral("held") : QStringLiteral("scheduled"),
                     meetingHeld ? QVariant(random.chance(60) ? QStringLiteral("agreed")
                                                              : QStringLiteral("partly_agreed"))
                                 : noText,
                     QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@commonground"),
                     now},
                    &meetingId))
                return error;
            if (StoreError error = run(addMediator, {meetingId, meetingMediator}))
                return error;
            // A colleague who covers the meeting becomes the case's mediator,
            // as booking does, so the meeting is on their calendar.
            if (meetingMediator != mediator) {
                if (StoreError error = run(setCaseMediator, {meetingMediator, caseId}))
                    return error;
            }
        }
        if (lastOfBatch) {
            if (StoreError error = endBatch())
                return error;
        }
    }
    // No cases: the directory alone.
    if (transaction)
        return endBatch();
    return {};
}

StoreError DemoDataGenerator::issueCertificates(const QDate& today, int* issued)
{
    return DemoCertificateIssuer(m_db, m_calendar).issue(today, issued);
}

StoreError DemoDataGenerator::addTasks(const QDate& today, int* added)
{
    return DemoTasks(m_db).add(today, added);
}
