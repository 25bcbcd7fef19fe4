#include "documents/ActionPlanPdf.h"

#include "documents/HtmlPdf.h"
#include "documents/Letterhead.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "rules/AgreementDeadlines.h"
#include "rules/ChildViewsRule.h"
#include "rules/MeetingRules.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ActionPlanPdf", text);
}
} // namespace

QString ActionPlanPdf::title(const MeetingRecord& r)
{
    const bool agreed = r.outcome == MeetingOutcome::Agreed || r.outcome == MeetingOutcome::PartlyAgreed;
    return agreed ? tr("Mediation agreement and action plan") : tr("Record of meeting and action plan");
}

QString ActionPlanPdf::html(const Content& content)
{
    const Meeting& m = content.meeting;
    const MeetingRecord& r = content.record;
    QString out;
    out += QStringLiteral("<html><body style=\"font-size: 10pt;\">");
    out += Letterhead(content.provider).html();
    out += QStringLiteral("<h2>%1</h2>").arg(title(r));
    out += QStringLiteral("<table cellpadding=\"3\">");
    const auto row = [&out](const QString& label, const QString& value) {
        out += HtmlPdf::labelRow(label, value);
    };
    row(tr("Case reference"), m.caseReference);
    row(tr("Meeting"), meetingKindTitle(m.kind));
    row(tr("Held on"),
        DateText::longDate(r.heldDate.isValid() ? r.heldDate
                                                : m.start.toTimeZone(OfficeTime::zone()).date()));
    row(tr("Outcome"), r.outcome ? meetingOutcomeTitle(*r.outcome) : tr("Not yet recorded"));
    if (!content.preparedBy.isEmpty())
        row(tr("Prepared by"), content.preparedByRole.isEmpty()
                                   ? content.preparedBy
                                   : tr("%1, %2").arg(content.preparedBy, content.preparedByRole));
    out += QStringLiteral("</table>");

    // CFA s.56(1)(e): the mediator takes reasonable steps to find out the
    // child's or young person's views (rules/README.md section 3).
    out += QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(tr("The child's or young person's views"),
                    HtmlPdf::escape(ChildViewsRule::describe(content.childViews)));

    out += QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(tr("Issues covered"),
                    r.issuesCovered.isEmpty() ? tr("None recorded.") : HtmlPdf::escape(r.issuesCovered));

    out += QStringLiteral("<h3>%1</h3>").arg(tr("Actions"));
    if (r.actions.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(tr("No actions were agreed."));
    } else {
        // The agreement is made at the meeting: the council's deadlines in law
        // run from the day held (rules/README.md section 3, "After an agreement").
        const QDate agreedOn =
            r.heldDate.isValid() ? r.heldDate : m.start.toTimeZone(OfficeTime::zone()).date();
        // The agreement's own terms change those deadlines (reg 42): said once, above them.
        QStringList terms;
        if (r.agreedPeriodDays)
            terms << tr("A period of %1 days was agreed in writing for the council's actions.")
                         .arg(*r.agreedPeriodDays);
        if (r.councilNotParty)
            terms << tr("The council was not a party: the commissioning body tells it about the agreement "
                        "within a week.");
        if (!terms.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(HtmlPdf::escape(terms.join(QLatin1Char(' '))));
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                              "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                   .arg(tr("No."), tr("What"), tr("Who"), tr("By when"));
        for (int i = 0; i < r.actions.size(); ++i) {
            const MeetingAction& a = r.actions.at(i);
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 (%4)</td><td>%5</td></tr>")
                       .arg(i + 1)
                       .arg(HtmlPdf::escape(a.what), HtmlPdf::escape(a.who),
                            HtmlPdf::escape(actionPartyTitle(a.party)),
                            HtmlPdf::escape(DateText::longDate(a.due)));
            QStringList deadlines;
            if (a.kind) {
                for (const AgreementDeadlines::Item& item :
                     AgreementDeadlines::compute(agreedOn, *a.kind, r.agreedPeriodDays, r.councilNotParty))
                    deadlines << HtmlPdf::escape(QStringLiteral("%1: %2 (%3)")
                                                     .arg(item.checkReg44()
                                                              ? tr("check reg 44")
                                                              : DateText::longDate(item.deadline.date()),
                                                          item.what, item.regulation));
            } else {
                deadlines << HtmlPdf::escape(tr("Kind of action not recorded"));
            }
            out +=
                QStringLiteral("<tr><td></td><td colspan=\"3\" style=\"font-size: 9pt;\">%1<br>%2</td></tr>")
                    .arg(HtmlPdf::escape(tr("The council's deadlines in law:")),
                         deadlines.join(QLatin1String("<br>")));
        }
        out += QStringLiteral("</table>");
    }
    // What the regulations say the parties should know about this document.
    out +=
        QStringLiteral("<p style=\"font-size: 9pt;\">%1</p>")
            .arg(tr(
                "Where the agreed action is one the family could appeal, the council meets the time limits "
                "of reg 44 as if the agreement were a tribunal order; otherwise it acts within two weeks of "
                "the agreement. A different period agreed in writing replaces either (SEND Regulations "
                "2014, reg 42). This agreement is confidential; it is not evidence at a tribunal, and the "
                "mediator is not a witness."));

    out += QStringLiteral("<h3>%1</h3>").arg(tr("Signed"));
    out += QStringLiteral("<table cellpadding=\"8\" width=\"100%\">");
    for (const QString& name : content.signatories) {
        out += QStringLiteral("<tr><td width=\"38%\">%1</td><td width=\"40%\">%2 ______________________</td>"
                              "<td>%3 __________</td></tr>")
                   .arg(HtmlPdf::escape(name), tr("Signature"), tr("Date"));
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}

QByteArray ActionPlanPdf::render(const Content& content)
{
    HtmlPdf::Page page;
    Letterhead(content.provider).addResources(&page);
    return HtmlPdf::render(tr("Action plan %1").arg(content.meeting.caseReference), html(content), page);
}
