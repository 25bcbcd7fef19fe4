#include "common/DateLineEdit.h"

#include <QRegularExpression>

DateLineEdit::DateLineEdit(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setClearButtonEnabled(true);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48);
    connect(this, &QLineEdit::textChanged, this, &DateLineEdit::dateEdited);
}

QDate DateLineEdit::parse(const QString& text)
{
    static const QRegularExpression uk(QStringLiteral(R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    const QString trimmed = text.trimmed();
    QRegularExpressionMatch match = iso.match(trimmed);
    if (match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    match = uk.match(trimmed);
    if (match.hasMatch())
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    return {};
}

QDate DateLineEdit::date() const
{
    return parse(text());
}

void DateLineEdit::setDate(const QDate& date)
{
    setText(date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString());
}

QString DateLineEdit::errorText() const
{
    if (isEmpty() || date().isValid())
        return {};
    static const QRegularExpression shape(QStringLiteral(R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$)"));
    const QRegularExpressionMatch match = shape.match(text().trimmed());
    if (match.hasMatch()) {
        const int month = match.captured(2).toInt();
        if (month < 1 || month > 12)
            return tr("%1 is not a real date: there is no month %2.").arg(text().trimmed()).arg(month);
        return tr("%1 is not a real date: that month has no day %2.")
            .arg(text().trimmed())
            .arg(match.captured(1).toInt());
    }
    return tr("Write the date as day/month/year, such as 03/04/2026.");
}
