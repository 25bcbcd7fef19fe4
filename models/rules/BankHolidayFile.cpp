#include "rules/BankHolidayFile.h"

#include "rules/BankHolidayCalendar.h"
#include "rules/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMap>

namespace {
// Line and column (from 1) of a byte offset, for JSON syntax errors.
QString lineAndColumn(const QByteArray& data, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool fail(BankHolidayFile::Error* error, QString field, QString position, QString message)
{
    if (error)
        *error = {std::move(field), std::move(position), std::move(message)};
    return false;
}
} // namespace

QString BankHolidayFile::Error::toString() const
{
    QString text;
    if (!field.isEmpty())
        text += field;
    if (!position.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(position);
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    return text + message;
}

bool BankHolidayFile::parse(const QByteArray& data, BankHolidayCalendar* calendar, Error* error)
{
    QJsonParseError syntax;
    const QJsonDocument document = QJsonDocument::fromJson(data, &syntax);
    if (syntax.error != QJsonParseError::NoError)
        return fail(error, {}, lineAndColumn(data, syntax.offset),
                    QStringLiteral("not valid JSON: %1").arg(syntax.errorString()));
    if (!document.isObject())
        return fail(error, {}, {},
                    QStringLiteral("the file must hold an object with a \"%1\" division").arg(kDivision));

    const QJsonValue divisionValue = document.object().value(kDivision);
    if (!divisionValue.isObject())
        return fail(error, kDivision, {},
                    QStringLiteral("expected an object with the England and Wales bank holidays, found %1")
                        .arg(jsonTypeName(divisionValue)));
    const QJsonObject division = divisionValue.toObject();

    const QJsonValue divisionName = division.value(QStringLiteral("division"));
    if (divisionName.toString() != kDivision) {
        const QString found = divisionName.isString() ? QStringLiteral("\"%1\"").arg(divisionName.toString())
                                                      : jsonTypeName(divisionName);
        return fail(error, kDivision + QStringLiteral(".division"), {},
                    QStringLiteral("expected \"%1\", found %2").arg(kDivision, found));
    }

    const QString eventsField = kDivision + QStringLiteral(".events");
    const QJsonValue eventsValue = division.value(QStringLiteral("events"));
    if (!eventsValue.isArray())
        return fail(error, eventsField, {},
                    QStringLiteral("expected a list of events, found %1").arg(jsonTypeName(eventsValue)));
    const QJsonArray events = eventsValue.toArray();
    if (events.isEmpty())
        return fail(error, eventsField, {}, QStringLiteral("the list of events is empty"));

    QMap<QDate, QString> holidays;
    QMap<QDate, qsizetype> indexOfDate;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString field = eventsField + QStringLiteral("[%1]").arg(i);
        const QString position = QStringLiteral("event %1 of %2").arg(i + 1).arg(events.size());
        const QJsonValue eventValue = events.at(i);
        if (!eventValue.isObject())
            return fail(error, field, position,
                        QStringLiteral("expected an object, found %1").arg(jsonTypeName(eventValue)));
        const QJsonObject event = eventValue.toObject();

        const QJsonValue title = event.value(QStringLiteral("title"));
        if (!title.isString() || title.toString().trimmed().isEmpty())
            return fail(error, field + QStringLiteral(".title"), position,
                        title.isString()
                            ? QStringLiteral("the title is empty")
                            : QStringLiteral("expected text, found %1").arg(jsonTypeName(title)));

        const QJsonValue dateValue = event.value(QStringLiteral("date"));
        if (!dateValue.isString())
            return fail(
                error, field + QStringLiteral(".date"), position,
                QStringLiteral("expected a date as \"YYYY-MM-DD\", found %1").arg(jsonTypeName(dateValue)));
        const QDate date = IsoDate::parse(dateValue.toString());
        if (!date.isValid())
            return fail(
                error, field + QStringLiteral(".date"), position,
                QStringLiteral("\"%1\" is not a real date written as YYYY-MM-DD").arg(dateValue.toString()));
        // A year far off is a typing slip or a hostile file, never a calendar.
        if (!IsoDate::isSupported(date))
            return fail(error, field + QStringLiteral(".date"), position,
                        QStringLiteral("%1 is outside the dates Common Ground works with (%2)")
                            .arg(dateValue.toString(), IsoDate::supportedRange()));
        if (indexOfDate.contains(date))
            return fail(error, field + QStringLiteral(".date"), position,
                        QStringLiteral("%1 is listed twice (also %2[%3])")
                            .arg(IsoDate::format(date), eventsField)
                            .arg(indexOfDate.value(date)));

        // The optional fields, when present, must have the published types.
        const QJsonValue notes = event.value(QStringLiteral("notes"));
        if (!notes.isUndefined() && !notes.isString())
            return fail(error, field + QStringLiteral(".notes"), position,
                        QStringLiteral("expected text, found %1").arg(jsonTypeName(notes)));
        const QJsonValue bunting = event.value(QStringLiteral("bunting"));
        if (!bunting.isUndefined() && !bunting.isBool())
            return fail(error, field + QStringLiteral(".bunting"), position,
                        QStringLiteral("expected true or false, found %1").arg(jsonTypeName(bunting)));

        holidays.insert(date, title.toString().trimmed());
        indexOfDate.insert(date, i);
    }

    // Common Ground's own addition, absent from the government's file: the
    // years its list holds by projection, not announcement (section 4).
    QList<int> projected;
    const QString projectedField = kDivision + QStringLiteral(".") + kProjectedYears;
    const QJsonValue projectedValue = division.value(kProjectedYears);
    if (!projectedValue.isUndefined()) {
        if (!projectedValue.isArray())
            return fail(
                error, projectedField, {},
                QStringLiteral("expected a list of years, found %1").arg(jsonTypeName(projectedValue)));
        const QJsonArray years = projectedValue.toArray();
        for (qsizetype i = 0; i < years.size(); ++i) {
            const QJsonValue year = years.at(i);
            const double value = year.toDouble(-1);
            if (!year.isDouble() || value != static_cast<int>(value) ||
                !IsoDate::isSupported(QDate(static_cast<int>(value), 1, 1)))
                return fail(error, projectedField + QStringLiteral("[%1]").arg(i), {},
                            QStringLiteral("expected a year from %1").arg(IsoDate::supportedRange()));
            projected << static_cast<int>(value);
        }
    }
    *calendar = BankHolidayCalendar(std::move(holidays), std::move(projected));
    return true;
}
