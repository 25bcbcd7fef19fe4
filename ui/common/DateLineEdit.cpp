#include "common/DateLineEdit.h"

#include <QRegularExpression>

namespace {
// Eight digits typed without separators are day, month and year: 09122026
// is 09/12/2026, as on a paper form. Anything else is left as typed.
QString withSeparators(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral(R"(^(\d{2})(\d{2})(\d{4})$)"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = digits.match(trimmed);
    if (!match.hasMatch())
        return trimmed;
    return QStringLiteral("%1/%2/%3").arg(match.captured(1), match.captured(2), match.captured(3));
}
} // namespace

DateLineEdit::DateLineEdit(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setClearButtonEnabled(true);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48);
    connect(this, &QLineEdit::textChanged, this, &DateLineEdit::dateEdited);
    // Shows how a date typed without separators was read, once the person moves on.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        const QDate typed = date();
        if (typed.isValid() && text().trimmed() != withSeparators(text()))
            setDate(typed);
    });
}

QDate DateLineEdit::parse(const QString& text)
{
    static const QRegularExpression uk(QStringLiteral(R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    const QString trimmed = withSeparators(text);
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
    const QRegularExpressionMatch match = shape.match(withSeparators(text()));
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
