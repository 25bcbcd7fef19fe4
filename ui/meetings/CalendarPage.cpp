#include "meetings/CalendarPage.h"

#include "common/ItemViews.h"
#include "common/TabChain.h"
#include "common/Tone.h"
#include "common/WorkContext.h"
#include "documents/MeetingCalendar.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "platform/PrivateFile.h"
#include "rules/MeetingRules.h"
#include "shell/FileChooser.h"
#include "shell/MessagePresenter.h"
#include "store/access/UserRepository.h"
#include "store/meetings/MeetingRepository.h"
#include "store/meetings/VenueRepository.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QLocale kLocale(QLocale::English, QLocale::UnitedKingdom);

QDate weekStart(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek()); // Monday
}

QDate monthGridStart(const QDate& date)
{
    return weekStart(QDate(date.year(), date.month(), 1));
}

// A line of a day that is not a meeting: a bank holiday, "No meetings".
void quietLine(QListWidget* list, const QString& text, const QString& toolTip)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled);
    item->setToolTip(toolTip);
    QFont italic = item->font();
    italic.setItalic(true);
    item->setFont(italic);
    item->setForeground(Tones::text(Tone::Quiet, list->palette()));
}

QString whereText(const Meeting& meeting)
{
    return meeting.mode == MeetingMode::InPerson ? meeting.venue.name
           : meeting.mode == MeetingMode::Online
               ? (meeting.platform.isEmpty() ? meetingModeTitle(meeting.mode) : meeting.platform)
               : meetingModeTitle(meeting.mode);
}
} // namespace

CalendarPage::CalendarPage(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_date(context->today()), m_viewBox(new QComboBox(this)),
      m_mediator(new QComboBox(this)), m_venue(new QComboBox(this)), m_title(new QLabel(this)),
      m_summary(new QLabel(this)), m_grid(new QTableWidget(this))
{
    m_viewBox->addItem(tr("Day"), static_cast<int>(View::Day));
    m_viewBox->addItem(tr("Week"), static_cast<int>(View::Week));
    m_viewBox->addItem(tr("Month"), static_cast<int>(View::Month));
    m_viewBox->setCurrentIndex(1);
    m_viewBox->setAccessibleName(tr("View"));
    m_mediator->setAccessibleName(tr("Mediator"));
    m_venue->setAccessibleName(tr("Venue"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto* previous = new QPushButton(tr("◀ &Previous"), this);
    auto* today = new QPushButton(tr("&Today"), this);
    auto* next = new QPushButton(tr("&Next ▶"), this);
    auto* exportButton = new QPushButton(tr("E&xport..."), this);
    exportButton->setAccessibleName(tr("Export the meetings shown"));
    exportButton->setToolTip(tr("Save the meetings shown as a calendar file (.ics) for a diary; it names "
                                "each case by its reference only"));
    connect(exportButton, &QPushButton::clicked, this, &CalendarPage::exportToFile);
    m_summary->setAccessibleName(tr("Meetings shown"));
    previous->setAccessibleName(tr("Previous"));
    next->setAccessibleName(tr("Next"));
    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this, [this] { setDate(m_context->today()); });
    connect(m_viewBox, &QComboBox::currentIndexChanged, this,
            [this] { setView(static_cast<View>(m_viewBox->currentData().toInt())); });
    connect(m_mediator, &QComboBox::currentIndexChanged, this, &CalendarPage::reload);
    connect(m_venue, &QComboBox::currentIndexChanged, this, &CalendarPage::reload);
    connect(m_context, &WorkContext::reloaded, this, [this] {
        loadFilters();
        reload();
    });
    connect(m_context, &WorkContext::caseChanged, this, &CalendarPage::refreshInPlace);
    connect(m_context, &WorkContext::changedElsewhere, this, &CalendarPage::refreshInPlace);

    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ItemViews::label(m_grid, tr("Meetings"), tr("The calendar: one cell a day, listing its meetings"));
    m_grid->setFocusPolicy(Qt::NoFocus); // Tab goes to each day's list in it

    auto* bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_title);
    bar->addWidget(m_summary, 1);
    bar->addWidget(new QLabel(tr("&Show:"), this));
    static_cast<QLabel*>(bar->itemAt(bar->count() - 1)->widget())->setBuddy(m_viewBox);
    bar->addWidget(m_viewBox);
    auto* mediatorLabel = new QLabel(tr("&Mediator:"), this);
    mediatorLabel->setBuddy(m_mediator);
    bar->addWidget(mediatorLabel);
    bar->addWidget(m_mediator);
    auto* venueLabel = new QLabel(tr("&Venue:"), this);
    venueLabel->setBuddy(m_venue);
    bar->addWidget(venueLabel);
    bar->addWidget(m_venue);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);
    TabChain::set(
        {previous, today, next, m_viewBox, m_mediator, m_venue, exportButton}); // as read, then the days
    loadFilters();
    reload();
}

