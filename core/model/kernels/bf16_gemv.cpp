// bf16_gemv.cpp — few-row bf16 matmul y = x W^T with AVX-512 BF16 (vdpbf16ps).
//
// Decode multiplies 1..8 activation rows with weight matrices that are far
// larger than the caches, so the cost is streaming W from memory once. The
// kernel walks W in blocks of R consecutive rows; each 32-element chunk of a
// W row is loaded once into a register and dotted with the same chunk of all
// M activation rows (which stay in L1/L2), accumulating in fp32. Each output
// is reduced horizontally and rounded to bf16 once (round-to-nearest-even as
// c10::BFloat16). While a block is consumed, the next block of W rows is
// prefetched into L2 (the hardware prefetcher alone stalls at ~70% of the
// read bandwidth on these short interleaved row streams). Output rows (N) are
// split into chunks that the intra-op threads take dynamically.
//
// K need not be a multiple of 32: the last chunk is loaded with a zeroing
// mask, so padded lanes contribute 0 * 0.
//
// This file is compiled with -mavx512f/-mavx512bw/-mavx512bf16 (see
// core/CMakeLists.txt); nothing here runs unless cpuHasAvx512Bf16().

// GCC 12 warns about its own _mm512_undefined_* self-initialisation inside
// _mm512_reduce_add_ps (a known false positive).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include "model/kernels/bf16_gemv.h"

#include "util/runtime.h"

#include <ATen/core/grad_mode.h>
#include <ATen/Parallel.h>
#include <ATen/record_function.h>
#include <c10/util/BFloat16.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <dlfcn.h>
#include <immintrin.h>
#include <vector>

namespace ps::model::kernels {

namespace {

std::atomic<bool> g_enabled{true};

bool cpuSupported() {
    static const bool ok = ps::cpuHasAvx512Bf16();
    return ok;
}

inline __m512bh asBh(__m512i v) { return reinterpret_cast<__m512bh&>(v); }

inline uint16_t toBf16Bits(float f) { return c10::BFloat16(f).x; }

// y[m, r] = dot(x[m, :], w[r, :]) for m < M, r < R.
// x: M rows of K bf16 (row stride K); w: R rows of K bf16 (row stride K);
// y: output at column 0 of this block, row stride ldy (elements).
template <int M, int R>
inline void dotBlock(const uint16_t* __restrict x, const uint16_t* __restrict w, int64_t K, uint16_t* __restrict y,
                     int64_t ldy) {
    __m512 acc[M][R];
#pragma GCC unroll 8
    for (int m = 0; m < M; ++m)
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r) acc[m][r] = _mm512_setzero_ps();

    int64_t k = 0;
    for (; k + 32 <= K; k += 32) {
        __m512bh wv[R];
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r) wv[r] = asBh(_mm512_loadu_si512(w + r * K + k));
        // Next block of rows into L2. Past the end of W a prefetch is a no-op
        // (it never faults); the address is formed as an integer, not a pointer.
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r)
            _mm_prefetch(reinterpret_cast<const char*>(reinterpret_cast<uintptr_t>(w) + 2 * static_cast<uintptr_t>((R + r) * K + k)),
                         _MM_HINT_T1);
#pragma GCC unroll 8
        for (int m = 0; m < M; ++m) {
            const __m512bh xv = asBh(_mm512_loadu_si512(x + m * K + k));
#pragma GCC unroll 8
            for (int r = 0; r < R; ++r) acc[m][r] = _mm512_dpbf16_ps(acc[m][r], xv, wv[r]);
        }
    }
    if (k < K) {
        const __mmask32 mask = static_cast<__mmask32>((uint64_t{1} << (K - k)) - 1);
        __m512bh wv[R];
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r) wv[r] = asBh(_mm512_maskz_loadu_epi16(mask, w + r * K + k));
#pragma GCC unroll 8
        for (int m = 0; m < M; ++m) {
            const __m512bh xv = asBh(_mm512_maskz_loadu_epi16(mask, x + m * K + k));
#pragma GCC unroll 8
            for (int r = 0; r < R; ++r) acc[m][r] = _mm512_dpbf16_ps(acc[m][r], xv, wv[r]);
        }
    }
#pragma GCC unroll 8
    for (int m = 0; m < M; ++m)
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r) y[m * ldy + r] = toBf16Bits(_mm512_reduce_add_ps(acc[m][r]));
}

// Rows [n0, n1) of W: blocks of R rows, the remainder one row at a time.
template <int M, int R>
void dotRows(const uint16_t* x, const uint16_t* w, int64_t K, uint16_t* y, int64_t N, int64_t n0, int64_t n1) {
    int64_t n = n0;
    for (; n + R <= n1; n += R) dotBlock<M, R>(x, w + n * K, K, y + n, N);
    for (; n < n1; ++n) dotBlock<M, 1>(x, w + n * K, K, y + n, N);
}

// W rows per block for M activation rows: 12..24 accumulators, so that the
// x loads (from L1/L2) per W byte stay low and the registers suffice
// (M*R accumulators + R W chunks + 1 x chunk <= 32). Measured with bench_kernel.
template <int M>
constexpr int blockRows() {
    constexpr int table[kMaxRows + 1] = {0, 8, 4, 4, 3, 4, 4, 3, 3};
    return table[M];
}

using RowsFn = void (*)(const uint16_t*, const uint16_t*, int64_t, uint16_t*, int64_t, int64_t, int64_t);

RowsFn rowsFn(int64_t M) {
    switch (M) {
    case 1: return &dotRows<1, blockRows<1>()>;
    case 2: return &dotRows<2, blockRows<2>()>;
    case 3: return &dotRows<3, blockRows<3>()>;
    case 4: return &dotRows<4, blockRows<4>()>;
    case 5: return &dotRows<5, blockRows<5>()>;
    case 6: return &dotRows<6, blockRows<6>()>;
    case 7: return &dotRows<7, blockRows<7>()>;
    case 8: return &dotRows<8, blockRows<8>()>;
    default: return nullptr;
    }
}

