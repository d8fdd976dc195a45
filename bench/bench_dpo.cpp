// bench_dpo — DPO training step throughput and peak memory, Prefstudio's step
// against a plain eager step of the same math measured on the same machine in
// the same run, and as MFU of the bf16 matmul peak measured alongside.
//
//   eager (TRL's default on CPU): fp32 weights, the frozen reference model
//     scored every step, chosen and rejected each with their own copy of the
//     prompt (2B sequences of prompt+completion), full-vocabulary log_softmax.
//   prefstudio: the DpoTrainer step (train/dpo_trainer.cpp) — fp32 master
//     weights under bf16 autocast, reference log-probs precomputed once,
//     the prompt computed once for both completions, only real completion
//     tokens through the LM head (in row chunks), per-layer activation
//     checkpointing (the trainer's default; "no ckpt" rows keep activations).
// Both are full fine-tuning with AdamW and clipping; "DPO tokens" counts
// 2 x (prompt + completion) per pair for both, so tokens/s compare directly.
//
// Each configuration runs in its own child process so its peak RSS is its own.
// usage: bench_dpo [--quick]        (driver: all configurations)
//        bench_dpo --child MODE SHAPE PAIRS PROMPT COMPLETION STEPS
#include "bench_common.h"

#include "model/lfm2.h"
#include "model/weights.h"
#include "train/adamw.h"
#include "train/autocast.h"
#include "train/completion_logps.h"
#include "train/dpo_loss.h"
#include "train/dpo_trainer.h"
#include "train/head_logps.h"
#include "train/lora.h"

#include <ATen/core/grad_mode.h>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <random>

using namespace ps;