void CalendarPage::loadFilters()
{
    const QSignalBlocker blockMediator(m_mediator);
    const QSignalBlocker blockVenue(m_venue);
    m_mediator->clear();
    m_venue->clear();
    m_mediator->addItem(tr("Every mediator"), QVariant());
    m_venue->addItem(tr("Every venue"), QVariant());
    if (!m_context->isOpen())
        return;
    QList<User> users;
    MessagePresenter::instance().showIfFailed(
        this, tr("Calendar"), UserRepository(m_context->database()).list(&users, UserRole::Mediator));
    for (const User& user : users)
        m_mediator->addItem(user.displayName, user.id);
    QList<Venue> venues;
    MessagePresenter::instance().showIfFailed(this, tr("Calendar"),
                                              VenueRepository(m_context->database()).list(&venues));
    for (const Venue& venue : venues)
        m_venue->addItem(venue.name, venue.id);
}

void CalendarPage::setView(View view)
{
    m_view = view;
    const QSignalBlocker block(m_viewBox);
    m_viewBox->setCurrentIndex(m_viewBox->findData(static_cast<int>(view)));
    reload();
}

void CalendarPage::setDate(const QDate& date)
{
    m_date = date;
    reload();
}

void CalendarPage::setMediatorFilter(std::optional<qint64> userId)
{
    m_mediator->setCurrentIndex(userId ? qMax(0, m_mediator->findData(*userId)) : 0);
}

void CalendarPage::setVenueFilter(std::optional<qint64> venueId)
{
    m_venue->setCurrentIndex(venueId ? qMax(0, m_venue->findData(*venueId)) : 0);
}

void CalendarPage::step(int direction)
{
    switch (m_view) {
    case View::Day:
        setDate(m_date.addDays(direction));
        break;
    case View::Week:
        setDate(m_date.addDays(7 * direction));
        break;
    case View::Month:
        setDate(m_date.addMonths(direction));
        break;
    }
}

QString CalendarPage::title() const
{
    switch (m_view) {
    case View::Day:
        return DateText::shortDate(m_date);
    case View::Week: {
        const QDate start = weekStart(m_date);
        return tr("Week of %1").arg(DateText::shortDate(start));
    }
    case View::Month:
        return kLocale.toString(m_date, QStringLiteral("MMMM yyyy"));
    }
    return {};
}

QString CalendarPage::summary() const
{
    if (!m_meetings.isEmpty())
        return tr("%n meeting(s)", nullptr, static_cast<int>(m_meetings.size()));
    switch (m_view) {
    case View::Day:
        return tr("No meetings this day");
    case View::Week:
        return tr("No meetings this week");
    case View::Month:
        return tr("No meetings in these weeks");
    }
    return {};
}

bool CalendarPage::exportShown(const QString& path, QString* problem) const
{
    return PrivateFile::write(path, MeetingCalendar::calendar(m_meetings, QDateTime::currentDateTimeUtc()),
                              problem);
}

void CalendarPage::exportToFile()
{
    if (m_meetings.isEmpty()) {
        MessagePresenter::instance().showInformation(
            this, tr("Export Meetings"), tr("There are no meetings to export: %1.").arg(summary().toLower()));
        return;
    }
    // The file is named by the days shown, never by a case or a person.
    const QString suggested = QStringLiteral("meetings-%1.ics")
                                  .arg(m_meetings.first()
                                           .start.toTimeZone(OfficeTime::zone())
                                           .toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = FileChooser::instance().saveFileName(this, tr("Export Meetings"), suggested,
                                                              tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (!exportShown(path, &problem)) {
        MessagePresenter::instance().showError(this, tr("Export Meetings"),
                                               tr("%1 could not be written: %2. Choose another folder.")
                                                   .arg(QDir::toNativeSeparators(path), problem));
        return;
    }
    MessagePresenter::instance().showInformation(
        this, tr("Export Meetings"),
        tr("%n meeting(s) saved to %1.", nullptr, static_cast<int>(m_meetings.size()))
            .arg(QDir::toNativeSeparators(path)));
}

void CalendarPage::reload()
{
    QDate first = m_date;
    QDate last = m_date;
    int rows = 1;
    if (m_view == View::Week) {
        first = weekStart(m_date);
        last = first.addDays(6);
    } else if (m_view == View::Month) {
        first = monthGridStart(m_date);
        last = first.addDays(41);
        rows = 6;
    }
    m_title->setText(title());
    m_meetings.clear();
    const auto updateSummary = qScopeGuard([this] { m_summary->setText(summary()); });
    if (m_context->isOpen()) {
        MeetingRepository::Filter filter;
        const QTimeZone zone = OfficeTime::zone();
        filter.from = QDateTime(first, QTime(0, 0), zone).toUTC();
        filter.to = QDateTime(last.addDays(1), QTime(0, 0), zone).toUTC();
        if (m_mediator->currentData().isValid())
            filter.mediatorId = m_mediator->currentData().toLongLong();
        if (m_venue->currentData().isValid())
            filter.venueId = m_venue->currentData().toLongLong();
        MessagePresenter::instance().showIfFailed(
            this, tr("Calendar"),
            MeetingRepository(m_context->database(), m_context->calendar()).list(filter, &m_meetings));
    }

    m_grid->clear();
    const int columns = m_view == View::Day ? 1 : 7;
    m_grid->setRowCount(rows);
    m_grid->setColumnCount(columns);
    QStringList headers;
    for (int c = 0; c < columns; ++c)
        headers << (m_view == View::Day ? kLocale.toString(m_date, QStringLiteral("dddd"))
                                        : kLocale.dayName(c + 1, QLocale::LongFormat));
    m_grid->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QDate day = first.addDays(r * 7 + c);
            m_grid->setCellWidget(r, c, dayList(day, m_view != View::Day));
        }
    }
}

