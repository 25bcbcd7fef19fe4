#include "rules/QuietFamilyRule.h"

#include "rules/MediationRequestRule.h"
#include "rules/WorkingDays.h"

#include <algorithm>

namespace QuietFamilyRule {

bool applies(Route route, CaseStage stage)
{
    return MediationRequestRule::mayRecordNotPursued(route, stage);
}

bool isContact(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
    case ActivityKind::Email:
    case ActivityKind::Letter:
    case ActivityKind::Meeting:
        return true;
    case ActivityKind::Note:
    case ActivityKind::StageChange:
    case ActivityKind::Certificate:
    case ActivityKind::Task:
        return false;
    }
    return false;
}

QDate latestContactLogged(const QList<Activity>& activities)
{
    QDate latest;
    for (const Activity& activity : activities) {
        if (!isContact(activity.kind) || !activity.occurredAt.isValid())
            continue;
        const QDate day = activity.occurredAt.toLocalTime().date();
        if (!latest.isValid() || day > latest)
            latest = day;
    }
    return latest;
}

QDate lastContact(const QDate& informationGiven, const QDate& latestContactLogged)
{
    if (!informationGiven.isValid())
        return latestContactLogged;
    if (!latestContactLogged.isValid())
        return informationGiven;
    return std::max(informationGiven, latestContactLogged);
}

bool isValidSetting(int workingDays)
{
    return workingDays >= 0 && workingDays <= kMaxWorkingDays;
}

QDate promptDay(const QDate& lastContact, int workingDays, const BankHolidayCalendar& calendar)
{
    if (workingDays <= 0 || !isValidSetting(workingDays) || !lastContact.isValid())
        return {};
    return WorkingDays(calendar).addWorkingDays(lastContact, workingDays);
}

QDate latestQuietContact(const QDate& today, int workingDays, const BankHolidayCalendar& calendar)
{
    if (workingDays <= 0 || !isValidSetting(workingDays) || !today.isValid())
        return {};
    // promptDay() never goes back as the contact day moves on, so the answer
    // is the first day, counting back from today, whose prompt day has come.
    // N working days span at most about 2N calendar days plus a Christmas, so
    // the walk is short.
    const WorkingDays days(calendar);
    QDate contact = today.addDays(-1);
    while (days.addWorkingDays(contact, workingDays) > today)
        contact = contact.addDays(-1);
    return contact;
}

} // namespace QuietFamilyRule
