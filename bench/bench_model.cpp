// bench_model — LFM2 throughput on random in-memory models, as ratios of the
// machine's peaks measured in the same run (SPEC §6):
//   prefill tokens/s and MFU vs the bf16 matmul peak,
//   single-sequence decode tokens/s (bf16, fp32) vs the read-bandwidth roofline,
//   batched decode (4 and 8 sequences) with the AVX-512 kernel on and off,
//   forward+backward tokens/s (4 x 256 tokens) and MFU at 6 * params * tokens,
//   and a per-op profile of the bf16 decode step.
// Usage: bench_model [--quick] [--shape tiny|small|350m|700m|1.2b|2.6b]... [--skip-train] [--no-profile]
//   default shapes: tiny and 350m; --quick: tiny only, fewer repetitions.
#include "bench_common.h"

#include "model/generate.h"
#include "model/kernels/bf16_gemv.h"
#include "model/lfm2.h"
#include "model/weights.h"

#include <ATen/core/grad_mode.h>
#include <torch/csrc/autograd/profiler_legacy.h>

#include <QStringList>
#include <cstring>
#include <map>
#include <memory>

using namespace ps::model;

namespace {

struct Options {
    bool quick = false;
    bool train = true;
    bool profile = true;
    QStringList shapes;
};

struct ModelFacts {
    int64_t params = 0;       // every parameter, embedding once (tied)
    int64_t weightBytes = 0;  // bytes of all parameters in the compute dtype
    int64_t hidden = 0;
    int64_t elemBytes = 0;
    // Bytes a decode step reads: every weight once (the tied embedding as lm_head) + one embedding row.
    int64_t bytesPerToken() const { return weightBytes + hidden * elemBytes; }
};

ModelFacts factsOf(Lfm2Model& m) {
    ModelFacts f;
    m.weights().forEach([&](const QString&, at::Tensor& t) {
        f.params += t.numel();
        f.weightBytes += t.numel() * static_cast<int64_t>(t.element_size());
    });
    f.hidden = m.config().hiddenSize;
    f.elemBytes = at::elementSize(m.dtype());
    return f;
}

std::shared_ptr<Lfm2Model> makeModel(const Lfm2Config& cfg, at::ScalarType dtype, bool requiresGrad = false) {
    Lfm2Weights w = randomWeights(cfg, dtype, /*seed=*/42);
    if (requiresGrad) w.forEach([](const QString&, at::Tensor& t) { t.requires_grad_(true); });
    return std::make_shared<Lfm2Model>(cfg, std::move(w), dtype);
}

at::Tensor randomIds(int64_t B, int64_t T, int64_t vocab, uint64_t seed) {
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    // Avoid the special tokens (0..13); any id works for the math.
    return at::randint(14, vocab, {B, T}, gen, at::kLong);
}

std::vector<std::vector<int64_t>> randomPrompts(int64_t n, int64_t len, int64_t vocab, uint64_t seed) {
    const at::Tensor ids = randomIds(n, len, vocab, seed);
    std::vector<std::vector<int64_t>> out(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
        const int64_t* p = ids[i].data_ptr<int64_t>();
        out[static_cast<size_t>(i)].assign(p, p + len);
    }
    return out;
}

// FLOPs of a forward over B sequences of T tokens (logits for every token):
// 2 * params * tokens + the attention matrices as computed (QK^T and PV over all T x T).
double forwardFlops(const Lfm2Config& cfg, int64_t params, int64_t B, int64_t T) {
    const double attn = 4.0 * double(T) * double(T) * double(cfg.numAttentionHeads * cfg.headDim) * cfg.attentionLayerCount();
    return 2.0 * double(params) * double(B * T) + double(B) * attn;
}

struct DecodeResult {
    double tokPerS = 0;   // generated tokens per second (all sequences)
    double stepPerS = 0;  // decode steps per second
    double readGBs = 0;   // read bandwidth measured right before and after (max)
};

// Greedy generation through ps::model::generate (the application's path).
// The memory bandwidth of these shared machines drifts by up to 1.5x within a
// minute, so the read bandwidth is re-measured next to every decode figure.
DecodeResult decode(const Lfm2Model& m, int64_t sequences, int64_t newTokens, int reps, const bench::ReadProbe& probe) {
    GenerationConfig g;
    g.maxNewTokens = newTokens;
    g.sampling.doSample = false;
    const auto prompts = randomPrompts(sequences, 16, m.config().vocabSize, 7);
    {
        GenerationConfig warm = g;
        warm.maxNewTokens = 4;
        (void)generate(m, prompts, warm);
    }
    DecodeResult best;
    const double before = probe.gbs(3);
    for (int r = 0; r < reps; ++r) {
        auto res = generate(m, prompts, g);
        if (!res) {
            std::printf("generate failed: %s\n", res.error().toString().toStdString().c_str());
            return best;
        }
        const GenerationStats& s = res.value().stats;
        if (s.decodeSteps == 0 || s.decodeSeconds <= 0) continue;
        // decodeSeconds covers decodeSteps forwards plus the sampling of every token.
        const double steps = double(s.decodeSteps) / s.decodeSeconds;
        if (steps > best.stepPerS) best = {steps * double(sequences), steps, 0.0};
    }
    best.readGBs = std::max(before, probe.gbs(3));
    return best;
}

// ---- per-op profile of the decode step (LibTorch's legacy profiler, self times) ----
struct OpStat {
    double selfUs = 0, totalUs = 0;
    int64_t calls = 0;
};

std::string opKey(const torch::autograd::profiler::LegacyEvent& e, int64_t vocab) {
    std::string name = e.name();
    const auto shapes = e.shapes();
    if ((name == "ps::bf16_few_rows_linear" || name == "aten::linear") && shapes.size() >= 2 && shapes[1].size() == 2 &&
        shapes[1][0] == vocab)
        name += " [lm_head]";
    return name;
}

struct Profile {
    std::map<std::string, OpStat> ops;
    double topLevelUs = 0;  // inclusive time of top-level ops
};

Profile aggregate(const torch::autograd::profiler::thread_event_lists& lists, int64_t vocab) {
    using torch::autograd::profiler::EventKind;
    using torch::autograd::profiler::LegacyEvent;
    Profile p;
    for (const auto& list : lists) {
        struct Frame {
            const LegacyEvent* ev;
            double childUs;
        };
        std::vector<Frame> stack;
        for (const LegacyEvent& e : list) {
            if (e.kind() == EventKind::PushRange) {
                stack.push_back({&e, 0.0});
            } else if (e.kind() == EventKind::PopRange) {
                size_t i = stack.size();
                while (i > 0 && stack[i - 1].ev->handle() != e.handle()) --i;
                if (i == 0) continue;
                const Frame f = stack[i - 1];
                stack.resize(i - 1);
                const double dur = f.ev->cpuElapsedUs(e);
                OpStat& s = p.ops[opKey(*f.ev, vocab)];
                s.totalUs += dur;
                s.selfUs += dur - f.childUs;
                ++s.calls;
                if (stack.empty()) p.topLevelUs += dur;
                else stack.back().childUs += dur;
            }
        }
    }
    return p;
}

// Drives the decode step as generate() does (forwardHidden with the cache, logits
// of the last position to fp32, greedy argmax) under the profiler.
void profileDecode(const Lfm2Model& m, const ModelFacts& facts, double readGBs, int steps) {
    namespace prof = torch::autograd::profiler;
    at::NoGradGuard noGrad;
    const int64_t V = m.config().vocabSize;
    auto runSteps = [&](Lfm2Cache& cache, at::Tensor next, int n) {
        for (int i = 0; i < n; ++i) {
            const at::Tensor logits = m.logits(m.forwardHidden(next, {}, &cache).select(1, 0)).to(at::kFloat);
            next = logits.argmax(-1).unsqueeze(1);
        }
        return next;
    };
    Lfm2Cache cache = m.makeCache(1, 16 + 2 * steps + 8);
    at::Tensor next = m.logits(m.forwardHidden(randomIds(1, 16, V, 3), {}, &cache).select(1, 0)).argmax(-1).unsqueeze(1);
    next = runSteps(cache, next, 4);  // warm-up
    double t0 = bench::now();
    next = runSteps(cache, next, steps);
    const double plainUs = (bench::now() - t0) / steps * 1e6;
    // The same number of steps through generate() (sampler, history, stop checks included).
    double generateUs = 0;
    {
        GenerationConfig g;
        g.maxNewTokens = steps + 1;
        auto res = generate(m, randomPrompts(1, 16, V, 3), g);
        if (res && res.value().stats.decodeSteps > 0)
            generateUs = res.value().stats.decodeSeconds / double(res.value().stats.decodeSteps) * 1e6;
    }

    prof::enableProfilerLegacy(torch::profiler::impl::ProfilerConfig(torch::profiler::impl::ProfilerState::CPU, /*shapes=*/true));
    t0 = bench::now();
    next = runSteps(cache, next, steps);
    const double wallUs = (bench::now() - t0) / steps * 1e6;
    const Profile p = aggregate(prof::disableProfilerLegacy(), V);

    std::vector<std::pair<std::string, OpStat>> rows(p.ops.begin(), p.ops.end());
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.selfUs > b.second.selfUs; });
    const double rooflineUs = double(facts.bytesPerToken()) / (readGBs * 1e9) * 1e6;
    std::printf("  decode step profile (%d steps, batch 1, self time per step; profiler on: %.2f ms/step, off: %.2f ms/step, "
                "generate(): %.2f ms/step, roofline %.2f ms):\n",
                steps, wallUs / 1000, plainUs / 1000, generateUs / 1000, rooflineUs / 1000);
    std::printf("    %-40s %8s %7s %6s\n", "op", "ms/step", "calls", "share");
    double shown = 0;
    int64_t totalCalls = 0;
    for (const auto& [name, s] : rows) totalCalls += s.calls;
    for (size_t i = 0; i < rows.size() && i < 16; ++i) {
        const auto& [name, s] = rows[i];
        shown += s.selfUs;
        std::printf("    %-40s %8.3f %7.1f %5.1f%%\n", name.c_str(), s.selfUs / steps / 1000, double(s.calls) / steps,
                    100.0 * s.selfUs / steps / wallUs);
    }
    double rest = 0;
    for (size_t i = 16; i < rows.size(); ++i) rest += rows[i].second.selfUs;
    std::printf("    %-40s %8.3f %7s %5.1f%%\n", "(other ops)", rest / steps / 1000, "", 100.0 * rest / steps / wallUs);
    const double outside = wallUs - p.topLevelUs / steps;
    std::printf("    %-40s %8.3f %7s %5.1f%%\n", "(outside any op: C++ glue)", outside / 1000, "", 100.0 * outside / wallUs);
    std::printf("    ops per step: %.0f\n", double(totalCalls) / steps);
}