void CalendarPage::refreshInPlace()
{
    const int row = m_grid->currentRow();
    const int column = m_grid->currentColumn();
    auto* before = qobject_cast<QListWidget*>(m_grid->cellWidget(row, column));
    const int meeting = before ? before->currentRow() : -1;
    const bool focused = before && before->hasFocus();
    const int vertical = m_grid->verticalScrollBar()->value();
    const int horizontal = m_grid->horizontalScrollBar()->value();
    reload();
    if (row >= 0 && column >= 0)
        m_grid->setCurrentCell(row, column);
    if (auto* after = qobject_cast<QListWidget*>(m_grid->cellWidget(row, column))) {
        if (meeting >= 0 && meeting < after->count())
            after->setCurrentRow(meeting);
        if (focused)
            after->setFocus();
    }
    m_grid->verticalScrollBar()->setValue(vertical);
    m_grid->horizontalScrollBar()->setValue(horizontal);
}

QListWidget* CalendarPage::dayList(const QDate& day, bool withDate)
{
    auto* list = new QListWidget;
    ItemViews::label(list, DateText::shortDate(day), tr("The meetings of the day; Enter opens the case"));
    list->setWordWrap(true);
    list->setFrameShape(QFrame::NoFrame);
    list->setSpacing(3);
    const bool otherMonth = m_view == View::Month && day.month() != m_date.month();
    if (withDate) {
        auto* heading = new QListWidgetItem(
            kLocale.toString(day, m_view == View::Month ? QStringLiteral("d") : QStringLiteral("d MMM")),
            list);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setFlags(Qt::ItemIsEnabled); // a heading, not a meeting
        if (day == m_context->today())
            heading->setText(heading->text() + tr(" (today)"));
    }
    if (!m_context->calendar().isWorkingDay(day) || otherMonth)
        list->setStyleSheet(QStringLiteral("QListWidget { background: palette(alternate-base); }"));
    // A bank holiday is named: no meeting should be booked on it, and a deadline does not count it.
    const QString holiday = m_context->calendar().holidayOn(day);
    if (!holiday.isEmpty())
        quietLine(list, holiday, tr("Bank holiday: %1").arg(holiday));
    const QTimeZone zone = OfficeTime::zone();
    int onTheDay = 0;
    for (const Meeting& meeting : m_meetings) {
        const QDateTime start = meeting.start.toTimeZone(zone);
        if (start.date() != day)
            continue;
        ++onTheDay;
        QStringList mediators;
        for (const MeetingMediator& mediator : meeting.mediators)
            mediators << mediator.name;
        // A month cell has room for the time and the case; the rest is in the tooltip.
        QString text =
            m_view == View::Month
                ? QStringLiteral("%1 %2").arg(start.toString(QStringLiteral("HH:mm")), meeting.caseReference)
                : QStringLiteral("%1 %2 %3")
                      .arg(start.toString(QStringLiteral("HH:mm")), meeting.caseReference,
                           meetingKindTitle(meeting.kind));
        if (m_view != View::Month)
            text += QStringLiteral("\n%1 · %2").arg(whereText(meeting), mediators.join(QStringLiteral(", ")));
        auto* item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, meeting.caseId);
        item->setToolTip(tr("%1\n%2 to %3\n%4\n%5\nDouble-click to open the case.")
                             .arg(meeting.label(), start.toString(QStringLiteral("HH:mm")),
                                  meeting.end.toTimeZone(zone).toString(QStringLiteral("HH:mm")),
                                  whereText(meeting), mediators.join(QStringLiteral(", "))));
        if (meeting.status == MeetingStatus::Cancelled) {
            QFont struck = item->font();
            struck.setStrikeOut(true);
            item->setFont(struck);
            item->setForeground(Tones::text(Tone::Quiet, list->palette()));
            item->setText(tr("%1 (cancelled)").arg(item->text()));
        }
    }
    // An empty day says so where there is room (a month's cells are too small; their name says it).
    if (onTheDay == 0) {
        if (m_view != View::Month)
            quietLine(list, tr("No meetings"), tr("No meetings on this day"));
        list->setAccessibleName(tr("%1, no meetings").arg(list->accessibleName()));
    }
    connect(list, &QListWidget::itemActivated, this, &CalendarPage::activate);
    return list;
}

void CalendarPage::activate(QListWidgetItem* item)
{
    const QVariant caseId = item->data(Qt::UserRole);
    if (caseId.isValid())
        emit openCaseRequested(caseId.toLongLong());
}
