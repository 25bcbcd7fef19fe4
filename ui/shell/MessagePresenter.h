#pragma once

#include "store/infrastructure/StoreError.h"

#include <QString>

class QWidget;

// How the GUI tells a person about a problem or asks a yes/no question. A
// seam: tests install a presenter that records instead of opening a modal box.
class MessagePresenter
{
public:
    virtual ~MessagePresenter();

    virtual void showError(QWidget* parent, const QString& title, const QString& text);
    virtual void showWarning(QWidget* parent, const QString& title, const QString& text);
    // What a finished task did ("12 cases imported").
    virtual void showInformation(QWidget* parent, const QString& title, const QString& text);
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text);
    // Shows the store's error, when there is one, and says whether there
    // was: a screen that could not read everything it shows says so rather
    // than look complete.
    bool showIfFailed(QWidget* parent, const QString& title, const StoreError& error);

    // The one in use; never null.
    static MessagePresenter& instance();
    // Replaces the one in use (the caller keeps ownership); nullptr restores the default.
    static void install(MessagePresenter* presenter);
};
