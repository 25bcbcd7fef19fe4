#include "rules/ContactDetailsRules.h"

#include <QCache>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace ContactDetailsRules {
namespace {
using i18n::phonenumbers::PhoneNumberUtil;

QString tr(const char* text)
{
    return QCoreApplication::translate("ContactDetailsRules", text);
}

const char* const kExamples = "such as 0113 496 0000 or 07700 900123";

// Ofcom's drama ranges, in E.164.
bool isDramaNumber(const QString& e164)
{
    static const QRegularExpression drama(QStringLiteral(R"(^\+44(7700900|1632960)\d{3}$)"));
    return drama.match(e164).hasMatch();
}

// Whether one digit more (+1) or one fewer (-1) would make a valid number:
// then the message can say the number is too short or too long.
bool oneDigitOff(const PhoneNumberUtil& util, const i18n::phonenumbers::PhoneNumber& number, int change)
{
    i18n::phonenumbers::PhoneNumber candidate = number;
    const auto national = number.national_number();
    if (change < 0) {
        candidate.set_national_number(national / 10);
        return util.IsValidNumber(candidate);
    }
    for (unsigned digit = 0; digit < 10; ++digit) {
        candidate.set_national_number(national * 10 + digit);
        if (util.IsValidNumber(candidate))
            return true;
    }
    return false;
}

// Too few or too many digits: a UK number's message counts them and gives
// examples; a foreign number's can only blame its country code.
QString digitCountProblem(bool tooFew, bool uk, qsizetype digits, const QString& examples)
{
    if (!uk)
        return tooFew ? tr("The phone number has too few digits for its country code.")
                      : tr("The phone number has too many digits for its country code.");
    const QString problem = tooFew ? tr("The phone number has too few digits (%1): a UK number has 10 or 11 "
                                        "digits with its area code, %2.")
                                   : tr("The phone number has too many digits (%1): a UK number has 10 or 11 "
                                        "digits with its area code, %2.");
    return problem.arg(digits).arg(examples);
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}
} // namespace

namespace {
PhoneNumber parsePhone(const QString& trimmed);
} // namespace

PhoneNumber checkPhone(const QString& text)
{
    // libphonenumber's parse is the costliest step of a contacts import and of
    // painting the directory, and the same number is checked again on saving
    // it. Valid answers depend on the digits only (problems are translated
    // text, so they are not kept); one cache per thread needs no locking.
    static thread_local QCache<QString, PhoneNumber> valid(100000);
    const QString trimmed = text.trimmed();
    if (const PhoneNumber* known = valid.object(trimmed))
        return *known;
    PhoneNumber result = parsePhone(trimmed);
    if (result.isValid())
        valid.insert(trimmed, new PhoneNumber(result));
    return result;
}

namespace {
PhoneNumber parsePhone(const QString& trimmed)
{
    PhoneNumber result;
    const QString examples = QLatin1String(kExamples);
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9 ()./-]+$)"));
    if (trimmed.isEmpty()) {
        result.problem = tr("Give a phone number, %1.").arg(examples);
        return result;
    }
    if (!allowed.match(trimmed).hasMatch()) {
        result.problem = tr("A phone number may hold only digits, spaces, brackets, dashes and a leading +, "
                            "%1.")
                             .arg(examples);
        return result;
    }
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const PhoneNumberUtil::ErrorType parsed = util.Parse(trimmed.toStdString(), "GB", &number);
    if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR) {
        result.problem = tr("The country code is not one in use: a number from abroad starts with + and its "
                            "country code, such as +353 for Ireland.");
        return result;
    }
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.problem = tr("This is not a phone number: give it with its area code, %1.").arg(examples);
        return result;
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    result.e164 = QString::fromStdString(e164);
    const bool uk = number.country_code() == 44;
    if (!util.IsValidNumber(number) && !isDramaNumber(result.e164)) {
        const qsizetype digits = digitsOf(trimmed).size();
        // A UK national significant number (without the 0) has 9 or 10 digits.
        const auto significant = static_cast<qsizetype>(std::to_string(number.national_number()).size());
        PhoneNumberUtil::ValidationResult reason = util.IsPossibleNumberWithReason(number);
        if (uk && significant < 9)
            reason = PhoneNumberUtil::TOO_SHORT;
        else if (uk && significant > 10)
            reason = PhoneNumberUtil::TOO_LONG;
        else if (uk && oneDigitOff(util, number, +1))
            reason = PhoneNumberUtil::TOO_SHORT;
        else if (uk && oneDigitOff(util, number, -1))
            reason = PhoneNumberUtil::TOO_LONG;
        switch (reason) {
        case PhoneNumberUtil::TOO_SHORT:
        case PhoneNumberUtil::TOO_LONG:
            result.problem = digitCountProblem(reason == PhoneNumberUtil::TOO_SHORT, uk, digits, examples);
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            result.problem = tr("The country code is not one in use: a number from abroad starts with + and "
                                "its country code, such as +353 for Ireland.");
            break;
        default:
            result.problem = uk ? tr("No UK phone number starts like this: check the area code and the "
                                     "digits, %1.")
                                      .arg(examples)
                                : tr("No phone number in that country starts like this: check the digits.");
            break;
        }
        result.e164.clear();
        return result;
    }
    std::string shown;
    util.Format(number, uk ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &shown);
    result.national = QString::fromStdString(shown);
    if (isDramaNumber(result.e164)) {
        // libphonenumber does not group numbers it calls unallocated.
        const QString national = QLatin1Char('0') + result.e164.mid(3);
        result.national = national.left(5) + QLatin1Char(' ') + national.mid(5);
    }
    return result;
}

} // namespace

