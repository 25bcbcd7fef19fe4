#pragma once

#include "shell/FileChooser.h"

#include <QStringList>

// Answers the screens' file dialogs with the paths a test sets, and records
// what was asked.
class ScriptedFileChooser : public FileChooser
{
public:
    QString openFileName(QWidget*, const QString& caption, const QString&) override
    {
        asked << caption;
        return openPath;
    }
    QString openFileNameIn(QWidget*, const QString& caption, const QString& folder, const QString&) override
    {
        asked << caption;
        startFolders << folder;
        return openPath;
    }
    QString saveFileName(QWidget*, const QString& caption, const QString& suggestedName,
                         const QString&) override
    {
        asked << caption;
        suggested << suggestedName;
        return savePath;
    }

    QString existingFolder(QWidget*, const QString& caption) override
    {
        asked << caption;
        return folderPath;
    }

    QString openPath;
    QString folderPath;
    QString savePath;
    QStringList asked;
    QStringList suggested;    // the names save dialogs offered
    QStringList startFolders; // where openFileNameIn started
};
