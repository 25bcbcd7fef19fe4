#include "dashboard/DashboardPage.h"

#include "common/ItemViews.h"
#include "common/UserSettings.h"
#include "common/ViewPlace.h"
#include "common/WorkContext.h"
#include "dashboard/DashboardCaseList.h"
#include "dashboard/DashboardTaskList.h"
#include "dashboard/FirstRunChecklist.h"
#include "domain/DateText.h"
#include "domain/DomainText.h"
#include "domain/Meeting.h"
#include "rules/IsoDate.h"
#include "rules/QuietFamilyRule.h"
#include "shell/MessagePresenter.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseTaskRepository.h"
#include "store/cases/DashboardQueries.h"
#include "store/settings/SettingsRepository.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Kept per signed-in user (common/UserSettings): a person id, or kEveryone.
const QString kUserKey = QStringLiteral("dashboard/user");
constexpr qint64 kEveryone = -1;
constexpr int kListLimit = 50;
constexpr int kCaseIdRole = Qt::UserRole + 1;
} // namespace

DashboardPage::DashboardPage(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_user(new QComboBox(this)), m_counts(new QLabel(this)),
      m_checklist(new FirstRunChecklist(context, this)),
      m_overdue(new DashboardCaseList(tr("Overdue"), tr("Nothing is overdue."), this)),
      m_dueThisWeek(
          new DashboardCaseList(tr("Due today and this week"), tr("Nothing else is due this week."), this)),
      m_myCases(new DashboardCaseList(tr("Open cases"), QString(), this)),
      m_certificates(new DashboardCaseList(tr("Certificates due"), tr("No certificate is due."), this)),
      m_quiet(new DashboardCaseList(tr("Families gone quiet"), tr("No family has gone quiet."), this)),
      m_myTasks(new DashboardTaskList(tr("My tasks"), tr("No open task is yours."), this)),
      m_overdueTasks(new DashboardTaskList(tr("Overdue tasks"), tr("No task is overdue."), this)),
      m_grid(new QGridLayout), m_meetingsBox(new QWidget(this)), m_meetings(new QListWidget(this)),
      m_noMeetings(new QLabel(tr("No meetings this week."), this))
{
    setAccessibleName(tr("Dashboard"));
    auto* heading = new QLabel(tr("Dashboard"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    m_user->setAccessibleName(tr("Show cases of"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->setMinimumWidth(m_user->fontMetrics().averageCharWidth() * 14); // narrower where room is short
    auto* userLabel = new QLabel(tr("&Show cases of:"), this);
    userLabel->setBuddy(m_user);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setAccessibleName(tr("Refresh the dashboard"));
    refreshButton->setToolTip(tr("Ask the database again (F5)"));
    m_counts->setAccessibleName(tr("Figures"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);

    ItemViews::label(m_meetings, tr("Meetings this week"),
                     tr("One row a meeting this week; Enter opens the case"));
    auto* meetingsHeading = new QLabel(tr("Meetings this week"), this);
    meetingsHeading->setObjectName(QStringLiteral("meetingsHeading"));
    QFont bold = meetingsHeading->font();
    bold.setBold(true);
    meetingsHeading->setFont(bold);
    m_noMeetings->setAlignment(Qt::AlignCenter);
    auto* meetingsLayout = new QVBoxLayout(m_meetingsBox);
    meetingsLayout->setContentsMargins(0, 0, 0, 0);
    meetingsLayout->addWidget(meetingsHeading);
    meetingsLayout->addWidget(m_meetings, 1);
    meetingsLayout->addWidget(m_noMeetings, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(userLabel);
    top->addWidget(m_user);
    top->addWidget(refreshButton);

    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(12);
    m_grid->addWidget(m_overdue, 0, 0);
    m_grid->addWidget(m_dueThisWeek, 0, 1);
    m_grid->addWidget(m_myCases, 1, 0);
    m_grid->addWidget(m_certificates, 1, 1);
    // Beside the meetings while the office asks about quiet families
    // (showQuietFamilies moves the meetings back across the width when not).
    m_grid->addWidget(m_meetingsBox, 2, 0);
    m_grid->addWidget(m_quiet, 2, 1);
    m_quiet->view()->setObjectName(QStringLiteral("quietFamilies"));
    m_myTasks->setShowsWhoFor(false); // one person's, named in its title
    m_grid->addWidget(m_myTasks, 3, 0);
    m_grid->addWidget(m_overdueTasks, 3, 1);
    m_grid->setRowStretch(0, 3);
    m_grid->setRowStretch(1, 3);
    m_grid->setRowStretch(2, 2);
    m_grid->setRowStretch(3, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addWidget(m_checklist);
    layout->addLayout(m_grid, 1);

    for (DashboardCaseList* list : {m_overdue, m_dueThisWeek, m_myCases, m_certificates, m_quiet})
        connect(list, &DashboardCaseList::caseActivated, this, &DashboardPage::openCaseRequested);
    for (DashboardTaskList* list : {m_myTasks, m_overdueTasks})
        connect(list, &DashboardTaskList::caseActivated, this, &DashboardPage::openCaseRequested);
    auto openMeeting = [this](QListWidgetItem* item) {
        if (item)
            emit openCaseRequested(item->data(kCaseIdRole).toLongLong());
    };
    connect(m_meetings, &QListWidget::itemActivated, this, openMeeting);
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        // Remembered for the person signed in, not for the desk.
        const auto user = shownUser();
        QSettings().setValue(UserSettings::key(UserSettings::username(m_context), kUserKey),
                             user ? *user : kEveryone);
        refresh();
    });
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    auto* refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &DashboardPage::refresh);
    connect(m_context, &WorkContext::reloaded, this, [this] {
        loadUsers();
        refresh();
    });
    connect(m_context, &WorkContext::caseChanged, this, &DashboardPage::refresh);
    connect(m_context, &WorkContext::changedElsewhere, this, &DashboardPage::refresh);
    loadUsers();
    refresh();
}

void DashboardPage::loadUsers()
{
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    m_user->addItem(tr("Everyone"));
    QList<User> users;
    if (m_context->isOpen())
        MessagePresenter::instance().showIfFailed(this, tr("Dashboard"),
                                                  UserRepository(m_context->database()).list(&users));
    for (const User& user : users)
        m_user->addItem(user.displayName, user.id);
    // The choice the person signed in made last time; before they made one,
    // whoever works on cases sees their own, a supervisor or an
    // administrator everyone's.
    const QVariant remembered =
        QSettings().value(UserSettings::key(UserSettings::username(m_context), kUserKey));
    qint64 chosen = kEveryone;
    const std::optional<User>& signedIn = m_context->signedInUser();
    if (remembered.isValid())
        chosen = remembered.toLongLong();
    else if (signedIn && signedIn->role != UserRole::Supervisor && signedIn->role != UserRole::Administrator)
        chosen = m_context->currentUserId().value_or(kEveryone);
    const int index = chosen == kEveryone ? 0 : m_user->findData(chosen);
    m_user->setCurrentIndex(std::max(0, index));
}

std::optional<qint64> DashboardPage::shownUser() const
{
    const QVariant value = m_user->currentData();
    if (!value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

void DashboardPage::reportError(const QString& what, const QString& message)
{
    m_errors << tr("%1: %2").arg(what, message);
}

void DashboardPage::refresh()
{
    m_errors.clear();
    if (!m_context->isOpen()) {
        for (DashboardCaseList* list : {m_overdue, m_dueThisWeek, m_myCases, m_certificates, m_quiet})
            list->clear();
        m_meetings->clear();
        m_myTasks->clear();
        m_overdueTasks->clear();
        m_counts->setText(tr("No database is open: use File > Open Database."));
        return;
    }
    const QDate today = m_context->today();
    const DashboardQueries queries(m_context->database());
    const std::optional<qint64> me = shownUser();

    DashboardCounts counts;
    if (StoreError error = queries.counts(today, me, &counts))
        reportError(tr("Figures"), error.message());
    CaseListFilter overdue;
    overdue.overdueOnly = true;
    overdue.assignedTo = me;
    loadCaseList(m_overdue, overdue, tr("Overdue"));
    CaseListFilter dueThisWeek;
    dueThisWeek.dueThisWeekOnly = true;
    dueThisWeek.assignedTo = me;
    loadCaseList(m_dueThisWeek, dueThisWeek, tr("Due this week"));
    showQuietFamilies();

    QList<CaseListRow> rows;
    if (me) {
        m_myCases->setTitle(me == m_context->currentUserId() ? tr("My cases")
                                                             : tr("Cases of %1").arg(m_user->currentText()));
        m_myCases->setEmptyText(
            tr("%1 is neither caseworker nor mediator of an open case.").arg(m_user->currentText()));
    } else {
        m_myCases->setTitle(tr("Open cases"));
        m_myCases->setEmptyText(tr("There are no open cases."));
    }
    if (StoreError error = queries.myCases(me, kListLimit, &rows))
        reportError(tr("Open cases"), error.message());
    m_myCases->setRows(rows, std::max(counts.myOpenCases, static_cast<int>(rows.size())),
                       m_context->calendar(), today);
    rows.clear();
    if (StoreError error = queries.certificatesDue(kListLimit, &rows, me))
        reportError(tr("Certificates due"), error.message());
    m_certificates->setRows(rows, std::max(counts.certificatesDue, static_cast<int>(rows.size())),
                            m_context->calendar(), today);
    loadMeetings();
    loadTasks();

    const QLocale locale;
    QString figures =
        tr("Today is %1.  Due today: %2  ·  Due this week: %3  ·  Overdue: %4  ·  Certificates due: "
           "%5  ·  Meetings this week: %6")
            .arg(IsoDate::describe(today), locale.toString(counts.dueToday),
                 locale.toString(counts.dueThisWeek), locale.toString(counts.overdue),
                 locale.toString(counts.certificatesDue), locale.toString(counts.meetingsThisWeek));
    figures +=
        me ? tr("  ·  Open cases of %1: %2").arg(m_user->currentText(), locale.toString(counts.myOpenCases))
           : tr("  ·  Open cases: %1").arg(locale.toString(counts.myOpenCases));
    if (!m_errors.isEmpty())
        figures += QLatin1Char('\n') +
                   tr("Some figures could not be loaded: %1").arg(m_errors.join(QStringLiteral("; ")));
    m_counts->setText(figures);
}

void DashboardPage::loadCaseList(DashboardCaseList* list, const CaseListFilter& filter, const QString& what)
{
    CaseListQuery query(m_context->database());
    query.setFilter(filter, m_context->today());
    query.setSort(CaseListQuery::Column::NextDeadline, Qt::AscendingOrder);
    int total = 0;
    QList<CaseListRow> rows;
    if (StoreError error = query.count(&total))
        reportError(what, error.message());
    if (StoreError error = query.fetch(0, kListLimit, &rows))
        reportError(what, error.message());
    list->setRows(rows, std::max(total, static_cast<int>(rows.size())), m_context->calendar(),
                  m_context->today());
}

void DashboardPage::showQuietFamilies()
{
    int workingDays = QuietFamilyRule::kDefaultWorkingDays;
    if (StoreError error = SettingsRepository(m_context->database()).quietFamilyWorkingDays(&workingDays))
        reportError(tr("Families gone quiet"), error.message());
    const QDate lastContactBy =
        QuietFamilyRule::latestQuietContact(m_context->today(), workingDays, m_context->calendar());
    const bool asking = lastContactBy.isValid();
    m_grid->removeWidget(m_meetingsBox);
    m_grid->removeWidget(m_quiet);
    m_grid->addWidget(m_meetingsBox, 2, 0, 1, asking ? 1 : 2);
    if (asking)
        m_grid->addWidget(m_quiet, 2, 1);
    m_quiet->setVisible(asking);
    if (!asking) {
        m_quiet->clear();
        return;
    }
    // Written out for one and for more: without a translation loaded, %n's
    // "(s)" would show as it is.
    if (workingDays == 1) {
        m_quiet->setTitle(tr("Families gone quiet: no contact for 1 working day"));
        m_quiet->setEmptyText(
            tr("Every family told about mediation has been in touch in the last working day."));
    } else {
        m_quiet->setTitle(tr("Families gone quiet: no contact for %1 working days").arg(workingDays));
        m_quiet->setEmptyText(
            tr("Every family told about mediation has been in touch in the last %1 working days.")
                .arg(workingDays));
    }
    CaseListFilter filter;
    filter.quietSince = lastContactBy;
    filter.assignedTo = shownUser();
    loadCaseList(m_quiet, filter, tr("Families gone quiet"));
}

void DashboardPage::loadMeetings()
{
    const ViewPlace place(m_meetings, kCaseIdRole);
    m_meetings->clear();
    const QDate today = m_context->today();
    QList<UpcomingMeeting> meetings;
    if (StoreError error =
            DashboardQueries(m_context->database())
                .meetingsBetween(today, DashboardQueries::endOfWeek(today), &meetings, shownUser()))
        reportError(tr("Meetings this week"), error.message());
    for (const UpcomingMeeting& meeting : meetings) {
        // The kind in words, never its stored key.
        const std::optional<MeetingKind> meetingKind = meetingKindFromString(meeting.kind);
        const QString kind = meetingKind ? meetingKindTitle(*meetingKind) : QString();
        const QString text = tr("%1   %2   %3   (%4)")
                                 .arg(DateText::shortDateTime(meeting.startsAt.toLocalTime()),
                                      meeting.reference, meeting.childName, kind);
        auto* item = new QListWidgetItem(text, m_meetings);
        item->setData(kCaseIdRole, meeting.caseId);
    }
    place.restore();
    if (auto* heading = findChild<QLabel*>(QStringLiteral("meetingsHeading")))
        heading->setText(tr("Meetings this week (%Ln)", nullptr, static_cast<int>(meetings.size())));
    m_meetings->setVisible(!meetings.isEmpty());
    m_noMeetings->setVisible(meetings.isEmpty());
}

void DashboardPage::loadTasks()
{
    const CaseTaskRepository repository(m_context->database());
    const QDate today = m_context->today();
    const std::optional<qint64> shown = shownUser();
    // Everyone's cases shown: the signed-in person's own tasks.
    const std::optional<qint64> person = shown ? shown : m_context->currentUserId();
    QList<CaseTask> tasks;
    if (person) {
        const bool mine = person == m_context->currentUserId();
        m_myTasks->setTitle(mine ? tr("My tasks") : tr("Tasks of %1").arg(m_user->currentText()));
        m_myTasks->setEmptyText(mine ? tr("No open task is yours.")
                                     : tr("No open task is for %1.").arg(m_user->currentText()));
        if (StoreError error = repository.openTasksFor(*person, &tasks))
            reportError(tr("My tasks"), error.message());
    } else {
        m_myTasks->setTitle(tr("My tasks"));
        m_myTasks->setEmptyText(tr("Sign in to see your tasks."));
    }
    m_myTasks->setTasks(tasks, today);
    tasks.clear();
    if (StoreError error = repository.overdueTasks(today, shown, &tasks))
        reportError(tr("Overdue tasks"), error.message());
    m_overdueTasks->setTasks(tasks, today);
}
