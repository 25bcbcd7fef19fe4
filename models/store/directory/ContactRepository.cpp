#include "store/directory/ContactRepository.h"

#include "rules/ContactDetailsRules.h"
#include "store/directory/DirectoryValidation.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {

// organisation_id, given_name, family_name, job_title, role, phone, phone_e164, email, is_decision_maker,
// notes
void bindContact(StoreQuery& query, const Contact& contact)
{
    const bool hasPhone = !contact.phone.trimmed().isEmpty();
    const ContactDetailsRules::PhoneNumber phone = ContactDetailsRules::checkPhone(contact.phone);
    query.bind(SqlValues::id(contact.organisationId), contact.givenName.trimmed(),
               contact.familyName.trimmed(), SqlValues::text(contact.jobTitle),
               SqlValues::text(contact.role ? inviteeRoleToString(*contact.role) : QString()),
               SqlValues::text(hasPhone ? phone.national : QString()),
               SqlValues::text(hasPhone ? phone.e164 : QString()),
               SqlValues::text(ContactDetailsRules::normaliseEmail(contact.email)),
               contact.isDecisionMaker ? 1 : 0, SqlValues::text(contact.notes));
}

} // namespace

QString ContactRepository::fromTables()
{
    return QStringLiteral(" FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id");
}

QString ContactRepository::selectColumns()
{
    return QStringLiteral(
        "c.id, c.organisation_id, o.name, c.given_name, c.family_name, c.job_title, c.role, "
        "COALESCE(c.phone_e164, c.phone), c.email, c.is_decision_maker, c.notes, c.row_version");
}

Contact ContactRepository::contactFrom(const QSqlQuery& query, int first)
{
    Contact contact;
    contact.id = query.value(first).toLongLong();
    contact.organisationId = SqlValues::optionalId(query.value(first + 1));
    contact.organisationName = query.value(first + 2).toString();
    contact.givenName = query.value(first + 3).toString();
    contact.familyName = query.value(first + 4).toString();
    contact.jobTitle = query.value(first + 5).toString();
    contact.role = inviteeRoleFromString(query.value(first + 6).toString());
    contact.phone = query.value(first + 7).toString();
    contact.email = query.value(first + 8).toString();
    contact.isDecisionMaker = query.value(first + 9).toInt() != 0;
    contact.notes = query.value(first + 10).toString();
    contact.rowVersion = query.value(first + 11).toLongLong();
    return contact;
}

ContactRepository::ContactRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError ContactRepository::find(qint64 id, Contact* contact) const
{
    StoreQuery query(m_db, QStringLiteral("SELECT ") + selectColumns() + fromTables() +
                               QStringLiteral(" WHERE c.id = ?"));
    query.bind(id);
    return query.readOne(QStringLiteral("Could not read the contact"),
                         QStringLiteral("There is no contact %1.").arg(id), contact,
                         [](const QSqlQuery& row) { return contactFrom(row); });
}

StoreError ContactRepository::insert(QSqlDatabase db, Contact* contact, StoreQuery* reuse)
{
    if (const QStringList problems = DirectoryValidation::contactProblems(*contact); !problems.isEmpty())
        return StoreError::invalid(problems);
    qint64 id = 0;
    if (StoreError error = StoreQuery::insertRow(
            db, reuse,
            QStringLiteral("INSERT INTO contacts (organisation_id, given_name, family_name, job_title, role, "
                           "phone, phone_e164, email, is_decision_maker, notes, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            [&](StoreQuery& query) {
                bindContact(query, *contact);
                query.bind(SqlValues::now());
            },
            QStringLiteral("Could not add the contact"), &id))
        return error;
    contact->id = id;
    contact->rowVersion = 1; // the schema's default for a new row
    return {};
}

StoreError ContactRepository::add(Contact* contact)
{
    if (StoreError error = WriteTransaction::run(m_db, [&] { return insert(m_db, contact); })) {
        contact->id = 0;
        return error;
    }
    return {};
}

StoreError ContactRepository::update(const Contact& contact)
{
    if (const QStringList problems = DirectoryValidation::contactProblems(contact); !problems.isEmpty())
        return StoreError::invalid(problems);
    return WriteTransaction::run(m_db, [&] {
        return RowVersion::update(
            m_db, {QStringLiteral("contacts"), QStringLiteral("contact"), contact.id, contact.rowVersion},
            QStringLiteral("organisation_id = ?, given_name = ?, family_name = ?, job_title = ?, role = ?, "
                           "phone = ?, phone_e164 = ?, email = ?, is_decision_maker = ?, notes = ?"),
            [&](StoreQuery& query) { bindContact(query, contact); },
            QStringLiteral("Could not save the contact"));
    });
}

