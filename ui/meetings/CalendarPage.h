#pragma once

#include "domain/Meeting.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTableWidget;
class WorkContext;

// The Calendar screen: every meeting by day, week or month, in office time,
// filtered by mediator or venue. Bank holidays are named on their day, an
// empty day says so, and the meetings shown can be saved as an .ics file for
// a diary. Double-clicking a meeting (or pressing Enter on it) opens its case.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        Day,
        Week,
        Month
    };

    explicit CalendarPage(WorkContext* context, QWidget* parent = nullptr);

    void setView(View view);
    View view() const { return m_view; }
    void setDate(const QDate& date);
    QDate date() const { return m_date; }
    void setMediatorFilter(std::optional<qint64> userId);
    void setVenueFilter(std::optional<qint64> venueId);
    // The meetings on screen, in order.
    const QList<Meeting>& shownMeetings() const { return m_meetings; }
    QString title() const;
    // What the shown days hold, in words: "2 meetings", "No meetings this week".
    QString summary() const;
    // Writes the shown meetings as an iCalendar file (MeetingCalendar) to
    // `path`; false and *problem when it could not be written.
    bool exportShown(const QString& path, QString* problem) const;
    void reload();
    // Reads the meetings again where the person is (a change here or at
    // another desk): the same day and meeting chosen, the same scroll.
    void refreshInPlace();

signals:
    void openCaseRequested(qint64 caseId);

private:
    void loadFilters();
    void step(int direction);
    QListWidget* dayList(const QDate& day, bool withDate);
    void activate(QListWidgetItem* item);
    void exportToFile();

    WorkContext* m_context;
    View m_view = View::Week;
    QDate m_date;
    QList<Meeting> m_meetings;
    QComboBox* m_viewBox;
    QComboBox* m_mediator;
    QComboBox* m_venue;
    QLabel* m_title;
    QLabel* m_summary;
    QTableWidget* m_grid;
};
