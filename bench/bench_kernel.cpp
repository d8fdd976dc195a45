// bench_kernel — the AVX-512 BF16 few-row kernel (kernels/bf16_gemv.h) vs
// LibTorch's bf16 at::linear, in GB/s of weights streamed from memory, at the
// LFM2-350M decode shapes. Every call reads a different copy of W (together
// far larger than the L3 cache), as decode streams the whole model per token.
// Usage: bench_kernel [--quick] [--hot (only the L2-resident compute ceiling)]
#include "bench_common.h"

#include "model/kernels/bf16_gemv.h"

#include <ATen/core/grad_mode.h>
#include <cstring>

namespace {

struct Shape {
    int64_t N, K;
    const char* what;
};

// Seconds per call, best of `passes` sweeps over all copies.
template <class F>
double perCall(const std::vector<at::Tensor>& copies, int passes, int rounds, F&& fn) {
    for (const auto& w : copies) fn(w);  // warm-up
    double best = 1e300;
    for (int p = 0; p < passes; ++p) {
        const double t0 = bench::now();
        for (int r = 0; r < rounds; ++r)
            for (const auto& w : copies) fn(w);
        best = std::min(best, (bench::now() - t0) / double(rounds * copies.size()));
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    bool quick = false, hotOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) quick = true;
        if (std::strcmp(argv[i], "--hot") == 0) hotOnly = true;
    }
    ps::initComputeThreads(0);
    bench::printEnvironment("bench_kernel");
    const bench::Peaks peaks = bench::measurePeaks(true);
    bench::printPeaks(peaks);
    if (!ps::cpuHasAvx512Bf16()) std::printf("note: no avx512_bf16: the kernel is not applicable; only at::linear runs\n");

    using namespace ps::model::kernels;
    at::NoGradGuard noGrad;
    const std::vector<Shape> shapes = {{1024, 1024, "out_proj/q_proj"},
                                       {4608, 1024, "w1/w3"},
                                       {1024, 4608, "w2"},
                                       {3072, 1024, "in_proj"},
                                       {65536, 1024, "lm_head"}};
    const int64_t poolBytes = quick ? (int64_t{256} << 20) : (int64_t{768} << 20);
    // Bandwidth drifts on shared machines: re-measured next to every shape.
    const bench::ReadProbe probe(int64_t{512} << 20);
    std::printf("\n%-16s %-12s %2s  %10s %10s %8s %9s %9s\n", "matrix", "N x K", "M", "kernel", "at::linear", "speedup",
                "kern/read", "max|d|rel");
    for (const Shape& s : hotOnly ? std::vector<Shape>{} : shapes) {
        const double readGBs = probe.gbs(3);
        const int64_t bytes = s.N * s.K * 2;
        const int64_t copiesN = std::max<int64_t>(2, (poolBytes + bytes - 1) / bytes);
        std::vector<at::Tensor> copies;
        const at::Tensor w0 = (at::randn({s.N, s.K}) * 0.02).to(at::kBFloat16);
        for (int64_t c = 0; c < copiesN; ++c) copies.push_back(c == 0 ? w0 : w0.clone());
        const int rounds = std::max<int>(1, int((int64_t{1} << 30) / (bytes * copiesN)));  // ~1 GiB per pass
        for (int64_t M : {1, 2, 4, 8}) {
            const at::Tensor x = at::randn({M, s.K}).to(at::kBFloat16);
            double tk = 0, diff = 0;
            if (bf16FewRowsApplicable(x, w0)) {
                tk = perCall(copies, 3, rounds, [&](const at::Tensor& w) { (void)bf16FewRowsLinear(x, w); });
                const at::Tensor ref = at::linear(x.to(at::kFloat), w0.to(at::kFloat));
                diff = (bf16FewRowsLinear(x, w0).to(at::kFloat) - ref).abs().max().item<double>() / ref.abs().max().item<double>();
            }
            const double tl = perCall(copies, 3, rounds, [&](const at::Tensor& w) { (void)at::linear(x, w); });
            const double gk = tk > 0 ? double(bytes) / tk / 1e9 : 0, gl = double(bytes) / tl / 1e9;
            char nk[32];
            std::snprintf(nk, sizeof nk, "%lldx%lld", (long long)s.N, (long long)s.K);
            std::printf("%-16s %-12s %2lld  %6.1f GB/s %6.1f GB/s %7.2fx %8.0f%% %9.1e\n", s.what, nk, (long long)M, gk, gl,
                        gl > 0 ? gk / gl : 0.0, 100.0 * gk / readGBs, diff);
            std::fflush(stdout);
        }
        std::printf("%-16s read bandwidth measured alongside: %.1f GB/s\n", "", readGBs);
        // fp32 with one row (fp32 models decode through at::linear): the gemm path vs gemv (at::mv).
        if (s.N * s.K * 4 <= (int64_t{256} << 20)) {
            std::vector<at::Tensor> f32;
            const int64_t nf = std::max<int64_t>(2, (poolBytes + 2 * bytes - 1) / (2 * bytes));
            for (int64_t c = 0; c < nf; ++c) f32.push_back(w0.to(at::kFloat));
            const at::Tensor x1 = at::randn({1, s.K});
            const double tl = perCall(f32, 3, rounds, [&](const at::Tensor& w) { (void)at::linear(x1, w); });
            const double tv = perCall(f32, 3, rounds, [&](const at::Tensor& w) { (void)at::mv(w, x1.view({-1})); });
            std::printf("%-16s fp32 M=1: at::linear %.1f GB/s, at::mv %.1f GB/s (%.0f%% / %.0f%% of read)\n", "",
                        2.0 * bytes / tl / 1e9, 2.0 * bytes / tv / 1e9, 100.0 * 2 * bytes / tl / 1e9 / readGBs,
                        100.0 * 2 * bytes / tv / 1e9 / readGBs);
        }
    }

    // Compute ceiling: W resident in L2 (512 KiB), so memory is not the limit.
    if (bf16KernelEnabled() && ps::cpuHasAvx512Bf16()) {
        std::printf("\nkernel with W hot in L2 (256x1024, compute ceiling):\n");
        const std::vector<at::Tensor> hot{(at::randn({256, 1024}) * 0.02).to(at::kBFloat16)};
        const int threads = at::get_num_threads();
        for (int t : {1, threads}) {
            at::set_num_threads(t);
            std::printf("  %d thread(s):", t);
            for (int64_t M = 1; M <= kMaxRows; ++M) {
                const at::Tensor x = at::randn({M, 1024}).to(at::kBFloat16);
                const double tk = perCall(hot, 5, 2000, [&](const at::Tensor& w) { (void)bf16FewRowsLinear(x, w); });
                std::printf(" M=%lld %.0f", (long long)M, 256.0 * 1024 * 2 / tk / 1e9);
            }
            std::printf(" GB/s\n");
            if (threads == 1) break;
        }
        at::set_num_threads(threads);
    }
    return 0;
}
