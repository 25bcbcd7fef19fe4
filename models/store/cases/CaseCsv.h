#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/StoreError.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

// Cases to CSV in the columns of the case import (README.md "Cases from a
// spreadsheet"; RFC 4180, UTF-8, a header row naming the columns):
//
//   reference, child_given_name, child_family_name, child_date_of_birth,
//   parent_name, parent_phone, parent_email, referrer, referrer_name,
//   referrer_organisation, parent_permission_date, council, route,
//   enquiry_date, decision_type, decision_notice_sent, plan_sections,
//   disagreement_subject, stage,
//   information_given_on, mediation_requested_on, not_pursuing_on,
//   meeting_held_on, no_meeting_on, closed_on, closed_reason, caseworker,
//   mediator, school, certificate_part, certificate_number,
//   certificate_issued_on
//
// Values are the stored keys (referrer "young_person", route "mediation",
// stage "meeting_held", decision type "refusal_to_assess"), dates ISO, plan
// sections as letters joined by spaces ("B F I"), caseworker and mediator as
// usernames, council as its code (its name when it has none). A case with
// more than one certificate issued lists them in the three certificate
// columns in the same order, separated by "; ".
namespace CaseCsv {

const QStringList& columns();

// Every case the signed-in user may see (a mediator: only their own; closed
// cases too), by reference. *rows receives the number of data rows.
StoreError exportAll(QSqlDatabase db, const BankHolidayCalendar& calendar, QByteArray* data,
                     int* rows = nullptr);

} // namespace CaseCsv
