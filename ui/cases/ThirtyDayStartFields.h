#pragma once

#include "domain/MeetingRoute.h"

#include <QObject>

class DateLineEdit;
class QCheckBox;
class QFormLayout;
class QWidget;

// The fields that record what starts the statutory 30 days (rules/README.md
// section 3, "The 30 days by route"): the day the council was told, whether
// the mediation is health-only and arranged by the integrated care board,
// and the day the council told the board the issues (asked only then). Used
// where a request is recorded and where it is corrected.
class ThirtyDayStartFields : public QObject
{
    Q_OBJECT

public:
    // The fields are children of `owner`; addRows places them in a form.
    explicit ThirtyDayStartFields(QWidget* owner);

    void addRows(QFormLayout* form);
    ThirtyDayStart value() const;
    void setValue(const ThirtyDayStart& start);
    // The program, not the person, sets the council-told date (it follows
    // another date until the person changes it): no edited() is sent.
    void followCouncilTold(const QDate& date);
    // A typed date that is not a date; empty when every shown field reads.
    QString fieldProblem() const;
    QWidget* firstField() const;

signals:
    // One of the fields changed.
    void edited();
    // The person, not followCouncilTold, changed the council-told date.
    void councilToldEdited();

private:
    DateLineEdit* m_councilTold;
    QCheckBox* m_healthOnly;
    DateLineEdit* m_icbTold;
    bool m_following = false; // the program, not the person, is setting the council-told date
};
