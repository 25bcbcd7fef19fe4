#pragma once

#include "documents/ActionPlanPdf.h"
#include "documents/EmailDraft.h"
#include "domain/LetterTemplate.h"

#include <QDate>
#include <QHash>

struct CaseDetails;

// The email that sends the family the agreement or action plan of a meeting,
// in the office's wording (an action plan template), to the young person
// when they referred themselves, else the parent or carer (no address when
// the case has none: the mail program asks for one), with the plan's PDF.
namespace ActionPlanEmail {

struct Sender
{
    QString name; // the signed-in user
    QString role;
    QDate today;
};

// The placeholders' values for the plan of `content` on this case.
QHash<QString, QString> values(const CaseDetails& details, const ActionPlanPdf::Content& content,
                               const Sender& sender);
EmailDraft draft(const CaseDetails& details, const ActionPlanPdf::Content& content, const QByteArray& pdf,
                 const LetterTemplate& wording, const Sender& sender);
// "action-plan-MED-2026-00031.pdf"
QString fileName(const QString& caseReference);

} // namespace ActionPlanEmail
