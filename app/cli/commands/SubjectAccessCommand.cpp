#include "SubjectAccessCommand.h"

#include "CliContext.h"
#include "RecordCommandSupport.h"
#include "store/cases/CaseRepository.h"
#include "store/retention/RetentionRepository.h"
#include "store/retention/SubjectAccessExport.h"

#include <QCommandLineParser>
#include <QFileInfo>

int SubjectAccessCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("REFERENCE"));
    const QCommandLineOption contactOption(QStringLiteral("contact"), QString(), QStringLiteral("ID"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FOLDER"));
    parser.addOptions({caseOption, contactOption, outOption});
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("subject-access takes options only"));
    if (parser.isSet(caseOption) == parser.isSet(contactOption))
        return context.usageError(QStringLiteral("give either --case REFERENCE or --contact ID"));
    if (!parser.isSet(outOption))
        return context.usageError(QStringLiteral("give the folder to write to with --out FOLDER"));
    const QString folder = parser.value(outOption);
    if (!QFileInfo(folder).isDir())
        return context.usageError(QStringLiteral("--out must be an existing folder"));
    bool ok = true;
    const qint64 contactId = parser.isSet(contactOption) ? parser.value(contactOption).toLongLong(&ok) : 0;
    if (!ok || (parser.isSet(contactOption) && contactId <= 0))
        return context.usageError(
            QStringLiteral("--contact must be a contact's number (see 'contacts list')"));

    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    SubjectAccessExport exporter(database->connection());
    QJsonObject document;
    QString baseName;
    if (parser.isSet(caseOption)) {
        qint64 caseId = 0;
        if (StoreError error =
                CaseRepository::idForReference(database->connection(), parser.value(caseOption), &caseId))
            return context.fail(error.message());
        if (StoreError error = exporter.forCase(caseId, &document))
            return context.fail(error.message());
        baseName = QStringLiteral("subject-access-") + parser.value(caseOption).trimmed().toUpper();
    } else {
        if (StoreError error = exporter.forContact(contactId, &document))
            return context.fail(error.message());
        baseName = QStringLiteral("subject-access-contact-%1").arg(contactId);
    }
    QStringList written;
    if (StoreError error = exporter.writeFiles(document, folder, baseName, &written))
        return context.fail(error.message());
    for (const QString& file : written)
        context.out() << file << Qt::endl;
    return ExitOk;
}
