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
    // Opens the dialog (window-modal, returning at once); saving adds the entry.
    LogActivityDialog* beginLog(ActivityKind kind);

signals:
    void activityAdded();

private:
    void save(const Activity& filledIn);

    WorkContext* m_context;
    qint64 m_caseId = 0;
    ActivityModel* m_model;
    QTableView* m_view;
};
