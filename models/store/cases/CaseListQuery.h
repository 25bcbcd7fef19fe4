#pragma once

#include "domain/CaseStage.h"
#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <optional>

// What the case list shows, narrowed: every filter is applied in SQL so that
// a list of 200,000 cases never loads more than a page.
struct CaseListFilter
{
    std::optional<qint64> councilId;
    std::optional<Route> route;
    std::optional<CaseStage> stage;
    std::optional<qint64> caseworkerId;
    std::optional<qint64> assignedTo; // the person's cases: their caseworker or mediator
    bool overdueOnly = false;         // next deadline before today
    bool dueThisWeekOnly = false;     // next deadline from today to Sunday
    bool certificateDueOnly = false;  // waiting on a Part 1, 2 or 3
    bool includeClosed = false;
    // Families gone quiet (QuietFamilyRule): mediation cases at "information
    // given" whose last contact was on or before this day.
    std::optional<QDate> quietSince;
    QString search; // words matched against names, reference and school

    bool operator==(const CaseListFilter& other) const = default;
};

// One row of the case list.
struct CaseListRow
{
    qint64 id = 0;
    QString reference;
    QString childName;
    QString parentName;
    QString councilName;
    Route route = Route::Mediation;
    CaseStage stage = CaseStage::Enquiry;
    QDate nextDeadline;
    QString nextDeadlineKind;
    QString caseworkerName;
    // The row's values of the order's keys (without the case id): where the
    // next page starts (CaseListQuery::fetchAfter).
    QVariantList sortKey;
};

// The case list's SQL: count, and pages in a chosen order.
class CaseListQuery
{
public:
    enum class Column
    {
        Reference,
        Child,
        Parent,
        Council,
        Route,
        Stage,
        NextDeadline,
        Caseworker,
    };

    // A search counts its matches up to this many and then says "more": the
    // first page of a common name must not wait for every match to be counted.
    static constexpr int kSearchCountCap = 1000;

    explicit CaseListQuery(QSqlDatabase db);

    void setFilter(const CaseListFilter& filter, const QDate& today);
    void setSort(Column column, Qt::SortOrder order);
    // Another cap than kSearchCountCap (the tests' small lists).
    void setSearchCountCap(int cap) { m_searchCountCap = cap; }
    // That the search matches many cases (its count was capped): a page is
    // then found by walking the order's index rather than sorting every match.
    void setManyMatches(bool many) { m_manyMatches = many; }
    StoreError count(int* total) const;
    // The same, but a search stops at its cap (kSearchCountCap): then *total
    // is the cap and *capped is true.
    StoreError count(int* total, bool* capped) const;
    StoreError fetch(int offset, int limit, QList<CaseListRow>* rows) const;
    // The `limit` rows after `last` (a row of this query in this order): the
    // same rows as fetch() at last's offset + 1, found through the order's
    // index rather than by stepping over every row before them.
    StoreError fetchAfter(const CaseListRow& last, int limit, QList<CaseListRow>* rows) const;
    // The statements themselves, for EXPLAIN QUERY PLAN and the benchmarks;
    // with `assignedTo`, only that user's cases (a mediator's list: count()
    // and fetch() ask AccessGuard for it). A `cap` counts at most cap + 1.
    QString countStatement(QVariantList* binds, qint64 assignedTo = 0, int cap = 0) const;
    QString fetchStatement(int offset, int limit, QVariantList* binds, qint64 assignedTo = 0) const;
    QString fetchAfterStatement(const CaseListRow& last, int limit, QVariantList* binds,
                                qint64 assignedTo = 0) const;

