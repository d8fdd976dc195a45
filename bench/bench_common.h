// bench_common.h — timing helpers and the machine's measured peaks, shared by
// the benchmarks. Every benchmark measures its own peaks in the same run and
// prints ratios against them (the machines are shared: absolute figures vary
// up to 2x between runs, ratios within one run do not).
#pragma once

#include "util/runtime.h"

#include <ATen/core/grad_mode.h>
#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace bench {

inline double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Best (smallest) wall time of `reps` calls of fn, in seconds.
template <class F>
double bestOf(int reps, F&& fn) {
    double best = 1e300;
    for (int i = 0; i < reps; ++i) {
        const double t0 = now();
        fn();
        best = std::min(best, now() - t0);
    }
    return best;
}

struct Peaks {
    double bf16Gflops = 0;  // at::matmul of n x n x n bf16
    double fp32Gflops = 0;  // same in fp32 (OpenBLAS when active)
    double copyGBs = 0;     // memcpy, bytes read + written
    double readSumGBs = 0;  // at::sum over a large fp32 tensor
    double readLoopGBs = 0; // plain parallel integer reduction
    int64_t matmulN = 0;
    double readGBs() const { return std::max(readSumGBs, readLoopGBs); }
};

inline double matmulGflops(at::ScalarType dtype, int64_t n, int reps) {
    at::NoGradGuard g;
    const at::Tensor a = at::randn({n, n}).to(dtype), b = at::randn({n, n}).to(dtype);
    at::Tensor c = at::matmul(a, b);  // warm-up (oneDNN primitive creation, thread start)
    const double t = bestOf(reps, [&] { c = at::matmul(a, b); });
    return 2.0 * double(n) * double(n) * double(n) / t / 1e9;
}

// memcpy of `bytes` split over the intra-op threads; counts read + written bytes.
inline double copyGBs(int64_t bytes, int reps) {
    std::vector<char> src(static_cast<size_t>(bytes), 1), dst(static_cast<size_t>(bytes), 0);
    const auto run = [&] {
        at::parallel_for(0, bytes, 1 << 22, [&](int64_t b, int64_t e) { std::memcpy(dst.data() + b, src.data() + b, size_t(e - b)); });
    };
    run();
    const double t = bestOf(reps, run);
    return 2.0 * double(bytes) / t / 1e9;
}

inline double readSumGBs(int64_t bytes, int reps) {
    at::NoGradGuard g;
    const at::Tensor t = at::ones({bytes / 4}, at::kFloat);
    volatile double sink = 0;
    const auto run = [&] { sink = sink + t.sum().item<double>(); };
    run();
    const double s = bestOf(reps, run);
    return double(bytes) / s / 1e9;
}

// Sum of p[b..e) with 8 independent accumulators (vectorised by the compiler
// for the CPU's widest vectors: AVX-512, AVX2, or plain SSE2).
#define PS_BENCH_SUM_WORDS                                          \
    uint64_t s[8] = {0, 0, 0, 0, 0, 0, 0, 0};                       \
    int64_t i = b;                                                  \
    for (; i + 8 <= e; i += 8)                                      \
        for (int j = 0; j < 8; ++j) s[j] += p[i + j];               \
    for (; i < e; ++i) s[0] += p[i];                                \
    return s[0] + s[1] + s[2] + s[3] + s[4] + s[5] + s[6] + s[7];
__attribute__((target("avx512f"))) inline uint64_t sumWordsAvx512(const uint64_t* p, int64_t b, int64_t e) { PS_BENCH_SUM_WORDS }
__attribute__((target("avx2"))) inline uint64_t sumWordsAvx2(const uint64_t* p, int64_t b, int64_t e) { PS_BENCH_SUM_WORDS }
inline uint64_t sumWords(const uint64_t* p, int64_t b, int64_t e) { PS_BENCH_SUM_WORDS }
#undef PS_BENCH_SUM_WORDS

// Read-only bandwidth: all intra-op threads sum their part of a buffer
// (allocated and touched once, so it can be re-measured next to a benchmark).
class ReadProbe {
public:
    explicit ReadProbe(int64_t bytes) : buf_(static_cast<size_t>(bytes / 8), 3) {}
    // GB/s, best of `reps` full reads.
    double gbs(int reps) const {
        const int64_t n = static_cast<int64_t>(buf_.size());
        const uint64_t* p = buf_.data();
        static const int isa = __builtin_cpu_supports("avx512f") ? 2 : __builtin_cpu_supports("avx2") ? 1 : 0;
        std::vector<uint64_t> partial(256, 0);
        const auto run = [&] {
            at::parallel_for(0, n, 1 << 18, [&](int64_t b, int64_t e) {
                const uint64_t v = isa == 2 ? sumWordsAvx512(p, b, e) : isa == 1 ? sumWordsAvx2(p, b, e) : sumWords(p, b, e);
                partial[static_cast<size_t>(at::get_thread_num()) % partial.size()] += v;
            });
        };
        run();
        const double t = bestOf(reps, run);
        volatile uint64_t sink = 0;
        for (uint64_t v : partial) sink = sink + v;
        return double(n * 8) / t / 1e9;
    }

private:
    std::vector<uint64_t> buf_;
};

inline double readLoopGBs(int64_t bytes, int reps) { return ReadProbe(bytes).gbs(reps); }

// quick: smaller buffers and matrices (seconds instead of tens of seconds).
inline Peaks measurePeaks(bool quick = false) {
    Peaks p;
    p.matmulN = quick ? 1024 : 2048;
    const int reps = quick ? 3 : 5;
    const int64_t bytes = quick ? (int64_t{256} << 20) : (int64_t{1} << 30);
    p.bf16Gflops = matmulGflops(at::kBFloat16, p.matmulN, reps);
    p.fp32Gflops = matmulGflops(at::kFloat, p.matmulN, reps);
    p.copyGBs = copyGBs(bytes, reps);
    p.readSumGBs = readSumGBs(bytes, reps);
    p.readLoopGBs = readLoopGBs(bytes, reps);
    return p;
}

inline void printEnvironment(const char* program) {
    std::printf("== %s ==\n", program);
    std::printf("threads: %d intra-op (at::get_num_threads), hardware %u\n", at::get_num_threads(),
                std::max(1u, std::thread::hardware_concurrency()));
    std::printf("BLAS: %s\n", ps::activeBlasName().toStdString().c_str());
    std::printf("CPU avx512_bf16: %s\n", ps::cpuHasAvx512Bf16() ? "yes" : "no");
    std::fflush(stdout);
}

inline void printPeaks(const Peaks& p) {
    std::printf("peaks (this run): bf16 matmul %lldx%lldx%lld %.1f GFLOP/s | fp32 matmul %.1f GFLOP/s\n",
                (long long)p.matmulN, (long long)p.matmulN, (long long)p.matmulN, p.bf16Gflops, p.fp32Gflops);
    std::printf("                  copy %.1f GB/s (read+write) | read %.1f GB/s (at::sum %.1f, int loop %.1f)\n", p.copyGBs,
                p.readGBs(), p.readSumGBs, p.readLoopGBs);
    std::fflush(stdout);
}

}  // namespace bench
