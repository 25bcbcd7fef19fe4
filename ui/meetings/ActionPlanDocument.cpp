#include "meetings/ActionPlanDocument.h"

#include "common/MailProgram.h"
#include "common/WorkContext.h"
#include "documents/ActionPlanEmail.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "platform/PrivateFile.h"
#include "shell/MessagePresenter.h"
#include "store/cases/CaseDocumentRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/settings/SettingsRepository.h"

ActionPlanDocument::ActionPlanDocument(WorkContext* context, QWidget* parent,
                                       std::function<void(const QString&)> showProblem)
    : m_context(context), m_parent(parent), m_showProblem(std::move(showProblem))
{}

QByteArray ActionPlanDocument::render(ActionPlanPdf::Content* content)
{
    if (MessagePresenter::instance().showIfFailed(
            m_parent, tr("Action plan"),
            SettingsRepository(m_context->database()).provider(&content->provider)))
        return {};
    return ActionPlanPdf::render(*content);
}

bool ActionPlanDocument::file(const Meeting& meeting, const QByteArray& pdf, CaseDocument* filed)
{
    // A plan the program made is filed on the case's documents (issue 17).
    CaseDocument added;
    if (StoreError error =
            CaseDocumentRepository(m_context->database())
                .add(meeting.caseId, ActionPlanEmail::fileName(meeting.caseReference),
                     tr("Action plan of the meeting on %1")
                         .arg(DateText::shortDate(meeting.start.toTimeZone(OfficeTime::zone()).date())),
                     pdf, CaseDocument::Source::Generated, &added)) {
        m_showProblem(tr("The action plan was not filed on the case: %1").arg(error.message()));
        return false;
    }
    if (filed)
        *filed = added;
    return true;
}

bool ActionPlanDocument::write(ActionPlanPdf::Content content, const QString& path)
{
    const QByteArray pdf = render(&content);
    QString reason = pdf.isEmpty() ? tr("the PDF could not be made") : QString();
    if (!reason.isEmpty() || !PrivateFile::write(path, pdf, &reason)) {
        m_showProblem(tr("Could not write the action plan to %1: %2.").arg(path, reason));
        return false;
    }
    file(content.meeting, pdf, nullptr);
    return true;
}

bool ActionPlanDocument::email(ActionPlanPdf::Content content)
{
    const QString title = tr("Email the Action Plan");
    const QByteArray pdf = render(&content);
    const Meeting& meeting = content.meeting;
    if (pdf.isEmpty()) {
        m_showProblem(tr("The action plan's PDF could not be made."));
        return false;
    }
    QSqlDatabase db = m_context->database();
    CaseDetails details;
    LetterTemplate wording;
    StoreError error = CaseRepository(db, m_context->calendar()).load(meeting.caseId, &details);
    if (error.ok())
        error = SettingsRepository(db).letterTemplate(LetterKind::ActionPlan, &wording);
    if (MessagePresenter::instance().showIfFailed(m_parent, title, error))
        return false;
    ActionPlanEmail::Sender sender;
    if (const auto& user = m_context->signedInUser()) {
        sender.name = user->displayName;
        sender.role = userRoleTitle(user->role);
    }
    sender.today = m_context->today();
    CaseDocument filed;
    if (!file(meeting, pdf, &filed))
        return false;
    // The plan is leaving the program: on the audit trail as an export, and on the case's timeline.
    const auto record = [&] {
        const StoreError recorded = CaseDocumentRepository(db).recordEmailed(
            filed, m_context->currentUserId(),
            QStringLiteral("Email drafted with the action plan of the meeting on %1")
                .arg(DateText::shortDate(OfficeTime::local(meeting.start).date())));
        m_context->notifyCaseChanged(meeting.caseId);
        return recorded;
    };
    return MailProgram::openDraft(m_parent, title,
                                  QStringLiteral("action-plan-%1.eml").arg(meeting.caseReference),
                                  ActionPlanEmail::draft(details, content, pdf, wording, sender), record,
                                  tr("The case has no email address for the family: type it in the draft."));
}
