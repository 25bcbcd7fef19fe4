#include "store/retention/SubjectAccessExport.h"

#include "documents/SubjectAccessPdf.h"
#include "platform/PrivateFile.h"
#include "rules/Permissions.h"
#include "store/access/AccessGuard.h"
#include "store/access/AuditRepository.h"
#include "store/infrastructure/StoreQuery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
const QString kCannot = QStringLiteral("Could not collect the subject access export");
// Never exported: secrets, not information about the person.
const QStringList kSecretColumns = {QStringLiteral("password_hash"), QStringLiteral("failed_attempts"),
                                    QStringLiteral("locked_until")};

QJsonValue jsonValue(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::Bool:
        return value.toBool();
    default:
        return value.toString();
    }
}

// Every row a parameterised SELECT gives, each as an object of its columns.
// A stored PDF is not put in the JSON: its size is, and the file is written
// beside the export.
StoreError rows(QSqlDatabase db, const QString& sql, const QVariantList& binds, QJsonArray* out)
{
    StoreQuery query(db, sql);
    query.bindList(binds);
    if (StoreError error = query.exec(kCannot))
        return error;
    while (query.next()) {
        const QSqlRecord record = query.row().record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (kSecretColumns.contains(name))
                continue;
            if (name == QLatin1String("pdf")) {
                row.insert(QStringLiteral("pdf_bytes"),
                           query.value(i).isNull() ? QJsonValue::Null
                                                   : QJsonValue(query.value(i).toByteArray().size()));
                continue;
            }
            row.insert(name, jsonValue(query.value(i)));
        }
        out->append(row);
    }
    return {};
}

// One section: its title for people and its rows.
struct Section
{
    const char* key;
    const char* sql;
};

StoreError collect(QSqlDatabase db, const QList<Section>& sections, const QVariant& id, QJsonObject* document)
{
    QJsonArray order;
    for (const Section& section : sections) {
        const QString sql = QString::fromLatin1(section.sql);
        QVariantList binds;
        for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
            binds << id;
        QJsonArray found;
        if (StoreError error = rows(db, sql, binds, &found))
            return error;
        document->insert(QString::fromLatin1(section.key), found);
        order.append(QString::fromLatin1(section.key));
    }
    // JSON objects sort their keys; the PDF follows this order instead.
    document->insert(QStringLiteral("sections"), order);
    return {};
}
} // namespace

