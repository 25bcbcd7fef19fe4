#pragma once

#include "domain/DecisionType.h"
#include "domain/PersonDetails.h"
#include "domain/PlanSections.h"
#include "domain/Route.h"

#include <QDate>
#include <QString>
#include <optional>

// Who rang: a parent or carer, a young person (16 or over) for themselves,
// or a professional with the parent's permission. The strings are the values
// of cases.referrer_kind.
enum class ReferrerKind
{
    Parent,
    YoungPerson,
    Professional,
};
QString referrerKindToString(ReferrerKind kind);
std::optional<ReferrerKind> referrerKindFromString(const QString& text);
// For people: "Young person (16 or over)".
QString referrerKindTitle(ReferrerKind kind);

// How the enquiry came in; the values of cases.enquiry_channel.
enum class EnquiryChannel
{
    Phone,
    Email,
    Letter,
    Web,
    InPerson,
    Referral,
};
QString enquiryChannelToString(EnquiryChannel channel);
std::optional<EnquiryChannel> enquiryChannelFromString(const QString& text);
QString enquiryChannelTitle(EnquiryChannel channel);

// Everything taken down when a referral comes in, before it becomes a case.
struct Referral
{
    ReferrerKind referrerKind = ReferrerKind::Parent;
    PersonDetails child;  // the child or young person
    PersonDetails parent; // the parent or carer (may be empty for a young person)
    // A professional referrer, and the date the parent gave permission.
    QString professionalName;
    QString professionalOrganisation;
    QDate parentPermissionDate;
    QString schoolName; // school or setting, as said; matched to the directory
    qint64 councilId = 0;
    Route route = Route::Mediation;
    // Mediation: the appealable decision and the date its notice was sent.
    std::optional<DecisionType> decisionType;
    QDate decisionNoticeDate;
    PlanSections sections;
    // Disagreement resolution: what it is about and who the other parties are.
    QString disagreementSubject;
    QString otherParties;
    QDate enquiryDate;
    EnquiryChannel enquiryChannel = EnquiryChannel::Phone;
    QString reasonableAdjustments;
    QString interpreterLanguage;
    std::optional<qint64> caseworkerId;

    // Whom the office writes to about the case: the young person when they
    // referred themselves, else the parent or carer.
    const PersonDetails& family() const { return referrerKind == ReferrerKind::YoungPerson ? child : parent; }
};
