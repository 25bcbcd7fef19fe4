#include "cases/OpenedDocuments.h"

#include "platform/PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {
// Made on first use, owner only (QTemporaryDir makes it 0700), and removed
// with everything in it when it is destroyed as the program ends.
QTemporaryDir& openedFolder()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/commonground-opened-XXXXXX"));
    return dir;
}
} // namespace

QString OpenedDocuments::folder()
{
    QTemporaryDir& dir = openedFolder();
    return dir.isValid() ? dir.path() : QString();
}

QString OpenedDocuments::write(qint64 documentId, const QString& fileName, const QByteArray& bytes,
                               QString* error)
{
    const QString where = folder();
    if (where.isEmpty()) {
        *error = QStringLiteral("no private temporary folder could be made");
        return {};
    }
    // The id keeps two documents of the same name apart; the name, without
    // any folder it may claim, keeps its extension for the desktop.
    QString name = QFileInfo(fileName).fileName();
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("document"));
    const QString path = QDir(where).filePath(QStringLiteral("%1-%2").arg(documentId).arg(name));
    if (!PrivateFile::write(path, bytes, error))
        return {};
    return path;
}
