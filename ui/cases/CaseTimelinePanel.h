#pragma once

#include "domain/Activity.h"

#include <QWidget>

class ActivityModel;
class LogActivityDialog;
class QTableView;
class WorkContext;

// A case's notes and activity timeline, newest first, with buttons to log a
// call, email, letter or note.
class CaseTimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseTimelinePanel(WorkContext* context, QWidget* parent = nullptr);

    void setCase(qint64 caseId);
    void reload();
    ActivityModel* model() const { return m_model; }
    // Whether the case is a mediation still at enquiry, so that an entry may
    // record the mediation information given (and move the case on).
    void setOfferInformationGiven(bool offer) { m_offerInformationGiven = offer; }
    // Opens the dialog (window-modal, returning at once); saving adds the
    // entry. `informationGiven` ticks "this gave the mediation information".
    LogActivityDialog* beginLog(ActivityKind kind, bool informationGiven = false);

signals:
    void activityAdded();
    // An entry that moved the case on (the mediation information given).
    void caseMoved();

private:
    void save(const Activity& filledIn, bool informationGiven);

    WorkContext* m_context;
    qint64 m_caseId = 0;
    bool m_offerInformationGiven = false;
    ActivityModel* m_model;
    QTableView* m_view;
};
