#include "ProviderCommand.h"

#include "CliContext.h"
#include "RecordCommandSupport.h"
#include "rules/ContactDetailsRules.h"
#include "rules/QuietFamilyRule.h"
#include "store/settings/SettingsRepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QImage>

int ProviderCommand::run(CliContext& context)
{
    const QStringList arguments = context.arguments();
    const QString action = arguments.value(1);
    if (action == QLatin1String("show")) {
        if (arguments.size() > 2)
            return context.usageError(QStringLiteral("provider show takes no arguments"));
        return show(context);
    }
    if (action == QLatin1String("set"))
        return set(context, QStringList{arguments.first()} + arguments.mid(2));
    return context.usageError(action.isEmpty() ? QStringLiteral("say 'provider show' or 'provider set'")
                                               : QStringLiteral("unknown action '%1'").arg(action));
}

int ProviderCommand::show(CliContext& context)
{
    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    SettingsRepository settings(database->connection());
    ProviderDetails p;
    QString prefix;
    IssuingCapacity part2 = IssuingCapacity::Mediator;
    int quietDays = 0;
    StoreError error = settings.provider(&p);
    if (error.ok())
        error = settings.certificatePrefix(&prefix);
    if (error.ok())
        error = settings.part2IssuedAs(&part2);
    if (error.ok())
        error = settings.quietFamilyWorkingDays(&quietDays);
    if (error)
        return context.fail(error);
    // "field<TAB>value"; the address's lines joined with " / ".
    QTextStream& out = context.out();
    out << "name\t" << p.name << Qt::endl;
    out << "address\t" << p.address.split(QLatin1Char('\n')).join(QStringLiteral(" / ")) << Qt::endl;
    out << "phone\t" << p.phone << Qt::endl;
    out << "email\t" << p.email << Qt::endl;
    out << "website\t" << p.website << Qt::endl;
    out << "logo\t"
        << (p.logoPng.isEmpty() ? QStringLiteral("none") : QStringLiteral("%1 bytes").arg(p.logoPng.size()))
        << Qt::endl;
    out << "certificate_prefix\t" << prefix << Qt::endl;
    out << "quiet_family_working_days\t" << quietDays << Qt::endl;
    out << "part2_issued_as\t" << issuingCapacityToString(part2) << Qt::endl;
    return ExitOk;
}

int ProviderCommand::set(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption addressOption(QStringLiteral("address"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption phoneOption(QStringLiteral("phone"), QString(), QStringLiteral("PHONE"));
    const QCommandLineOption emailOption(QStringLiteral("email"), QString(), QStringLiteral("EMAIL"));
    const QCommandLineOption websiteOption(QStringLiteral("website"), QString(), QStringLiteral("URL"));
    const QCommandLineOption logoOption(QStringLiteral("logo"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption prefixOption(QStringLiteral("certificate-prefix"), QString(),
                                          QStringLiteral("PREFIX"));
    const QCommandLineOption quietOption(QStringLiteral("quiet-family-days"), QString(), QStringLiteral("N"));
    const QCommandLineOption part2Option(QStringLiteral("part2-issued-as"), QString(),
                                         QStringLiteral("OFFICE"));
    parser.addOptions({nameOption, addressOption, phoneOption, emailOption, websiteOption, logoOption,
                       prefixOption, quietOption, part2Option});
    if (!parser.parse(arguments))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty() || parser.optionNames().isEmpty())
        return context.usageError(QStringLiteral("provider set takes one or more options"));
    // The letterhead is printed on every certificate: what cannot be a
    // phone number, email address or website is refused before anything is kept.
    QString phone = parser.value(phoneOption).trimmed();
    if (parser.isSet(phoneOption) && !phone.isEmpty()) {
        const ContactDetailsRules::PhoneNumber checked = ContactDetailsRules::checkPhone(phone);
        if (!checked.isValid())
            return context.usageError(QStringLiteral("--phone: ") + checked.problem);
        phone = checked.national;
    }
    QString email = parser.value(emailOption).trimmed();
    if (parser.isSet(emailOption) && !email.isEmpty()) {
        if (const QString problem = ContactDetailsRules::emailProblem(email); !problem.isEmpty())
            return context.usageError(QStringLiteral("--email: ") + problem);
        email = ContactDetailsRules::normaliseEmail(email);
    }
    const QString website = parser.value(websiteOption).trimmed();
    if (parser.isSet(websiteOption) && !website.isEmpty()) {
        if (const QString problem = ContactDetailsRules::websiteProblem(website); !problem.isEmpty())
            return context.usageError(QStringLiteral("--website: ") + problem);
    }
    QByteArray logo;
    if (parser.isSet(logoOption)) {
        QFile file(parser.value(logoOption));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(
                QStringLiteral("could not read %1: %2").arg(file.fileName(), file.errorString()));
        logo = file.readAll();
        if (!logo.startsWith("\x89PNG") || QImage::fromData(logo, "PNG").isNull())
            return context.fail(QStringLiteral("%1 is not a PNG image").arg(file.fileName()));
        if (logo.size() > 512 * 1024)
            return context.fail(QStringLiteral("the logo must be under 512 KB; make a smaller PNG"));
    }
    int quietDays = 0;
    if (parser.isSet(quietOption)) {
        bool ok = false;
        quietDays = parser.value(quietOption).toInt(&ok);
        if (!ok || !QuietFamilyRule::isValidSetting(quietDays))
            return context.usageError(
                QStringLiteral("--quiet-family-days: give a whole number of working days "
                               "from 0 (never ask) to %1")
                    .arg(QuietFamilyRule::kMaxWorkingDays));
    }
    std::optional<IssuingCapacity> part2;
    if (parser.isSet(part2Option)) {
        part2 = issuingCapacityFromString(parser.value(part2Option));
        if (!part2)
            return context.usageError(
                QStringLiteral("--part2-issued-as: say 'mediator' or 'mediation_adviser'"));
    }
    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    SettingsRepository settings(database->connection());
    ProviderDetails p;
    if (StoreError error = settings.provider(&p))
        return context.fail(error);
    if (parser.isSet(nameOption))
        p.name = parser.value(nameOption);
    if (parser.isSet(addressOption))
        p.address = parser.value(addressOption).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    if (parser.isSet(phoneOption))
        p.phone = phone;
    if (parser.isSet(emailOption))
        p.email = email;
    if (parser.isSet(websiteOption))
        p.website = website;
    if (parser.isSet(logoOption))
        p.logoPng = logo;
    if (parser.isSet(prefixOption)) {
        if (StoreError error = settings.setCertificatePrefix(parser.value(prefixOption)))
            return context.usageError(error.message());
    }
    if (part2) {
        if (StoreError error = settings.setPart2IssuedAs(*part2))
            return context.fail(error);
    }
    if (parser.isSet(quietOption)) {
        // An office rule: the store refuses anyone but an administrator (--user).
        if (StoreError error = settings.setQuietFamilyWorkingDays(quietDays))
            return context.fail(error);
    }
    if (StoreError error = settings.setProvider(p))
        return context.fail(error);
    return ExitOk;
}
