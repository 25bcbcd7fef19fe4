#include "documents/InvitationLetter.h"

#include "documents/HtmlPdf.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "platform/PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QRegularExpression>
#include <QTimeZone>

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
} // namespace

InvitationLetter::InvitationLetter(InvitationLetterInput input) : m_input(std::move(input)) {}

QString InvitationLetter::subject() const
{
    const QString kind =
        m_input.disagreementResolution ? tr("disagreement resolution meeting") : tr("mediation meeting");
    return tr("Invitation to a %1 (%2)").arg(kind, m_input.caseReference);
}

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
    QStringList place;
    for (const QString& part : {meeting.venue.name, meeting.venue.address, meeting.venue.postcode}) {
        if (!part.trimmed().isEmpty())
            place << part.trimmed();
    }
    return place.isEmpty() ? tr("Where: in person; the venue is to be confirmed.")
                           : tr("Where: in person, at %1.").arg(place.join(QStringLiteral(", ")));
}

QStringList InvitationLetter::paragraphs() const
{
    const InvitationLetterInput& in = m_input;
    QStringList out;
    out << DateText::longDate(in.letterDate);
    QString to = in.inviteeName;
    if (!in.inviteeOrganisation.trimmed().isEmpty())
        to += QLatin1Char('\n') + in.inviteeOrganisation.trimmed();
    out << to;
    out << tr("Our reference: %1").arg(in.caseReference);
    out << tr("Dear %1,").arg(in.inviteeName);
    const QString about = tr("the special educational needs and disabilities (SEND) of %1, with %2")
                              .arg(in.childName, in.councilName);
    out << (in.disagreementResolution
                ? tr("You are invited to a disagreement resolution meeting about %1. Disagreement "
                     "resolution is voluntary: it goes ahead only when everyone is willing to take part.")
                      .arg(about)
                : tr("You are invited to a mediation meeting about %1.").arg(about));
    out << tr("You are invited as: %1.").arg(in.inviteeRoleTitle);
    QString details = meetingWhen();
    const QString where = meetingWhere();
    if (!where.isEmpty())
        details += QLatin1Char('\n') + where;
    out << details;
    if (!in.mediatorName.trimmed().isEmpty())
        out << tr("The meeting will be led by %1, an independent mediator.").arg(in.mediatorName.trimmed());
    out << tr("Please tell us by reply whether you can attend, and whether you need any adjustments, an "
              "interpreter or accessible information. Everything said in the meeting is confidential.");
    out << tr("Yours sincerely,");
    out << (in.providerName.trimmed().isEmpty() ? tr("The mediation service") : in.providerName.trimmed());
    return out;
}

QString InvitationLetter::plainText() const
{
    return paragraphs().join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString InvitationLetter::html() const
{
    QString body = QStringLiteral("<h2>%1</h2>").arg(subject().toHtmlEscaped());
    for (const QString& paragraph : paragraphs())
        body += QStringLiteral("<p>%1</p>")
                    .arg(paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}

QByteArray InvitationLetter::pdf() const
{
    HtmlPdf::Page page;
    page.marginMillimetres = 20;
    // Noto covers Latin, Greek, Cyrillic, Arabic, Devanagari and more; Qt
    // falls back to another Noto face for a script this one lacks.
    QFont font(QStringLiteral("Noto Sans"));
    font.setPointSizeF(11);
    page.font = font;
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

QString InvitationLetter::suggestedFileName() const
{
    QString name = m_input.inviteeName;
    // Letters, digits, '-' and '_' from any script; everything else becomes '_'.
    name.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("_"));
    QString reference = m_input.caseReference;
    reference.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("_"));
    return QStringLiteral("%1-invitation-%2.pdf").arg(name, reference);
}
