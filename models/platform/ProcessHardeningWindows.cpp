#include "platform/ProcessHardening.h"

#include <windows.h>

namespace ProcessHardening {

// Windows writes no core files; a crash goes to Windows Error Reporting,
// which may keep a memory dump. Asking for no fault dialog keeps the crash
// from offering one; a machine that must never keep dumps sets it in policy.
bool disableCoreDumps()
{
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    return true;
}

// New files take the access list of their folder on Windows; the program's
// own folders and files are made owner-only where they are created
// (NativeFilesWindows.cpp), so there is no process-wide mask to set.
void restrictNewFiles() {}

} // namespace ProcessHardening
