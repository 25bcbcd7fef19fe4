#pragma once

#include "shell/MessagePresenter.h"

#include <QStringList>

// Records what the screens would have shown in a message box, and answers
// their questions with `answer`.
class RecordingPresenter : public MessagePresenter
{
public:
    void showError(QWidget*, const QString& title, const QString& text) override
    {
        errors << title + ": " + text;
    }
    void showWarning(QWidget*, const QString& title, const QString& text) override
    {
        warnings << title + ": " + text;
    }
    void showInformation(QWidget*, const QString& title, const QString& text) override
    {
        information << title + ": " + text;
    }
    bool confirm(QWidget*, const QString& title, const QString& text) override
    {
        questions << title + ": " + text;
        return answer;
    }
    void clear()
    {
        errors.clear();
        warnings.clear();
        information.clear();
        questions.clear();
        answer = false;
    }

    QStringList errors;
    QStringList warnings;
    QStringList information;
    QStringList questions;
    bool answer = false;
};
