#include "CertificateCommand.h"

#include "CliContext.h"
#include "CommandActions.h"
#include "DateCommandSupport.h"
#include "RecordCommandSupport.h"
#include "platform/PrivateFile.h"
#include "store/access/AuditRepository.h"
#include "store/certificates/CertificateRepository.h"

#include <QCommandLineParser>

std::optional<CertificateRepository> CertificateCommand::openRegister(CliContext& context,
                                                                      QSqlDatabase* connection)
{
    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return std::nullopt;
    const QSqlDatabase db = database->connection();
    if (connection)
        *connection = db;
    return CertificateRepository(db, RecordCommandSupport::officeCalendar(db));
}

int CertificateCommand::run(CliContext& context)
{
    return CommandActions::run(this, context,
                               {{"issue", &CertificateCommand::issue},
                                {"render", &CertificateCommand::render},
                                {"show", &CertificateCommand::show},
                                {"void", &CertificateCommand::voidCertificate}},
                               QStringLiteral("say 'certificate issue', 'render', 'show' or 'void'"));
}

int CertificateCommand::issue(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("REF"));
    const QCommandLineOption partOption(QStringLiteral("part"), QString(), QStringLiteral("N"));
    const QCommandLineOption issuerOption(QStringLiteral("issuer"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    parser.addOptions({caseOption, partOption, issuerOption, dateOption});
    if (!CommandActions::parse(context, parser, arguments, 0,
                               QStringLiteral("certificate issue takes options only")))
        return ExitUsage;
    if (!parser.isSet(caseOption) || parser.value(issuerOption).trimmed().isEmpty())
        return context.usageError(QStringLiteral("give the --case reference and the --issuer's username"));
    std::optional<CertificatePart> part;
    if (parser.isSet(partOption)) {
        part = certificatePartFromInt(parser.value(partOption).toInt());
        if (!part)
            return context.usageError(QStringLiteral("--part must be 1, 2 or 3"));
    }
    QDate date;
    if (!DateCommandSupport::optionDate(context, parser, dateOption, QDate::currentDate(), &date))
        return ExitUsage;
    QSqlDatabase db;
    std::optional<CertificateRepository> certificates = openRegister(context, &db);
    if (!certificates)
        return ExitFailure;
    qint64 caseId = 0;
    if (!RecordCommandSupport::findCase(context, db, parser.value(caseOption), &caseId))
        return ExitFailure;
    Certificate issued;
    if (StoreError error =
            certificates->issueForCase(caseId, part, {parser.value(issuerOption), {}}, date, &issued))
        return context.fail(error);
    context.out() << issued.number << '\t' << certificatePartToInt(issued.part) << '\t' << issued.pdfSha256
                  << Qt::endl;
    return ExitOk;
}

int CertificateCommand::render(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (!parser.parse(arguments))
        return context.usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1 || parser.value(outOption).isEmpty())
        return context.usageError(QStringLiteral("say 'certificate render NUMBER --out FILE.pdf'"));
    QSqlDatabase db;
    const std::optional<CertificateRepository> certificates = openRegister(context, &db);
    if (!certificates)
        return ExitFailure;
    Certificate certificate;
    if (StoreError error = certificates->loadByNumber(parser.positionalArguments().first(), &certificate))
        return context.fail(error);
    QByteArray pdf;
    if (StoreError error = certificates->loadPdf(certificate.id, &pdf))
        return context.fail(error);
    // The stored file, byte for byte: a reprint is never made again.
    QString reason;
    if (!PrivateFile::write(parser.value(outOption), pdf, &reason))
        return context.fail(QStringLiteral("could not write %1: %2; nothing was written")
                                .arg(parser.value(outOption), reason));
    if (StoreError error = AuditRepository(db).recordCertificateExported(certificate.id, certificate.number))
        return context.fail(error.message());
    if (certificate.status == CertificateStatus::Voided)
        context.err() << "commonground-cli: note: certificate " << certificate.number << " is voided"
                      << Qt::endl;
    return ExitOk;
}

int CertificateCommand::show(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 2)
        return context.usageError(QStringLiteral("say 'certificate show NUMBER'"));
    const std::optional<CertificateRepository> certificates = openRegister(context);
    if (!certificates)
        return ExitFailure;
    Certificate c;
    if (StoreError error = certificates->loadByNumber(arguments.at(1), &c))
        return context.fail(error);
    // "field<TAB>value" lines; no names or addresses, which stay in the PDF.
    QTextStream& out = context.out();
    out << "number\t" << c.number << Qt::endl;
    out << "part\t" << certificatePartToInt(c.part) << Qt::endl;
    out << "case\t" << c.caseReference << Qt::endl;
    out << "status\t" << certificateStatusToString(c.status) << Qt::endl;
    out << "issue_date\t" << c.issueDate.toString(Qt::ISODate) << Qt::endl;
    out << "issuer_role\t" << c.issuerRole << Qt::endl;
    out << "appeal_deadline\t" << c.content.appealDeadline.toString(Qt::ISODate) << Qt::endl;
    out << "verification\t" << CertificateContent::verificationText(c.number, c.contentSha256) << Qt::endl;
    out << "content_sha256\t" << c.contentSha256 << Qt::endl;
    out << "pdf_sha256\t" << c.pdfSha256 << Qt::endl;
    if (!c.replacesNumber.isEmpty())
        out << "replaces\t" << c.replacesNumber << Qt::endl;
    if (c.status == CertificateStatus::Voided) {
        out << "voided_on\t" << c.voidedOn.toString(Qt::ISODate) << Qt::endl;
        out << "replaced_by\t" << c.replacedByNumber << Qt::endl;
    }
    // The stored content must still give the stored hash.
    if (c.content.sha256() != c.contentSha256)
        return context.fail(QStringLiteral("the stored content does not match its hash"));
    return ExitOk;
}

int CertificateCommand::voidCertificate(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"));
    const QCommandLineOption issuerOption(QStringLiteral("issuer"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    parser.addOptions({reasonOption, replaceOption, issuerOption, dateOption});
    if (!CommandActions::parse(context, parser, arguments, 1,
                               QStringLiteral("say 'certificate void NUMBER --reason TEXT'")))
        return ExitUsage;
    if (parser.value(reasonOption).trimmed().isEmpty())
        return context.usageError(QStringLiteral("give the --reason the certificate is voided"));
    if (parser.isSet(replaceOption) && parser.value(issuerOption).trimmed().isEmpty())
        return context.usageError(QStringLiteral("--replace needs the --issuer's username"));
    QDate date;
    if (!DateCommandSupport::optionDate(context, parser, dateOption, QDate::currentDate(), &date))
        return ExitUsage;
    std::optional<CertificateRepository> certificates = openRegister(context);
    if (!certificates)
        return ExitFailure;
    Certificate old;
    if (StoreError error = certificates->loadByNumber(parser.positionalArguments().first(), &old))
        return context.fail(error);
    std::optional<CertificateIssuer> issuer;
    if (parser.isSet(replaceOption))
        issuer = CertificateIssuer{parser.value(issuerOption), {}};
    Certificate replacement;
    if (StoreError error =
            certificates->voidCertificate(old.id, parser.value(reasonOption), date, issuer, &replacement))
        return context.fail(error);
    context.out() << old.number << "\tvoided";
    if (issuer)
        context.out() << '\t' << replacement.number;
    context.out() << Qt::endl;
    return ExitOk;
}
