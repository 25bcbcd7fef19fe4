#pragma once

#include "domain/CaseFacts.h"
#include "domain/CertificatePart.h"
#include "domain/InviteeRole.h"
#include "domain/IssuingCapacity.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// Which mediation certificate a case needs, and who must be at the meeting
// (rules/README.md sections 2, 3 and 5).
namespace CertificateRules {

struct CertificateDue
{
    std::optional<CertificatePart> part; // none when no certificate is due
    QDate trigger;                       // the date its 3 working days run from
    QString reason;
};

// An appeal needs a certificate first, except on the disagreement
// resolution route and where the dispute is only about section I (placement).
bool certificateNeededBeforeAppeal(const CaseFacts& facts);
// The certificate now due. The latest of the three triggers decides: a family
// can mediate after a Part 1 or a Part 3, and then a Part 2 follows. A
// section-I-only case gets none, not even a Part 2 after mediation: the
// regulations give certificates only to those who need one, and a needless
// certificate could suggest the extra month of rule 20 applies.
CertificateDue certificateDue(const CaseFacts& facts);
// Who the law requires at a mediation meeting: the council's decision-maker
// always; the health body (health representative) when health needs or
// provision (C, G) are in dispute. Nobody is required at disagreement
// resolution, which is voluntary for every party.
QList<InviteeRole> requiredInvitees(const CaseFacts& facts);
// What is wrong with dating a certificate `issueDate`, empty when nothing: a
// certificate records an event, so it cannot be dated before it (`trigger`),
// and it cannot be dated after `today`, the day it is really made.
QString issueDateProblem(CertificatePart part, const QDate& trigger, const QDate& issueDate,
                         const QDate& today);
// The office a Part is issued in: Parts 1 and 3 record what the mediation
// adviser learned (regs 33 and 34); Part 2, after mediation took place, is
// issued in the office the provider chose (`part2IssuedAs`), since the
// sources disagree on whether the mediator or the adviser issues it.
IssuingCapacity issuingCapacity(CertificatePart part, IssuingCapacity part2IssuedAs);

} // namespace CertificateRules