SubjectAccessExport::SubjectAccessExport(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError SubjectAccessExport::forCase(qint64 caseId, QJsonObject* document) const
{
    *document = {};
    if (StoreError error = AccessGuard(m_db).require(Action::SeeAllCases))
        return error;
    StoreQuery exists(m_db, QStringLiteral("SELECT reference FROM cases WHERE id = ?"));
    exists.bind(caseId);
    if (StoreError error = exists.execOne(kCannot, QStringLiteral("That case is no longer there.")))
        return error;
    const QString reference = exists.value(0).toString();

    const QList<Section> sections = {
        {"case", "SELECT c.*, co.name AS council_name, o.name AS school_name FROM cases c "
                 "JOIN councils co ON co.id = c.council_id LEFT JOIN organisations o ON o.id = c.school_id "
                 "WHERE c.id = ?"},
        {"people", "SELECT p.* FROM people p WHERE p.id IN (SELECT child_id FROM cases WHERE id = ?) "
                   "OR p.id IN (SELECT parent_id FROM cases WHERE id = ?) "
                   "OR p.id IN (SELECT person_id FROM invitees WHERE case_id = ?) ORDER BY p.id"},
        {"plan_sections", "SELECT section FROM case_plan_sections WHERE case_id = ? ORDER BY section"},
        {"timeline", "SELECT a.id, a.occurred_at, a.kind, a.summary, a.body, a.confidential, "
                     "u.display_name AS author FROM activities a LEFT JOIN users u ON u.id = a.author_id "
                     "WHERE a.case_id = ? ORDER BY a.occurred_at, a.id"},
        {"invitees", "SELECT * FROM invitees WHERE case_id = ? ORDER BY id"},
        {"invitee_calls",
         "SELECT ic.id, ic.invitee_id, ic.contacted_on, ic.note, u.display_name AS by_user "
         "FROM invitee_contacts ic JOIN invitees i ON i.id = ic.invitee_id "
         "LEFT JOIN users u ON u.id = ic.user_id WHERE i.case_id = ? ORDER BY ic.contacted_on, ic.id"},
        {"meetings",
         "SELECT m.*, v.name AS venue_name FROM meetings m LEFT JOIN venues v ON v.id = m.venue_id "
         "WHERE m.case_id = ? ORDER BY m.starts_at, m.id"},
        {"meeting_attendance", "SELECT mi.* FROM meeting_invitees mi JOIN meetings m ON m.id = mi.meeting_id "
                               "WHERE m.case_id = ? ORDER BY mi.meeting_id, mi.invitee_id"},
        {"meeting_actions", "SELECT a.* FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id "
                            "WHERE m.case_id = ? ORDER BY a.meeting_id, a.position"},
        {"meeting_copies", "SELECT c.* FROM meeting_copies c JOIN meetings m ON m.id = c.meeting_id "
                           "WHERE m.case_id = ? ORDER BY c.meeting_id, c.id"},
        {"meeting_changes", "SELECT c.* FROM meeting_changes c JOIN meetings m ON m.id = c.meeting_id "
                            "WHERE m.case_id = ? ORDER BY c.meeting_id, c.id"},
        {"travel_expenses", "SELECT t.*, u.display_name AS recorded_by_name FROM travel_expenses t "
                            "LEFT JOIN users u ON u.id = t.recorded_by WHERE t.case_id = ? "
                            "ORDER BY t.journey_date, t.id"},
        {"documents", "SELECT d.id, d.title, d.file_name, d.mime_type, d.size_bytes, d.sha256, d.source, "
                      "d.added_at, u.display_name AS added_by_name FROM case_documents d "
                      "LEFT JOIN users u ON u.id = d.added_by WHERE d.case_id = ? ORDER BY d.added_at, d.id"},
        {"tasks",
         "SELECT t.id, t.title, t.due_date, t.done_at, t.created_at, ua.display_name AS assigned_to_name, "
         "ud.display_name AS done_by_name, uc.display_name AS created_by_name FROM case_tasks t "
         "LEFT JOIN users ua ON ua.id = t.assigned_to LEFT JOIN users ud ON ud.id = t.done_by "
         "LEFT JOIN users uc ON uc.id = t.created_by WHERE t.case_id = ? ORDER BY t.created_at, t.id"},
        {"certificates", "SELECT * FROM certificates WHERE case_id = ? ORDER BY id"},
    };
    if (StoreError error = collect(m_db, sections, caseId, document))
        return error;
    const QJsonArray people = document->value(QStringLiteral("people")).toArray();
    QStringList names;
    for (const QJsonValue& person : people)
        names << person[QStringLiteral("given_name")].toString() + QLatin1Char(' ') +
                     person[QStringLiteral("family_name")].toString();
    document->insert(QStringLiteral("subject"), names.join(QStringLiteral(", ")));
    document->insert(QStringLiteral("about"), QStringLiteral("case ") + reference);
    document->insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return {};
}

StoreError SubjectAccessExport::forContact(qint64 contactId, QJsonObject* document) const
{
    *document = {};
    if (StoreError error = AccessGuard(m_db).require(Action::SeeAllCases))
        return error;
    StoreQuery exists(m_db, QStringLiteral("SELECT given_name, family_name FROM contacts WHERE id = ?"));
    exists.bind(contactId);
    if (StoreError error = exists.execOne(kCannot, QStringLiteral("There is no contact %1.").arg(contactId)))
        return error;
    const QString name = exists.value(0).toString() + QLatin1Char(' ') + exists.value(1).toString();

    const QList<Section> sections = {
        {"contact", "SELECT c.*, o.name AS organisation_name FROM contacts c "
                    "LEFT JOIN organisations o ON o.id = c.organisation_id WHERE c.id = ?"},
        {"referred_cases", "SELECT id, reference, enquiry_date, referrer_kind FROM cases "
                           "WHERE referrer_contact_id = ? ORDER BY id"},
        {"invitations",
         "SELECT i.*, c.reference AS case_reference FROM invitees i JOIN cases c ON c.id = i.case_id "
         "WHERE i.contact_id = ? ORDER BY i.id"},
        {"invitee_calls", "SELECT ic.id, ic.invitee_id, ic.contacted_on, ic.note FROM invitee_contacts ic "
                          "JOIN invitees i ON i.id = ic.invitee_id WHERE i.contact_id = ? "
                          "ORDER BY ic.contacted_on, ic.id"},
        {"conflicts_of_interest", "SELECT * FROM conflicts_of_interest WHERE contact_id = ? ORDER BY id"},
        // Named columns: on PostgreSQL a login may not read the password hash.
        {"user_account", "SELECT u.id, u.username, u.display_name, u.role, u.email, u.phone, u.active, "
                         "u.created_at, u.password_changed_at FROM users u JOIN contacts c ON c.email IS NOT "
                         "NULL AND c.email <> '' "
                         "AND lower(u.email) = lower(c.email) WHERE c.id = ? ORDER BY u.id"},
    };
    if (StoreError error = collect(m_db, sections, contactId, document))
        return error;
    document->insert(QStringLiteral("subject"), name);
    document->insert(QStringLiteral("about"), QStringLiteral("contact %1").arg(contactId));
    document->insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return {};
}

QByteArray SubjectAccessExport::jsonText(const QJsonObject& document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

StoreError SubjectAccessExport::writeFiles(const QJsonObject& document, const QString& folder,
                                           const QString& baseName, QStringList* written) const
{
    written->clear();
    const QDir dir(folder);
    if (!dir.exists())
        return StoreError(StoreError::Kind::Io, QStringLiteral("The folder %1 does not exist.").arg(folder));
    const auto save = [&](const QString& name, const QByteArray& bytes) -> StoreError {
        const QString path = dir.filePath(name);
        QString reason;
        if (bytes.isEmpty())
            reason = QStringLiteral("the file came out empty");
        if (!reason.isEmpty() || !PrivateFile::write(path, bytes, &reason)) {
            // All or nothing: the files already written go too, so that a
            // partial export is never sent for a complete one.
            for (const QString& done : std::as_const(*written))
                QFile::remove(done);
            written->clear();
            return StoreError(
                StoreError::Kind::Io,
                QStringLiteral("Could not write %1: %2. Nothing was exported.").arg(path, reason));
        }
        written->append(path);
        return {};
    };
    if (StoreError error = save(baseName + QStringLiteral(".json"), jsonText(document)))
        return error;
    if (StoreError error = save(baseName + QStringLiteral(".pdf"), SubjectAccessPdf::render(document)))
        return error;
    // The certificates as issued, where the register still holds the file.
    for (const QJsonValue& certificate : document.value(QStringLiteral("certificates")).toArray()) {
        if (certificate[QStringLiteral("pdf_bytes")].isNull())
            continue;
        StoreQuery pdf(m_db, QStringLiteral("SELECT pdf FROM certificates WHERE id = ?"));
        pdf.bind(certificate[QStringLiteral("id")].toInteger());
        if (StoreError error = pdf.execOne(kCannot))
            return error;
        const QString number = certificate[QStringLiteral("number")].toString();
        if (StoreError error = save(baseName + QLatin1Char('-') + number + QStringLiteral(".pdf"),
                                    pdf.value(0).toByteArray()))
            return error;
    }
    // The documents filed on the case, as filed: each its own file, named by
    // its id (the title and file name are in the JSON), with the extension
    // it had.
    for (const QJsonValue& filed : document.value(QStringLiteral("documents")).toArray()) {
        const qint64 id = filed[QStringLiteral("id")].toInteger();
        StoreQuery bytes(m_db, QStringLiteral("SELECT content FROM case_documents WHERE id = ?"));
        bytes.bind(id);
        if (StoreError error = bytes.execOne(kCannot))
            return error;
        // Only letters and digits of the extension: the name was typed by someone.
        QString suffix = QFileInfo(filed[QStringLiteral("file_name")].toString()).suffix().left(10);
        suffix.removeIf([](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128); });
        const QString name = baseName + QStringLiteral("-document-%1").arg(id) +
                             (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
        if (StoreError error = save(name, bytes.value(0).toByteArray()))
            return error;
        // Written out, as by Save As...: an export in the audit trail.
        if (StoreError error =
                AuditRepository(m_db).record(QStringLiteral("export"), QStringLiteral("case_documents"),
                                             QString::number(id), filed[QStringLiteral("sha256")].toString()))
            return error;
    }
    return {};
}
