#include "DocumentsCommand.h"

#include "CliContext.h"
#include "RecordCommandSupport.h"
#include "store/cases/CaseDocumentRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {
// id, title, type, bytes, SHA-256, added by ("-" when unknown), added at
// (ISO 8601, UTC): a stable order for scripts.
QString line(const CaseDocument& d)
{
    using RecordCommandSupport::cell;
    return QStringList{QString::number(d.id),
                       cell(d.title),
                       d.mimeType,
                       QString::number(d.sizeBytes),
                       d.sha256,
                       d.addedByName.isEmpty() ? QStringLiteral("-") : cell(d.addedByName),
                       d.addedAt.toUTC().toString(Qt::ISODate)}
        .join(QLatin1Char('\t'));
}

// Parses the options after "documents ACTION"; false after a usage error.
bool parse(CliContext& context, QCommandLineParser& parser)
{
    const QStringList arguments = context.arguments();
    if (!parser.parse(QStringList{arguments.first()} + arguments.mid(2))) {
        context.usageError(parser.errorText());
        return false;
    }
    return true;
}

bool caseGiven(CliContext& context, const QCommandLineParser& parser, const QCommandLineOption& caseOption)
{
    if (parser.value(caseOption).trimmed().isEmpty()) {
        context.usageError(QStringLiteral("name the case with --case REFERENCE"));
        return false;
    }
    return true;
}
} // namespace

int DocumentsCommand::run(CliContext& context)
{
    const QString action = context.arguments().value(1);
    if (action == QLatin1String("add"))
        return add(context);
    if (action == QLatin1String("list"))
        return list(context);
    if (action == QLatin1String("get"))
        return get(context);
    return context.usageError(action.isEmpty()
                                  ? QStringLiteral("say 'documents add', 'documents list' or 'documents get'")
                                  : QStringLiteral("unknown action '%1'").arg(action));
}

int DocumentsCommand::add(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("REFERENCE"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QString(), QStringLiteral("TEXT"));
    parser.addOptions({caseOption, titleOption});
    if (!parse(context, parser) || !caseGiven(context, parser, caseOption))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(
            QStringLiteral("name one file to file: documents add --case REFERENCE FILE"));
    qint64 caseId = 0;
    Database* database = RecordCommandSupport::openCase(context, parser.value(caseOption), &caseId);
    if (!database)
        return ExitFailure;
    CaseDocument added;
    if (StoreError error =
            CaseDocumentRepository(database->connection())
                .addFile(caseId, parser.positionalArguments().first(), parser.value(titleOption), &added))
        return context.fail(error);
    context.out() << line(added) << Qt::endl;
    return ExitOk;
}

int DocumentsCommand::list(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("REFERENCE"));
    parser.addOption(caseOption);
    if (!parse(context, parser) || !caseGiven(context, parser, caseOption))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("unexpected '%1': name the case with --case REFERENCE")
                                      .arg(parser.positionalArguments().first()));
    qint64 caseId = 0;
    Database* database = RecordCommandSupport::openCase(context, parser.value(caseOption), &caseId);
    if (!database)
        return ExitFailure;
    QList<CaseDocument> documents;
    if (StoreError error = CaseDocumentRepository(database->connection()).listForCase(caseId, &documents))
        return context.fail(error);
    for (const CaseDocument& document : std::as_const(documents))
        context.out() << line(document) << Qt::endl;
    return ExitOk;
}

int DocumentsCommand::get(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (!parse(context, parser))
        return ExitUsage;
    bool numeric = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&numeric);
    if (parser.positionalArguments().size() != 1 || !numeric || id <= 0)
        return context.usageError(QStringLiteral("name the document by its id (see documents list): "
                                                 "documents get ID --out FILE"));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return context.usageError(QStringLiteral("give the file to write with --out FILE"));
    if (QFileInfo(out).isDir())
        return context.usageError(QStringLiteral("--out names a folder: give a file"));
    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    QByteArray bytes;
    if (StoreError error = CaseDocumentRepository(database->connection())
                               .content(id, CaseDocumentRepository::Use::Export, &bytes))
        return context.fail(error);
    if (!RecordCommandSupport::writePrivateFile(context, out, bytes))
        return ExitFailure;
    context.out() << out << '\t' << bytes.size() << Qt::endl;
    return ExitOk;
}
