#include "shell/MessagePresenter.h"

#include <QMessageBox>

namespace {
MessagePresenter* g_installed = nullptr;
}

MessagePresenter::~MessagePresenter() = default;

void MessagePresenter::showError(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

bool MessagePresenter::showIfFailed(QWidget* parent, const QString& title, const StoreError& error)
{
    if (error.ok())
        return false;
    showError(parent, title, error.message());
    return true;
}

void MessagePresenter::showWarning(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

void MessagePresenter::showInformation(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

bool MessagePresenter::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

MessagePresenter& MessagePresenter::instance()
{
    static MessagePresenter standard;
    return g_installed ? *g_installed : standard;
}

void MessagePresenter::install(MessagePresenter* presenter)
{
    g_installed = presenter;
}
