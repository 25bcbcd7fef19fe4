#pragma once

#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>

// RAII guard for one write transaction: begins with the dialect's write
// statement (BEGIN IMMEDIATE on SQLite), rolls back unless commit() succeeded.
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

private:
    QSqlDatabase m_db;
    StoreError m_beginError;
    bool m_open = false;
};