StoreError ContactRepository::remove(qint64 id)
{
    return StoreQuery::removeRow(m_db, QStringLiteral("contacts"), id,
                                 QStringLiteral("Could not remove the contact"),
                                 QStringLiteral("There is no contact %1.").arg(id));
}

StoreError ContactRepository::likelyDuplicates(QList<LikelyDuplicate>* pairs) const
{
    pairs->clear();
    // Joined on the indexed name; then the same email or phone.
    const QString columnsA = selectColumns();
    QString columnsB = columnsA;
    columnsB.replace(QStringLiteral("c."), QStringLiteral("d."))
        .replace(QStringLiteral("o.name"), QStringLiteral("od.name"));
    StoreQuery query(m_db);
    query.setForwardOnly(true);
    if (StoreError error = query.execDirect(
            QStringLiteral("SELECT ") + columnsA + QStringLiteral(", ") + columnsB +
                QStringLiteral(", lower(c.email) = lower(d.email), c.phone_e164 = d.phone_e164") +
                fromTables() +
                QStringLiteral(" JOIN contacts d ON lower(d.family_name) = lower(c.family_name) "
                               "AND lower(d.given_name) = lower(c.given_name) AND d.id > c.id "
                               "LEFT JOIN organisations od ON od.id = d.organisation_id "
                               "WHERE lower(d.email) = lower(c.email) OR d.phone_e164 = c.phone_e164 "
                               "ORDER BY c.id, d.id"),
            QStringLiteral("Could not look for duplicates")))
        return error;
    while (query.next()) {
        LikelyDuplicate pair;
        pair.first = contactFrom(query.row(), 0);
        pair.second = contactFrom(query.row(), 12);
        pair.sameEmail = query.value(24).toBool();
        pair.samePhone = query.value(25).toBool();
        pairs->append(pair);
    }
    return {};
}

StoreError ContactRepository::merge(qint64 keepId, qint64 removeId)
{
    if (keepId == removeId)
        return StoreError::invalid(QStringLiteral("A contact cannot be merged with itself."));
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        Contact keep;
        Contact other;
        if (StoreError error = find(keepId, &keep))
            return error;
        if (StoreError error = find(removeId, &other))
            return error;
        const QString context = QStringLiteral("Could not merge the contacts");
        StoreQuery query(m_db);
        for (const QString& statement :
             {QStringLiteral("UPDATE invitees SET contact_id = ? WHERE contact_id = ?"),
              QStringLiteral("UPDATE cases SET referrer_contact_id = ? "
                             "WHERE referrer_contact_id = ?"),
              QStringLiteral("UPDATE conflicts_of_interest SET contact_id = ? "
                             "WHERE contact_id = ?")}) {
            query.prepare(statement);
            query.bind(keepId, removeId);
            if (StoreError error = query.exec(context))
                return error;
        }
        // The kept contact takes whatever it lacks from the other.
        query.prepare(QStringLiteral(
            "UPDATE contacts SET organisation_id = COALESCE(contacts.organisation_id, o.organisation_id), "
            "job_title = COALESCE(contacts.job_title, o.job_title), role = COALESCE(contacts.role, o.role), "
            "phone = COALESCE(contacts.phone, o.phone), phone_e164 = COALESCE(contacts.phone_e164, "
            "o.phone_e164), "
            "email = COALESCE(contacts.email, o.email), "
            "is_decision_maker = CASE WHEN contacts.is_decision_maker = 1 OR o.is_decision_maker = 1 THEN 1 "
            "ELSE "
            "0 END, "
            "notes = COALESCE(contacts.notes, o.notes), "
            // An editor of the kept contact sees that it changed (RowVersion).
            "row_version = contacts.row_version + 1, changed_by = ?, changed_at = ? "
            "FROM (SELECT * FROM contacts WHERE id = ?) AS o WHERE contacts.id = ?"));
        if (StoreError error = RowVersion::bindStamp(m_db, query))
            return error;
        query.bind(removeId, keepId);
        if (StoreError error = query.exec(context))
            return error;
        query.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
        query.bind(removeId);
        return query.exec(context);
    });
}
