#include "cases/CaseSummaryBanner.h"

#include "common/Tone.h"
#include "common/WorkContext.h"
#include "domain/DecisionType.h"
#include "domain/Route.h"
#include "rules/Appealability.h"
#include "rules/IsoDate.h"
#include "rules/QuietFamilyRule.h"
#include "store/cases/ActivityRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QLabel>
#include <QVBoxLayout>

CaseSummaryBanner::CaseSummaryBanner(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_reference(new QLabel(this)), m_names(new QLabel(this)),
      m_facts(new QLabel(this)), m_appealability(new QLabel(this)), m_quietFamily(new QLabel(this))
{
    QFont big = m_reference->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_reference->setFont(big);
    for (QLabel* label : {m_reference, m_names, m_facts, m_appealability}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
    }
    m_reference->setAccessibleName(tr("Case reference"));
    m_names->setAccessibleName(tr("Child and parent"));
    m_facts->setAccessibleName(tr("Council and route"));
    m_names->setWordWrap(true); // long names wrap rather than widen the window
    m_facts->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_reference);
    layout->addWidget(m_names);
    layout->addWidget(m_facts);
    m_appealability->setObjectName(QStringLiteral("appealability"));
    m_appealability->setAccessibleName(tr("What the family could appeal"));
    m_appealability->setWordWrap(true);
    layout->addWidget(m_appealability);
    // The office's prompt for a family gone quiet (QuietFamilyRule), in words:
    // the colour only repeats it.
    m_quietFamily->setObjectName(QStringLiteral("quietFamily"));
    m_quietFamily->setWordWrap(true);
    m_quietFamily->setTextFormat(Qt::PlainText);
    Tones::mark(m_quietFamily, Tone::Caution);
    m_quietFamily->hide();
    layout->addWidget(m_quietFamily);
}

void CaseSummaryBanner::setCase(const CaseDetails& details, const std::optional<TribunalAppeal>& appeal)
{
    m_details = details;
    const Referral& r = m_details.referral;
    m_reference->setText(m_details.reference);
    QString names = tr("Child or young person: %1").arg(r.child.fullName());
    if (r.child.dateOfBirth.isValid())
        names += tr(" (born %1)").arg(IsoDate::describe(r.child.dateOfBirth));
    if (r.parent.hasName())
        names += tr("  ·  Parent or carer: %1").arg(r.parent.fullName());
    m_names->setText(names);
    QString facts = tr("%1  ·  %2").arg(m_details.council.name, routeTitle(r.route));
    if (r.route == Route::Mediation && r.decisionType) {
        facts += tr(": %1").arg(decisionTypeTitle(*r.decisionType));
        if (!r.sections.isEmpty())
            facts += tr(" (sections %1)").arg(r.sections.toStrings().join(QStringLiteral(", ")));
    } else if (r.route == Route::DisagreementResolution && !r.disagreementSubject.isEmpty()) {
        facts += tr(": %1").arg(r.disagreementSubject);
    }
    if (!m_details.caseworkerName.isEmpty())
        facts += tr("  ·  Caseworker: %1").arg(m_details.caseworkerName);
    if (!m_details.mediatorName.isEmpty())
        facts += tr("  ·  Mediator: %1").arg(m_details.mediatorName);
    if (appeal)
        facts += tr("  ·  Appeal to the tribunal registered %1 (%2)")
                     .arg(IsoDate::describe(appeal->registeredDate), appealSourceTitle(appeal->source));
    m_facts->setText(facts);
    // Which disputed items the family could appeal and which can only be
    // mediated (rules reference section 2).
    CaseFacts disputed;
    disputed.decisionType = r.decisionType;
    disputed.sections = r.sections;
    const QString appealability = r.route == Route::Mediation ? Appealability::summary(disputed) : QString();
    m_appealability->setText(appealability);
    m_appealability->setVisible(!appealability.isEmpty());
    showQuietFamily();
}

void CaseSummaryBanner::showQuietFamily()
{
    QString text;
    if (QuietFamilyRule::applies(m_details.referral.route, m_details.stage)) {
        int workingDays = QuietFamilyRule::kDefaultWorkingDays;
        QList<Activity> activities;
        // Unreadable, the setting keeps its default (SettingsRepository).
        static_cast<void>(SettingsRepository(m_context->database()).quietFamilyWorkingDays(&workingDays));
        if (StoreError error =
                ActivityRepository(m_context->database()).listForCase(m_details.id, &activities)) {
            text = tr("Could not check when the family was last contacted: %1").arg(error.message());
        } else {
            const QDate contact = QuietFamilyRule::lastContact(
                m_details.informationGivenDate, QuietFamilyRule::latestContactLogged(activities));
            const QDate ask = QuietFamilyRule::promptDay(contact, workingDays, m_context->calendar());
            if (ask.isValid() && ask <= m_context->today())
                text = tr("No contact with the family since %1: ask whether they want mediation, or record "
                          "that they did not pursue it.")
                           .arg(IsoDate::describe(contact));
        }
    }
    m_quietFamily->setText(text);
    m_quietFamily->setAccessibleName(text);
    m_quietFamily->setVisible(!text.isEmpty());
}
