#include "documents/ActionPlanEmail.h"

#include "documents/OfficeEmail.h"
#include "domain/CaseDetails.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "rules/LetterPlaceholders.h"

namespace ActionPlanEmail {

QHash<QString, QString> values(const CaseDetails& details, const ActionPlanPdf::Content& content,
                               const Sender& sender)
{
    // In English whatever the desk's language, like the plan itself.
    const PersonDetails& family = details.referral.family();
    const MeetingRecord& record = content.record;
    const QDate held =
        record.heldDate.isValid() ? record.heldDate : OfficeTime::local(content.meeting.start).date();
    const QString title = ActionPlanPdf::title(record);
    QHash<QString, QString> v;
    v.insert(QStringLiteral("family_name"),
             family.fullName().trimmed().isEmpty() ? QStringLiteral("family") : family.fullName());
    v.insert(QStringLiteral("meeting_date"), held.isValid() ? DateText::longDate(held) : QString());
    v.insert(QStringLiteral("plan_title"), title);
    v.insert(QStringLiteral("plan_title_lower"), title.left(1).toLower() + title.mid(1));
    v.insert(QStringLiteral("letter_date"), DateText::longDate(sender.today));
    v.insert(QStringLiteral("case_reference"), details.reference);
    v.insert(QStringLiteral("child_name"), details.referral.child.fullName());
    v.insert(QStringLiteral("council_name"), details.council.name);
    v.insert(QStringLiteral("meeting_kind"), content.meeting.kind == MeetingKind::DisagreementResolution
                                                 ? QStringLiteral("disagreement resolution meeting")
                                                 : QStringLiteral("mediation meeting"));
    v.insert(QStringLiteral("mediator_name"), details.mediatorName);
    v.insert(QStringLiteral("sender_name"), sender.name);
    v.insert(QStringLiteral("sender_role"), sender.role);
    v.insert(QStringLiteral("provider_name"), content.provider.name.trimmed().isEmpty()
                                                  ? QStringLiteral("The mediation service")
                                                  : content.provider.name);
    v.insert(QStringLiteral("provider_phone"), content.provider.phone);
    v.insert(QStringLiteral("provider_email"), content.provider.email);
    return v;
}

EmailDraft draft(const CaseDetails& details, const ActionPlanPdf::Content& content, const QByteArray& pdf,
                 const LetterTemplate& wording, const Sender& sender)
{
    const QHash<QString, QString> v = values(details, content, sender);
    const PersonDetails& family = details.referral.family();
    return OfficeEmail::draft(
        content.provider, family.fullName(), family.email,
        LetterPlaceholders::fill(wording.subject, LetterKind::ActionPlan, v).simplified(),
        LetterPlaceholders::fill(wording.body, LetterKind::ActionPlan, v).trimmed() + QLatin1Char('\n'),
        {{fileName(details.reference), QStringLiteral("application/pdf"), pdf}});
}

QString fileName(const QString& caseReference)
{
    return QStringLiteral("action-plan-%1.pdf").arg(caseReference);
}

} // namespace ActionPlanEmail
