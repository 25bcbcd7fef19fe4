#include "documents/SubjectAccessPdf.h"

#include "documents/HtmlPdf.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SubjectAccessPdf", text);
}

QString sectionTitle(const QString& key)
{
    static const QList<std::pair<const char*, const char*>> titles = {
        {"case", QT_TRANSLATE_NOOP("SubjectAccessPdf", "The case")},
        {"people", QT_TRANSLATE_NOOP("SubjectAccessPdf", "The child, young person and family")},
        {"plan_sections", QT_TRANSLATE_NOOP("SubjectAccessPdf", "EHC plan sections in dispute")},
        {"timeline", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Timeline: calls, emails, letters and notes")},
        {"invitees", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Invitees")},
        {"invitee_calls", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Calls with invitees before meetings")},
        {"meetings", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Meetings")},
        {"meeting_attendance", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Who was asked to each meeting")},
        {"meeting_actions", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Agreed actions")},
        {"meeting_copies", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Copies of agreements sent")},
        {"meeting_changes", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Meetings moved or cancelled")},
        {"travel_expenses", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Travel expenses claimed")},
        {"certificates", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Mediation certificates")},
        {"documents", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Documents filed on the case")},
        {"tasks", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Tasks on the case")},
        {"contact", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Directory entry")},
        {"referred_cases", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Cases referred")},
        {"invitations", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Invitations to meetings")},
        {"conflicts_of_interest", QT_TRANSLATE_NOOP("SubjectAccessPdf", "Conflicts of interest recorded")},
        {"user_account", QT_TRANSLATE_NOOP("SubjectAccessPdf", "User account")},
    };
    for (const auto& [name, title] : titles) {
        if (key == QLatin1String(name))
            return QCoreApplication::translate("SubjectAccessPdf", title);
    }
    return key;
}

QString fieldLabel(const QString& column)
{
    QString label = column;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString text(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    return {};
}
} // namespace

QString SubjectAccessPdf::html(const QJsonObject& document)
{
    QString out;
    out += QStringLiteral("<html><body style=\"font-size: 9pt;\">");
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Subject access: what Common Ground holds"));
    out += QStringLiteral("<table cellpadding=\"2\">");
    const auto row = [&out](const QString& label, const QString& value) {
        out += HtmlPdf::labelRow(label, value);
    };
    row(tr("About"), document.value(QStringLiteral("subject")).toString());
    row(tr("Record"), document.value(QStringLiteral("about")).toString());
    row(tr("Exported"), document.value(QStringLiteral("exported_at")).toString());
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Each section lists the records held, one table each; empty fields are left out. "
                       "The JSON file beside this one holds the same, for computers."));

    for (const QJsonValue& key : document.value(QStringLiteral("sections")).toArray()) {
        const QString name = key.toString();
        const QJsonArray records = document.value(name).toArray();
        out += QStringLiteral("<h3>%1</h3>").arg(HtmlPdf::escape(sectionTitle(name)));
        if (records.isEmpty()) {
            out += QStringLiteral("<p>%1</p>").arg(tr("Nothing held."));
            continue;
        }
        for (const QJsonValue& record : records) {
            const QJsonObject fields = record.toObject();
            out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                  "style=\"margin-bottom: 6px;\">");
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                const QString value = text(it.value());
                if (value.isEmpty())
                    continue;
                out += QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>")
                           .arg(HtmlPdf::escape(fieldLabel(it.key())), HtmlPdf::escape(value));
            }
            out += QStringLiteral("</table>");
        }
    }
    out += QStringLiteral("</body></html>");
    return out;
}

QByteArray SubjectAccessPdf::render(const QJsonObject& document)
{
    HtmlPdf::Page page;
    page.wrapAnywhere = true; // hashes, e-mail addresses and links
    return HtmlPdf::render(tr("Subject access export"), html(document), page);
}
