#include "documents/InvitationLetter.h"

#include "documents/DocumentFont.h"
#include "documents/HtmlPdf.h"
#include "documents/Letterhead.h"
#include "documents/OfficeEmail.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "platform/PrivateFile.h"
#include "rules/LetterPlaceholders.h"

#include <QCoreApplication>
#include <QFont>
#include <QRegularExpression>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("InvitationLetter", text);
}

// Letters go to people in England: dates in the long style, London time.
QDateTime inLondon(const QDateTime& utc)
{
    return OfficeTime::local(utc);
}

// Letters, digits, '-' and '_' from any script; everything else becomes '_'.
QString safe(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    return text.replace(unsafe, QStringLiteral("_"));
}
} // namespace

InvitationLetter::InvitationLetter(InvitationLetterInput input) : m_input(std::move(input)) {}

QString InvitationLetter::meetingWhen() const
{
    if (!m_input.meeting || !m_input.meeting->start.isValid())
        return tr("The date and time are to be confirmed: we will write again as soon as the meeting is "
                  "booked.");
    const QDateTime starts = inLondon(m_input.meeting->start);
    QString when =
        tr("Date: %1, from %2").arg(DateText::longDate(starts.date()), DateText::time(starts.time()));
    if (m_input.meeting->end.isValid())
        when += tr(" to %1").arg(DateText::time(inLondon(m_input.meeting->end).time()));
    return when + tr(" (UK time).");
}

QString InvitationLetter::meetingPlace() const
{
    if (!m_input.meeting)
        return {};
    const Meeting& meeting = *m_input.meeting;
    switch (meeting.mode) {
    case MeetingMode::Online: {
        QString where = meeting.platform.isEmpty() ? tr("online") : tr("online, on %1").arg(meeting.platform);
        if (!meeting.link.isEmpty())
            where += tr(" (join with this link: %1)").arg(meeting.link);
        return where;
    }
    case MeetingMode::Phone:
        return tr("by telephone");
    case MeetingMode::InPerson:
        break;
    }
    QStringList place;
    for (const QString& part : {meeting.venue.name, meeting.venue.address, meeting.venue.postcode}) {
        if (!part.trimmed().isEmpty())
            place << part.trimmed();
    }
    return place.join(QStringLiteral(", "));
}

QString InvitationLetter::meetingWhere() const
{
    if (!m_input.meeting)
        return {};
    const Meeting& meeting = *m_input.meeting;
    switch (meeting.mode) {
    case MeetingMode::Online: {
        QString where = meeting.platform.isEmpty() ? tr("Where: online.")
                                                   : tr("Where: online, on %1.").arg(meeting.platform);
        if (!meeting.link.isEmpty())
            where += tr(" Join with this link: %1").arg(meeting.link);
        return where;
    }
    case MeetingMode::Phone:
        return tr("Where: by telephone. We will call you at the start of the meeting.");
    case MeetingMode::InPerson:
        break;
    }
    const QString place = meetingPlace();
    return place.isEmpty() ? tr("Where: in person; the venue is to be confirmed.")
                           : tr("Where: in person, at %1.").arg(place);
}

QString InvitationLetter::attendees() const
{
    if (!m_input.meeting)
        return {};
    QStringList names;
    for (const MeetingMediator& mediator : m_input.meeting->mediators)
        names << tr("%1 (mediator)").arg(mediator.name);
    for (const MeetingInvitee& invitee : m_input.meeting->invitees)
        names << invitee.name;
    return names.join(QStringLiteral(", "));
}

