#include "train/sft_trainer.h"

#include "train/head_logps.h"

#include "model/lfm2.h"
#include "train/autocast.h"
#include "train/completion_logps.h"
#include "train/trainer_common.h"
#include "util/atomic_file.h"

#include <ATen/core/grad_mode.h>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <ATen/Parallel.h>
#include <cmath>

namespace ps::train {

namespace {

// One completion per prompt: prompts left-padded (B,Tp), completions right-padded (B,Tc).
DpoBatch collateSft(const std::vector<const SftExample*>& examples, int64_t padId) {
    const int64_t B = static_cast<int64_t>(examples.size());
    size_t tp = 1, tc = 1;
    for (const SftExample* e : examples) {
        tp = std::max(tp, e->prompt.size());
        tc = std::max(tc, e->completion.size());
    }
    const int64_t Tp = static_cast<int64_t>(tp), Tc = static_cast<int64_t>(tc);
    DpoBatch b;
    b.promptIds = at::full({B, Tp}, padId, at::kLong);
    b.promptMask = at::zeros({B, Tp}, at::kBool);
    b.completionIds = at::full({B, Tc}, padId, at::kLong);
    b.completionMask = at::zeros({B, Tc}, at::kBool);
    auto pid = b.promptIds.accessor<int64_t, 2>();
    auto pm = b.promptMask.accessor<bool, 2>();
    auto cid = b.completionIds.accessor<int64_t, 2>();
    auto cm = b.completionMask.accessor<bool, 2>();
    for (int64_t i = 0; i < B; ++i) {
        const SftExample& e = *examples[static_cast<size_t>(i)];
        const int64_t off = Tp - static_cast<int64_t>(e.prompt.size());
        for (size_t t = 0; t < e.prompt.size(); ++t) {
            pid[i][off + static_cast<int64_t>(t)] = e.prompt[t];
            pm[i][off + static_cast<int64_t>(t)] = true;
        }
        for (size_t t = 0; t < e.completion.size(); ++t) {
            cid[i][static_cast<int64_t>(t)] = e.completion[t];
            cm[i][static_cast<int64_t>(t)] = true;
        }
    }
    return b;
}

// TRL's truncation (as for DPO, dpo_batch.h): prompt keeps its end, completion its start.
SftExample truncateSft(const SftExample& in, const DpoConfig& c) {
    DpoExample d{in.prompt, in.completion, in.completion, in.id};
    d = truncateExample(d, c);
    return SftExample{std::move(d.prompt), std::move(d.chosen), in.id};
}

}  // namespace

struct SftTrainer::Impl {
    std::shared_ptr<model::Lfm2Model> base;
    DpoConfig cfg;
    QString baseDir, runDir;
    TrainablePolicy pol;
    std::vector<SftExample> train, eval;
    TrainCallbacks cb;
    std::vector<MetricRow> history;

