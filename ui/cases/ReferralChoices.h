#pragma once

#include "domain/PlanSection.h"
#include "domain/Referral.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QRadioButton;
class QWidget;

// The choices a referral is made of, built alike for the new referral and
// its correction: who referred, the route, the council's decision, the plan
// sections in dispute and how the enquiry came in, with the parts of the
// form that show only for some of them. Each dialog connects them to its
// own checks.
class ReferralChoices
{
    Q_DECLARE_TR_FUNCTIONS(ReferralChoices)

public:
    // The choices as a dialog holds them, and the parts of its form they
    // show or hide: the professional's details for a professional referrer,
    // the council's decision for mediation or the disagreement otherwise,
    // and the plan sections for a decision about the plan's content.
    struct Form
    {
        // The choices.
        QComboBox* referrerKind = nullptr;
        QRadioButton* mediation = nullptr;
        QRadioButton* disagreement = nullptr;
        QComboBox* decisionType = nullptr;
        QHash<PlanSection, QCheckBox*> sections;
        QComboBox* channel = nullptr;
        // The parts they show or hide.
        QWidget* professionalPart = nullptr;
        QWidget* mediationPart = nullptr;
        QWidget* sectionsPart = nullptr;
        QWidget* disagreementPart = nullptr;

        ReferrerKind referrer() const;
        Route route() const;
        // Nothing while "Choose the decision..." is shown.
        std::optional<DecisionType> decision() const;
        PlanSections checkedSections() const;
        EnquiryChannel enquiryChannel() const;
        void showPartsForChoices() const;
    };

    struct RouteButtons
    {
        QRadioButton* mediation = nullptr;
        QRadioButton* disagreement = nullptr;
        QHBoxLayout* row = nullptr; // the two side by side, for a form row
    };
    // How a plan section's box is labelled: its letter (with the title as a
    // tooltip) where space is short, or "B: special educational needs".
    enum class SectionLabel
    {
        Letter,
        Title,
    };

    static QComboBox* referrerKind(const QString& accessibleName);
    // The two routes as exclusive radio buttons; `owner` keeps their group.
    static RouteButtons route(QWidget* owner);
    // "Choose the decision..." (no data) and then each decision type.
    static QComboBox* decisionType();
    static QComboBox* enquiryChannel();
    // The sections under a "Plan sections in dispute:" heading, `columns` to a row.
    static QWidget* planSections(int columns, SectionLabel label, QHash<PlanSection, QCheckBox*>* boxes);
    // A part of the form shown or hidden as a whole (`*part`, made here):
    // its own form, without margins, so that its rows line up with the rows
    // around it.
    static QFormLayout* partForm(QWidget** part);
};
