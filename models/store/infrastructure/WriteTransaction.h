#pragma once

#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>

// RAII guard for one write transaction: begins with the dialect's write
// statement (BEGIN IMMEDIATE on SQLite), rolls back unless commit() succeeded.
//
// Transactions nest: one begun while another is open on the same connection
// joins it, so a repository method can call another (a meeting booked and
// the case moved on) and everything commits together. Only the outermost
// commits; an inner one that ends without commit() (a failure anywhere)
// dooms the whole, so the outermost's commit() rolls back and says so.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // The error from BEGIN, if any; nothing else should be done when set.
    const StoreError& beginError() const { return m_beginError; }
    StoreError commit();
    void rollback();
    // Whether this one joined a transaction already open on the connection.
    bool isNested() const { return m_nested; }

    // `work` (returning a StoreError) in a write transaction of its own, or
    // joining the one open: committed when it succeeds, else rolled back.
    // The one frame of the store's writes, so none can forget the commit.
    template <typename Work> static StoreError run(QSqlDatabase db, Work&& work)
    {
        WriteTransaction transaction(std::move(db));
        if (transaction.beginError())
            return transaction.beginError();
        if (StoreError error = std::forward<Work>(work)())
            return error;
        return transaction.commit();
    }

private:
    QSqlDatabase m_db;
    StoreError m_beginError;
    bool m_open = false;
    bool m_nested = false;
};
