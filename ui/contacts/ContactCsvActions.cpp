#include "contacts/ContactCsvActions.h"

#include "common/WorkContext.h"
#include "contacts/CsvImportDialog.h"
#include "platform/PrivateFile.h"
#include "shell/FileChooser.h"
#include "shell/MessagePresenter.h"
#include "store/directory/ContactCsv.h"

#include <QFile>
#include <QFileInfo>
#include <QWidget>

ContactCsvActions::ContactCsvActions(WorkContext* context, QWidget* screen)
    : QObject(screen), m_context(context), m_screen(screen)
{}

CsvImportDialog* ContactCsvActions::importCsv()
{
    if (!m_context->isOpen())
        return nullptr;
    const QString path = FileChooser::instance().openFileName(m_screen, tr("Import Contacts"),
                                                              tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessagePresenter::instance().showError(m_screen, tr("Could not read the file"),
                                               tr("%1: %2").arg(path, file.errorString()));
        return nullptr;
    }
    const QByteArray content = file.readAll();
    auto* dialog = new CsvImportDialog(m_context, QFileInfo(path).fileName(), content, m_screen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ContactCsv::ImportReport& report = dialog->report();
        emit imported(tr("Imported %1 and %2.")
                          .arg(tr("%Ln person(s)", nullptr, report.contactsAdded),
                               tr("%Ln new organisation(s)", nullptr, report.organisationsAdded)));
    });
    dialog->open();
    return dialog;
}

bool ContactCsvActions::exportCsv()
{
    if (!m_context->isOpen())
        return false;
    const QString path = FileChooser::instance().saveFileName(m_screen, tr("Export Contacts"),
                                                              tr("contacts.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QByteArray csv;
    int rows = 0;
    if (StoreError error = ContactCsv::exportAll(m_context->database(), &csv, &rows)) {
        MessagePresenter::instance().showError(m_screen, tr("Could not export the directory"),
                                               error.message());
        return false;
    }
    // Written whole or not at all: a half-written file is never left in its place.
    QString reason;
    if (!PrivateFile::write(path, csv, &reason)) {
        MessagePresenter::instance().showError(m_screen, tr("Could not write the file"),
                                               tr("%1: %2. Nothing was exported.").arg(path, reason));
        return false;
    }
    emit exported(tr("Exported %Ln row(s) to %1.", nullptr, rows).arg(QFileInfo(path).fileName()));
    return true;
}
