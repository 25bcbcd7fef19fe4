#include "shell/FileChooser.h"

#include <QDir>
#include <QFileDialog>

namespace {
FileChooser* g_installed = nullptr;
}

FileChooser::~FileChooser() = default;

QString FileChooser::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QDir::homePath(), filter);
}

QString FileChooser::openFileNameIn(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, folder.isEmpty() ? QDir::homePath() : folder,
                                        filter);
}

QString FileChooser::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                  const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, QDir::home().filePath(suggestedName), filter);
}

QString FileChooser::existingFolder(QWidget* parent, const QString& caption)
{
    return QFileDialog::getExistingDirectory(parent, caption, QDir::homePath());
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
