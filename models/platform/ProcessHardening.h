#pragma once

// What both programs do to themselves before anything else: the process holds
// special-category data about children, so it must never leave a core dump
// behind (on disk, or handed to a crash reporter) and must not be readable by
// other processes of the same user through ptrace or /proc.
namespace ProcessHardening {

// Sets the core file size limit to zero and, on Linux, marks the process as
// not dumpable (on Windows: no crash dialog offering a dump). Returns false
// if either step failed; the program carries on. One implementation per
// system: ProcessHardeningPosix.cpp, ProcessHardeningWindows.cpp.
bool disableCoreDumps();

// Every file and folder the process creates from now on is its owner's only
// (umask 077; on Windows each is made owner-only where it is created): the database, its -wal and -shm,
// backups, exports and PDFs hold children's data, and a shared desktop has other accounts.
void restrictNewFiles();

} // namespace ProcessHardening
