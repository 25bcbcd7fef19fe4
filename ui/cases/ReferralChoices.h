#pragma once

#include "domain/PlanSection.h"

#include <QCoreApplication>
#include <QHash>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QRadioButton;
class QWidget;

// The choices a referral is made of, built alike for the new referral and
// its correction: who referred, the route, the council's decision, the plan
// sections in dispute and how the enquiry came in. Each dialog connects them
// to its own checks.
class ReferralChoices
{
    Q_DECLARE_TR_FUNCTIONS(ReferralChoices)

public:
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
};
