// runtime.h — process-wide compute setup shared by the GUI, the CLI, tests and benchmarks.
#pragma once

#include <QString>

namespace ps {

// Sets LibTorch's intra-op thread count. Debian's LibTorch starts with one
// OpenMP thread even on multi-core machines; 0 means "all cores"
// (or PREFSTUDIO_THREADS when set). Returns the count in effect.
int initComputeThreads(int requested = 0);

// Name of the BLAS library the process actually resolved (OpenBLAS, reference BLAS, ...).
QString activeBlasName();

// True when the CPU has AVX-512 BF16 (vdpbf16ps), used by the decode kernel.
bool cpuHasAvx512Bf16();

}  // namespace ps
