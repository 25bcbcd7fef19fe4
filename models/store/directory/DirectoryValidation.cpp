#include "store/directory/DirectoryValidation.h"

#include "rules/ContactDetailsRules.h"

namespace DirectoryValidation {
namespace {
void checkDetails(const QString& phone, const QString& email, QStringList* problems)
{
    if (!phone.trimmed().isEmpty()) {
        const ContactDetailsRules::PhoneNumber number = ContactDetailsRules::checkPhone(phone);
        if (!number.isValid())
            problems->append(QStringLiteral("phone: ") + number.problem);
    }
    if (!email.trimmed().isEmpty()) {
        const QString problem = ContactDetailsRules::emailProblem(email);
        if (!problem.isEmpty())
            problems->append(QStringLiteral("email: ") + problem);
    }
}
} // namespace

QStringList organisationProblems(const Organisation& organisation)
{
    QStringList problems;
    if (organisation.name.trimmed().isEmpty())
        problems << QStringLiteral("organisation: give the organisation's name.");
    if (!organisation.postcode.trimmed().isEmpty()) {
        const QString problem = ContactDetailsRules::postcodeProblem(organisation.postcode);
        if (!problem.isEmpty())
            problems << QStringLiteral("postcode: ") + problem;
    }
    checkDetails(organisation.phone, organisation.email, &problems);
    return problems;
}

QStringList contactProblems(const Contact& contact)
{
    QStringList problems;
    if (contact.givenName.trimmed().isEmpty() || contact.familyName.trimmed().isEmpty())
        problems << QStringLiteral("name: give the person's first and last name.");
    checkDetails(contact.phone, contact.email, &problems);
    return problems;
}
} // namespace DirectoryValidation