namespace {

struct ChildResult {
    double stepSeconds = 0;   // best step time after warm-up
    double dpoTokens = 0;     // 2 x (prompt + completion) x pairs
    double processedTokens = 0;
    double params = 0;        // model parameters (embedding once)
    double trainable = 0;
    int64_t peakRss = 0;
    double loss = 0;
};

std::vector<train::DpoExample> randomPairs(int64_t pairs, int64_t prompt, int64_t completion, int64_t vocab) {
    std::mt19937_64 rng(7);
    std::vector<train::DpoExample> v(static_cast<size_t>(pairs));
    for (auto& e : v) {
        e.prompt.push_back(1);
        for (int64_t i = 1; i < prompt; ++i) e.prompt.push_back(16 + static_cast<int64_t>(rng() % static_cast<uint64_t>(vocab - 16)));
        for (int64_t i = 0; i < completion; ++i) {
            e.chosen.push_back(16 + static_cast<int64_t>(rng() % static_cast<uint64_t>(vocab - 16)));
            e.rejected.push_back(16 + static_cast<int64_t>(rng() % static_cast<uint64_t>(vocab - 16)));
        }
    }
    return v;
}

std::vector<train::TrainableParam> makeTrainable(model::Lfm2Weights& w) {
    std::vector<train::TrainableParam> params;
    w.forEach([&](const QString& name, at::Tensor& t) {
        t = t.to(at::kFloat).clone().set_requires_grad(true);
        params.push_back({name, t, !name.endsWith(QLatin1String("norm.weight"))});
    });
    return params;
}

// log p(completion | prompt) per row of a (2B, P+C) batch, the plain way.
at::Tensor eagerLogps(const model::Lfm2Model& m, const at::Tensor& ids, int64_t prompt) {
    const at::Tensor logits = m.forward(ids).to(at::kFloat);                         // (2B,T,V)
    const int64_t T = ids.size(1);
    const at::Tensor lp = at::log_softmax(logits.narrow(1, prompt - 1, T - prompt), -1);  // predicts tokens prompt..T-1
    const at::Tensor tgt = ids.narrow(1, prompt, T - prompt).unsqueeze(-1);
    return lp.gather(-1, tgt).squeeze(-1).sum(1);
}

ChildResult runChild(const QString& mode, const QString& shape, int64_t pairs, int64_t prompt, int64_t completion, int steps) {
    auto cfg = model::presetConfig(shape);
    if (!cfg) {
        std::fprintf(stderr, "%s\n", qPrintable(cfg.error().toString()));
        std::exit(2);
    }
    const model::Lfm2Config& c = cfg.value();
    const auto data = randomPairs(pairs, prompt, completion, c.vocabSize);
    ChildResult r;
    r.params = double(c.parameterCount());
    r.dpoTokens = double(2 * pairs * (prompt + completion));
    train::DpoConfig dc;  // defaults: sigmoid, beta 0.1
    std::vector<double> times;

    if (mode == QLatin1String("eager")) {
        model::Lfm2Weights pw = model::randomWeights(c, at::kFloat, 1);
        model::Lfm2Weights rw = model::randomWeights(c, at::kFloat, 1);  // the reference: a second copy
        train::AdamW opt(makeTrainable(pw), 0.9, 0.999, 1e-8, 0.0);
        r.trainable = r.params;
        model::Lfm2Model policy(c, std::move(pw), at::kFloat), reference(c, std::move(rw), at::kFloat);
        std::vector<int64_t> flat;
        for (int s = 0; s < 2; ++s)
            for (const auto& e : data) {
                flat.insert(flat.end(), e.prompt.begin(), e.prompt.end());
                const auto& comp = s == 0 ? e.chosen : e.rejected;
                flat.insert(flat.end(), comp.begin(), comp.end());
            }
        const at::Tensor ids = at::tensor(flat, at::kLong).view({2 * pairs, prompt + completion});
        r.processedTokens = double(ids.numel());
        for (int s = 0; s < steps; ++s) {
            const double t0 = bench::now();
            const at::Tensor lp = eagerLogps(policy, ids, prompt);
            at::Tensor ref;
            {
                at::NoGradGuard g;
                ref = eagerLogps(reference, ids, prompt);
            }
            const at::Tensor n = at::full({pairs}, double(completion));
            const train::DpoLossOutput l = train::dpoLoss(
                dc, {lp.narrow(0, 0, pairs), lp.narrow(0, pairs, pairs), n, n}, {ref.narrow(0, 0, pairs), ref.narrow(0, pairs, pairs), n, n});
            const at::Tensor loss = l.losses.mean();
            loss.backward();
            opt.clipGradNorm(1.0);
            opt.step(1e-6);
            opt.zeroGrad();
            times.push_back(bench::now() - t0);
            r.loss = loss.item<double>();
        }
    } else {
        const bool lora = mode == QLatin1String("lora");
        train::ScoreOptions scoreOptions;  // as DpoTrainer sets them
        scoreOptions.checkpointLayers = mode != QLatin1String("full-nockpt");
        scoreOptions.headChunkRows = train::defaultHeadChunkRows(c.vocabSize);
        model::Lfm2Weights w = model::randomWeights(c, at::kBFloat16, 1);
        std::vector<train::TrainableParam> params;
        if (lora) {
            train::LoraSpec spec;
            spec.targets = dc.loraTargets;
            (void)train::attachLora(w, spec, 1);
            w.forEachLinear([&](const QString& module, model::Linear& l) {
                l.lora_A.set_requires_grad(true);
                l.lora_B.set_requires_grad(true);
                params.push_back({module + QStringLiteral(".A"), l.lora_A, true});
                params.push_back({module + QStringLiteral(".B"), l.lora_B, true});
            });
        } else {
            params = makeTrainable(w);
        }
        for (const auto& p : params) r.trainable += double(p.tensor.numel());
        train::AdamW opt(std::move(params), 0.9, 0.999, 1e-8, 0.0);
        model::Lfm2Model policy(c, std::move(w), lora ? at::kBFloat16 : at::kFloat);
        std::vector<const train::DpoExample*> batch;
        for (const auto& e : data) batch.push_back(&e);
        const train::DpoBatch b = train::collate(batch, 0);
        r.processedTokens = double(b.tokens());
        // Reference log-probs: precomputed once (not part of the step).
        train::PairLogps ref;
        {
            at::NoGradGuard g;
            train::AutocastGuard ac(true, at::kCPU);
            const train::CompletionScores s = train::scoreCompletions(policy, b);
            ref = {s.chosen(s.logps).detach(), s.rejected(s.logps).detach(), s.chosen(s.tokens), s.rejected(s.tokens)};
        }
        policy.setTraining(true);
        for (int s = 0; s < steps; ++s) {
            const double t0 = bench::now();
            at::Tensor loss;
            {
                train::AutocastGuard ac(true, at::kCPU);
                const train::CompletionScores sc = train::scoreCompletions(policy, b, scoreOptions);
                const train::DpoLossOutput l =
                    train::dpoLoss(dc, {sc.chosen(sc.logps), sc.rejected(sc.logps), sc.chosen(sc.tokens), sc.rejected(sc.tokens)}, ref);
                loss = l.losses.mean();
                loss.backward();
            }
            opt.clipGradNorm(1.0);
            opt.step(1e-6);
            opt.zeroGrad();
            times.push_back(bench::now() - t0);
            r.loss = loss.item<double>();
        }
    }
    r.stepSeconds = *std::min_element(times.begin() + (times.size() > 1 ? 1 : 0), times.end());
    r.peakRss = train::processMemory().second;
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ps::initComputeThreads();
    const QStringList args = app.arguments();
    if (args.size() >= 8 && args[1] == QLatin1String("--child")) {
        const ChildResult r = runChild(args[2], args[3], args[4].toLongLong(), args[5].toLongLong(), args[6].toLongLong(), args[7].toInt());
        QJsonObject o{{QStringLiteral("step_s"), r.stepSeconds},       {QStringLiteral("dpo_tokens"), r.dpoTokens},
                      {QStringLiteral("processed_tokens"), r.processedTokens}, {QStringLiteral("params"), r.params},
                      {QStringLiteral("trainable"), r.trainable},      {QStringLiteral("peak_rss"), double(r.peakRss)},
                      {QStringLiteral("loss"), r.loss}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    const bool quick = args.contains(QStringLiteral("--quick"));
    bench::printEnvironment("bench_dpo");
    const bench::Peaks peaks = bench::measurePeaks(quick);
    bench::printPeaks(peaks);

    struct Config {
        const char* label;
        const char* mode;
        const char* shape;
        int64_t pairs, prompt, completion;
        int steps;
    };
    std::vector<Config> configs;
    if (quick) {
        configs = {{"eager fp32 (TRL default)", "eager", "tiny", 4, 128, 128, 4},
                   {"prefstudio full bf16", "full", "tiny", 4, 128, 128, 4},
                   {"prefstudio LoRA bf16", "lora", "tiny", 4, 256, 256, 3}};
    } else {
        configs = {{"eager fp32 (TRL default)", "eager", "350m", 4, 128, 128, 3},
                   {"prefstudio full bf16, no ckpt", "full-nockpt", "350m", 4, 128, 128, 4},
                   {"prefstudio full bf16", "full", "350m", 4, 128, 128, 4},
                   {"prefstudio full bf16, 4 x 512", "full", "350m", 4, 256, 256, 2},
                   {"prefstudio LoRA bf16 1.2B, 4 x 512", "lora", "1.2b", 4, 256, 256, 2}};
    }
    std::printf("\n%-36s %-5s %9s %10s %9s %8s %10s\n", "configuration", "shape", "step s", "DPO tok/s", "MFU", "speedup", "peak RSS");
    double eagerTps = 0;
    for (const Config& c : configs) {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), QLatin1String(c.mode), QLatin1String(c.shape), QString::number(c.pairs), QString::number(c.prompt),
                 QString::number(c.completion), QString::number(c.steps)});
        p.waitForFinished(-1);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed().split('\n').last()).object();
        if (o.isEmpty()) {
            std::printf("%-36s failed: %s\n", c.label, p.readAllStandardError().constData());
            continue;
        }
        const double step = o.value(QStringLiteral("step_s")).toDouble();
        const double tps = o.value(QStringLiteral("dpo_tokens")).toDouble() / step;
        // Model FLOPs of the work done: 6 x params x processed tokens for full
        // fine-tuning (forward 2, backward 4); LoRA's frozen weights need no
        // weight gradients (forward 2 + input gradients 2). The recomputation
        // of checkpointing is not counted (MFU, not hardware utilisation).
        const double perToken = QLatin1String(c.mode) == QLatin1String("lora") ? 4.0 : 6.0;
        const double flops = perToken * o.value(QStringLiteral("params")).toDouble() * o.value(QStringLiteral("processed_tokens")).toDouble();
        const double mfu = flops / step / 1e9 / peaks.bf16Gflops;
        if (QLatin1String(c.mode) == QLatin1String("eager") && eagerTps == 0) eagerTps = tps;
        std::printf("%-36s %-5s %9.2f %10.1f %8.1f%% %7.2fx %7.2f GiB\n", c.label, c.shape, step, tps, 100 * mfu,
                    eagerTps > 0 ? tps / eagerTps : 0.0, o.value(QStringLiteral("peak_rss")).toDouble() / double(1ull << 30));
        std::fflush(stdout);
    }
    std::printf("\nMFU: model FLOPs of the tokens actually processed (prompt once for prefstudio) / step time / the bf16 peak above.\n");
    return 0;
}
