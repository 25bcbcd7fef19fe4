#include "rules/MediationRequestRule.h"

#include "domain/DateText.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MediationRequestRule", text);
}
} // namespace

namespace MediationRequestRule {

bool informationMoves(Route route, CaseStage current)
{
    return route == Route::Mediation && current == CaseStage::Enquiry;
}

bool mayRequest(Route route, CaseStage current)
{
    return route == Route::Mediation &&
           (current == CaseStage::Enquiry || current == CaseStage::InformationGiven ||
            current == CaseStage::NotPursuing);
}

QList<CaseStage> requestPath(Route route, CaseStage current)
{
    if (!mayRequest(route, current))
        return {};
    if (current == CaseStage::Enquiry)
        return {CaseStage::InformationGiven, CaseStage::MediationRequested};
    return {CaseStage::MediationRequested};
}

QString dateProblem(const QDate& requested, const QDate& enquiryDate, const QDate& today)
{
    if (!requested.isValid())
        return tr("Give the date the family said they want mediation.");
    if (requested > today)
        return tr("The date the family asked for mediation cannot be in the future.");
    if (enquiryDate.isValid() && requested < enquiryDate)
        return tr("The family cannot have asked for mediation before the enquiry (%1).")
            .arg(DateText::shortDate(enquiryDate));
    return {};
}

// Rules reference section 3, "The 30 days by route".
QString thirtyDayStartProblem(const ThirtyDayStart& start, const QDate& enquiryDate, const QDate& today)
{
    const auto problem = [&](const QDate& date, const QString& what) -> QString {
        if (date > today)
            return tr("The date %1 cannot be in the future.").arg(what);
        if (enquiryDate.isValid() && date < enquiryDate)
            return tr("The date %1 cannot be before the enquiry (%2).")
                .arg(what, DateText::shortDate(enquiryDate));
        return {};
    };
    if (start.councilTold.isValid()) {
        const QString p = problem(start.councilTold, tr("the council was told the family wishes to mediate"));
        if (!p.isEmpty())
            return p;
    }
    if (start.healthOnlyIcb) {
        if (!start.icbTold.isValid())
            return tr("Give the date the council told the integrated care board the issues (health-only "
                      "mediation): the 30 days run from it.");
        return problem(start.icbTold, tr("the council told the integrated care board the issues"));
    }
    return {};
}

// Rules reference section 3, "Part 1 when the family does not pursue
// mediation" (reg 34).
bool mayRecordNotPursued(Route route, CaseStage current)
{
    return route == Route::Mediation && current == CaseStage::InformationGiven;
}

QString notPursuedDateProblem(const QDate& recorded, const QDate& enquiryDate, const QDate& informationGiven,
                              const QDate& today)
{
    if (!recorded.isValid())
        return tr("Give the date you recorded that the family did not pursue mediation.");
    if (recorded > today)
        return tr("The date the family did not pursue mediation cannot be in the future.");
    if (enquiryDate.isValid() && recorded < enquiryDate)
        return tr("The family cannot have not pursued mediation before the enquiry (%1).")
            .arg(DateText::shortDate(enquiryDate));
    if (informationGiven.isValid() && recorded < informationGiven)
        return tr("The family cannot have not pursued mediation before they were given the information (%1).")
            .arg(DateText::shortDate(informationGiven));
    return {};
}

} // namespace MediationRequestRule
