#pragma once

#include "domain/Activity.h"
#include "domain/CaseStage.h"
#include "rules/BankHolidayCalendar.h"

#include <QDate>
#include <QList>

// A family that had the mediation information and has gone quiet (rules
// reference section 3, "A family that has gone quiet"). This is the
// provider's own policy, not law: after N working days with no contact the
// adviser is asked to record whether the family pursues mediation (reg 34's
// second trigger is the adviser's judgement, so nothing is recorded for them).
// N is an office setting; 0 turns the prompt off.
namespace QuietFamilyRule {

inline constexpr int kDefaultWorkingDays = 10;
inline constexpr int kMaxWorkingDays = 60;

// Whether a case can be waiting on the family's answer: a mediation case at
// "information given" (the same cases that may be recorded as not pursuing).
bool applies(Route route, CaseStage stage);

// Whether a timeline entry of this kind is contact with the family: a call,
// email, letter or meeting (a note, stage change or certificate is not).
// CaseListQuery's "gone quiet" filter lists the same kinds in SQL.
bool isContact(ActivityKind kind);
// The local day of the latest contact entry among `activities`; null if none.
QDate latestContactLogged(const QList<Activity>& activities);

// The last contact with the family: the later of the day the information was
// given and the day of the latest call, email, letter or meeting logged
// (either may be null).
QDate lastContact(const QDate& informationGiven, const QDate& latestContactLogged);

// The day the adviser is asked: the N-th working day after the last contact
// (that day itself does not count, section 4). Null when N is 0 (the prompt is
// off), out of range, or the contact day is null.
QDate promptDay(const QDate& lastContact, int workingDays, const BankHolidayCalendar& calendar);

// The latest last-contact day whose prompt day has come by `today`: a case is
// quiet on `today` exactly when its last contact is on or before this day.
// Null when the prompt is off. Lets a query ask "last contact <= day" in SQL.
QDate latestQuietContact(const QDate& today, int workingDays, const BankHolidayCalendar& calendar);

// Whether `value` may be stored as the office's N.
bool isValidSetting(int workingDays);

} // namespace QuietFamilyRule
