#pragma once

#include <QObject>

class CsvImportDialog;
class WorkContext;

// The Contacts screen's CSV import (a preview first, then all or nothing)
// and export (the whole directory, written whole or not at all). Files are
// chosen through FileChooser and failures shown through MessagePresenter,
// over the screen given.
class ContactCsvActions : public QObject
{
    Q_OBJECT

public:
    ContactCsvActions(WorkContext* context, QWidget* screen);

    // Asks for the file and opens the preview window-modal, returning at once;
    // null when cancelled or unreadable.
    CsvImportDialog* importCsv();
    // Asks for the file; true when written.
    bool exportCsv();

signals:
    // What was imported, in words; the directory has changed.
    void imported(const QString& summary);
    // What was exported and where, in words.
    void exported(const QString& summary);

private:
    WorkContext* m_context;
    QWidget* m_screen;
};