    void log(const QString& s) const {
        if (cb.log) cb.log(s);
    }
    bool cancelled() const { return cb.cancel && cb.cancel->load(); }
    void progress(const QString& phase, int64_t done, int64_t total, double epoch = 0, double tps = 0, double eta = -1) const {
        reportProgress(cb, phase, done, total, epoch, tps, eta);
    }
    // Summed completion log-probs (B) of a batch under the policy.
    CompletionScores score(const std::vector<const SftExample*>& batch) const {
        const DpoBatch b = collateSft(batch, base->config().padTokenId);
        AutocastGuard autocast(cfg.bf16, pol.model->device().type());
        ScoreOptions options;
        options.checkpointLayers = cfg.gradientCheckpointing;
        options.headChunkRows = defaultHeadChunkRows(pol.model->config().vocabSize);
        return scoreCompletions(*pol.model, b, options);
    }
    MetricRow evaluate(int64_t step) {
        at::NoGradGuard noGrad;
        pol.model->setTraining(false);
        double nll = 0, tokens = 0;
        const int64_t bs = std::max<int64_t>(1, cfg.batchSize * 2);
        for (size_t i = 0; i < eval.size(); i += static_cast<size_t>(bs)) {
            std::vector<const SftExample*> batch;
            for (size_t j = i; j < std::min(eval.size(), i + static_cast<size_t>(bs)); ++j) batch.push_back(&eval[j]);
            const CompletionScores s = score(batch);
            nll -= s.logps.to(at::kDouble).sum().item<double>();
            tokens += s.tokens.to(at::kDouble).sum().item<double>();
            progress(QStringLiteral("eval"), static_cast<int64_t>(std::min(eval.size(), i + static_cast<size_t>(bs))), static_cast<int64_t>(eval.size()));
        }
        MetricRow row{step, QStringLiteral("eval"), {}};
        row.values[QStringLiteral("loss")] = tokens > 0 ? nll / tokens : 0.0;
        return row;
    }
};

SftTrainer::SftTrainer(std::shared_ptr<model::Lfm2Model> base, DpoConfig config, QString baseModelDir, QString runDir)
    : d(std::make_unique<Impl>()) {
    d->base = std::move(base);
    d->cfg = std::move(config);
    d->baseDir = std::move(baseModelDir);
    d->runDir = std::move(runDir);
}

SftTrainer::~SftTrainer() = default;

Result<TrainResult> SftTrainer::train(const std::vector<SftExample>& examples, const TrainCallbacks& callbacks) {
    Impl& s = *d;
    s.cb = callbacks;
    PS_TRY(s.cfg.validate());
    if (s.cfg.threads > 0) at::set_num_threads(s.cfg.threads);
    if (!QDir().mkpath(s.runDir)) return makeError(QCoreApplication::translate("ps::train::SftTrainer", "cannot create the run folder"), s.runDir);
    auto logFn = [&s](const QString& m) { s.log(m); };
    try {
        std::vector<SftExample> all;
        const int64_t vocab = s.base->config().vocabSize;
        for (const SftExample& e : examples) {
            SftExample t = truncateSft(e, s.cfg);
            if (t.prompt.empty() || t.completion.empty())
                return makeError(QCoreApplication::translate("ps::train::SftTrainer", "example %1 has an empty prompt or completion").arg(e.id));
            for (const auto* v : {&t.prompt, &t.completion})
                for (int64_t id : *v)
                    if (id < 0 || id >= vocab)
                        return makeError(QCoreApplication::translate("ps::train::SftTrainer", "example %1 holds token id %2, outside the vocabulary (%3)").arg(e.id).arg(id).arg(vocab));
            all.push_back(std::move(t));
        }
        if (all.empty()) return makeError(QCoreApplication::translate("ps::train::SftTrainer", "no examples to train on"));
        const std::vector<int64_t> order = epochOrder(static_cast<int64_t>(all.size()), s.cfg.seed, -1);
        const int64_t nEval = all.size() >= 2 ? static_cast<int64_t>(std::floor(s.cfg.evalFraction * static_cast<double>(all.size()))) : 0;
        s.train.clear();
        s.eval.clear();
        for (size_t i = 0; i < order.size(); ++i)
            (static_cast<int64_t>(i) < nEval ? s.eval : s.train).push_back(all[static_cast<size_t>(order[i])]);
        if (s.train.empty()) return makeError(QCoreApplication::translate("ps::train::SftTrainer", "no examples left for training after the evaluation split"));

        TrainResult result;
        result.trainPairs = static_cast<int64_t>(s.train.size());
        result.evalPairs = static_cast<int64_t>(s.eval.size());
        auto pol = makeTrainablePolicy(*s.base, s.cfg, logFn);
        if (!pol) return pol.error();
        s.pol = std::move(pol.value());
        QJsonObject cfgJson = s.cfg.toJson();
        cfgJson.insert(QStringLiteral("trainer"), QStringLiteral("sft"));  // a DPO checkpoint is not resumed as SFT
        PS_TRY(writeFileAtomically(QDir(s.runDir).filePath(QStringLiteral("run_config.json")), QJsonDocument(cfgJson).toJson()));

        const int64_t n = static_cast<int64_t>(s.train.size());
        const int64_t microPerEpoch = (n + s.cfg.batchSize - 1) / s.cfg.batchSize;
        const int64_t total = s.cfg.maxSteps > 0 ? s.cfg.maxSteps
                                                 : std::max<int64_t>(1, static_cast<int64_t>(std::ceil(s.cfg.epochs * static_cast<double>(microPerEpoch) /
                                                                                                     static_cast<double>(s.cfg.gradAccum))));
        result.totalSteps = total;
        auto start = loadLatestCheckpoint(s.runDir, *s.pol.optimizer, cfgJson, s.history, logFn);
        if (!start) return start.error();
        result.resumedFrom = start.value();
        result.steps = start.value();
        for (const MetricRow& r : s.history)
            if (s.cb.metrics) s.cb.metrics(r);
        s.log(QCoreApplication::translate("ps::train::SftTrainer", "training on %1 examples (%2 held out) for %3 steps").arg(n).arg(s.eval.size()).arg(total));

        std::vector<int64_t> epochPerm;
        int64_t permEpoch = -1;
        double tokensSeen = 0;
        const double t0 = monotonicSeconds();
        int64_t stepsThisSession = 0;
        for (int64_t step = start.value(); step < total; ++step) {
            if (s.cancelled()) {
                result.cancelled = true;
                break;
            }
            s.pol.model->setTraining(true);
            // The step's micro-batches first: the loss is normalised by all of the step's completion tokens.
            std::vector<std::vector<const SftExample*>> micro;
            double stepTokens = 0, stepAllTokens = 0;
            for (int64_t m = 0; m < s.cfg.gradAccum; ++m) {
                const int64_t g = step * s.cfg.gradAccum + m;  // global micro-batch index
                const int64_t epoch = g / microPerEpoch, within = g % microPerEpoch;
                if (epoch != permEpoch) {
                    epochPerm = epochOrder(n, s.cfg.seed, epoch);
                    permEpoch = epoch;
                }
                std::vector<const SftExample*> batch;
                for (int64_t k = within * s.cfg.batchSize; k < std::min(n, (within + 1) * s.cfg.batchSize); ++k) {
                    const SftExample* e = &s.train[static_cast<size_t>(epochPerm[static_cast<size_t>(k)])];
                    batch.push_back(e);
                    stepTokens += static_cast<double>(e->completion.size());
                    stepAllTokens += static_cast<double>(e->prompt.size() + e->completion.size());
                }
                micro.push_back(std::move(batch));
            }
            double nll = 0;
            for (size_t m = 0; m < micro.size(); ++m) {
                const int64_t g = step * s.cfg.gradAccum + static_cast<int64_t>(m);
                seedTorch(s.cfg.seed ^ (0x9E3779B97F4A7C15ull * static_cast<uint64_t>(g + 1)));  // LoRA dropout
                const CompletionScores sc = s.score(micro[m]);
                const at::Tensor sumNll = -sc.logps.sum();
                (sumNll / stepTokens).backward();
                nll += sumNll.item<double>();
            }
            tokensSeen += stepAllTokens;
            const double gradNorm = s.pol.optimizer->clipGradNorm(s.cfg.maxGradNorm);
            const double lr = scheduledLearningRate(s.cfg, step, total);
            s.pol.optimizer->step(lr);
            s.pol.optimizer->zeroGrad();
            ++stepsThisSession;
            result.steps = step + 1;

            MetricRow row{step + 1, QStringLiteral("train"), {}};
            row.values[QStringLiteral("loss")] = nll / std::max(1.0, stepTokens);
            row.values[QStringLiteral("grad_norm")] = gradNorm;
            row.values[QStringLiteral("learning_rate")] = lr;
            row.values[QStringLiteral("num_tokens")] = stepAllTokens;
            row.values[QStringLiteral("epoch")] = static_cast<double>((step + 1) * s.cfg.gradAccum) / static_cast<double>(microPerEpoch);
            const double elapsed = monotonicSeconds() - t0;
            const double tps = tokensSeen / std::max(1e-9, elapsed);
            row.values[QStringLiteral("tokens_per_second")] = tps;
            if ((step + 1) % s.cfg.logEvery == 0 || step + 1 == total) {
                s.history.push_back(row);
                if (s.cb.metrics) s.cb.metrics(row);
            }
            const double eta = elapsed / static_cast<double>(stepsThisSession) * static_cast<double>(total - step - 1);
            s.progress(QStringLiteral("train"), step + 1, total, row.values[QStringLiteral("epoch")], tps, eta);

            const bool last = step + 1 == total;
            if (!s.eval.empty() && ((s.cfg.evalEvery > 0 && (step + 1) % s.cfg.evalEvery == 0) || last)) {
                MetricRow ev = s.evaluate(step + 1);
                s.history.push_back(ev);
                if (s.cb.metrics) s.cb.metrics(ev);
            }
            if ((s.cfg.saveEvery > 0 && (step + 1) % s.cfg.saveEvery == 0) || last) {
                s.progress(QStringLiteral("checkpoint"), 0, 1);
                PS_TRY(saveCheckpoint(s.runDir, step + 1, *s.pol.optimizer, cfgJson, s.history, &result.checkpointDir));
            }
        }
        if (result.cancelled && stepsThisSession > 0)
            PS_TRY(saveCheckpoint(s.runDir, result.steps, *s.pol.optimizer, cfgJson, s.history, &result.checkpointDir));  // resume continues exactly here
        result.history = s.history;
        if (!result.cancelled) {
            s.progress(QStringLiteral("export"), 0, 1);
            PS_TRY(exportTrainedModel(s.runDir, s.baseDir, s.pol, s.cfg.lora, result));
            s.progress(QStringLiteral("export"), 1, 1);
        }
        return result;
    } catch (const c10::Error& e) {
        return makeError(QCoreApplication::translate("ps::train::SftTrainer", "training failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
    } catch (const std::exception& e) {
        return makeError(QCoreApplication::translate("ps::train::SftTrainer", "training failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

}  // namespace ps::train
