// runtime.h — process-wide compute setup shared by the GUI, the CLI, tests and benchmarks.
#pragma once

#include "util/result.h"

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

// Where models load and compute, for the whole process: "auto" (the default:
// a CUDA GPU when LibTorch was built with CUDA and one is present, else the
// CPU), "cpu", "cuda" or "cuda:N". Data-parallel ranks under "auto" take
// cuda:LOCAL_RANK. Also read from PREFSTUDIO_DEVICE; setting it exports that
// variable, so processes this one starts (the --nproc launcher's ranks) follow.
Status setComputeDevice(const QString& spec);
// The device in effect, e.g. "cpu" or "cuda:0".
QString computeDeviceName();
// Number of CUDA devices LibTorch sees (0 in a CPU-only build).
int cudaDeviceCount();

}  // namespace ps
