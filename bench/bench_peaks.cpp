// bench_peaks — the machine's measured compute and memory peaks, with the
// active BLAS and thread count: the denominators of every other benchmark.
// Usage: bench_peaks [--quick]
#include "bench_common.h"

#include <cstring>

int main(int argc, char** argv) {
    bool quick = false;
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--quick") == 0) quick = true;
    ps::initComputeThreads(0);
    bench::printEnvironment("bench_peaks");
    const bench::Peaks p = bench::measurePeaks(quick);
    bench::printPeaks(p);
    // Single-thread figures for comparison (LibTorch's default here is 1 thread).
    const int threads = at::get_num_threads();
    at::set_num_threads(1);
    const double bf1 = bench::matmulGflops(at::kBFloat16, p.matmulN, quick ? 2 : 3);
    const double read1 = bench::readLoopGBs(quick ? (int64_t{256} << 20) : (int64_t{1} << 30), 3);
    at::set_num_threads(threads);
    std::printf("1 thread:         bf16 matmul %.1f GFLOP/s (%.2fx of %d threads) | read %.1f GB/s (%.2fx)\n", bf1,
                bf1 / p.bf16Gflops, threads, read1, read1 / p.readGBs());
    return 0;
}
