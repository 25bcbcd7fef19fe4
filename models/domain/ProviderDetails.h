#pragma once

#include <QByteArray>
#include <QString>

// The mediation provider as its certificates and letters name it, from the
// settings table (keys "provider.*"), shared by every desk of the office.
struct ProviderDetails
{
    QString name;
    QString address; // several lines
    QString phone;
    QString email;
    QString website;
    QByteArray logoPng;    // empty when the provider has no logo
    qint64 rowVersion = 0; // of its settings as read, for noticing another desk's save

    // The address, phone, email and website as a letterhead prints them, one a
    // line ("Telephone: ...", in English like the letters).
    QString contactText() const;
};
