#pragma once

#include <QString>

// What tests ask of the operating system, behind one seam like
// models/platform: TestPlatform.cpp is the one test file that includes a
// system header (tests/portability checks the rest).
namespace TestPlatform {

// The permission bits of a file or folder as POSIX writes them (0600, 0700),
// from Qt's portable view of them; 07777 when the path does not exist.
int fileMode(const QString& path);
// True when the test runs as the superuser (it may mount, and ignores
// permissions); false on systems without one.
bool runsAsRoot();
// New files readable by everyone unless the program says otherwise, as a
// desktop session usually has it (umask 022 on POSIX; nothing on Windows).
void useDesktopFileMask();

} // namespace TestPlatform
