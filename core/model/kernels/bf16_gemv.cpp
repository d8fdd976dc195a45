// bf16_gemv.cpp — few-row bf16 matmul y = x W^T with AVX-512 BF16 (vdpbf16ps).
//
// Decode multiplies 1..8 activation rows with weight matrices that are far
// larger than the caches, so the cost is streaming W from memory once. The
// kernel walks W in blocks of R consecutive rows; each 32-element chunk of a
// W row is loaded once into a register and dotted with the same chunk of all
// M activation rows (which stay in L1/L2), accumulating in fp32. Each output
// is reduced horizontally and rounded to bf16 once (round-to-nearest-even as
// c10::BFloat16). Output rows (N) are split across the intra-op threads.
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

#include <ATen/Parallel.h>
#include <ATen/record_function.h>
#include <c10/util/BFloat16.h>

#include <atomic>
#include <cstdint>
#include <immintrin.h>

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

// Up to 4 rows: 4 W rows per block (M*4 <= 16 accumulators); 5..8 rows: 2.
template <int M>
constexpr int blockRows() {
    return M <= 4 ? 4 : 2;
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

    // At least ~128 KiB of weights per task so small matrices stay on one thread.
    const int64_t grain = std::max<int64_t>(16, (int64_t{128} << 10) / (2 * K));
    at::parallel_for(0, N, grain, [&](int64_t n0, int64_t n1) { fn(xp, wp, K, yp, N, n0, n1); });
    return y;
}

void setBf16KernelEnabled(bool enabled) { g_enabled.store(enabled, std::memory_order_relaxed); }
bool bf16KernelEnabled() { return g_enabled.load(std::memory_order_relaxed); }

}  // namespace ps::model::kernels
