#include "cases/ReferralChoices.h"

#include "domain/DecisionType.h"
#include "domain/PlanSection.h"
#include "domain/Referral.h"
#include "domain/Route.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

QComboBox* ReferralChoices::referrerKind(const QString& accessibleName)
{
    auto* box = new QComboBox;
    box->setObjectName(QStringLiteral("referrerKind"));
    box->setAccessibleName(accessibleName);
    for (ReferrerKind kind : {ReferrerKind::Parent, ReferrerKind::YoungPerson, ReferrerKind::Professional})
        box->addItem(referrerKindTitle(kind), static_cast<int>(kind));
    return box;
}

ReferralChoices::RouteButtons ReferralChoices::route(QWidget* owner)
{
    RouteButtons buttons;
    buttons.mediation = new QRadioButton(routeTitle(Route::Mediation));
    buttons.mediation->setObjectName(QStringLiteral("routeMediation"));
    buttons.mediation->setAccessibleName(tr("Route: mediation"));
    buttons.disagreement = new QRadioButton(routeTitle(Route::DisagreementResolution));
    buttons.disagreement->setObjectName(QStringLiteral("routeDisagreement"));
    buttons.disagreement->setAccessibleName(tr("Route: disagreement resolution"));
    auto* group = new QButtonGroup(owner);
    group->addButton(buttons.mediation);
    group->addButton(buttons.disagreement);
    buttons.row = new QHBoxLayout;
    buttons.row->addWidget(buttons.mediation);
    buttons.row->addWidget(buttons.disagreement);
    buttons.row->addStretch();
    return buttons;
}

QComboBox* ReferralChoices::decisionType()
{
    auto* box = new QComboBox;
    box->setObjectName(QStringLiteral("decisionType"));
    box->setAccessibleName(tr("Council decision"));
    box->addItem(tr("Choose the decision..."));
    for (DecisionType type : allDecisionTypes())
        box->addItem(decisionTypeTitle(type), static_cast<int>(type));
    return box;
}

QComboBox* ReferralChoices::enquiryChannel()
{
    auto* box = new QComboBox;
    box->setObjectName(QStringLiteral("enquiryChannel"));
    box->setAccessibleName(tr("How the enquiry came in"));
    for (EnquiryChannel channel : {EnquiryChannel::Phone, EnquiryChannel::Email, EnquiryChannel::Letter,
                                   EnquiryChannel::Web, EnquiryChannel::InPerson, EnquiryChannel::Referral})
        box->addItem(enquiryChannelTitle(channel), static_cast<int>(channel));
    return box;
}

QWidget* ReferralChoices::planSections(int columns, SectionLabel label, QHash<PlanSection, QCheckBox*>* boxes)
{
    auto* widget = new QWidget;
    auto* grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Plan sections in dispute:")), 0, 0, 1, columns);
    int index = columns;
    for (PlanSection section : allPlanSections()) {
        const QString letter = planSectionToString(section);
        auto* check = new QCheckBox(label == SectionLabel::Letter ? letter : planSectionTitle(section));
        check->setObjectName(QStringLiteral("section") + letter);
        check->setAccessibleName(tr("Plan section %1 in dispute").arg(letter));
        if (label == SectionLabel::Letter)
            check->setToolTip(planSectionTitle(section));
        grid->addWidget(check, index / columns, index % columns);
        boxes->insert(section, check);
        ++index;
    }
    return widget;
}

QFormLayout* ReferralChoices::partForm(QWidget** part)
{
    *part = new QWidget;
    auto* form = new QFormLayout(*part);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

ReferrerKind ReferralChoices::Form::referrer() const
{
    return static_cast<ReferrerKind>(referrerKind->currentData().toInt());
}

Route ReferralChoices::Form::route() const
{
    return mediation->isChecked() ? Route::Mediation : Route::DisagreementResolution;
}

std::optional<DecisionType> ReferralChoices::Form::decision() const
{
    if (!decisionType->currentData().isValid())
        return std::nullopt;
    return static_cast<DecisionType>(decisionType->currentData().toInt());
}

PlanSections ReferralChoices::Form::checkedSections() const
{
    PlanSections checked;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (it.value()->isChecked())
            checked.insert(it.key());
    }
    return checked;
}

EnquiryChannel ReferralChoices::Form::enquiryChannel() const
{
    return static_cast<EnquiryChannel>(channel->currentData().toInt());
}

void ReferralChoices::Form::showPartsForChoices() const
{
    professionalPart->setVisible(referrer() == ReferrerKind::Professional);
    const bool mediating = route() == Route::Mediation;
    mediationPart->setVisible(mediating);
    disagreementPart->setVisible(!mediating);
    sectionsPart->setVisible(mediating && decision() == DecisionType::PlanContent);
}
