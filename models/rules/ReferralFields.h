#pragma once

#include <QLatin1String>

// The stable keys of a referral's facts, in one place. ReferralValidator
// names the fact each problem is about by one, CaseCorrectionRules each
// changed fact; the case import maps them to its CSV columns, and the new
// referral and correction forms find the field to mark by them. A key
// written out again elsewhere could drift, and a problem would then be
// shown by no field.
namespace ReferralFields {
inline constexpr QLatin1String enquiryDate{"enquiryDate"};
inline constexpr QLatin1String enquiryChannel{"enquiryChannel"};
inline constexpr QLatin1String childName{"child.name"};
inline constexpr QLatin1String childDateOfBirth{"child.dateOfBirth"};
inline constexpr QLatin1String childEmail{"child.email"};
inline constexpr QLatin1String childPhone{"child.phone"};
inline constexpr QLatin1String parentName{"parent.name"};
inline constexpr QLatin1String parentDateOfBirth{"parent.dateOfBirth"};
inline constexpr QLatin1String parentEmail{"parent.email"};
inline constexpr QLatin1String parentPhone{"parent.phone"};
inline constexpr QLatin1String referrerKind{"referrerKind"};
inline constexpr QLatin1String professionalName{"professionalName"};
inline constexpr QLatin1String professionalOrganisation{"professionalOrganisation"};
inline constexpr QLatin1String parentPermissionDate{"parentPermissionDate"};
inline constexpr QLatin1String councilId{"councilId"};
inline constexpr QLatin1String route{"route"};
inline constexpr QLatin1String decisionType{"decisionType"};
inline constexpr QLatin1String decisionNoticeDate{"decisionNoticeDate"};
inline constexpr QLatin1String sections{"sections"};
inline constexpr QLatin1String disagreementSubject{"disagreementSubject"};
inline constexpr QLatin1String otherParties{"otherParties"};
} // namespace ReferralFields
