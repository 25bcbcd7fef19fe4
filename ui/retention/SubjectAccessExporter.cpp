#include "retention/SubjectAccessExporter.h"

#include "common/WorkContext.h"
#include "shell/FileChooser.h"
#include "shell/MessagePresenter.h"
#include "store/retention/SubjectAccessExport.h"

#include <QCoreApplication>
#include <QFileInfo>

QString SubjectAccessExporter::exportCase(WorkContext* context, qint64 caseId, const QString& reference,
                                          QWidget* parent)
{
    const QString folder = FileChooser::instance().existingFolder(
        parent,
        QCoreApplication::translate("SubjectAccessExporter", "Folder for the subject access export of %1")
            .arg(reference));
    if (folder.isEmpty())
        return {};
    SubjectAccessExport exporter(context->database());
    QJsonObject document;
    QStringList written;
    StoreError error = exporter.forCase(caseId, &document);
    if (error.ok())
        error =
            exporter.writeFiles(document, folder, QStringLiteral("subject-access-") + reference, &written);
    if (error) {
        MessagePresenter::instance().showError(
            parent,
            QCoreApplication::translate("SubjectAccessExporter", "Could not export %1").arg(reference),
            error.message());
        return {};
    }
    QStringList names;
    for (const QString& file : written)
        names << QFileInfo(file).fileName();
    MessagePresenter::instance().showWarning(
        parent, QCoreApplication::translate("SubjectAccessExporter", "Subject access export written"),
        QCoreApplication::translate("SubjectAccessExporter",
                                    "Written to %1:\n%2\nThey hold personal data: send them securely "
                                    "and delete your copies once sent.")
            .arg(folder, names.join(QLatin1Char('\n'))));
    return written.join(QLatin1Char('\n'));
}
