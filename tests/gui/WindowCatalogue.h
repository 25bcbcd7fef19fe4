#pragma once

#include "RecordingPresenter.h"
#include "TestDatabase.h"
#include "common/WorkContext.h"
#include "shell/DatabaseSession.h"

#include <QWidget>
#include <functional>
#include <memory>

// Every dialog and screen of the program that a test can make on its own,
// for the tests that walk all of them (form conventions, accessibility): one
// list, so a new dialog is added once and checked by all.
using WindowFactory = std::function<QWidget*(WorkContext*, qint64 caseId)>;
Q_DECLARE_METATYPE(WindowFactory)

struct CatalogueRow
{
    const char* name;
    WindowFactory make;
};

namespace WindowCatalogue {
// Every dialog and wizard, by the name its test rows carry.
QList<CatalogueRow> dialogs();
// Every screen (the pages of the main window, and a case's workspace).
QList<CatalogueRow> screens();
// A data column "make" and a row per dialog.
void addDialogRows();
// A data column "make" and a row per screen (the pages of the main window).
void addScreenRows();
} // namespace WindowCatalogue

// A small office to make them in: an SQLite database with two councils (one
// with a long name) and one mediation case (MED-2026-00001), messages recorded instead of shown.
class CatalogueOffice
{
public:
    // Empty on success, else what went wrong.
    QString open();
    void close();
    WorkContext* context() const { return m_context.get(); }
    qint64 caseId() const { return m_caseId; }
    RecordingPresenter& presenter() { return m_presenter; }

private:
    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    qint64 m_caseId = 0;
};