    // The words of a search box as a full-text query for this engine; empty
    // when there is nothing to search for. The case index keeps names folded
    // (rules/NameFold: "lukasz" finds "Łukasz"); the directory's keeps them
    // as written, so its query words are only made lower case.
    enum class Words
    {
        Folded,
        Lowered
    };
    static QString fullTextQuery(const QString& text, bool postgres, Words words = Words::Folded);
    // What a search that is a case reference as typed ("MED-2026-00", "dr
    // 2026") starts with, as the references are written; none otherwise.
    static std::optional<QString> referencePrefix(const QString& text);
    // The next deadline with "none" sorting last: the indexed expression.
    static QString deadlineExpression(bool postgres);
    // "The case waits on a certificate", written as an IN list (not LIKE) so
    // that it can use an index on next_deadline_kind.
    static QString certificateDueCondition();

private:
    // One key of the order: the value selected (the row's sortKey) and the
    // expression compared and ordered by (with its collation).
    struct SortKey
    {
        QString value;
        QString compared;
        bool nullable = false; // from an outer join: NULL sorts first on SQLite, last on PostgreSQL
        bool caseless = false; // compared with SQLite's NOCASE
    };
    // `innerJoined`: read where the key's table is joined inwardly, so never NULL.
    QList<SortKey> sortKeys(bool innerJoined = false) const;
    // The table a page of the whole list is read outward from (its name
    // index), and the case's column that may lack it (the page is then two
    // runs, merged).
    struct Drive
    {
        int shown = 0;      // which of the shown tables (CaseListQuery.cpp)
        QString foreignKey; // empty: every case has one
    };
    std::optional<Drive> drive(qint64 assignedTo) const;
    QString pageStatement(const CaseListRow* last, int offset, int limit, QVariantList* binds,
                          qint64 assignedTo) const;
    // PostgreSQL, a page of a search (but for a reference as typed with many
    // matches): the matches are read first (matchesClause(), a WITH clause).
    bool matchesFirst(bool forPage) const;
    QString matchesClause(QVariantList* binds, qint64 assignedTo) const;
    // PostgreSQL, a page of a reference with its number begun: the range is
    // read first too, in matchesClause().
    bool referenceFirst(bool forPage) const;
    // PostgreSQL: the references that start with `prefix`, as a range.
    static QString referenceRange(const QString& alias, const QString& prefix, QVariantList* binds);
    // PostgreSQL: the matches of the search's words that the login may read,
    // open ones only where closed cases are left out, and only the cases of
    // `assignedTo` unless it is 0: rows of (case_id, is_open, next_deadline).
    // Appends its three bound values to `binds`.
    QString postgresMatches(const QString& words, qint64 assignedTo, QVariantList* binds) const;
    // PostgreSQL, the open cases searched with nothing else narrowing them:
    // counted, and paged by next deadline, from case_search alone.
    bool searchOfOpenCasesOnly() const;
    QString entriesPageStatement(const CaseListRow* last, int offset, int limit, QVariantList* binds,
                                 qint64 assignedTo) const;
    // `forPage`: for a page of rows rather than the count. `matchesJoined`
    // (SQLite): the FROM clause joins case_search, which the search matches.
    QString whereClause(QVariantList* binds, qint64 assignedTo, bool forPage,
                        bool matchesJoined = false) const;
    // "Comes after `last`" in the current order, NULLs where each engine puts them.
    QString afterCondition(const QVariantList& lastKey, qint64 lastId, QVariantList* binds,
                           bool innerJoined = false) const;
    StoreError count(int* total, bool* capped, int cap) const;
    StoreError assignedTo(qint64* userId) const;
    QString direction() const;
    QString orderClause() const;
    // The order over a compound's rows, by column position.
    QString positionalOrderClause() const;
    QString selectClause() const;
    StoreError readRows(const QString& sql, const QVariantList& binds, QList<CaseListRow>* rows) const;

    QSqlDatabase m_db;
    bool m_postgres = false;
    CaseListFilter m_filter;
    QDate m_today;
    Column m_sortColumn = Column::NextDeadline;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_searchCountCap = kSearchCountCap;
    bool m_manyMatches = false;
};
