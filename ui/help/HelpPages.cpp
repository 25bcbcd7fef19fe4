#include "help/HelpPages.h"

#include "domain/CertificatePart.h"
#include "domain/DateText.h"
#include "rules/DeadlineCalculator.h"
#include "rules/Permissions.h"
#include "store/directory/ContactCsv.h"

#include <QCoreApplication>
#include <QFile>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("HelpPages", text);
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// One deadline: its rule, what it runs from, the date, and the working.
QString example(const Deadline& deadline)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(deadline.rule()));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Example: from %1, %2, the deadline is <b>%3</b>.")
                         .arg(escaped(deadline.startEvent()), DateText::longDate(deadline.startDate()),
                              DateText::longDate(deadline.date())));
    html += QStringLiteral("<ol>");
    for (const QString& step : deadline.steps())
        html += QStringLiteral("<li>%1</li>").arg(escaped(step));
    html += QStringLiteral("</ol>");
    if (deadline.isProvisional())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(deadline.provisionalReason()));
    return html;
}
} // namespace

HelpPages::HelpPages(BankHolidayCalendar calendar) : m_calendar(std::move(calendar)) {}

QStringList HelpPages::names()
{
    return {QStringLiteral("contents"), QStringLiteral("dashboard"), QStringLiteral("cases"),
            QStringLiteral("contacts"), QStringLiteral("calendar"),  QStringLiteral("certificates"),
            QStringLiteral("reports"),  QStringLiteral("deadlines"), QStringLiteral("roles"),
            QStringLiteral("letters")};
}

QString HelpPages::html(const QString& name) const
{
    if (!names().contains(name))
        return {};
    QFile file(QStringLiteral(":/help/%1.html").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString page = QString::fromUtf8(file.readAll());
    page.replace(QStringLiteral("<!-- roles -->"), rolesTable());
    page.replace(QStringLiteral("<!-- deadlines -->"), deadlineExamples());
    page.replace(QStringLiteral("<!-- contact-columns -->"), contactColumns());
    return page;
}

QString HelpPages::rolesTable() const
{
    const QList<UserRole> roles = allUserRoles();
    QString html = QStringLiteral("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th></th>");
    for (UserRole role : roles)
        html += QStringLiteral("<th>%1</th>").arg(escaped(userRoleTitle(role)));
    html += QStringLiteral("</tr>");
    for (Action action : Permissions::allActions()) {
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(Permissions::actionText(action)));
        for (UserRole role : roles)
            html += QStringLiteral("<td align=\"center\">%1</td>")
                        .arg(Permissions::allows(role, action) ? tr("yes") : tr("no"));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td>%1</td>").arg(tr("Which cases they see"));
    for (UserRole role : roles)
        html += QStringLiteral("<td align=\"center\">%1</td>")
                    .arg(Permissions::caseScope(role) == CaseScope::All ? tr("every case") : tr("their own"));
    html += QStringLiteral("</tr></table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("\"Their own\" cases are those where they are the caseworker or the mediator."));
    return html;
}

QString HelpPages::deadlineExamples() const
{
    const DeadlineCalculator calculator(m_calendar);
    const QDate day = exampleDay();
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Before the meeting"));
    html += example(calculator.contactBy(day));
    html += example(calculator.meetingBy(day, MeetingRoute::CouncilArranged));
    html += example(calculator.meetingBy(day, MeetingRoute::HealthOnlyIcb));
    html += example(calculator.meetingNoticeBy(day.addDays(23)));
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Certificates"));
    for (CertificatePart part : {CertificatePart::Part1, CertificatePart::Part2, CertificatePart::Part3})
        html += example(calculator.certificateDueBy(part, day.addDays(8)));
    html += QStringLiteral("<h2>%1</h2>").arg(tr("The family's appeal"));
    html += example(calculator.appealDeadline(day));
    html += example(calculator.appealDeadline(day, day.addDays(60)));
    return html;
}

QString HelpPages::contactColumns()
{
    QStringList columns;
    for (const QString& column : ContactCsv::columns())
        columns << QStringLiteral("<code>%1</code>").arg(escaped(column));
    return columns.join(QStringLiteral(", "));
}
