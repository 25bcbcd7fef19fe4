#pragma once

#include <QString>

// Phone numbers, email addresses and postcodes (issue 5): what a caseworker
// types, checked and put in the one form the store keeps. Each check returns
// an empty message when the text is fine, or says what to fix.
namespace ContactDetailsRules {

struct PhoneNumber
{
    QString e164;     // +441134960000: what the store keeps
    QString national; // 0113 496 0000: what people read (international form outside the UK)
    QString problem;  // empty when the number is valid

    bool isValid() const { return problem.isEmpty(); }
};

// A UK number (national or +44), or any country's number written with its
// +code, checked with libphonenumber. Numbers in Ofcom's ranges reserved for
// drama (07700 900000 to 900999, 01632 960000 to 960999), which
// libphonenumber calls unallocated, are accepted so that synthetic training
// and demonstration data can be entered like real data.
PhoneNumber checkPhone(const QString& text);
// How a stored number (E.164, or the free text of an older version) is shown.
QString displayPhone(const QString& stored);

// An email address as the WHATWG HTML standard defines a valid one, with a
// dot in the domain (name@example.org). Empty when fine.
QString emailProblem(const QString& text);
// Trimmed, with the domain in lower case.
QString normaliseEmail(const QString& text);

// A website for a letterhead: an http:// or https:// address with a domain
// that has a dot (https://www.example.org). Empty when fine.
QString websiteProblem(const QString& text);

// A UK postcode (SW1A 1AA, M1 1AE, GIR 0AA). Empty when fine.
QString postcodeProblem(const QString& text);
// Upper case with one space before the last three characters: "sw1a1aa" -> "SW1A 1AA".
QString normalisePostcode(const QString& text);

} // namespace ContactDetailsRules
