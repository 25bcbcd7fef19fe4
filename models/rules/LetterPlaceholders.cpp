#include "rules/LetterPlaceholders.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace LetterPlaceholders {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LetterPlaceholders", text);
}

// "{{ name }}" or "{ name }"; the name is checked against the known ones afterwards.
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{\\{\\s*([^{}\\s]*)\\s*\\}\\}|\\{\\s*([^{}\\s]*)\\s*\\}"));
    return pattern;
}

QString nameOf(const QRegularExpressionMatch& match)
{
    return match.capturedStart(1) >= 0 ? match.captured(1) : match.captured(2);
}

QList<Placeholder> common()
{
    return {
        {QStringLiteral("letter_date"), tr("The date of the letter"), false},
        {QStringLiteral("case_reference"), tr("The case's reference"), false},
        {QStringLiteral("child_name"), tr("The child's or young person's name"), false},
        {QStringLiteral("council_name"), tr("The council"), false},
        {QStringLiteral("meeting_kind"), tr("\"mediation meeting\" or \"disagreement resolution meeting\""),
         false},
        {QStringLiteral("mediator_name"), tr("The case's mediator (the line is left out when none)"), true},
        {QStringLiteral("sender_name"), tr("The signed-in user who sends the letter"), true},
        {QStringLiteral("sender_role"), tr("The sender's role"), true},
        {QStringLiteral("provider_name"), tr("The mediation service's name"), false},
        {QStringLiteral("provider_phone"), tr("The mediation service's telephone"), true},
        {QStringLiteral("provider_email"), tr("The mediation service's email address"), true},
    };
}

QList<Placeholder> meeting()
{
    return {
        {QStringLiteral("invitee_name"), tr("The person the letter is to"), false},
        {QStringLiteral("invitee_role"), tr("Their role at the meeting"), false},
        {QStringLiteral("invitee_organisation"), tr("Their organisation (the line is left out when none)"),
         true},
        {QStringLiteral("meeting_date"), tr("The meeting's date"), false},
        {QStringLiteral("meeting_time"), tr("The meeting's start and end (UK time)"), false},
        {QStringLiteral("meeting_place"), tr("The venue and address, or online or by telephone"), false},
        {QStringLiteral("meeting_when"),
         tr("A sentence with the date and time, or saying they are to be "
            "confirmed"),
         false},
        {QStringLiteral("meeting_where"), tr("A sentence saying where, with the joining link when online"),
         true},
        {QStringLiteral("voluntary_note"),
         tr("For disagreement resolution, that it goes ahead only when everyone is willing"), true},
    };
}
} // namespace

QString toBeConfirmed()
{
    return QStringLiteral("[to be confirmed]");
}

QList<Placeholder> known(LetterKind kind)
{
    QList<Placeholder> out;
    switch (kind) {
    case LetterKind::Invitation:
        out = meeting();
        break;
    case LetterKind::Confirmation:
        out = meeting();
        out.append({QStringLiteral("attendees"), tr("Who will be there, with their roles"), false});
        break;
    case LetterKind::ActionPlan:
        out = {
            {QStringLiteral("family_name"), tr("The parent or young person the email is to"), false},
            {QStringLiteral("meeting_date"), tr("The meeting's date"), false},
            {QStringLiteral("plan_title"),
             tr("\"Mediation agreement and action plan\" or \"Record of "
                "meeting and action plan\""),
             false},
            {QStringLiteral("plan_title_lower"), tr("The same in lower case, for the middle of a sentence"),
             false},
        };
        break;
    }
    return out + common();
}

QStringList used(const QString& text)
{
    QStringList names;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = nameOf(it.next());
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QStringList unknownPlaceholders(const QString& text, LetterKind kind)
{
    QStringList knownNames;
    for (const Placeholder& placeholder : known(kind))
        knownNames << placeholder.name;
    QStringList out;
    for (const QString& name : used(text)) {
        if (!knownNames.contains(name))
            out << name;
    }
    return out;
}

bool bracesMatch(const QString& text)
{
    QString rest = text;
    rest.remove(placeholderPattern());
    return !rest.contains(QLatin1Char('{')) && !rest.contains(QLatin1Char('}'));
}

QStringList problems(const LetterTemplate& letter)
{
    QStringList out;
    const QString both = letter.subject + QLatin1Char('\n') + letter.body;
    for (const QString& name : unknownPlaceholders(both, letter.kind))
        out << (name.isEmpty() ? tr("An empty placeholder {} names nothing.")
                               : tr("There is no placeholder {%1} in a letter of this kind.").arg(name));
    if (!bracesMatch(both))
        out << tr("A brace { or } is not part of a placeholder: write placeholders as {name}.");
    if (letter.subject.trimmed().isEmpty())
        out << tr("The subject is empty.");
    if (letter.body.trimmed().isEmpty())
        out << tr("The text is empty.");
    return out;
}

QString fill(const QString& text, LetterKind kind, const QHash<QString, QString>& values)
{
    QStringList optional;
    for (const Placeholder& placeholder : known(kind)) {
        if (placeholder.optional)
            optional << placeholder.name;
    }
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        QString filled;
        bool leaveOut = false;
        qsizetype at = 0;
        QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString name = nameOf(match);
            const QString value = values.value(name).trimmed();
            if (value.isEmpty() && optional.contains(name))
                leaveOut = true;
            filled += line.mid(at, match.capturedStart() - at) + (value.isEmpty() ? toBeConfirmed() : value);
            at = match.capturedEnd();
        }
        if (!leaveOut)
            lines << filled + line.mid(at);
    }
    // A paragraph whose every line was left out leaves no blank lines behind.
    QString out = lines.join(QLatin1Char('\n'));
    static const QRegularExpression blankRun(QStringLiteral("\n{3,}"));
    out.replace(blankRun, QStringLiteral("\n\n"));
    return out.trimmed() + (text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QString());
}

} // namespace LetterPlaceholders
