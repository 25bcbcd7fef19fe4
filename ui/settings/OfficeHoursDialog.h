#pragma once

#include "rules/MeetingRules.h"

#include <QDialog>

class FieldMessage;
class QTimeEdit;
class WorkContext;

// Settings > Office Hours: when the office's day starts and ends. A meeting
// booked outside them is warned about (MeetingRules). Administrators and
// supervisors change them; a save over another desk's newer one is refused
// with an offer to reload.
class OfficeHoursDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OfficeHoursDialog(WorkContext* context, QWidget* parent = nullptr);

    OfficeHours hours() const;
    void setHours(const OfficeHours& hours);
    QString shownProblem() const;

    void accept() override;

private:
    void load();

    WorkContext* m_context;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    FieldMessage* m_problem;
    qint64 m_version = 0;
    bool m_usable = false;
};
