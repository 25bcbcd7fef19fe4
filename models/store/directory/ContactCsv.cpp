#include "store/directory/ContactCsv.h"

#include "domain/Contact.h"
#include "domain/Council.h"
#include "domain/Organisation.h"
#include "rules/ContactDetailsRules.h"
#include "store/directory/ContactRepository.h"
#include "store/directory/DirectoryValidation.h"
#include "store/directory/OrganisationRepository.h"
#include "store/infrastructure/CsvCell.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"
#include "store/settings/CouncilRepository.h"

#include <QHash>
#include <QSqlQuery>

namespace ContactCsv {
namespace {
enum Column
{
    OrganisationName,
    OrganisationKindColumn,
    CouncilColumn,
    GivenName,
    FamilyName,
    JobTitle,
    Role,
    Phone,
    Email,
    Postcode,
    DecisionMaker,
    ColumnCount
};

// One checked row, ready to save.
struct Row
{
    int line = 0;
    bool hasOrganisation = false;
    Organisation organisation;
    bool hasPerson = false;
    Contact contact;
};

std::optional<bool> parseYesNo(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower.isEmpty() || lower == QLatin1String("no") || lower == QLatin1String("n") ||
        lower == QLatin1String("false") || lower == QLatin1String("0"))
        return false;
    if (lower == QLatin1String("yes") || lower == QLatin1String("y") || lower == QLatin1String("true") ||
        lower == QLatin1String("1"))
        return true;
    return std::nullopt;
}

QString organisationKey(const QString& name, OrganisationKind kind)
{
    return name.trimmed().toLower() + QLatin1Char('\n') + organisationKindToString(kind);
}

// Every organisation already in the directory by organisationKey, read once:
// a look-up per row (lower(name) cannot use the name index) made a large
// import grow with the square of its rows. The first (lowest id) of equal
// names wins, as OrganisationRepository::findByName would choose.
StoreError existingOrganisations(QSqlDatabase db, QHash<QString, qint64>* ids)
{
    ids->clear();
    StoreQuery query(db);
    query.setForwardOnly(true);
    if (StoreError error =
            query.execDirect(QStringLiteral("SELECT id, name, kind FROM organisations ORDER BY id"),
                             QStringLiteral("Could not look up the organisations")))
        return error;
    while (query.next()) {
        const auto kind = organisationKindFromString(query.value(2).toString());
        if (!kind)
            continue;
        const QString key = organisationKey(query.value(1).toString(), *kind);
        if (!ids->contains(key))
            ids->insert(key, query.value(0).toLongLong());
    }
    return {};
}
} // namespace

const QStringList& columns()
{
    static const QStringList names{QStringLiteral("organisation"),  QStringLiteral("organisation_kind"),
                                   QStringLiteral("council"),       QStringLiteral("given_name"),
                                   QStringLiteral("family_name"),   QStringLiteral("job_title"),
                                   QStringLiteral("role"),          QStringLiteral("phone"),
                                   QStringLiteral("email"),         QStringLiteral("postcode"),
                                   QStringLiteral("decision_maker")};
    return names;
}

