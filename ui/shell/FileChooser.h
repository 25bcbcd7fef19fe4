#pragma once

#include <QString>

class QWidget;

// How the GUI asks a person for a file to read or write. A seam like
// MessagePresenter: tests install a chooser that answers with a path
// instead of opening a modal file dialog.
class FileChooser
{
public:
    virtual ~FileChooser();

    // An empty path when the person cancelled.
    virtual QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    // The same, starting in `folder` (the home folder when empty), for a
    // screen that remembers where its files were last chosen.
    virtual QString openFileNameIn(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                 const QString& filter);

    // An existing folder to write into; empty when the person cancelled.
    virtual QString existingFolder(QWidget* parent, const QString& caption);
    // The one in use; never null.
    static FileChooser& instance();
    // Replaces the one in use (the caller keeps ownership); nullptr restores the default.
    static void install(FileChooser* chooser);
};