// The matmuls alone: every weight matrix of the model once with one row
// (what a decode step must stream), through the path layers.cpp takes.
double matmulsOnlyUs(Lfm2Model& m, int reps) {
    at::NoGradGuard noGrad;
    std::vector<at::Tensor> mats;
    m.weights().forEach([&](const QString&, at::Tensor& t) {
        if (t.dim() == 2) mats.push_back(t);
    });
    std::vector<at::Tensor> xs;
    for (const auto& w : mats) xs.push_back(at::randn({1, 1, w.size(1)}).to(w.scalar_type()));
    auto run = [&] {
        for (size_t i = 0; i < mats.size(); ++i) {
            if (kernels::bf16FewRowsApplicable(xs[i], mats[i])) (void)kernels::bf16FewRowsLinear(xs[i], mats[i]);
            else (void)at::linear(xs[i], mats[i]);
        }
    };
    run();
    return bench::bestOf(reps, run) * 1e6;
}

double trainStep(Lfm2Model& m, const at::Tensor& ids) {
    const double t0 = bench::now();
    const at::Tensor logits = m.forward(ids);
    const at::Tensor loss = logits.to(at::kFloat).log_softmax(-1).mean();
    loss.backward();
    const double t = bench::now() - t0;
    m.weights().forEach([](const QString&, at::Tensor& t) { t.mutable_grad().reset(); });
    return t;
}