bool parse(const QByteArray& data, QList<QStringList>* records, QList<int>* lines, QString* error)
{
    records->clear();
    lines->clear();
    // Text that is not UTF-8 would be stored as replacement characters, and
    // a NUL cuts a value short: refuse the file, naming every such line.
    if (const QStringList problems = CsvCell::encodingProblems(data); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList record;
    QString field;
    bool quoted = false;
    bool afterQuote = false; // a quoted field has closed; only a comma or line end may follow
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    // A cell the export neutralised for spreadsheets ('=...) reads back as written.
    auto endField = [&] {
        record << CsvCell::restore(field);
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        // A line with nothing on it is skipped.
        if (!(record.size() == 1 && record.first().isEmpty() && !fieldStarted)) {
            records->append(record);
            lines->append(recordLine);
        }
        record.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (afterQuote) {
            // "abc"def: what was meant cannot be told, so nothing is guessed.
            *error =
                QStringLiteral("line %1: field %2 has text after its closing quote (\"%3\" then '%4'); "
                               "put the whole field in quotes and write each quote inside it twice (\"\")")
                    .arg(line)
                    .arg(record.size() + 1)
                    .arg(field.left(40), QString(c));
            records->clear();
            lines->clear();
            return false;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = QStringLiteral("line %1: a quoted field is never closed (a \" is missing)").arg(quoteLine);
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldStarted)
        endRecord();
    return true;
}

QString formatRecord(const QStringList& fields)
{
    QStringList out;
    for (const QString& field : fields)
        out << CsvCell::format(field);
    return out.join(QLatin1Char(','));
}

namespace {
StoreError run(QSqlDatabase db, const QByteArray& data, ImportReport* report, bool write)
{
    *report = {};
    QList<QStringList> records;
    QList<int> lines;
    QString parseError;
    if (!parse(data, &records, &lines, &parseError)) {
        report->problems << parseError.split(QLatin1Char('\n'));
        return {};
    }
    if (records.isEmpty()) {
        report->problems << QStringLiteral("line 1: the file is empty; it needs a header row (%1)")
                                .arg(columns().join(QLatin1Char(',')));
        return {};
    }

    // The header: known columns in any order.
    QList<int> columnOf(ColumnCount, -1);
    QStringList headerProblems;
    const QStringList& header = records.first();
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        const qsizetype known = columns().indexOf(name);
        if (known < 0)
            headerProblems << QStringLiteral("unknown column '%1'").arg(header.at(i).trimmed());
        else if (columnOf[known] >= 0)
            headerProblems << QStringLiteral("column '%1' appears twice").arg(name);
        else
            columnOf[known] = static_cast<int>(i);
    }
    if (columnOf[GivenName] < 0 && columnOf[OrganisationName] < 0)
        headerProblems << QStringLiteral(
            "the header names neither organisation nor given_name and family_name");
    if (!headerProblems.isEmpty()) {
        report->problems << QStringLiteral("line %1: %2 (the columns are %3)")
                                .arg(lines.first())
                                .arg(headerProblems.join(QStringLiteral("; ")),
                                     columns().join(QLatin1Char(',')));
        return {};
    }

    QList<Council> councils;
    if (StoreError error = CouncilRepository(db).list(&councils))
        return error;

    QList<Row> rows;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& record = records.at(r);
        auto value = [&](Column column) {
            const int index = columnOf[column];
            return index >= 0 ? record.value(index).trimmed() : QString();
        };
        QStringList problems;
        if (record.size() != header.size())
            problems << QStringLiteral("has %1 fields where the header has %2")
                            .arg(record.size())
                            .arg(header.size());
        Row row;
        row.line = lines.at(r);
        const QString organisationName = value(OrganisationName);
        row.hasOrganisation = !organisationName.isEmpty();
        row.hasPerson = !value(GivenName).isEmpty() || !value(FamilyName).isEmpty();
        if (!row.hasOrganisation && !row.hasPerson)
            problems << QStringLiteral("gives neither an organisation nor a person's name");
        if (row.hasOrganisation) {
            row.organisation.name = organisationName;
            const auto kind = organisationKindFromString(value(OrganisationKindColumn).toLower());
            if (value(OrganisationKindColumn).isEmpty())
                problems << QStringLiteral("organisation_kind: say what kind of organisation it is (school, "
                                           "sendiass, council_send, ...)");
            else if (!kind)
                problems << QStringLiteral("organisation_kind: '%1' is not one of %2")
                                .arg(value(OrganisationKindColumn), [] {
                                    QStringList kinds;
                                    for (OrganisationKind k : allOrganisationKinds())
                                        kinds << organisationKindToString(k);
                                    return kinds.join(QStringLiteral(", "));
                                }());
            else
                row.organisation.kind = *kind;
            if (!value(Postcode).isEmpty())
                row.organisation.postcode = value(Postcode);
            if (!row.hasPerson) {
                row.organisation.phone = value(Phone);
                row.organisation.email = value(Email);
            }
        } else {
            if (!value(OrganisationKindColumn).isEmpty())
                problems << QStringLiteral("organisation_kind is given without an organisation");
            if (!value(Postcode).isEmpty())
                problems << QStringLiteral(
                    "postcode: a postcode belongs to an organisation; name the organisation");
        }
        const QString councilText = value(CouncilColumn);
        if (!councilText.isEmpty()) {
            std::optional<qint64> councilId;
            for (const Council& council : councils) {
                if (council.name.compare(councilText, Qt::CaseInsensitive) == 0 ||
                    council.code.compare(councilText, Qt::CaseInsensitive) == 0)
                    councilId = council.id;
            }
            if (!councilId)
                problems << QStringLiteral("council: there is no council named '%1' (add it first with "
                                           "'councils add')")
                                .arg(councilText);
            else if (!row.hasOrganisation)
                problems << QStringLiteral(
                    "council: a council belongs to an organisation; name the organisation");
            row.organisation.councilId = councilId;
        }
        if (row.hasPerson) {
            row.contact.givenName = value(GivenName);
            row.contact.familyName = value(FamilyName);
            row.contact.jobTitle = value(JobTitle);
            row.contact.phone = value(Phone);
            row.contact.email = value(Email);
            if (!value(Role).isEmpty()) {
                row.contact.role = inviteeRoleFromString(value(Role).toLower());
                if (!row.contact.role)
                    problems << QStringLiteral("role: '%1' is not an invitee role (school_representative, "
                                               "council_decision_maker, health_representative, ...)")
                                    .arg(value(Role));
            }
            const auto decisionMaker = parseYesNo(value(DecisionMaker));
            if (!decisionMaker)
                problems
                    << QStringLiteral("decision_maker: write yes or no, not '%1'").arg(value(DecisionMaker));
            row.contact.isDecisionMaker = decisionMaker.value_or(false);
            problems << DirectoryValidation::contactProblems(row.contact);
        } else {
            if (!value(JobTitle).isEmpty() || !value(Role).isEmpty() ||
                parseYesNo(value(DecisionMaker)) != false)
                problems << QStringLiteral("name: job_title, role and decision_maker need a person's "
                                           "given_name and family_name");
        }
        if (row.hasOrganisation) {
            for (const QString& problem : DirectoryValidation::organisationProblems(row.organisation))
                problems << problem;
        }
        for (QString& problem : problems) {
            if (problem.endsWith(QLatin1Char('.')))
                problem.chop(1);
        }
        if (!problems.isEmpty())
            report->problems
                << QStringLiteral("line %1: %2").arg(row.line).arg(problems.join(QStringLiteral("; ")));
        else
            rows.append(row);
    }
    if (!report->problems.isEmpty())
        return {};

    if (!write) {
        // Counted as the import would: organisations already there are reused.
        QHash<QString, qint64> seen;
        if (StoreError error = existingOrganisations(db, &seen))
            return error;
        for (const Row& row : rows) {
            if (row.hasOrganisation) {
                const QString key = organisationKey(row.organisation.name, row.organisation.kind);
                if (!seen.contains(key)) {
                    seen.insert(key, 0);
                    ++report->organisationsAdded;
                }
            }
            if (row.hasPerson)
                ++report->contactsAdded;
        }
        return {};
    }

    WriteTransaction transaction(db);
    if (transaction.beginError())
        return transaction.beginError();
    // Read inside the transaction, so that an organisation added on another
    // desk meanwhile is reused rather than made twice.
    QHash<QString, qint64> organisationIds;
    if (StoreError error = existingOrganisations(db, &organisationIds))
        return error;
    // Prepared once for all the rows.
    StoreQuery organisationInsert(db);
    StoreQuery contactInsert(db);
    for (Row& row : rows) {
        std::optional<qint64> organisationId;
        if (row.hasOrganisation) {
            const QString key = organisationKey(row.organisation.name, row.organisation.kind);
            if (!organisationIds.contains(key)) {
                if (StoreError error =
                        OrganisationRepository::insert(db, &row.organisation, &organisationInsert))
                    return StoreError(error.kind(),
                                      QStringLiteral("line %1: %2").arg(row.line).arg(error.message()));
                ++report->organisationsAdded;
                organisationIds.insert(key, row.organisation.id);
            }
            organisationId = organisationIds.value(key);
        }
        if (row.hasPerson) {
            row.contact.organisationId = organisationId;
            if (StoreError error = ContactRepository::insert(db, &row.contact, &contactInsert))
                return StoreError(error.kind(),
                                  QStringLiteral("line %1: %2").arg(row.line).arg(error.message()));
            ++report->contactsAdded;
        }
    }
    if (StoreError error = transaction.commit()) {
        report->organisationsAdded = 0;
        report->contactsAdded = 0;
        return error;
    }
    return {};
}
} // namespace

