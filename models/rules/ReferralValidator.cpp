#include "rules/ReferralValidator.h"

#include "domain/DateText.h"
#include "rules/ContactDetailsRules.h"
#include "rules/DateArithmetic.h"
#include "rules/ReferralFields.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReferralValidator", text);
}

// Messages are read on screen: the short style, not ISO.
QString iso(const QDate& date)
{
    return DateText::shortDate(date);
}

// Whole years between two dates: a birthday on 29 February is reached on
// 1 March in other years (the Family Law Reform Act reading).
int ageOn(const QDate& birth, const QDate& on)
{
    int years = on.year() - birth.year();
    const bool birthdayPassed =
        on.month() > birth.month() || (on.month() == birth.month() && on.day() >= birth.day());
    if (!birthdayPassed)
        --years;
    return years;
}

void checkContact(const PersonDetails& person, QLatin1String emailField, QLatin1String phoneField,
                  QList<ValidationProblem>* problems)
{
    if (!person.email.trimmed().isEmpty()) {
        if (const QString problem = ContactDetailsRules::emailProblem(person.email); !problem.isEmpty())
            problems->append({emailField, problem});
    }
    if (!person.phone.trimmed().isEmpty()) {
        if (const ContactDetailsRules::PhoneNumber phone = ContactDetailsRules::checkPhone(person.phone);
            !phone.isValid())
            problems->append({phoneField, phone.problem});
    }
}
} // namespace

bool ReferralValidator::hasErrors(const QList<ValidationProblem>& problems)
{
    for (const ValidationProblem& problem : problems) {
        if (problem.severity == ValidationProblem::Severity::Error)
            return true;
    }
    return false;
}

QList<ValidationProblem> ReferralValidator::check(const Referral& r, const QDate& today) const
{
    using Severity = ValidationProblem::Severity;
    QList<ValidationProblem> problems;

    // When it came in.
    if (!r.enquiryDate.isValid())
        problems.append({ReferralFields::enquiryDate, tr("Give the date of the enquiry.")});
    else if (r.enquiryDate > today)
        problems.append({ReferralFields::enquiryDate, tr("The date of enquiry cannot be in the future.")});

    // The child or young person.
    if (!r.child.hasName())
        problems.append(
            {ReferralFields::childName, tr("Give the child's or young person's first and last name.")});
    if (r.child.dateOfBirth.isValid() && r.child.dateOfBirth > today)
        problems.append({ReferralFields::childDateOfBirth, tr("The date of birth cannot be in the future.")});

    // Who referred.
    switch (r.referrerKind) {
    case ReferrerKind::Parent:
        if (!r.parent.hasName())
            problems.append(
                {ReferralFields::parentName, tr("Give the parent's or carer's first and last name.")});
        break;
    case ReferrerKind::YoungPerson:
        if (!r.child.dateOfBirth.isValid()) {
            problems.append({ReferralFields::childDateOfBirth,
                             tr("Give the young person's date of birth: they must be 16 or over to refer "
                                "themselves.")});
        } else if (r.enquiryDate.isValid() && ageOn(r.child.dateOfBirth, r.enquiryDate) < kYoungPersonAge) {
            problems.append({ReferralFields::childDateOfBirth,
                             tr("A young person must be 16 or over on the date of enquiry; born on %1 they "
                                "were %2. Record the parent or carer as the referrer instead.")
                                 .arg(iso(r.child.dateOfBirth))
                                 .arg(ageOn(r.child.dateOfBirth, r.enquiryDate))});
        }
        break;
    case ReferrerKind::Professional:
        if (r.professionalName.trimmed().isEmpty())
            problems.append(
                {ReferralFields::professionalName, tr("Give the referring professional's name.")});
        if (!r.parent.hasName())
            problems.append(
                {ReferralFields::parentName, tr("Give the parent's or carer's first and last name.")});
        if (!r.parentPermissionDate.isValid())
            problems.append({ReferralFields::parentPermissionDate,
                             tr("A professional may refer only with the parent's permission: give the date "
                                "it was given.")});
        else if (r.parentPermissionDate > today)
            problems.append({ReferralFields::parentPermissionDate,
                             tr("The date of the parent's permission cannot be in the future.")});
        break;
    }
    checkContact(r.parent, ReferralFields::parentEmail, ReferralFields::parentPhone, &problems);

    if (r.councilId <= 0)
        problems.append({ReferralFields::councilId, tr("Choose the council.")});

    if (r.route == Route::Mediation) {
        if (!r.decisionType)
            problems.append(
                {ReferralFields::decisionType, tr("Choose the council decision the family disagrees with.")});
        if (r.decisionType == DecisionType::PlanContent && r.sections.isEmpty())
            problems.append({ReferralFields::sections, tr("Tick the plan sections in dispute.")});
        if (!r.decisionNoticeDate.isValid()) {
            problems.append(
                {ReferralFields::decisionNoticeDate, tr("Give the date the decision notice was sent.")});
        } else if (r.decisionNoticeDate > today) {
            problems.append({ReferralFields::decisionNoticeDate,
                             tr("The decision notice date cannot be in the future.")});
        } else if (r.enquiryDate.isValid() && r.decisionNoticeDate > r.enquiryDate) {
            problems.append({ReferralFields::decisionNoticeDate,
                             tr("The decision notice cannot have been sent after the enquiry (%1).")
                                 .arg(iso(r.enquiryDate))});
        } else if (r.enquiryDate.isValid()) {
            const Deadline contactBy = m_calculator.contactBy(r.decisionNoticeDate);
            if (contactBy.isValid() && r.enquiryDate > contactBy.date())
                problems.append(
                    {ReferralFields::decisionNoticeDate,
                     tr("The decision notice was sent more than 2 months before the enquiry (the family "
                        "had until %1 to contact the mediation adviser). The case can go ahead, but an "
                        "appeal will need the tribunal's permission.")
                         .arg(iso(contactBy.date())),
                     Severity::Warning});
        }
    } else if (r.disagreementSubject.trimmed().isEmpty()) {
        problems.append({ReferralFields::disagreementSubject, tr("Say what the disagreement is about.")});
    }
    return problems;
}
