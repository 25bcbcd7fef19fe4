#include "platform/HeapTuning.h"

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void HeapTuning::keepFreedHeapForSqlite()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
        mallopt(M_TOP_PAD, 1024 * 1024);
    });
#endif
}