QHash<QString, QString> InvitationLetter::values() const
{
    const InvitationLetterInput& in = m_input;
    QHash<QString, QString> v;
    v.insert(QStringLiteral("letter_date"), DateText::longDate(in.letterDate));
    v.insert(QStringLiteral("case_reference"), in.caseReference);
    v.insert(QStringLiteral("child_name"), in.childName);
    v.insert(QStringLiteral("council_name"), in.councilName);
    v.insert(QStringLiteral("meeting_kind"),
             in.disagreementResolution ? tr("disagreement resolution meeting") : tr("mediation meeting"));
    v.insert(QStringLiteral("mediator_name"), in.mediatorName);
    v.insert(QStringLiteral("sender_name"), in.senderName);
    v.insert(QStringLiteral("sender_role"), in.senderRole);
    v.insert(QStringLiteral("provider_name"),
             in.provider.name.trimmed().isEmpty() ? tr("The mediation service") : in.provider.name);
    v.insert(QStringLiteral("provider_phone"), in.provider.phone);
    v.insert(QStringLiteral("provider_email"), in.provider.email);
    v.insert(QStringLiteral("invitee_name"), in.inviteeName);
    v.insert(QStringLiteral("invitee_role"), in.inviteeRoleTitle);
    v.insert(QStringLiteral("invitee_organisation"), in.inviteeOrganisation);
    if (in.meeting && in.meeting->start.isValid()) {
        const QDateTime starts = inLondon(in.meeting->start);
        v.insert(QStringLiteral("meeting_date"), DateText::longDate(starts.date()));
        QString time = DateText::time(starts.time());
        if (in.meeting->end.isValid())
            time += tr(" to %1").arg(DateText::time(inLondon(in.meeting->end).time()));
        v.insert(QStringLiteral("meeting_time"), time + tr(" (UK time)"));
    }
    v.insert(QStringLiteral("meeting_place"), meetingPlace());
    v.insert(QStringLiteral("meeting_when"), meetingWhen());
    v.insert(QStringLiteral("meeting_where"), meetingWhere());
    if (in.disagreementResolution)
        v.insert(QStringLiteral("voluntary_note"), tr("Disagreement resolution is voluntary: it goes ahead "
                                                      "only when everyone is willing to take part."));
    v.insert(QStringLiteral("attendees"), attendees());
    return v;
}

QString InvitationLetter::subject() const
{
    // One line, whatever the template holds.
    return LetterPlaceholders::fill(m_input.wording.subject, kind(), values()).simplified();
}

QString InvitationLetter::plainText() const
{
    return LetterPlaceholders::fill(m_input.wording.body, kind(), values()).trimmed() + QLatin1Char('\n');
}

QString InvitationLetter::paragraphsHtml(const QString& text)
{
    QString html;
    for (const QString& paragraph : text.trimmed().split(QRegularExpression(QStringLiteral("\\n\\s*\\n"))))
        html += QStringLiteral("<p>%1</p>").arg(HtmlPdf::escape(paragraph.trimmed()));
    return html;
}

QString InvitationLetter::html() const
{
    return QStringLiteral("<html><body>%1<h2>%2</h2>%3</body></html>")
        .arg(Letterhead(m_input.provider).html(), subject().toHtmlEscaped(), paragraphsHtml(plainText()));
}

QByteArray InvitationLetter::pdf() const
{
    HtmlPdf::Page page;
    page.marginMillimetres = 20;
    page.font = DocumentFont::font(11);
    Letterhead(m_input.provider).addResources(&page);
    return HtmlPdf::render(subject(), html(), page);
}

bool InvitationLetter::writePdf(const QString& path, QString* error) const
{
    // Made in memory first, then written whole or not at all, owner-only.
    QString reason;
    if (PrivateFile::write(path, pdf(), &reason))
        return true;
    if (error)
        *error = tr("Could not write %1: %2").arg(path, reason);
    return false;
}

EmailDraft InvitationLetter::email(const QString& address, const QByteArray& pdf, const QByteArray& ics) const
{
    QList<EmailDraft::Attachment> attachments{{suggestedFileName(), QStringLiteral("application/pdf"), pdf}};
    if (!ics.isEmpty())
        attachments.append({QStringLiteral("meeting-%1.ics").arg(safe(m_input.caseReference)),
                            QStringLiteral("text/calendar; method=REQUEST"), ics});
    return OfficeEmail::draft(m_input.provider, m_input.inviteeName, address, subject(), plainText(),
                              attachments);
}

QString InvitationLetter::suggestedFileName() const
{
    return QStringLiteral("%1-%2-%3.pdf")
        .arg(safe(m_input.inviteeName),
             kind() == LetterKind::Confirmation ? QStringLiteral("confirmation")
                                                : QStringLiteral("invitation"),
             safe(m_input.caseReference));
}
