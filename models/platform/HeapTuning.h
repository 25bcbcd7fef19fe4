#pragma once

// The C library's heap, tuned for the store. HeapTuningPosix.cpp (glibc) and
// HeapTuningWindows.cpp (nothing to tune); the build picks one.
namespace HeapTuning {

// SQLite gives each write statement a 64 KiB statement-journal buffer and
// frees it when the statement ends. At the top of glibc's heap that free
// hands the memory back to the kernel and the next statement faults it in
// again: a bulk load ran 14 times slower. Keeping up to 128 MiB of freed heap
// stops the churn; the memory is reused, not leaked. Safe to call often.
void keepFreedHeapForSqlite();

} // namespace HeapTuning
