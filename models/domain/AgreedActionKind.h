#pragma once

#include <QList>
#include <QString>
#include <optional>

// What kind of thing an agreed action is, which decides the council's period
// after a mediation agreement (models/rules/README.md section 3, "After an
// agreement"). The strings are the values of meeting_actions.kind and the
// command line's --action.
enum class AgreedActionKind
{
    Assess,        // carry out an EHC needs assessment or re-assessment
    MakePlan,      // make and maintain an EHC plan
    Appealable,    // another item the family could appeal (amend B, F or I ...)
    NotAppealable, // health, social care or anything else without a right of appeal
};
QList<AgreedActionKind> allAgreedActionKinds();
QString agreedActionKindToString(AgreedActionKind kind);
std::optional<AgreedActionKind> agreedActionKindFromString(const QString& text);
// For people: "Assess or re-assess".
QString agreedActionKindTitle(AgreedActionKind kind);
