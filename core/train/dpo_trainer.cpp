#include "train/dpo_trainer.h"

#include "io/safetensors.h"
#include "model/lfm2.h"
#include "model/tensor_bridge.h"
#include "train/adamw.h"
#include "train/autocast.h"
#include "train/head_logps.h"
#include "train/completion_logps.h"
#include "train/dpo_loss.h"
#include "train/lora.h"
#include "train/trainer_common.h"
#include "util/atomic_file.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <chrono>
#include <numeric>
#include <random>

namespace ps::train {

namespace {

QByteArray dataFingerprint(const std::vector<DpoExample>& examples, const DpoConfig& c, const QString& baseDir) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(baseDir.toUtf8());
    h.addData(QByteArray::number(c.bf16));
    for (const DpoExample& e : examples)
        for (const auto* v : {&e.prompt, &e.chosen, &e.rejected}) {
            h.addData(QByteArrayView(reinterpret_cast<const char*>(v->data()), static_cast<qsizetype>(v->size() * sizeof(int64_t))));
            h.addData("|");
        }
    return h.result().toHex();
}

}  // namespace

std::pair<int64_t, int64_t> processMemory() {
    QFile f(QStringLiteral("/proc/self/status"));
    int64_t rss = 0, peak = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) rss = line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
            if (line.startsWith("VmHWM:")) peak = line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return {rss, peak};
}

struct DpoTrainer::Impl {
    std::shared_ptr<model::Lfm2Model> base;
    DpoConfig cfg;
    QString baseDir, runDir;
    TrainablePolicy pol;
    std::vector<DpoExample> train, eval;
    // Reference log-prob sums per example, indexed like train/eval.
    std::vector<double> refTrainC, refTrainR, refEvalC, refEvalR;
    TrainCallbacks cb;
    std::vector<MetricRow> history;

    void log(const QString& s) const {
        if (cb.log) cb.log(s);
    }
    bool cancelled() const { return cb.cancel && cb.cancel->load(); }
    void progress(const QString& phase, int64_t done, int64_t total, double epoch = 0, double tps = 0, double eta = -1) const {
        if (!cb.progress) return;
        TrainProgress p;
        p.phase = phase;
        p.done = done;
        p.total = total;
        p.epoch = epoch;
        p.tokensPerSecond = tps;
        p.etaSeconds = eta;
        std::tie(p.rssBytes, p.peakRssBytes) = processMemory();
        cb.progress(p);
    }

    Status setUpPolicy();
    Status computeReference(const std::vector<DpoExample>& ex, std::vector<double>& c, std::vector<double>& r, const QString& label);
    Status referenceLogps();
    CompletionScores score(const std::vector<const DpoExample*>& batch) const;
    PairLogps refFor(const std::vector<int64_t>& idx, const std::vector<double>& c, const std::vector<double>& r,
                     const CompletionScores& s) const;
    MetricRow evaluate(int64_t step);
    Status saveCheckpoint(int64_t step, QString* dirOut);
    Result<int64_t> loadLatestCheckpoint();
    Status exportFinal(TrainResult& result);
};

DpoTrainer::DpoTrainer(std::shared_ptr<model::Lfm2Model> base, DpoConfig config, QString baseModelDir, QString runDir)
    : d(std::make_unique<Impl>()) {
    d->base = std::move(base);
    d->cfg = std::move(config);
    d->baseDir = std::move(baseModelDir);
    d->runDir = std::move(runDir);
}

DpoTrainer::~DpoTrainer() = default;

Status DpoTrainer::Impl::setUpPolicy() {
    auto p = makeTrainablePolicy(*base, cfg, [this](const QString& m) { log(m); });
    if (!p) return p.error();
    pol = std::move(p.value());
    return {};
}

CompletionScores DpoTrainer::Impl::score(const std::vector<const DpoExample*>& batch) const {
    const DpoBatch b = collate(batch, base->config().padTokenId);
    AutocastGuard autocast(cfg.bf16);
    ScoreOptions options;
    options.checkpointLayers = cfg.gradientCheckpointing;
    options.headChunkRows = defaultHeadChunkRows(pol.model->config().vocabSize);
    return scoreCompletions(*pol.model, b, options);
}

