#pragma once

// CPU seconds of the whole process, every thread, user and system: on a
// shared machine a steadier figure than the wall clock. ProcessClock.cpp is
// the benchmarks' one file that includes a system header.
namespace ProcessClock {
double cpuSeconds();
// The calling thread's own CPU seconds (0 where the system cannot say).
double threadCpuSeconds();
} // namespace ProcessClock
