#include "TestPlatform.h"

#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

int TestPlatform::fileMode(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return 07777;
    const int permissions = static_cast<int>(info.permissions());
    // Qt's owner, group and other bits are 0x7000, 0x0070 and 0x0007.
    return ((permissions >> 12) & 07) << 6 | ((permissions >> 4) & 07) << 3 | (permissions & 07);
}

bool TestPlatform::runsAsRoot()
{
#if defined(Q_OS_UNIX)
    return ::geteuid() == 0;
#else
    return false;
#endif
}

void TestPlatform::useDesktopFileMask()
{
#if defined(Q_OS_UNIX)
    ::umask(022);
#endif
}
