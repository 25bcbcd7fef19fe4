#include "rules/CaseImportRules.h"

#include "rules/CertificateRules.h"
#include "rules/StageMachine.h"

namespace {
// Every stage a case on this route can reach from its first.
QList<CaseStage> stagesOf(Route route)
{
    QList<CaseStage> seen{StageMachine::initialStage(route)};
    QList<CaseStage> queue{StageMachine::initialStage(route)};
    while (!queue.isEmpty()) {
        const CaseStage from = queue.takeFirst();
        for (CaseStage to : StageMachine::movesFrom(route, from)) {
            if (!seen.contains(to)) {
                seen.append(to);
                queue.append(to);
            }
        }
    }
    return seen;
}

// Every stage a case on this route can reach from `from`, `from` included.
QList<CaseStage> reachableFrom(Route route, CaseStage from)
{
    QList<CaseStage> seen{from};
    QList<CaseStage> queue{from};
    while (!queue.isEmpty()) {
        const CaseStage stage = queue.takeFirst();
        for (CaseStage to : StageMachine::movesFrom(route, stage)) {
            if (!seen.contains(to)) {
                seen.append(to);
                queue.append(to);
            }
        }
    }
    return seen;
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

namespace CaseImportRules {

std::optional<ImportProblem> readRoute(const QString& text, Route* route)
{
    const QString key = text.trimmed().toLower();
    const QString column = QStringLiteral("route");
    if (key.isEmpty())
        return ImportProblem{column,
                             QStringLiteral("give the route: mediation or disagreement_resolution (an empty "
                                            "cell is not taken to mean mediation)")};
    if (const auto parsed = routeFromString(key)) {
        *route = *parsed;
        return std::nullopt;
    }
    return ImportProblem{
        column, QStringLiteral("'%1' is not mediation or disagreement_resolution").arg(text.trimmed())};
}

bool parseDate(const QString& text, QDate* date)
{
    const QString trimmed = text.trimmed();
    *date = QDate();
    if (trimmed.isEmpty())
        return true;
    *date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date->isValid())
        *date = QDate::fromString(trimmed, QStringLiteral("d/M/yyyy"));
    return date->isValid() && date->year() >= 1900 && date->year() <= 2199;
}

QList<ImportProblem> readCertificates(const QString& parts, const QString& numbers, const QString& dates,
                                      const ImportedCaseStage& c, const QDate& today,
                                      QList<ImportedCertificate>* certificates)
{
    certificates->clear();
    const QString partColumn = QStringLiteral("certificate_part");
    const QString numberColumn = QStringLiteral("certificate_number");
    const QString dateColumn = QStringLiteral("certificate_issued_on");
    auto split = [](const QString& text) {
        QStringList items = text.split(QLatin1Char(';'));
        for (QString& item : items)
            item = item.trimmed();
        if (items.size() == 1 && items.first().isEmpty())
            items.clear();
        return items;
    };
    const QStringList partItems = split(parts);
    const QStringList numberItems = split(numbers);
    const QStringList dateItems = split(dates);
    QList<ImportProblem> problems;
    if (partItems.isEmpty() && numberItems.isEmpty() && dateItems.isEmpty())
        return problems;
    if (partItems.size() != numberItems.size() || partItems.size() != dateItems.size()) {
        problems << ImportProblem{partColumn,
                                  QStringLiteral("give each certificate's Part, number and date of issue (%1 "
                                                 "Parts, %2 numbers, %3 dates; several are separated by ';')")
                                      .arg(partItems.size())
                                      .arg(numberItems.size())
                                      .arg(dateItems.size())};
        return problems;
    }
    if (c.route != Route::Mediation) {
        problems << ImportProblem{partColumn,
                                  QStringLiteral("mediation certificates are for the mediation "
                                                 "route only; leave the certificate columns empty")};
        return problems;
    }
    QList<ImportedCertificate> read;
    QStringList seenNumbers;
    for (int i = 0; i < partItems.size(); ++i) {
        ImportedCertificate certificate;
        bool number = false;
        const std::optional<CertificatePart> part = certificatePartFromInt(partItems.at(i).toInt(&number));
        if (!number || !part) {
            problems << ImportProblem{partColumn,
                                      QStringLiteral("'%1' is not 1, 2 or 3").arg(partItems.at(i))};
            continue;
        }
        certificate.part = *part;
        certificate.number = numberItems.at(i);
        if (certificate.number.isEmpty())
            problems << ImportProblem{
                numberColumn,
                QStringLiteral("give the number of the %1 certificate").arg(certificatePartName(*part))};
        else if (seenNumbers.contains(certificate.number, Qt::CaseInsensitive))
            problems << ImportProblem{numberColumn,
                                      QStringLiteral("%1 is given twice").arg(certificate.number)};
        seenNumbers << certificate.number;
        for (const ImportedCertificate& earlier : std::as_const(read)) {
            if (earlier.part == *part)
                problems << ImportProblem{partColumn, QStringLiteral("%1 is given twice; a voided "
                                                                     "certificate is not imported")
                                                          .arg(certificatePartName(*part))};
        }
        if (!parseDate(dateItems.at(i), &certificate.issued) || !certificate.issued.isValid()) {
            problems << ImportProblem{
                dateColumn,
                QStringLiteral("'%1' is not a date; write it as 2026-11-23").arg(dateItems.at(i))};
            continue;
        }
        QString event;
        QString eventColumn;
        switch (*part) {
        case CertificatePart::Part1:
            certificate.trigger = c.notPursuingDate;
            event = QStringLiteral("the family did not pursue mediation");
            eventColumn = QStringLiteral("not_pursuing_on");
            break;
        case CertificatePart::Part2:
            certificate.trigger = c.meetingHeldDate;
            event = QStringLiteral("mediation took place");
            eventColumn = QStringLiteral("meeting_held_on");
            break;
        case CertificatePart::Part3:
            certificate.trigger = c.noMeetingDate;
            event = QStringLiteral("mediation could not take place in time");
            eventColumn = QStringLiteral("no_meeting_on");
            break;
        }
        if (!certificate.trigger.isValid()) {
            problems << ImportProblem{partColumn,
                                      QStringLiteral("a %1 certificate follows the day %2; give %3")
                                          .arg(certificatePartName(*part), event, eventColumn)};
            continue;
        }
        const QString dateProblem =
            CertificateRules::issueDateProblem(*part, certificate.trigger, certificate.issued, today);
        if (!dateProblem.isEmpty())
            problems << ImportProblem{dateColumn, dateProblem};
        read << certificate;
    }
    if (problems.isEmpty())
        *certificates = read;
    return problems;
}

std::optional<ImportProblem> readReferrer(const QString& text, ReferrerKind* kind)
{
    const QString key = text.trimmed().toLower();
    const QString column = QStringLiteral("referrer");
    if (key.isEmpty())
        return ImportProblem{column, QStringLiteral("give who referred: parent, young_person or professional "
                                                    "(an empty cell is not taken to mean a parent)")};
    if (const auto parsed = referrerKindFromString(key)) {
        *kind = *parsed;
        return std::nullopt;
    }
    return ImportProblem{
        column, QStringLiteral("'%1' is not parent, young_person or professional").arg(text.trimmed())};
}

QList<ImportProblem> checkUpdate(const ImportedCaseStage& current, const ImportedCaseStage& row,
                                 bool stageGiven, const QDate& today, ImportedCaseStage* merged)
{
    QList<ImportProblem> problems;
    ImportedCaseStage m = current;
    m.route = row.route;
    m.enquiryDate = row.enquiryDate.isValid() ? row.enquiryDate : current.enquiryDate;
    struct Pair
    {
        const char* column;
        QDate ImportedCaseStage::*date;
    };
    static const Pair dates[] = {{"information_given_on", &ImportedCaseStage::informationGivenDate},
                                 {"mediation_requested_on", &ImportedCaseStage::mediationRequestedDate},
                                 {"not_pursuing_on", &ImportedCaseStage::notPursuingDate},
                                 {"meeting_held_on", &ImportedCaseStage::meetingHeldDate},
                                 {"no_meeting_on", &ImportedCaseStage::noMeetingDate},
                                 {"closed_on", &ImportedCaseStage::closedDate}};
    for (const Pair& pair : dates) {
        const QDate& had = current.*pair.date;
        const QDate& given = row.*pair.date;
        if (!given.isValid())
            continue;
        if (had.isValid() && had != given)
            problems.append({QString::fromLatin1(pair.column),
                             QStringLiteral("the case has %1; an import does not change a date the case "
                                            "has (correct it in the program, or give %1)")
                                 .arg(iso(had))});
        else
            m.*pair.date = given;
    }
    if (!row.closedReason.trimmed().isEmpty())
        m.closedReason = row.closedReason;
    if (stageGiven && row.stage != current.stage) {
        if (current.stage == CaseStage::Closed)
            problems.append({QStringLiteral("stage"),
                             QStringLiteral("the case is closed; reopen it in the program, or leave the "
                                            "stage 'closed'")});
        else if (!reachableFrom(current.route, current.stage).contains(row.stage))
            problems.append({QStringLiteral("stage"),
                             QStringLiteral("the case is at '%1' and cannot go back to '%2'; give '%1' or a "
                                            "later stage")
                                 .arg(caseStageToString(current.stage), caseStageToString(row.stage))});
        else
            m.stage = row.stage;
    }
    *merged = m;
    if (problems.isEmpty())
        problems = check(m, today);
    return problems;
}

CaseStage closedFrom(const ImportedCaseStage& c)
{
    if (c.route != Route::Mediation)
        return StageMachine::initialStage(c.route);
    if (c.meetingHeldDate.isValid())
        return CaseStage::MeetingHeld;
    if (c.noMeetingDate.isValid())
        return CaseStage::NoMeetingInTime;
    if (c.notPursuingDate.isValid())
        return CaseStage::NotPursuing;
    if (c.mediationRequestedDate.isValid())
        return CaseStage::MediationRequested;
    if (c.informationGivenDate.isValid())
        return CaseStage::InformationGiven;
    return CaseStage::Enquiry;
}

// rules/README.md section 8, "Cases imported".
QList<ImportProblem> check(const ImportedCaseStage& c, const QDate& today)
{
    QList<ImportProblem> problems;
    const QString stageKey = caseStageToString(c.stage);
    if (!stagesOf(c.route).contains(c.stage)) {
        problems.append(
            {QStringLiteral("stage"),
             QStringLiteral("'%1' is not a stage of the %2 route").arg(stageKey, routeToString(c.route))});
        return problems;
    }
    struct Dated
    {
        const char* column;
        QDate date;
    };
    const QList<Dated> mediationDates{{"information_given_on", c.informationGivenDate},
                                      {"mediation_requested_on", c.mediationRequestedDate},
                                      {"not_pursuing_on", c.notPursuingDate},
                                      {"meeting_held_on", c.meetingHeldDate},
                                      {"no_meeting_on", c.noMeetingDate}};
    if (c.route != Route::Mediation) {
        for (const Dated& dated : mediationDates) {
            if (dated.date.isValid())
                problems.append(
                    {QString::fromLatin1(dated.column),
                     QStringLiteral("a disagreement resolution case has no such date; leave it empty")});
        }
    }
    // The dates the stage rests on (a closed case: those of the stage it closed from).
    const CaseStage standing = c.stage == CaseStage::Closed ? closedFrom(c) : c.stage;
    auto need = [&](const char* column, const QDate& date) {
        if (!date.isValid())
            problems.append({QString::fromLatin1(column),
                             QStringLiteral("give the date: the stage '%1' needs it").arg(stageKey)});
    };
    switch (standing) {
    case CaseStage::InformationGiven:
        need("information_given_on", c.informationGivenDate);
        break;
    case CaseStage::NotPursuing:
        need("information_given_on", c.informationGivenDate);
        need("not_pursuing_on", c.notPursuingDate);
        break;
    case CaseStage::MediationRequested:
    case CaseStage::MeetingArranged:
        need("mediation_requested_on", c.mediationRequestedDate);
        break;
    case CaseStage::MeetingHeld:
        need("mediation_requested_on", c.mediationRequestedDate);
        need("meeting_held_on", c.meetingHeldDate);
        break;
    case CaseStage::NoMeetingInTime:
        need("mediation_requested_on", c.mediationRequestedDate);
        need("no_meeting_on", c.noMeetingDate);
        break;
    default:
        break;
    }
    // A date of a stage the case has not reached says the stage is wrong.
    if (c.stage != CaseStage::Closed && c.route == Route::Mediation) {
        auto notYet = [&](const char* column, const QDate& date, bool reached) {
            if (date.isValid() && !reached)
                problems.append(
                    {QString::fromLatin1(column),
                     QStringLiteral("the stage '%1' comes before this date's; correct the stage or "
                                    "leave the date empty")
                         .arg(stageKey)});
        };
        const CaseStage s = c.stage;
        const bool requested = s == CaseStage::MediationRequested || s == CaseStage::MeetingArranged ||
                               s == CaseStage::MeetingHeld || s == CaseStage::NoMeetingInTime;
        notYet("information_given_on", c.informationGivenDate, s != CaseStage::Enquiry);
        notYet("mediation_requested_on", c.mediationRequestedDate, requested);
        notYet("not_pursuing_on", c.notPursuingDate, s == CaseStage::NotPursuing);
        notYet("meeting_held_on", c.meetingHeldDate, s == CaseStage::MeetingHeld);
        notYet("no_meeting_on", c.noMeetingDate, s == CaseStage::NoMeetingInTime);
    }
    if (c.notPursuingDate.isValid() && c.mediationRequestedDate.isValid())
        problems.append({QStringLiteral("not_pursuing_on"),
                         QStringLiteral("a family that asked for mediation did not decline it; give only one "
                                        "of not_pursuing_on and mediation_requested_on")});
    if (c.meetingHeldDate.isValid() && c.noMeetingDate.isValid())
        problems.append({QStringLiteral("no_meeting_on"),
                         QStringLiteral("a meeting was held; leave no_meeting_on empty")});
    if (c.stage == CaseStage::Closed) {
        need("closed_on", c.closedDate);
        if (c.closedReason.trimmed().isEmpty())
            problems.append({QStringLiteral("closed_reason"), QStringLiteral("say why the case closed")});
    } else if (c.closedDate.isValid() || !c.closedReason.trimmed().isEmpty()) {
        problems.append(
            {c.closedDate.isValid() ? QStringLiteral("closed_on") : QStringLiteral("closed_reason"),
             QStringLiteral("only a closed case has one; set the stage to 'closed' or leave it "
                            "empty")});
    }
    // In order: the enquiry first, each stage after the one it follows, the
    // close last, and nothing after today.
    auto order = [&](const char* column, const QDate& date, const char* earlierColumn, const QDate& earlier) {
        if (date.isValid() && earlier.isValid() && date < earlier)
            problems.append({QString::fromLatin1(column),
                             QStringLiteral("%1 is before %2 (%3)")
                                 .arg(iso(date), QString::fromLatin1(earlierColumn), iso(earlier))});
    };
    for (const Dated& dated : mediationDates)
        order(dated.column, dated.date, "enquiry_date", c.enquiryDate);
    order("not_pursuing_on", c.notPursuingDate, "information_given_on", c.informationGivenDate);
    order("mediation_requested_on", c.mediationRequestedDate, "information_given_on", c.informationGivenDate);
    order("meeting_held_on", c.meetingHeldDate, "mediation_requested_on", c.mediationRequestedDate);
    order("no_meeting_on", c.noMeetingDate, "mediation_requested_on", c.mediationRequestedDate);
    order("closed_on", c.closedDate, "enquiry_date", c.enquiryDate);
    for (const Dated& dated : mediationDates)
        order("closed_on", c.closedDate, dated.column, dated.date);
    for (const Dated& dated : mediationDates + QList<Dated>{{"closed_on", c.closedDate}}) {
        if (dated.date.isValid() && dated.date > today)
            problems.append({QString::fromLatin1(dated.column),
                             QStringLiteral("%1 is after today; an import records what has happened")
                                 .arg(iso(dated.date))});
    }
    return problems;
}

} // namespace CaseImportRules