Status DpoTrainer::Impl::computeReference(const std::vector<DpoExample>& ex, std::vector<double>& c, std::vector<double>& r,
                                          const QString& label) {
    at::NoGradGuard noGrad;
    pol.model->setTraining(false);
    c.assign(ex.size(), 0.0);
    r.assign(ex.size(), 0.0);
    const int64_t bs = std::max<int64_t>(1, cfg.batchSize * 2);
    for (size_t i = 0; i < ex.size(); i += static_cast<size_t>(bs)) {
        if (cancelled()) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "cancelled"));
        std::vector<const DpoExample*> batch;
        for (size_t j = i; j < std::min(ex.size(), i + static_cast<size_t>(bs)); ++j) batch.push_back(&ex[j]);
        const CompletionScores s = score(batch);
        const at::Tensor lc = s.chosen(s.logps).to(at::kDouble), lr = s.rejected(s.logps).to(at::kDouble);
        for (size_t k = 0; k < batch.size(); ++k) {
            c[i + k] = lc[static_cast<int64_t>(k)].item<double>();
            r[i + k] = lr[static_cast<int64_t>(k)].item<double>();
        }
        progress(QStringLiteral("reference"), static_cast<int64_t>(std::min(ex.size(), i + static_cast<size_t>(bs))),
                 static_cast<int64_t>(ex.size()));
    }
    log(QCoreApplication::translate("ps::train::DpoTrainer", "reference log-probs computed for %1 %2 pairs").arg(ex.size()).arg(label));
    return {};
}

// Reference log-probs come from the policy before any update (the base model,
// or the base with zero-initialised adapters): computed once and cached in the
// run folder, so the frozen reference never runs during training.
Status DpoTrainer::Impl::referenceLogps() {
    if (lossIsReferenceFree(cfg.loss)) {
        refTrainC.assign(train.size(), 0);
        refTrainR.assign(train.size(), 0);
        refEvalC.assign(eval.size(), 0);
        refEvalR.assign(eval.size(), 0);
        return {};
    }
    std::vector<DpoExample> all = train;
    all.insert(all.end(), eval.begin(), eval.end());
    const QByteArray fp = dataFingerprint(all, cfg, baseDir);
    const QString path = QDir(runDir).filePath(QStringLiteral("reference_logps.safetensors"));
    if (QFile::exists(path)) {
        auto f = io::SafetensorsFile::open(path);
        if (f && f.value()->metadata().value(QStringLiteral("fingerprint")) == QString::fromLatin1(fp)) {
            const io::TensorInfo* ci = f.value()->find(QStringLiteral("chosen"));
            const io::TensorInfo* ri = f.value()->find(QStringLiteral("rejected"));
            if (ci && ri && ci->dtype == io::DType::F64 && ci->numel() == static_cast<int64_t>(all.size()) && ri->numel() == ci->numel()) {
                const double* pc = reinterpret_cast<const double*>(f.value()->data(*ci));
                const double* pr = reinterpret_cast<const double*>(f.value()->data(*ri));
                refTrainC.assign(pc, pc + train.size());
                refTrainR.assign(pr, pr + train.size());
                refEvalC.assign(pc + train.size(), pc + all.size());
                refEvalR.assign(pr + train.size(), pr + all.size());
                log(QCoreApplication::translate("ps::train::DpoTrainer", "reference log-probs loaded from the run folder"));
                return {};
            }
        }
    }
    std::vector<double> c, r;
    PS_TRY(computeReference(all, c, r, QCoreApplication::translate("ps::train::DpoTrainer", "train+eval")));
    refTrainC.assign(c.begin(), c.begin() + static_cast<std::ptrdiff_t>(train.size()));
    refTrainR.assign(r.begin(), r.begin() + static_cast<std::ptrdiff_t>(train.size()));
    refEvalC.assign(c.begin() + static_cast<std::ptrdiff_t>(train.size()), c.end());
    refEvalR.assign(r.begin() + static_cast<std::ptrdiff_t>(train.size()), r.end());
    const int64_t n = static_cast<int64_t>(all.size());
    io::TensorToWrite tc{QStringLiteral("chosen"), io::DType::F64, {n}, c.data(), static_cast<uint64_t>(n) * 8};
    io::TensorToWrite trj{QStringLiteral("rejected"), io::DType::F64, {n}, r.data(), static_cast<uint64_t>(n) * 8};
    return io::writeSafetensors(path, {tc, trj}, {{QStringLiteral("fingerprint"), QString::fromLatin1(fp)}});
}

