#include "rules/AgreementDeadlines.h"

#include "rules/DateTrace.h"
#include "rules/IsoDate.h"

#include <algorithm>

namespace {
const QString kStartEvent = QStringLiteral("the date of the mediation agreement");

// agreed + N days, with the working; never provisional (no working days).
AgreementDeadlines::Item after(const QDate& agreed, int days, const QString& period, QString what,
                               QString regulation, const QString& rule)
{
    DateTrace trace;
    const QDate date = agreed.addDays(days);
    trace.addStep(QStringLiteral("%1 + %2 (%3 calendar days) = %4; weekends and bank holidays count and "
                                 "nothing moves the last day.")
                      .arg(IsoDate::describe(agreed), period)
                      .arg(days)
                      .arg(IsoDate::describe(date)));
    AgreementDeadlines::Item item;
    item.deadline =
        Deadline(rule, agreed, kStartEvent, date, trace, QStringLiteral("every year; calendar days only"));
    item.what = std::move(what);
    item.regulation = std::move(regulation);
    return item;
}

AgreementDeadlines::Item weeksAfter(const QDate& agreed, int weeks, QString what, QString regulation)
{
    const QString period = weeks == 1 ? QStringLiteral("1 week") : QStringLiteral("%1 weeks").arg(weeks);
    const QString rule = QStringLiteral("%1 within %2 of the agreement (SEND Regulations 2014, %3)")
                             .arg(what, period, regulation);
    return after(agreed, weeks * 7, period, std::move(what), std::move(regulation), rule);
}
} // namespace

QString AgreementDeadlines::Item::dateText() const
{
    return checkReg44() ? QStringLiteral("check reg 44") : IsoDate::format(deadline.date());
}

QList<AgreementDeadlines::Item> AgreementDeadlines::compute(const QDate& agreed, AgreedActionKind kind,
                                                            std::optional<int> agreedPeriodDays,
                                                            bool councilNotParty)
{
    // rules/README.md section 3, "After an agreement".
    QList<Item> items;
    if (!agreed.isValid())
        return items;
    if (agreedPeriodDays && (*agreedPeriodDays < 1 || *agreedPeriodDays > kMaxAgreedPeriodDays))
        return items;
    const QString reg44 = QStringLiteral("reg 44(2), as reg 42 applies it to an agreement");
    if (agreedPeriodDays) {
        // A period the parties agreed in writing replaces the statutory one (reg 42).
        const int days = *agreedPeriodDays;
        const QString period = days == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(days);
        const QString what = QStringLiteral("the council carries out the agreed action");
        const QString regulation = QStringLiteral("reg 42, a period agreed in writing");
        items << after(
            agreed, days, period, what, regulation,
            QStringLiteral("%1 within the %2 the parties agreed in writing (SEND Regulations 2014, "
                           "reg 42)")
                .arg(what, period));
    } else {
        switch (kind) {
        case AgreedActionKind::Assess:
            items << weeksAfter(
                agreed, 2, QStringLiteral("the council tells the family it will assess or re-assess"), reg44);
            items << weeksAfter(agreed, 10,
                                QStringLiteral("the council tells the family no EHC plan is needed, if so"),
                                reg44);
            items << weeksAfter(
                agreed, 14, QStringLiteral("the council sends the final EHC plan, if one is made"), reg44);
            break;
        case AgreedActionKind::MakePlan:
            items << weeksAfter(agreed, 5, QStringLiteral("the council issues a draft EHC plan"), reg44);
            items << weeksAfter(agreed, 11, QStringLiteral("the council sends the final EHC plan"), reg44);
            break;
        case AgreedActionKind::Appealable: {
            // The rules reference does not set out this item's reg 44 period:
            // no date is guessed.
            Item item;
            item.what = QStringLiteral("the council acts on the agreed appealable item");
            item.regulation = reg44;
            items << item;
            break;
        }
        case AgreedActionKind::NotAppealable:
            items << weeksAfter(agreed, kNotAppealableWeeks,
                                QStringLiteral("the council carries out the agreed action"),
                                QStringLiteral("reg 42, no right of appeal"));
            break;
        }
    }
    if (councilNotParty)
        items << weeksAfter(agreed, kCommissionerNoticeWeeks,
                            QStringLiteral("the commissioning body tells the council about the agreement"),
                            QStringLiteral("reg 42, the council not a party"));
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        if (a.checkReg44() != b.checkReg44())
            return !a.checkReg44();
        return !a.checkReg44() && a.deadline.date() < b.deadline.date();
    });
    return items;
}

QDate AgreementDeadlines::actionDue(const QDate& agreed, AgreedActionKind kind,
                                    std::optional<int> agreedPeriodDays)
{
    // Without the commissioning body's notice the items are the council's
    // own, in date order, "check reg 44" last.
    const QList<Item> items = compute(agreed, kind, agreedPeriodDays, false);
    return items.isEmpty() || items.first().checkReg44() ? QDate() : items.first().deadline.date();
}
