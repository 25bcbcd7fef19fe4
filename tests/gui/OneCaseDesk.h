#pragma once

#include "CaseSeed.h"
#include "TestDatabase.h"
#include "common/WorkContext.h"
#include "shell/DatabaseSession.h"

#include <QDate>
#include <QSqlDatabase>
#include <memory>

// What the tests of one case's screens start from: a new SQLite database
// opened as the program opens it, a council, one mediation case for Noah
// Price (referred `daysAgo` days ago) and the screens' WorkContext.
// Names are synthetic.
class OneCaseDesk
{
public:
    // Empty when the desk is ready, else what went wrong.
    QString open(int daysAgo = 10)
    {
        m_test = std::make_unique<TestDatabase>("sqlite");
        m_session = std::make_unique<DatabaseSession>();
        if (const StoreError error = m_session->open(m_test->settings()); error.isError())
            return error.message();
        const qint64 council = CaseSeed::addCouncil(db(), "Northshire", "NOR");
        if (!council)
            return QStringLiteral("the council was not added");
        const QDate today = QDate::currentDate();
        QString error;
        m_caseId = CaseSeed::addCase(
            db(), CaseSeed::mediationReferral(council, "Noah", "Price", today.addDays(-daysAgo)), today,
            &error);
        if (!m_caseId)
            return error;
        m_context = std::make_unique<WorkContext>(m_session.get());
        return {};
    }
    // The screens first, then what they stand on.
    void close()
    {
        m_context.reset();
        m_session.reset();
        m_test.reset();
    }

    QSqlDatabase db() const { return m_session->database()->connection(); }
    WorkContext* context() const { return m_context.get(); }
    qint64 caseId() const { return m_caseId; }

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    qint64 m_caseId = 0;
};