PairLogps DpoTrainer::Impl::refFor(const std::vector<int64_t>& idx, const std::vector<double>& c, const std::vector<double>& r,
                                   const CompletionScores& s) const {
    std::vector<double> vc, vr;
    for (int64_t i : idx) {
        vc.push_back(c[static_cast<size_t>(i)]);
        vr.push_back(r[static_cast<size_t>(i)]);
    }
    PairLogps p;
    p.chosen = at::tensor(vc, at::kDouble).to(at::kFloat);
    p.rejected = at::tensor(vr, at::kDouble).to(at::kFloat);
    p.chosenTokens = s.chosen(s.tokens);
    p.rejectedTokens = s.rejected(s.tokens);
    return p;
}

namespace {
PairLogps policyLogps(const CompletionScores& s) {
    return PairLogps{s.chosen(s.logps), s.rejected(s.logps), s.chosen(s.tokens), s.rejected(s.tokens)};
}

// Accumulates TRL's metrics over the micro-batches of one step (or an eval pass), weighted by pairs.
struct MetricSums {
    std::map<QString, double> sums;
    int64_t pairs = 0;
    void add(const DpoLossOutput& l, const CompletionScores& s, double nll) {
        const int64_t n = l.losses.size(0);
        auto sum = [](const at::Tensor& t) { return t.detach().to(at::kDouble).sum().item<double>(); };
        sums[QStringLiteral("loss")] += sum(l.losses);
        sums[QStringLiteral("rewards/chosen")] += sum(l.chosenRewards);
        sums[QStringLiteral("rewards/rejected")] += sum(l.rejectedRewards);
        sums[QStringLiteral("rewards/accuracies")] += sum((l.chosenRewards > l.rejectedRewards).to(at::kDouble));
        sums[QStringLiteral("rewards/margins")] += sum(l.chosenRewards - l.rejectedRewards);
        sums[QStringLiteral("logps/chosen")] += sum(s.chosen(s.logps));
        sums[QStringLiteral("logps/rejected")] += sum(s.rejected(s.logps));
        sums[QStringLiteral("logits/chosen")] += sum(s.chosen(s.logitMeans));
        sums[QStringLiteral("logits/rejected")] += sum(s.rejected(s.logitMeans));
        if (nll >= 0) sums[QStringLiteral("nll_loss")] += nll * static_cast<double>(n);
        pairs += n;
    }
    std::map<QString, double> means() const {
        std::map<QString, double> m;
        for (const auto& [k, v] : sums) m[k] = pairs ? v / static_cast<double>(pairs) : 0.0;
        return m;
    }
};

// Mean NLL per chosen completion token (RPO term), from summed log-probs.
at::Tensor chosenNll(const CompletionScores& s) { return -s.chosen(s.logps).sum() / s.chosen(s.tokens).sum().clamp_min(1); }
}  // namespace

MetricRow DpoTrainer::Impl::evaluate(int64_t step) {
    at::NoGradGuard noGrad;
    pol.model->setTraining(false);
    MetricSums m;
    const int64_t bs = std::max<int64_t>(1, cfg.batchSize * 2);
    for (size_t i = 0; i < eval.size(); i += static_cast<size_t>(bs)) {
        std::vector<const DpoExample*> batch;
        std::vector<int64_t> idx;
        for (size_t j = i; j < std::min(eval.size(), i + static_cast<size_t>(bs)); ++j) {
            batch.push_back(&eval[j]);
            idx.push_back(static_cast<int64_t>(j));
        }
        const CompletionScores s = score(batch);
        const DpoLossOutput l = dpoLoss(cfg, policyLogps(s), refFor(idx, refEvalC, refEvalR, s));
        m.add(l, s, cfg.rpoAlpha > 0 ? chosenNll(s).item<double>() : -1);
        progress(QStringLiteral("eval"), static_cast<int64_t>(std::min(eval.size(), i + static_cast<size_t>(bs))),
                 static_cast<int64_t>(eval.size()));
    }
    MetricRow row{step, QStringLiteral("eval"), m.means()};
    if (cfg.rpoAlpha > 0) row.values[QStringLiteral("loss")] += cfg.rpoAlpha * row.values[QStringLiteral("nll_loss")];
    return row;
}