// ---- threads ----------------------------------------------------------------
// Chunks of output rows are handed out dynamically (an atomic counter), so a
// thread that the OS preempts (the GUI, other processes) delays the others
// by at most one chunk instead of half the work.
struct Job {
    std::atomic<int64_t> next{0};
    int64_t n = 0, chunk = 0;
    const void* body = nullptr;
    void (*call)(const void*, int64_t, int64_t) = nullptr;
};

void runJob(void* p) {
    Job& j = *static_cast<Job*>(p);
    for (;;) {
        const int64_t b = j.next.fetch_add(1, std::memory_order_relaxed) * j.chunk;
        if (b >= j.n) break;
        j.call(j.body, b, std::min(j.n, b + j.chunk));
    }
}

// body(begin, end) over [0, n) in chunks of `chunk`, on LibTorch's intra-op
// (OpenMP) threads. at::parallel_for is a header template that only runs in
// parallel when the including file is compiled with -fopenmp; without it, the
// team is started through libgomp's GOMP_parallel (the entry point GCC emits
// for "#pragma omp parallel"), resolved at run time from the libgomp that
// LibTorch already loaded, so the kernel uses the same thread pool either way.
template <class F>
void forChunks(int64_t n, int64_t chunk, const F& body) {
    Job job;
    job.n = n;
    job.chunk = std::max<int64_t>(1, chunk);
    job.body = &body;
    job.call = [](const void* f, int64_t b, int64_t e) { (*static_cast<const F*>(f))(b, e); };
    const int64_t chunks = (n + job.chunk - 1) / job.chunk;
    const int threads = static_cast<int>(std::min<int64_t>(at::get_num_threads(), chunks));
    if (threads <= 1 || at::in_parallel_region()) {
        runJob(&job);
        return;
    }
#ifdef _OPENMP
    at::parallel_for(0, threads, 1, [&](int64_t, int64_t) { runJob(&job); });
#else
    using GompParallel = void (*)(void (*)(void*), void*, unsigned, unsigned);
    static const auto gompParallel = reinterpret_cast<GompParallel>(dlsym(RTLD_DEFAULT, "GOMP_parallel"));
    if (gompParallel) gompParallel(&runJob, &job, static_cast<unsigned>(threads), 0);
    else runJob(&job);
#endif
}

}  // namespace

bool bf16FewRowsApplicable(const at::Tensor& x, const at::Tensor& w) {
    if (!g_enabled.load(std::memory_order_relaxed) || !cpuSupported()) return false;
    if (!x.defined() || !w.defined()) return false;
    if (x.scalar_type() != at::kBFloat16 || w.scalar_type() != at::kBFloat16) return false;
    if (!x.device().is_cpu() || !w.device().is_cpu()) return false;
    if (x.layout() != at::kStrided || w.layout() != at::kStrided) return false;
    if (w.dim() != 2 || !w.is_contiguous() || x.dim() < 1) return false;
    const int64_t K = w.size(1);
    if (K < 1 || x.size(-1) != K) return false;
    // The result carries no autograd history.
    if (at::GradMode::is_enabled() && (x.requires_grad() || w.requires_grad())) return false;
    if (x.is_conj() || x.is_neg() || w.is_conj() || w.is_neg()) return false;
    return x.numel() / K <= kMaxRows;
}

at::Tensor bf16FewRowsLinear(const at::Tensor& xIn, const at::Tensor& w) {
    // Visible to the LibTorch profiler as one op (inputs recorded only while profiling).
    RECORD_FUNCTION("ps::bf16_few_rows_linear", std::vector<c10::IValue>({xIn, w}));
    TORCH_CHECK(bf16FewRowsApplicable(xIn, w), "bf16FewRowsLinear: inputs not supported (see bf16FewRowsApplicable)");
    const int64_t K = w.size(1), N = w.size(0);
    const int64_t M = xIn.numel() / K;
    std::vector<int64_t> outShape(xIn.sizes().begin(), xIn.sizes().end());
    outShape.back() = N;
    at::Tensor y = at::empty(outShape, xIn.options().memory_format(at::MemoryFormat::Contiguous));
    if (M == 0 || N == 0) return y;

    const at::Tensor x = xIn.contiguous();
    const auto* xp = reinterpret_cast<const uint16_t*>(x.data_ptr<at::BFloat16>());
    const auto* wp = reinterpret_cast<const uint16_t*>(w.data_ptr<at::BFloat16>());
    auto* yp = reinterpret_cast<uint16_t*>(y.data_ptr<at::BFloat16>());
    const RowsFn fn = rowsFn(M);

    // Chunks of 64..512 KiB of W (about 4 per thread when W is small), a multiple
    // of 24 rows so every block size divides them; a W of one chunk stays on this thread.
    const int64_t rowBytes = 2 * K;
    const int64_t chunkBytes = std::clamp<int64_t>(N * rowBytes / (4 * at::get_num_threads()), int64_t{64} << 10, int64_t{512} << 10);
    const int64_t chunkRows = std::max<int64_t>(1, chunkBytes / rowBytes / 24) * 24;
    forChunks(N, chunkRows, [&](int64_t n0, int64_t n1) { fn(xp, wp, K, yp, N, n0, n1); });
    return y;
}

void setBf16KernelEnabled(bool enabled) { g_enabled.store(enabled, std::memory_order_relaxed); }
bool bf16KernelEnabled() { return g_enabled.load(std::memory_order_relaxed); }

}  // namespace ps::model::kernels
