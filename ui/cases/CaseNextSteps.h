#pragma once

#include "domain/CaseDetails.h"

#include <QWidget>

class QPushButton;
class WorkContext;

// The row under a case's header of what the caseworker records next (rules
// section 3: the information given, the family's answer, the start of the
// 30 days), the family's tribunal appeal and the subject access export. Each
// button shows only while the case waits for it, greyed for those who may
// not edit cases; a click asks the workspace, which owns the dialogs.
class CaseNextSteps : public QWidget
{
    Q_OBJECT

public:
    explicit CaseNextSteps(WorkContext* context, QWidget* parent = nullptr);

    // Shows the steps this case waits for.
    void setCase(const CaseDetails& details);
    // The first and last button in reading order, for the workspace's tab chain.
    QWidget* first() const;
    QWidget* last() const;

signals:
    void informationGivenRequested();
    void wantsMediationRequested();
    void notPursuedRequested();
    void thirtyDayStartRequested();
    void appealRequested();
    void subjectAccessRequested();

private:
    QPushButton* addButton(const QString& text, const char* objectName, const QString& accessibleName,
                           const QString& toolTip, void (CaseNextSteps::*requested)());

    WorkContext* m_context;
    QPushButton* m_information = nullptr;
    QPushButton* m_wantsMediation = nullptr;
    QPushButton* m_notPursued = nullptr;
    QPushButton* m_thirtyDays = nullptr;
    QPushButton* m_appeal = nullptr;
    QPushButton* m_subjectAccess = nullptr;
};
