#include "ContactsCommand.h"

#include "CliContext.h"
#include "CommandActions.h"
#include "RecordCommandSupport.h"
#include "rules/ContactDetailsRules.h"
#include "store/directory/ContactCsv.h"
#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"

#include <QCommandLineParser>

using RecordCommandSupport::cell;
using RecordCommandSupport::openSignedIn;

int ContactsCommand::run(CliContext& context)
{
    return CommandActions::run(
        this, context,
        {{"import", &ContactsCommand::importFile},
         {"export", &ContactsCommand::exportFile},
         {"list", &ContactsCommand::list},
         {"duplicates", &ContactsCommand::duplicates}},
        QStringLiteral("say 'contacts import', 'contacts export', 'contacts list' or 'contacts duplicates'"));
}

int ContactsCommand::importFile(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!CommandActions::parse(context, parser, arguments, 1,
                               QStringLiteral("give one CSV file: contacts import FILE.csv")))
        return ExitUsage;
    const QString path = parser.positionalArguments().first();
    QByteArray data;
    if (!RecordCommandSupport::readFile(context, path, &data))
        return ExitFailure;
    Database* database = openSignedIn(context, {});
    if (!database)
        return ExitFailure;
    ContactCsv::ImportReport report;
    if (StoreError error = ContactCsv::import(database->connection(), data, &report))
        return context.fail(QStringLiteral("nothing was imported: %1").arg(error.message()));
    if (!report.problems.isEmpty()) {
        for (const QString& problem : report.problems)
            context.err() << problem << Qt::endl;
        return context.fail(
            QStringLiteral("nothing was imported from %1: %2 bad row(s); correct them and import "
                           "the whole file again")
                .arg(path)
                .arg(report.problems.size()));
    }
    context.out() << "organisations: " << report.organisationsAdded << Qt::endl;
    context.out() << "contacts: " << report.contactsAdded << Qt::endl;
    return ExitOk;
}

int ContactsCommand::exportFile(CliContext& context, const QStringList& arguments)
{
    return RecordCommandSupport::exportToFile(context, arguments, QStringLiteral("contacts"), "rows",
                                              &ContactCsv::exportAll);
}

int ContactsCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption searchOption(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
    parser.addOption(searchOption);
    if (!CommandActions::parse(context, parser, arguments, 0,
                               QStringLiteral("contacts list takes --search TEXT only")))
        return ExitUsage;
    Database* database = openSignedIn(context);
    if (!database)
        return ExitFailure;
    ContactFilter filter;
    filter.search = parser.value(searchOption);
    ContactListQuery query(database->connection());
    query.setFilter(filter);
    // Tab-separated, one contact a line, by family name: id, family name,
    // given name, organisation, job title, phone (national form), email,
    // decision-maker (yes or no).
    constexpr int kPage = 500;
    for (int offset = 0;; offset += kPage) {
        QList<Contact> contacts;
        if (StoreError error = query.fetch(offset, kPage, &contacts))
            return context.fail(error);
        for (const Contact& contact : contacts) {
            context.out() << contact.id << '\t' << cell(contact.familyName) << '\t' << cell(contact.givenName)
                          << '\t' << cell(contact.organisationName) << '\t' << cell(contact.jobTitle) << '\t'
                          << ContactDetailsRules::displayPhone(contact.phone) << '\t' << cell(contact.email)
                          << '\t' << (contact.isDecisionMaker ? "yes" : "no") << Qt::endl;
        }
        if (contacts.size() < kPage)
            break;
    }
    return ExitOk;
}

int ContactsCommand::duplicates(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() > 1)
        return context.usageError(QStringLiteral("contacts duplicates takes no arguments"));
    Database* database = openSignedIn(context);
    if (!database)
        return ExitFailure;
    QList<LikelyDuplicate> pairs;
    if (StoreError error = ContactRepository(database->connection()).likelyDuplicates(&pairs))
        return context.fail(error);
    // One pair a line: the two ids, what they share, the name.
    for (const LikelyDuplicate& pair : pairs) {
        QStringList same;
        if (pair.sameEmail)
            same << QStringLiteral("email");
        if (pair.samePhone)
            same << QStringLiteral("phone");
        context.out() << pair.first.id << '\t' << pair.second.id << '\t' << same.join(QLatin1Char('+'))
                      << '\t' << cell(pair.first.fullName()) << Qt::endl;
    }
    return ExitOk;
}
