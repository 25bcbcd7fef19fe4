#include "rules/DuplicateReferralRules.h"

#include "rules/ContactDetailsRules.h"
#include "rules/IsoDate.h"
#include "rules/NameFold.h"

#include <QCoreApplication>

namespace DuplicateReferralRules {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DuplicateReferralRules", text);
}
} // namespace

QString nameKey(const QString& givenName, const QString& familyName)
{
    // Folded as a search folds it ("Łukasz" is "lukasz"); punctuation and runs
    // of spaces count as one space.
    const QString folded = NameFold::fold(givenName + QLatin1Char(' ') + familyName);
    QString key;
    key.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key += QLatin1Char(' ');
            space = false;
            key += c;
        } else if (c.isSpace() || c == QLatin1Char('-')) {
            space = true;
        }
        // Apostrophes and other punctuation vanish: "O'Brien" is "obrien".
    }
    return key;
}

QString phoneKey(const QString& phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    const ContactDetailsRules::PhoneNumber number = ContactDetailsRules::checkPhone(phone);
    if (number.isValid())
        return number.e164;
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

QString emailKey(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

QStringList matchReasons(const Referral& incoming, const ExistingCase& existing)
{
    QStringList reasons;
    const QString incomingChild = nameKey(incoming.child.givenName, incoming.child.familyName);
    if (!incomingChild.isEmpty() && incoming.child.dateOfBirth.isValid() &&
        incoming.child.dateOfBirth == existing.child.dateOfBirth &&
        incomingChild == nameKey(existing.child.givenName, existing.child.familyName))
        reasons << tr("Same child: %1, born %2")
                       .arg(existing.child.fullName(), IsoDate::describe(existing.child.dateOfBirth));
    if (incoming.councilId > 0 && incoming.councilId == existing.councilId) {
        const QString phone = phoneKey(incoming.parent.phone);
        if (!phone.isEmpty() && phone == phoneKey(existing.parent.phone))
            reasons << tr("Same parent's phone with the same council: %1")
                           .arg(ContactDetailsRules::displayPhone(existing.parent.phone));
        const QString email = emailKey(incoming.parent.email);
        if (!email.isEmpty() && email == emailKey(existing.parent.email))
            reasons
                << tr("Same parent's email with the same council: %1").arg(existing.parent.email.trimmed());
    }
    return reasons;
}

} // namespace DuplicateReferralRules