QString displayPhone(const QString& stored)
{
    if (stored.trimmed().isEmpty())
        return {};
    const PhoneNumber number = checkPhone(stored);
    return number.isValid() ? number.national : stored.trimmed();
}

QString emailProblem(const QString& text)
{
    // WHATWG HTML "valid e-mail address", plus a dot in the domain.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)"
                       R"((?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$)"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Give an email address, such as name@example.org.");
    if (trimmed.count(QLatin1Char('@')) != 1)
        return tr("An email address has exactly one @ between a name and a domain, such as "
                  "name@example.org.");
    if (trimmed.contains(QLatin1Char(' ')))
        return tr("An email address has no spaces: check for a space around the @ or the dots.");
    const QString domain = trimmed.section(QLatin1Char('@'), 1);
    if (!domain.contains(QLatin1Char('.')))
        return tr("The email address is not complete: it needs a name, an @ and a domain with a dot, such as "
                  "name@example.org.");
    if (!pattern.match(trimmed).hasMatch())
        return tr("The email address has a character that cannot be in one, or a dot in the wrong place: "
                  "check it against name@example.org (an @ and a domain).");
    return {};
}

QString websiteProblem(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QString example = QStringLiteral("https://www.example.org");
    if (trimmed.isEmpty())
        return tr("Give a website address, such as %1.").arg(example);
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("A website address starts with https:// (or http://), such as %1.").arg(example);
    // Letterheads print it, so anything a reader could not type is refused.
    if (!url.isValid() || trimmed.contains(QLatin1Char(' ')) || url.host().isEmpty() ||
        !url.host().contains(QLatin1Char('.')) || !url.userInfo().isEmpty())
        return tr("The website address is not complete: it needs https:// and a domain with a dot, such "
                  "as %1.")
            .arg(example);
    return {};
}

QString normaliseEmail(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return trimmed;
    return trimmed.left(at + 1) + trimmed.mid(at + 1).toLower();
}

QString normalisePostcode(const QString& text)
{
    // A plain loop: building a regular expression on every call made
    // postcodes the costliest step of a contacts import.
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            compact += c.toUpper();
    }
    if (compact.size() < 5)
        return compact;
    return compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
}

QString postcodeProblem(const QString& text)
{
    // The outward code (area letters, district) and the inward code (sector
    // digit, unit letters), as the Royal Mail's format allows them.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(GIR 0AA|[A-PR-UWYZ]([0-9][0-9A-HJKPS-UW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?) [0-9][ABD-HJLNP-UW-Z]{2})$)"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Give a postcode, such as NM1 4QT.");
    const QString normal = normalisePostcode(trimmed);
    if (!pattern.match(normal).hasMatch())
        return tr("This is not a UK postcode: it is an area and district (such as NM1 or SW1A), a space, "
                  "then a digit and two letters (such as 4QT).");
    return {};
}

} // namespace ContactDetailsRules
