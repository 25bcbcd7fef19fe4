#pragma once

#include <QDate>
#include <QString>

// A child, young person, parent or carer as a referral records them.
struct PersonDetails
{
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString address;
    QString postcode;
    QString phone;
    QString email;

    bool hasName() const { return !givenName.trimmed().isEmpty() && !familyName.trimmed().isEmpty(); }
    QString fullName() const
    {
        return (givenName.trimmed() + QLatin1Char(' ') + familyName.trimmed()).trimmed();
    }
};