StoreError import(QSqlDatabase db, const QByteArray& data, ImportReport* report)
{
    return run(std::move(db), data, report, true);
}

StoreError check(QSqlDatabase db, const QByteArray& data, ImportReport* report)
{
    return run(std::move(db), data, report, false);
}

StoreError exportAll(QSqlDatabase db, QByteArray* data, int* rows)
{
    StoreQuery query(db);
    query.setForwardOnly(true);
    // Contacts with their organisation, then organisations nobody works at.
    if (StoreError error = query.execDirect(
            QStringLiteral(
                "SELECT o.name, o.kind, co.name, c.given_name, c.family_name, c.job_title, c.role, "
                "COALESCE(c.phone_e164, c.phone), c.email, o.postcode, c.is_decision_maker, "
                "COALESCE(o.phone_e164, o.phone), o.email, 1 AS person "
                "FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id "
                "LEFT JOIN councils co ON co.id = o.council_id "
                "UNION ALL "
                "SELECT o.name, o.kind, co.name, NULL, NULL, NULL, NULL, NULL, NULL, o.postcode, 0, "
                "COALESCE(o.phone_e164, o.phone), o.email, 0 "
                "FROM organisations o LEFT JOIN councils co ON co.id = o.council_id "
                "WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organisation_id = o.id) "
                "ORDER BY 1, 14, 5, 4, 9"),
            QStringLiteral("Could not read the directory")))
        return error;
    QString text = formatRecord(columns()) + QStringLiteral("\r\n");
    int count = 0;
    while (query.next()) {
        const bool person = query.value(13).toInt() == 1;
        const QString phone = person ? query.value(7).toString() : query.value(11).toString();
        const QString email = person ? query.value(8).toString() : query.value(12).toString();
        QStringList fields{query.value(0).toString(),
                           query.value(1).toString(),
                           query.value(2).toString(),
                           query.value(3).toString(),
                           query.value(4).toString(),
                           query.value(5).toString(),
                           query.value(6).toString(),
                           ContactDetailsRules::displayPhone(phone),
                           email,
                           query.value(9).toString(),
                           person
                               ? (query.value(10).toInt() != 0 ? QStringLiteral("yes") : QStringLiteral("no"))
                               : QString()};
        text += formatRecord(fields) + QStringLiteral("\r\n");
        ++count;
    }
    // A byte order mark, so that spreadsheet programs read the file as UTF-8.
    *data = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (rows)
        *rows = count;
    return {};
}

} // namespace ContactCsv
