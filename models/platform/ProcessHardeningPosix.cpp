#include "platform/ProcessHardening.h"

#include <sys/resource.h>
#include <sys/stat.h>

#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace ProcessHardening {

bool disableCoreDumps()
{
    bool ok = true;
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        ok = false;
#if defined(__linux__)
    // Also stops a core_pattern pipe (systemd-coredump, apport) from receiving
    // the memory, which RLIMIT_CORE alone does not.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        ok = false;
#endif
    return ok;
}

void restrictNewFiles()
{
    ::umask(077);
}

} // namespace ProcessHardening