struct Summary {
    std::vector<std::string> lines;
};

void benchShape(const QString& shape, const Options& o, const bench::Peaks& peaks, const bench::ReadProbe& probe, Summary& summary) {
    auto cfgR = presetConfig(shape);
    if (!cfgR) {
        std::printf("unknown shape %s: %s\n", qPrintable(shape), qPrintable(cfgR.error().toString()));
        return;
    }
    const Lfm2Config cfg = cfgR.value();
    const bool big = cfg.hiddenSize >= 1024;
    const int reps = o.quick ? 2 : (big ? 2 : 5);
    const std::string tag = shape.toUpper().toStdString();
    auto add = [&](const char* fmt, auto... args) {
        char buf[512];
        std::snprintf(buf, sizeof buf, fmt, args...);
        summary.lines.push_back(buf);
    };

    std::printf("\n=== shape %s: hidden %lld, ff %lld, layers %lld (%d attention), heads %lld/%lld, vocab %lld ===\n", tag.c_str(),
                (long long)cfg.hiddenSize, (long long)cfg.ffDim(), (long long)cfg.numHiddenLayers, cfg.attentionLayerCount(),
                (long long)cfg.numAttentionHeads, (long long)cfg.numKeyValueHeads, (long long)cfg.vocabSize);
    std::fflush(stdout);

    for (at::ScalarType dtype : {at::kBFloat16, at::kFloat}) {
        const bool bf16 = dtype == at::kBFloat16;
        const char* dn = bf16 ? "bf16" : "fp32";
        const double peak = bf16 ? peaks.bf16Gflops : peaks.fp32Gflops;
        auto model = makeModel(cfg, dtype);
        const ModelFacts f = factsOf(*model);
        if (bf16)
            std::printf("params %.1f M (embedding once), weights %.1f MB bf16, decode reads %.1f MB/token\n", f.params / 1e6,
                        f.weightBytes / 1e6, f.bytesPerToken() / 1e6);

        // Prefill / scoring: 1 x 512 tokens, logits for every position.
        {
            at::NoGradGuard noGrad;
            const int64_t T = 512;
            const at::Tensor ids = randomIds(1, T, cfg.vocabSize, 1);
            (void)model->forward(ids);
            const double t = bench::bestOf(reps, [&] { (void)model->forward(ids); });
            const double flops = forwardFlops(cfg, f.params, 1, T);
            const double mfu = flops / t / 1e9 / peak;
            std::printf("  %-34s %9.1f tok/s  %6.1f GFLOP/s = %5.1f%% of %s matmul peak\n",
                        (std::string("prefill 1x512 ") + dn).c_str(), T / t, flops / t / 1e9, 100 * mfu, dn);
            add("prefill %s %s: %.1f tok/s = %.1f%% of %s matmul peak", tag.c_str(), dn, T / t, 100 * mfu, dn);
        }
        // Single-sequence decode with the cache, greedy, through generate().
        // Roofline: tokens/s if every weight byte were read once per token at the
        // read bandwidth measured alongside (and, in brackets, at the run's best).
        const double bytesTok = double(f.bytesPerToken());
        auto pct = [&](double stepsPerS, double gbs) { return 100.0 * stepsPerS * bytesTok / (gbs * 1e9); };
        const int64_t newTokens = o.quick ? 32 : 64;
        {
            const DecodeResult d = decode(*model, 1, newTokens, reps, probe);
            std::printf("  %-34s %9.1f tok/s  = %5.1f%% of read-bandwidth roofline (%.1f tok/s at %.1f GB/s; %.1f%% at the run's %.1f GB/s)\n",
                        (std::string("decode 1 seq ") + dn).c_str(), d.tokPerS, pct(d.stepPerS, d.readGBs),
                        d.readGBs * 1e9 / bytesTok, d.readGBs, pct(d.stepPerS, peaks.readGBs()), peaks.readGBs());
            add("decode %s %s: %.1f tok/s = %.1f%% of read-bandwidth roofline (%.1f GB/s measured alongside; %.1f%% at the run's best %.1f GB/s)",
                tag.c_str(), dn, d.tokPerS, pct(d.stepPerS, d.readGBs), d.readGBs, pct(d.stepPerS, peaks.readGBs()), peaks.readGBs());
        }
        if (bf16) {
            const bool had = kernels::bf16KernelEnabled();
            kernels::setBf16KernelEnabled(false);
            const DecodeResult off = decode(*model, 1, newTokens, reps, probe);
            kernels::setBf16KernelEnabled(had);
            std::printf("  %-34s %9.1f tok/s  = %5.1f%% of roofline (%.1f GB/s)\n", "decode 1 seq bf16 kernel off", off.tokPerS,
                        pct(off.stepPerS, off.readGBs), off.readGBs);
            const double before = probe.gbs(3);
            const double mmUs = matmulsOnlyUs(*model, reps);
            const double mmBw = std::max(before, probe.gbs(3));
            std::printf("  %-34s %9.3f ms/token = %5.1f%% of roofline (%.1f GB/s; all weight matrices once, 1 row)\n",
                        "matmuls only bf16", mmUs / 1000, pct(1e6 / mmUs, mmBw), mmBw);
            // Batched decode: B sequences share each weight read.
            for (int64_t B : {4, 8}) {
                DecodeResult on, offv;
                for (bool enabled : {true, false}) {
                    kernels::setBf16KernelEnabled(enabled);
                    (enabled ? on : offv) = decode(*model, B, o.quick ? 16 : 32, reps, probe);
                }
                kernels::setBf16KernelEnabled(had);
                std::printf("  %-34s %9.1f tok/s kernel on, %7.1f off (%.2fx); steps at %5.1f%% of roofline (%.1f GB/s)\n",
                            ("decode " + std::to_string(B) + " seqs bf16").c_str(), on.tokPerS, offv.tokPerS,
                            offv.tokPerS > 0 ? on.tokPerS / offv.tokPerS : 0.0, pct(on.stepPerS, on.readGBs), on.readGBs);
                add("decode %s bf16 x%lld: %.1f tok/s kernel on vs %.1f off; steps at %.1f%% of roofline", tag.c_str(),
                    (long long)B, on.tokPerS, offv.tokPerS, pct(on.stepPerS, on.readGBs));
            }
            if (o.profile) profileDecode(*model, f, probe.gbs(3), o.quick ? 8 : 16);
        }
        std::fflush(stdout);
    }

    if (!o.train) return;
    for (at::ScalarType dtype : {at::kBFloat16, at::kFloat}) {
        const bool bf16 = dtype == at::kBFloat16;
        const char* dn = bf16 ? "bf16" : "fp32";
        auto model = makeModel(cfg, dtype, /*requiresGrad=*/true);
        const ModelFacts f = factsOf(*model);
        const int64_t B = 4, T = 256;
        const at::Tensor ids = randomIds(B, T, cfg.vocabSize, 5);
        (void)trainStep(*model, ids);
        double best = 1e300;
        for (int r = 0; r < reps; ++r) best = std::min(best, trainStep(*model, ids));
        const double tokens = double(B * T);
        const double flops6 = 6.0 * double(f.params) * tokens;
        std::printf("  %-34s %9.1f tok/s  6PT %6.1f GFLOP/s = %5.1f%% of bf16 peak, %5.1f%% of fp32 peak\n",
                    (std::string("fwd+bwd 4x256 ") + dn).c_str(), tokens / best, flops6 / best / 1e9,
                    100 * flops6 / best / 1e9 / peaks.bf16Gflops, 100 * flops6 / best / 1e9 / peaks.fp32Gflops);
        add("fwd+bwd %s %s 4x256: %.1f tok/s = %.1f%% of bf16 matmul peak (6*P*tokens)", tag.c_str(), dn, tokens / best,
            100 * flops6 / best / 1e9 / peaks.bf16Gflops);
        std::fflush(stdout);
    }
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--quick") == 0) o.quick = true;
        else if (std::strcmp(a, "--skip-train") == 0) o.train = false;
        else if (std::strcmp(a, "--no-profile") == 0) o.profile = false;
        else if (std::strcmp(a, "--shape") == 0 && i + 1 < argc) o.shapes << QString::fromLocal8Bit(argv[++i]).split(QLatin1Char(','));
        else if (std::strncmp(a, "--shape=", 8) == 0) o.shapes << QString::fromLocal8Bit(a + 8).split(QLatin1Char(','));
        else {
            std::fprintf(stderr,
                         "usage: bench_model [--quick] [--shape tiny|small|350m|700m|1.2b|2.6b]... [--skip-train] [--no-profile]\n");
            return 2;
        }
    }
    if (o.shapes.isEmpty()) o.shapes = o.quick ? QStringList{QStringLiteral("tiny")} : QStringList{QStringLiteral("tiny"), QStringLiteral("350m")};

    ps::initComputeThreads(0);
    bench::printEnvironment("bench_model");
    const bench::Peaks peaks = bench::measurePeaks(o.quick);
    bench::printPeaks(peaks);
    const bench::ReadProbe probe(int64_t{512} << 20);
    Summary summary;
    for (const QString& s : o.shapes) benchShape(s, o, peaks, probe, summary);

    std::printf("\n== summary (ratios against the peaks measured above) ==\n");
    for (const auto& l : summary.lines) std::printf("%s\n", l.c_str());
    return 0;
}
