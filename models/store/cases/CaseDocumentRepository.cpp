#include "store/cases/CaseDocumentRepository.h"

#include "rules/CaseDocumentRules.h"
#include "store/access/AccessGuard.h"
#include "store/access/AuditRepository.h"
#include "store/access/SessionActor.h"
#include "store/cases/ActivityRepository.h"
#include "store/infrastructure/SqlColumns.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlQuery>

namespace {
const QString kColumns =
    QStringLiteral("d.id, d.case_id, d.title, d.file_name, d.mime_type, d.size_bytes, d.sha256, d.source, "
                   "d.added_by, u.display_name, d.added_at");
const QString kFrom = QStringLiteral(" FROM case_documents d LEFT JOIN users u ON u.id = d.added_by ");

CaseDocument fromRow(const QSqlQuery& query)
{
    using D = CaseDocument;
    D d = SqlColumns::read<D>(query, &D::id, &D::caseId, &D::title, &D::fileName, &D::mimeType, &D::sizeBytes,
                              &D::sha256, SqlColumns::skip, &D::addedById, &D::addedByName, &D::addedAt);
    d.source = query.value(7).toString() == QLatin1String("generated") ? CaseDocument::Source::Generated
                                                                       : CaseDocument::Source::Added;
    return d;
}

QString notFound(qint64 id)
{
    return QStringLiteral("There is no document %1.").arg(id);
}
} // namespace

CaseDocumentRepository::CaseDocumentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError CaseDocumentRepository::addFile(qint64 caseId, const QString& path, const QString& title,
                                           CaseDocument* added)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile())
        return StoreError::invalid(QStringLiteral("%1 is not a file that can be read.").arg(path));
    // The size first, so that a file far over the limit is never read.
    const QString problem = CaseDocumentRules::sizeProblem(name, info.size());
    if (!problem.isEmpty())
        return StoreError::invalid(problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::invalid(QStringLiteral("Could not read %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError || bytes.size() != info.size())
        return StoreError::invalid(QStringLiteral("Could not read %1: %2.").arg(path, file.errorString()));
    return add(caseId, name, title, bytes, CaseDocument::Source::Added, added);
}

StoreError CaseDocumentRepository::add(qint64 caseId, const QString& fileName, const QString& title,
                                       const QByteArray& content, CaseDocument::Source source,
                                       CaseDocument* added)
{
    const QString name = QFileInfo(fileName).fileName().trimmed().left(255);
    const QString problem = CaseDocumentRules::sizeProblem(name, content.size());
    if (!problem.isEmpty())
        return StoreError::invalid(problem);
    if (name.isEmpty())
        return StoreError::invalid(QStringLiteral("A document needs the name of its file."));
    CaseDocument document;
    document.caseId = caseId;
    document.fileName = name;
    document.title = title.trimmed().isEmpty() ? CaseDocumentRules::defaultTitle(name)
                                               : title.trimmed().left(CaseDocumentRules::kMaxTitleLength);
    document.mimeType = QMimeDatabase().mimeTypeForData(content).name();
    document.sizeBytes = content.size();
    document.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    document.source = source;
    document.addedAt = QDateTime::currentDateTimeUtc();
    const auto insert = [&]() -> StoreError {
        qint64 actor = 0;
        if (StoreError error = SessionActor::current(m_db, &actor))
            return error;
        document.addedById = actor > 0 ? std::optional<qint64>(actor) : std::nullopt;
        StoreQuery query(m_db,
                         QStringLiteral("INSERT INTO case_documents (case_id, title, file_name, mime_type, "
                                        "size_bytes, sha256, content, source, added_by, added_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                             SqlDialect::forDriver(m_db.driverName()).returningIdClause());
        query.bind(caseId, document.title, document.fileName, document.mimeType, document.sizeBytes,
                   document.sha256, content,
                   source == CaseDocument::Source::Generated ? QStringLiteral("generated")
                                                             : QStringLiteral("added"),
                   SqlValues::id(actor), document.addedAt);
        return query.execInsert(QStringLiteral("Could not file the document"), &document.id);
    };
    if (StoreError error = AccessGuard(m_db).writeCase(Action::EditCases, caseId, insert))
        return error;
    // Read back, so that the caller has the adder's name and the stored time.
    return added ? find(document.id, added) : StoreError();
}

StoreError CaseDocumentRepository::listForCase(qint64 caseId, QList<CaseDocument>* documents) const
{
    documents->clear();
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(caseId))
        return error;
    StoreQuery query(m_db, QStringLiteral("SELECT ") + kColumns + kFrom +
                               QStringLiteral("WHERE d.case_id = ? ORDER BY d.added_at DESC, d.id DESC"));
    query.bind(caseId);
    return query.readAll(QStringLiteral("Could not read the case's documents"), documents, fromRow);
}

StoreError CaseDocumentRepository::find(qint64 id, CaseDocument* document) const
{
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("case_documents", id))
        return error;
    StoreQuery query(m_db, QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE d.id = ?"));
    query.bind(id);
    return query.readOne(QStringLiteral("Could not read the document"), notFound(id), document, fromRow);
}

StoreError CaseDocumentRepository::content(qint64 id, Use use, QByteArray* bytes, CaseDocument* document)
{
    bytes->clear();
    CaseDocument local;
    CaseDocument* meta = document ? document : &local;
    if (StoreError error = find(id, meta))
        return error;
    StoreQuery query(m_db, QStringLiteral("SELECT content FROM case_documents WHERE id = ?"));
    query.bind(id);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the document"), notFound(id)))
        return error;
    const QByteArray stored = query.value(0).toByteArray();
    // What is handed out is what was filed: a changed byte is reported, not passed on.
    if (QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()) !=
        meta->sha256)
        return StoreError(
            StoreError::Kind::Io,
            QStringLiteral("Document %1 is damaged: its bytes no longer match their SHA-256.").arg(id));
    // The hash names which bytes were read; the file's name is personal data
    // and stays out of the event.
    if (StoreError error =
            AuditRepository(m_db).record(use == Use::Open ? QStringLiteral("open") : QStringLiteral("export"),
                                         QStringLiteral("case_documents"), QString::number(id), meta->sha256))
        return error;
    *bytes = stored;
    return {};
}

StoreError CaseDocumentRepository::remove(qint64 id)
{
    if (StoreError error = AccessGuard(m_db).require(Action::RemoveDocuments))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("case_documents", id))
        return error;
    return StoreQuery::removeRow(m_db, QStringLiteral("case_documents"), id,
                                 QStringLiteral("Could not remove the document"), notFound(id));
}

StoreError CaseDocumentRepository::recordEmailed(const CaseDocument& document, std::optional<qint64> authorId,
                                                 const QString& summary)
{
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        if (StoreError error =
                AuditRepository(m_db).record(QStringLiteral("export"), QStringLiteral("case_documents"),
                                             QString::number(document.id), QStringLiteral("email draft")))
            return error;
        return ActivityRepository(m_db).addNow(document.caseId, ActivityKind::Email, authorId, summary);
    });
}
