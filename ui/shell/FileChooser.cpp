#include "shell/FileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace {
FileChooser* g_installed = nullptr;

// Where a chooser opens when no folder is remembered: the user's Documents
// folder as the system names it (on Windows, under the user's profile), else home.
QString startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents
                                    : QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
}
} // namespace

FileChooser::~FileChooser() = default;

QString FileChooser::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, startFolder(), filter);
}

QString FileChooser::openFileNameIn(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, folder.isEmpty() ? startFolder() : folder, filter);
}

QString FileChooser::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                  const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, QDir(startFolder()).filePath(suggestedName), filter);
}

QString FileChooser::existingFolder(QWidget* parent, const QString& caption)
{
    return QFileDialog::getExistingDirectory(parent, caption, startFolder());
}

FileChooser& FileChooser::instance()
{
    static FileChooser standard;
    return g_installed ? *g_installed : standard;
}

void FileChooser::install(FileChooser* chooser)
{
    g_installed = chooser;
}
