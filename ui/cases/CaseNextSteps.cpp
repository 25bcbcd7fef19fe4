#include "cases/CaseNextSteps.h"

#include "common/TabChain.h"
#include "common/WorkContext.h"
#include "rules/MediationRequestRule.h"

#include <QHBoxLayout>
#include <QPushButton>

CaseNextSteps::CaseNextSteps(WorkContext* context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_information =
        addButton(tr("Mediation information given..."), "informationGivenButton",
                  tr("Log the mediation information given to the family"),
                  tr("Log the call, email or letter that gave the mediation information; the case "
                     "moves to \"Information given\" on its date"),
                  &CaseNextSteps::informationGivenRequested);
    m_wantsMediation = addButton(
        tr("Family wants mediation..."), "familyWantsMediationButton",
        tr("Record that the family wants mediation"),
        tr("The family said they want mediation: the case moves to \"Mediation requested\" on that day"),
        &CaseNextSteps::wantsMediationRequested);
    m_notPursued =
        addButton(tr("Did not pursue..."), "familyNotPursuedButton",
                  tr("Record that the family did not pursue mediation"),
                  tr("The family had the information and has not pursued mediation: the case moves "
                     "to \"Not pursuing mediation\" on that day and Part 1 is due within 3 working "
                     "days"),
                  &CaseNextSteps::notPursuedRequested);
    m_thirtyDays = addButton(tr("30-day start..."), "thirtyDayStartButton",
                             tr("Correct the start of the statutory 30 days"),
                             tr("Correct the day the council was told, or that the integrated care board "
                                "arranges health-only mediation"),
                             &CaseNextSteps::thirtyDayStartRequested);
    // The family's appeal to the tribunal, which the councils' SEN2 return counts.
    m_appeal =
        addButton(tr("Tribunal appeal..."), "appealButton", tr("Record an appeal to the tribunal"),
                  tr("The family registered an appeal with the tribunal: its date and how you learnt it "
                     "(shown on the timeline and counted in the reports)"),
                  &CaseNextSteps::appealRequested);
    // Everything held about the family, for a subject access request.
    m_subjectAccess = addButton(tr("Subject access export..."), "subjectAccessButton",
                                tr("Subject access export of this case"),
                                tr("Write everything held about this family to a folder, as JSON and PDF"),
                                &CaseNextSteps::subjectAccessRequested);
    layout->addStretch();
    TabChain::set({m_information, m_wantsMediation, m_notPursued, m_thirtyDays, m_appeal, m_subjectAccess});
}

QPushButton* CaseNextSteps::addButton(const QString& text, const char* objectName,
                                      const QString& accessibleName, const QString& toolTip,
                                      void (CaseNextSteps::*requested)())
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    connect(button, &QPushButton::clicked, this, requested);
    layout()->addWidget(button);
    return button;
}

void CaseNextSteps::setCase(const CaseDetails& details)
{
    const Route route = details.referral.route;
    m_information->setVisible(MediationRequestRule::informationMoves(route, details.stage));
    m_wantsMediation->setVisible(MediationRequestRule::mayRequest(route, details.stage));
    m_notPursued->setVisible(MediationRequestRule::mayRecordNotPursued(route, details.stage));
    m_thirtyDays->setVisible(route == Route::Mediation && details.mediationRequestedDate.isValid() &&
                             details.stage != CaseStage::Closed);
    for (QPushButton* button : {m_information, m_wantsMediation, m_notPursued, m_thirtyDays, m_appeal})
        m_context->gate(button, Action::EditCases);
}

QWidget* CaseNextSteps::first() const
{
    return m_information;
}

QWidget* CaseNextSteps::last() const
{
    return m_subjectAccess;
}
