#include "platform/HeapTuning.h"

// The Windows heap keeps freed blocks for reuse without being asked.
void HeapTuning::keepFreedHeapForSqlite() {}
