#pragma once

#include "domain/PersonDetails.h"
#include "domain/Referral.h"

#include <QString>
#include <QStringList>

// Whether a new referral looks like a case already held (issue 12): the same
// child (name and date of birth), or the same parent's phone or email with
// the same council. Names match whatever their accents, case and spacing;
// phone numbers whatever their format; email addresses whatever their case.
namespace DuplicateReferralRules {

// "Zoë  O'Brien-Smith" and "zoe obrien smith" give the same key.
QString nameKey(const QString& givenName, const QString& familyName);
// E.164 when libphonenumber reads it ("+447700900123"), else the digits;
// empty for no number.
QString phoneKey(const QString& phone);
// Trimmed and case-folded; empty for no address.
QString emailKey(const QString& email);

// What an existing case holds, as the comparison needs it.
struct ExistingCase
{
    PersonDetails child;
    PersonDetails parent;
    qint64 councilId = 0;
};

// Why the existing case looks like the same referral, one reason a line
// ("Same child: Zoë Brown, born Mon 2 Mar 2015"); empty when it does not.
QStringList matchReasons(const Referral& incoming, const ExistingCase& existing);

} // namespace DuplicateReferralRules
