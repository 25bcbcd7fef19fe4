#include "documents/TravelClaimPdf.h"

#include "documents/HtmlPdf.h"
#include "domain/DateText.h"
#include "rules/TravelExpenseRules.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TravelClaimPdf", text);
}

} // namespace

QString TravelClaimPdf::html(const Content& content)
{
    QString out;
    out += QStringLiteral("<html><body style=\"font-size: 10pt;\">");
    QStringList from{content.provider.name};
    if (!content.provider.address.trimmed().isEmpty())
        from << content.provider.address.trimmed();
    if (!content.provider.phone.trimmed().isEmpty())
        from << content.provider.phone.trimmed();
    if (!content.provider.email.trimmed().isEmpty())
        from << content.provider.email.trimmed();
    out += QStringLiteral("<p style=\"font-size: 9pt;\">%1</p>")
               .arg(HtmlPdf::escape(from.join(QLatin1Char('\n'))));
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Claim for travel expenses of attending mediation"));
    out += QStringLiteral("<table cellpadding=\"3\">");
    const auto row = [&out](const QString& label, const QString& value) {
        out += HtmlPdf::labelRow(label, value);
    };
    row(tr("To"), content.healthOnlyIcb
                      ? tr("The integrated care board that arranged the mediation (council: %1)")
                            .arg(content.councilName)
                      : content.councilName);
    row(tr("Case reference"), content.caseReference);
    row(tr("Claimant"), content.claimantName.trimmed().isEmpty() ? tr("Not recorded") : content.claimantName);
    row(tr("Prepared on"), DateText::longDate(content.preparedOn));
    out += QStringLiteral("</table>");

    out += QStringLiteral("<p>%1</p>")
               .arg(HtmlPdf::escape(
                   tr("The claimant attended mediation under the Children and Families Act 2014 and asks "
                      "for the reasonable travel expenses of attending it to be paid (section 56(1)(g) "
                      "and the SEND Regulations 2014).")));

    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                          "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
               .arg(tr("Date"), tr("Journey"), tr("How"), tr("Miles"), tr("Receipt"), tr("Amount"));
    bool anyCar = false;
    for (const TravelExpense& e : content.expenses) {
        anyCar = anyCar || e.mode == TravelMode::CarMileage;
        out +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td><td>%5</td>"
                           "<td align=\"right\">%6</td></tr>")
                .arg(HtmlPdf::escape(DateText::shortDate(e.journeyDate)), HtmlPdf::escape(e.description),
                     HtmlPdf::escape(travelModeTitle(e.mode)),
                     e.milesTenths ? HtmlPdf::escape(milesToText(*e.milesTenths)) : QString(),
                     e.receiptHeld ? tr("Held") : tr("None"), HtmlPdf::escape(penceToPounds(e.amountPence)));
    }
    if (content.expenses.isEmpty())
        out += QStringLiteral("<tr><td colspan=\"6\">%1</td></tr>").arg(tr("No journeys are recorded."));
    out +=
        QStringLiteral("<tr><td colspan=\"5\"><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></table>")
            .arg(tr("Total claimed"),
                 HtmlPdf::escape(penceToPounds(TravelExpenseRules::total(content.expenses))));
    if (anyCar)
        out += QStringLiteral("<p style=\"font-size: 9pt;\">%1</p>")
                   .arg(HtmlPdf::escape(
                       tr("Car journeys are claimed at %1p a mile.").arg(content.pencePerMile)));

    out += QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(tr("Declaration"),
                    HtmlPdf::escape(
                        tr("I declare that the journeys above were made to attend mediation about this case, "
                           "that the amounts are what they cost me, and that I have not claimed them from "
                           "anyone else.")));
    out += QStringLiteral("<table cellpadding=\"8\" width=\"100%\">");
    out += QStringLiteral("<tr><td width=\"55%\">%1 ______________________________</td>"
                          "<td>%2 ______________</td></tr>")
               .arg(tr("Signature of claimant"), tr("Date"));
    out += QStringLiteral("<tr><td width=\"55%\">%1 ______________________________</td>"
                          "<td>%2 ______________</td></tr>")
               .arg(tr("Checked for the mediation service"), tr("Date"));
    out += QStringLiteral("</table></body></html>");
    return out;
}

QByteArray TravelClaimPdf::render(const Content& content)
{
    // The page as the action plan's and the subject access PDF's.
    return HtmlPdf::render(tr("Travel expenses claim %1").arg(content.caseReference), html(content));
}
