#include "shell/MenuTitles.h"

#include <QCoreApplication>

QString MenuTitles::file()
{
    return QCoreApplication::translate("MenuTitles", "&File");
}

QString MenuTitles::caseMenu()
{
    return QCoreApplication::translate("MenuTitles", "&Case");
}

QString MenuTitles::settings()
{
    return QCoreApplication::translate("MenuTitles", "Sett&ings");
}

QString MenuTitles::view()
{
    return QCoreApplication::translate("MenuTitles", "Vie&w");
}

QString MenuTitles::go()
{
    return QCoreApplication::translate("MenuTitles", "&Go");
}

QString MenuTitles::office()
{
    return QCoreApplication::translate("MenuTitles", "&Office");
}

QString MenuTitles::help()
{
    return QCoreApplication::translate("MenuTitles", "&Help");
}

QStringList MenuTitles::all()
{
    return {file(), caseMenu(), settings(), view(), go(), office(), help()};
}
