#include "common/DesktopFiles.h"

#include "platform/PrivateFile.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

namespace DesktopFiles {

namespace {
// Made on first use, owner only (QTemporaryDir makes it 0700), and removed
// with everything in it when it is destroyed as the program ends.
QTemporaryDir& privateFolder()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/commonground-opened-XXXXXX"));
    return dir;
}
} // namespace

QString folder()
{
    QTemporaryDir& dir = privateFolder();
    return dir.isValid() ? dir.path() : QString();
}

QString write(const QString& fileName, const QByteArray& data, QString* problem)
{
    const QString where = folder();
    if (where.isEmpty()) {
        *problem = QStringLiteral("no private temporary folder could be made");
        return {};
    }
    QString name = QFileInfo(fileName).fileName();
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("document"));
    const QString path = QDir(where).filePath(name);
    if (!PrivateFile::write(path, data, problem))
        return {};
    return path;
}

bool open(const QString& path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace DesktopFiles
