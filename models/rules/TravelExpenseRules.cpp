#include "rules/TravelExpenseRules.h"

#include "rules/IsoDate.h"

#include <QCoreApplication>

namespace TravelExpenseRules {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TravelExpenseRules", text);
}
} // namespace

QString problem(const TravelExpense& expense, const QDate& enquiryDate, const QDate& today,
                qint64 maxAmountPence)
{
    if (!expense.journeyDate.isValid())
        return tr("Give the date of the journey.");
    if (today.isValid() && expense.journeyDate > today)
        return tr("The journey's date %1 is after today: record a journey once it has been made.")
            .arg(IsoDate::format(expense.journeyDate));
    // The duty covers attending mediation, which comes after the family first
    // got in touch: an earlier date is a slip.
    if (enquiryDate.isValid() && expense.journeyDate < enquiryDate)
        return tr("The journey's date %1 is before the case's enquiry (%2): check the date.")
            .arg(IsoDate::format(expense.journeyDate), IsoDate::format(enquiryDate));
    const QString description = expense.description.trimmed();
    if (description.isEmpty())
        return tr("Say where the journey was from and to, or what the expense was.");
    if (description.size() > TravelExpense::kMaxDescriptionLength)
        return tr("Keep the description to %1 characters (it has %2).")
            .arg(TravelExpense::kMaxDescriptionLength)
            .arg(description.size());
    if (expense.mode == TravelMode::CarMileage) {
        if (!expense.milesTenths)
            return tr("Give the miles driven: a journey by car is paid by the mile.");
        if (*expense.milesTenths <= 0)
            return tr("The miles driven must be more than 0.");
    }
    if (expense.milesTenths && *expense.milesTenths < 0)
        return tr("The miles cannot be negative.");
    if (expense.milesTenths && *expense.milesTenths > kMaxMilesTenths)
        return tr("%1 miles is more than %2 for one journey: check the miles.")
            .arg(milesToText(*expense.milesTenths), milesToText(kMaxMilesTenths));
    if (expense.amountPence < 0)
        return tr("The amount cannot be negative.");
    if (expense.amountPence > maxAmountPence)
        return tr("%1 is more than %2 for one journey: check the amount.")
            .arg(penceToPounds(expense.amountPence), penceToPounds(maxAmountPence));
    if (expense.claimantName.trimmed().size() > TravelExpense::kMaxClaimantLength)
        return tr("Keep the claimant's name to %1 characters.").arg(TravelExpense::kMaxClaimantLength);
    if (expense.note.trimmed().size() > TravelExpense::kMaxNoteLength)
        return tr("Keep the note to %1 characters (it has %2).")
            .arg(TravelExpense::kMaxNoteLength)
            .arg(expense.note.trimmed().size());
    return {};
}

qint64 mileageAmount(int milesTenths, int pencePerMile)
{
    if (milesTenths <= 0 || pencePerMile <= 0)
        return 0;
    // Tenths of a mile times pence is tenths of a penny: add a half and divide.
    return (static_cast<qint64>(milesTenths) * pencePerMile + 5) / 10;
}

qint64 total(const QList<TravelExpense>& expenses)
{
    qint64 sum = 0;
    for (const TravelExpense& expense : expenses)
        sum += expense.amountPence;
    return sum;
}

} // namespace TravelExpenseRules