Status DpoTrainer::Impl::saveCheckpoint(int64_t step, QString* dirOut) {
    progress(QStringLiteral("checkpoint"), 0, 1);
    PS_TRY(train::saveCheckpoint(runDir, step, *pol.optimizer, cfg.toJson(), history, dirOut));
    progress(QStringLiteral("checkpoint"), 1, 1);
    return {};
}

Result<int64_t> DpoTrainer::Impl::loadLatestCheckpoint() {
    return train::loadLatestCheckpoint(runDir, *pol.optimizer, cfg.toJson(), history, [this](const QString& m) { log(m); });
}

Status DpoTrainer::Impl::exportFinal(TrainResult& result) {
    progress(QStringLiteral("export"), 0, 1);
    PS_TRY(exportTrainedModel(runDir, baseDir, pol, cfg.lora, result));
    progress(QStringLiteral("export"), 1, 1);
    return {};
}

Result<TrainResult> DpoTrainer::train(const std::vector<DpoExample>& pairs, const TrainCallbacks& callbacks) {
    Impl& s = *d;
    s.cb = callbacks;
    PS_TRY(s.cfg.validate());
    if (s.cfg.threads > 0) at::set_num_threads(s.cfg.threads);
    if (!QDir().mkpath(s.runDir)) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "cannot create the run folder"), s.runDir);
    try {
        // Truncate, then split train/eval with the run's seed.
        std::vector<DpoExample> all;
        for (const DpoExample& e : pairs) {
            DpoExample t = truncateExample(e, s.cfg);
            if (t.prompt.empty() || t.chosen.empty() || t.rejected.empty())
                return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "pair %1 has an empty prompt or completion").arg(e.id));
            const int64_t vocab = s.base->config().vocabSize;
            for (const auto* v : {&t.prompt, &t.chosen, &t.rejected})
                for (int64_t id : *v)
                    if (id < 0 || id >= vocab)
                        return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "pair %1 holds token id %2, outside the vocabulary (%3)")
                                             .arg(e.id)
                                             .arg(id)
                                             .arg(vocab));
            all.push_back(std::move(t));
        }
        if (all.empty()) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "no preference pairs to train on"));
        const std::vector<int64_t> order = epochOrder(static_cast<int64_t>(all.size()), s.cfg.seed, -1);
        const int64_t nEval = all.size() >= 2 ? static_cast<int64_t>(std::floor(s.cfg.evalFraction * static_cast<double>(all.size()))) : 0;
        s.train.clear();
        s.eval.clear();
        for (size_t i = 0; i < order.size(); ++i)
            (static_cast<int64_t>(i) < nEval ? s.eval : s.train).push_back(all[static_cast<size_t>(order[i])]);
        if (s.train.empty()) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "no pairs left for training after the evaluation split"));

        TrainResult result;
        result.trainPairs = static_cast<int64_t>(s.train.size());
        result.evalPairs = static_cast<int64_t>(s.eval.size());
        PS_TRY(s.setUpPolicy());
        const QJsonDocument cfgDoc(s.cfg.toJson());
        PS_TRY(writeFileAtomically(QDir(s.runDir).filePath(QStringLiteral("run_config.json")), cfgDoc.toJson()));
        Status ref = s.referenceLogps();
        if (!ref.ok()) {
            if (s.cancelled()) {
                result.cancelled = true;
                return result;
            }
            return ref.error();
        }

        const int64_t n = static_cast<int64_t>(s.train.size());
        const int64_t microPerEpoch = (n + s.cfg.batchSize - 1) / s.cfg.batchSize;
        const int64_t total = s.cfg.maxSteps > 0
                                  ? s.cfg.maxSteps
                                  : std::max<int64_t>(1, static_cast<int64_t>(std::ceil(s.cfg.epochs * static_cast<double>(microPerEpoch) /
                                                                                        static_cast<double>(s.cfg.gradAccum))));
        result.totalSteps = total;
        auto start = s.loadLatestCheckpoint();
        if (!start) return start.error();
        result.resumedFrom = start.value();
        result.steps = start.value();
        for (const MetricRow& r : s.history)
            if (s.cb.metrics) s.cb.metrics(r);
        s.log(QCoreApplication::translate("ps::train::DpoTrainer", "training %1 pairs (%2 held out) for %3 steps").arg(n).arg(s.eval.size()).arg(total));

        std::vector<int64_t> epochPerm;
        int64_t permEpoch = -1;
        double tokens = 0;
        const double t0 = monotonicSeconds();
        int64_t stepsThisSession = 0;
        for (int64_t step = start.value(); step < total; ++step) {
            if (s.cancelled()) {
                result.cancelled = true;
                break;
            }
            s.pol.model->setTraining(true);
            MetricSums m;
            for (int64_t micro = 0; micro < s.cfg.gradAccum; ++micro) {
                const int64_t g = step * s.cfg.gradAccum + micro;  // global micro-batch index
                const int64_t epoch = g / microPerEpoch, within = g % microPerEpoch;
                if (epoch != permEpoch) {
                    epochPerm = epochOrder(n, s.cfg.seed, epoch);
                    permEpoch = epoch;
                }
                std::vector<const DpoExample*> batch;
                std::vector<int64_t> idx;
                for (int64_t k = within * s.cfg.batchSize; k < std::min(n, (within + 1) * s.cfg.batchSize); ++k) {
                    idx.push_back(epochPerm[static_cast<size_t>(k)]);
                    batch.push_back(&s.train[static_cast<size_t>(idx.back())]);
                }
                seedTorch(s.cfg.seed ^ (0x9E3779B97F4A7C15ull * static_cast<uint64_t>(g + 1)));  // LoRA dropout
                const CompletionScores sc = s.score(batch);
                const DpoLossOutput l = dpoLoss(s.cfg, policyLogps(sc), s.refFor(idx, s.refTrainC, s.refTrainR, sc));
                at::Tensor loss = l.losses.mean();
                double nll = -1;
                if (s.cfg.rpoAlpha > 0) {
                    const at::Tensor nllT = chosenNll(sc);
                    nll = nllT.item<double>();
                    loss = loss + s.cfg.rpoAlpha * nllT;
                }
                (loss * (static_cast<double>(batch.size()) / static_cast<double>(s.cfg.batchSize * s.cfg.gradAccum))).backward();
                m.add(l, sc, nll);
                for (const DpoExample* e : batch) tokens += static_cast<double>(e->prompt.size() + e->chosen.size() + e->rejected.size());
            }
            const double gradNorm = s.pol.optimizer->clipGradNorm(s.cfg.maxGradNorm);
            const double lr = scheduledLearningRate(s.cfg, step, total);
            s.pol.optimizer->step(lr);
            s.pol.optimizer->zeroGrad();
            ++stepsThisSession;
            result.steps = step + 1;

            MetricRow row{step + 1, QStringLiteral("train"), m.means()};
            if (s.cfg.rpoAlpha > 0) row.values[QStringLiteral("loss")] += s.cfg.rpoAlpha * row.values[QStringLiteral("nll_loss")];
            row.values[QStringLiteral("grad_norm")] = gradNorm;
            row.values[QStringLiteral("learning_rate")] = lr;
            row.values[QStringLiteral("epoch")] = static_cast<double>((step + 1) * s.cfg.gradAccum) / static_cast<double>(microPerEpoch);
            const double elapsed = monotonicSeconds() - t0;
            const double tps = tokens / std::max(1e-9, elapsed);
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
            if ((s.cfg.saveEvery > 0 && (step + 1) % s.cfg.saveEvery == 0) || last) PS_TRY(s.saveCheckpoint(step + 1, &result.checkpointDir));
        }
        if (result.cancelled && result.steps > result.resumedFrom && stepsThisSession > 0)
            PS_TRY(s.saveCheckpoint(result.steps, &result.checkpointDir));  // resume continues exactly here
        result.history = s.history;
        if (!result.cancelled) PS_TRY(s.exportFinal(result));
        return result;
    } catch (const c10::Error& e) {
        return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "training failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
    } catch (const std::exception& e) {
        return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "training failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

}  // namespace ps::train
