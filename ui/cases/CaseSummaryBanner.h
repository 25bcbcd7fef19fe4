#pragma once

#include "domain/CaseDetails.h"
#include "domain/TribunalAppeal.h"

#include <QWidget>
#include <optional>

class QLabel;
class WorkContext;

// The top of a case workspace, in words: the reference, the child and parent,
// the council, route and people on the case, which disputed items the family
// could appeal (rules/Appealability) and the office's prompt when the family
// has gone quiet after the information (rules/QuietFamilyRule).
class CaseSummaryBanner : public QWidget
{
    Q_OBJECT

public:
    explicit CaseSummaryBanner(WorkContext* context, QWidget* parent = nullptr);

    // Shows the case as read, with its appeal to the tribunal if one is recorded.
    void setCase(const CaseDetails& details, const std::optional<TribunalAppeal>& appeal);
    // Checks again whether the family has gone quiet (a logged contact ends it).
    void showQuietFamily();

private:
    WorkContext* m_context;
    CaseDetails m_details;
    QLabel* m_reference;
    QLabel* m_names;
    QLabel* m_facts;
    QLabel* m_appealability;
    QLabel* m_quietFamily;
};
