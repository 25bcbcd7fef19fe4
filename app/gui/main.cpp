#include "Application.h"
#include "Version.h"
#include "platform/ProcessHardening.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    ProcessHardening::disableCoreDumps();
    ProcessHardening::restrictNewFiles();
    QApplication qtApp(argc, argv);
    QApplication::setApplicationName(QStringLiteral("commonground"));
    QApplication::setApplicationDisplayName(QStringLiteral("Common Ground"));
    QApplication::setOrganizationDomain(QStringLiteral("commonground.org"));
    QApplication::setApplicationVersion(QLatin1String(kCommonGroundVersion));
    QApplication::setDesktopFileName(QLatin1String(kCommonGroundAppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.commonground.CommonGround.svg")));

    Application application;
    const int early = application.start();
    if (early >= 0)
        return early;
    return QApplication::exec();
}
