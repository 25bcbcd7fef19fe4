#include "store/directory/ContactRepository.h"

#include "rules/ContactDetailsRules.h"
#include "store/directory/DirectoryValidation.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {

// organisation_id, given_name, family_name, job_title, role, phone, phone_e164, email, is_decision_maker,
// notes
void bindContact(QSqlQuery& query, const Contact& contact)
{
    const bool hasPhone = !contact.phone.trimmed().isEmpty();
    const ContactDetailsRules::PhoneNumber phone = ContactDetailsRules::checkPhone(contact.phone);
    query.addBindValue(SqlValues::id(contact.organisationId));
    query.addBindValue(contact.givenName.trimmed());
    query.addBindValue(contact.familyName.trimmed());
    query.addBindValue(SqlValues::text(contact.jobTitle));
    query.addBindValue(SqlValues::text(contact.role ? inviteeRoleToString(*contact.role) : QString()));
    query.addBindValue(SqlValues::text(hasPhone ? phone.national : QString()));
    query.addBindValue(SqlValues::text(hasPhone ? phone.e164 : QString()));
    query.addBindValue(SqlValues::text(ContactDetailsRules::normaliseEmail(contact.email)));
    query.addBindValue(contact.isDecisionMaker ? 1 : 0);
    query.addBindValue(SqlValues::text(contact.notes));
}

StoreError exec(QSqlQuery& query, const QString& context)
{
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), context);
    return {};
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
        "COALESCE(c.phone_e164, c.phone), c.email, c.is_decision_maker, c.notes");
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
    return contact;
}

ContactRepository::ContactRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError ContactRepository::find(qint64 id, Contact* contact) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + selectColumns() + fromTables() +
                  QStringLiteral(" WHERE c.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the contact"));
    if (!query.next())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no contact %1.").arg(id));
    *contact = contactFrom(query);
    return {};
}

StoreError ContactRepository::insert(QSqlDatabase db, Contact* contact, QSqlQuery* reuse)
{
    if (const QStringList problems = DirectoryValidation::contactProblems(*contact); !problems.isEmpty())
        return StoreError::invalid(problems);
    const SqlDialect& dialect = SqlDialect::forDriver(db.driverName());
    QSqlQuery local(db);
    QSqlQuery& query = reuse ? *reuse : local;
    if (query.lastQuery().isEmpty())
        query.prepare(
            QStringLiteral("INSERT INTO contacts (organisation_id, given_name, family_name, job_title, role, "
                           "phone, phone_e164, email, is_decision_maker, notes, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            dialect.returningIdClause());
    bindContact(query, *contact);
    query.addBindValue(SqlValues::now());
    qint64 id = 0;
    if (!dialect.execInsert(query, &id))
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not add the contact"));
    contact->id = id;
    return {};
}

StoreError ContactRepository::add(Contact* contact)
{
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    StoreError error = insert(m_db, contact);
    if (error.ok())
        error = transaction.commit();
    if (error)
        contact->id = 0;
    return error;
}

StoreError ContactRepository::update(const Contact& contact)
{
    if (const QStringList problems = DirectoryValidation::contactProblems(contact); !problems.isEmpty())
        return StoreError::invalid(problems);
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE contacts SET organisation_id = ?, given_name = ?, family_name = ?, "
                                 "job_title = ?, role = ?, phone = ?, phone_e164 = ?, email = ?, "
                                 "is_decision_maker = ?, notes = ? WHERE id = ?"));
    bindContact(query, contact);
    query.addBindValue(contact.id);
    if (StoreError error = exec(query, QStringLiteral("Could not save the contact")))
        return error;
    if (query.numRowsAffected() == 0)
        return StoreError(StoreError::Kind::NotFound,
                          QStringLiteral("There is no contact %1.").arg(contact.id));
    return transaction.commit();
}

StoreError ContactRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    query.addBindValue(id);
    if (StoreError error = exec(query, QStringLiteral("Could not remove the contact")))
        return error;
    if (query.numRowsAffected() == 0)
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no contact %1.").arg(id));
    return transaction.commit();
}

StoreError ContactRepository::likelyDuplicates(QList<LikelyDuplicate>* pairs) const
{
    pairs->clear();
    // Joined on the indexed name; then the same email or phone.
    const QString columnsA = selectColumns();
    QString columnsB = columnsA;
    columnsB.replace(QStringLiteral("c."), QStringLiteral("d."))
        .replace(QStringLiteral("o.name"), QStringLiteral("od.name"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + columnsA + QStringLiteral(", ") + columnsB +
                    QStringLiteral(", lower(c.email) = lower(d.email), c.phone_e164 = d.phone_e164") +
                    fromTables() +
                    QStringLiteral(" JOIN contacts d ON lower(d.family_name) = lower(c.family_name) "
                                   "AND lower(d.given_name) = lower(c.given_name) AND d.id > c.id "
                                   "LEFT JOIN organisations od ON od.id = d.organisation_id "
                                   "WHERE lower(d.email) = lower(c.email) OR d.phone_e164 = c.phone_e164 "
                                   "ORDER BY c.id, d.id")))
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not look for duplicates"));
    while (query.next()) {
        LikelyDuplicate pair;
        pair.first = contactFrom(query, 0);
        pair.second = contactFrom(query, 11);
        pair.sameEmail = query.value(22).toBool();
        pair.samePhone = query.value(23).toBool();
        pairs->append(pair);
    }
    return {};
}

StoreError ContactRepository::merge(qint64 keepId, qint64 removeId)
{
    if (keepId == removeId)
        return StoreError::invalid(QStringLiteral("A contact cannot be merged with itself."));
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    Contact keep;
    Contact other;
    if (StoreError error = find(keepId, &keep))
        return error;
    if (StoreError error = find(removeId, &other))
        return error;
    const QString context = QStringLiteral("Could not merge the contacts");
    QSqlQuery query(m_db);
    for (const QString& statement :
         {QStringLiteral("UPDATE invitees SET contact_id = ? WHERE contact_id = ?"),
          QStringLiteral("UPDATE cases SET referrer_contact_id = ? "
                         "WHERE referrer_contact_id = ?"),
          QStringLiteral("UPDATE conflicts_of_interest SET contact_id = ? "
                         "WHERE contact_id = ?")}) {
        query.prepare(statement);
        query.addBindValue(keepId);
        query.addBindValue(removeId);
        if (StoreError error = exec(query, context))
            return error;
    }
    // The kept contact takes whatever it lacks from the other.
    query.prepare(QStringLiteral(
        "UPDATE contacts SET organisation_id = COALESCE(contacts.organisation_id, o.organisation_id), "
        "job_title = COALESCE(contacts.job_title, o.job_title), role = COALESCE(contacts.role, o.role), "
        "phone = COALESCE(contacts.phone, o.phone), phone_e164 = COALESCE(contacts.phone_e164, "
        "o.phone_e164), "
        "email = COALESCE(contacts.email, o.email), "
        "is_decision_maker = CASE WHEN contacts.is_decision_maker = 1 OR o.is_decision_maker = 1 THEN 1 ELSE "
        "0 END, "
        "notes = COALESCE(contacts.notes, o.notes) "
        "FROM (SELECT * FROM contacts WHERE id = ?) AS o WHERE contacts.id = ?"));
    query.addBindValue(removeId);
    query.addBindValue(keepId);
    if (StoreError error = exec(query, context))
        return error;
    query.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    query.addBindValue(removeId);
    if (StoreError error = exec(query, context))
        return error;
    return transaction.commit();
}
