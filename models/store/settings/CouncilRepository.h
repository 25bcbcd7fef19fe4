#pragma once

#include "domain/Council.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>

// The commissioning councils and their contract settings.
class CouncilRepository
{
public:
    explicit CouncilRepository(QSqlDatabase db);

    StoreError list(QList<Council>* councils) const; // by name
    StoreError find(qint64 id, Council* council) const;
    // Sets council->id on success.
    StoreError add(Council* council);
    StoreError update(const Council& council);

private:
    QSqlDatabase m_db;
};
