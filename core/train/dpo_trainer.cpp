#include "train/dpo_trainer.h"

#include "io/safetensors.h"
#include "model/lfm2.h"
#include "model/tensor_bridge.h"
#include "train/adamw.h"
#include "train/autocast.h"
#include "train/completion_logps.h"
#include "train/head_logps.h"
#include "train/dist_sampler.h"
#include "train/distributed.h"
#include "train/grad_sync.h"
#include "train/dpo_loss.h"
#include "train/lora.h"
#include "train/trainer_common.h"
#include "util/atomic_file.h"

#include <ATen/core/grad_mode.h>
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
#include <unordered_map>
#include <cstring>

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

// Identity of one example's token ids: the reference cache is keyed by example,
// so it survives a different number of ranks or a changed split.
int64_t exampleKey(const DpoExample& e) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const auto* v : {&e.prompt, &e.chosen, &e.rejected}) {
        h.addData(QByteArrayView(reinterpret_cast<const char*>(v->data()), static_cast<qsizetype>(v->size() * sizeof(int64_t))));
        h.addData("|");
    }
    int64_t k = 0;
    std::memcpy(&k, h.result().constData(), sizeof k);
    return k;
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
    // -- data-parallel (null comm: one process) --
    std::shared_ptr<Communicator> comm;
    std::unique_ptr<GradientAllReduce> gradSync;
    int rank() const { return comm ? comm->rank() : 0; }
    int world() const { return comm ? comm->worldSize() : 1; }
    bool isMain() const { return rank() == 0; }
    Status checkSameRun(const std::vector<DpoExample>& all);
    Status syncStart(Result<int64_t>& start);
    Status reduceSums(std::map<QString, double>& sums, int64_t& pairs, std::vector<double> extra, std::vector<double>* extraOut,
                      const QString& what);

    void log(const QString& s) const {
        if (cb.log) cb.log(s);
    }
    bool cancelled() const { return cb.cancel && cb.cancel->load(); }
    void progress(const QString& phase, int64_t done, int64_t total, double epoch = 0, double tps = 0, double eta = -1) const {
        reportProgress(cb, phase, done, total, epoch, tps, eta);
    }

    Status setUpPolicy();
    Status computeReference(const std::vector<const DpoExample*>& ex, const std::vector<size_t>& which, std::vector<double>& out);
    Status referenceLogps();
    CompletionScores score(const std::vector<const DpoExample*>& batch) const;
    PairLogps refFor(const std::vector<int64_t>& idx, const std::vector<double>& c, const std::vector<double>& r,
                     const CompletionScores& s) const;
    Result<MetricRow> evaluate(int64_t step);
    Status saveCheckpoint(int64_t step, QString* dirOut);
    Status mainWrites(const std::function<Status()>& write, const QString& what);
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

void DpoTrainer::setCommunicator(std::shared_ptr<Communicator> comm) { d->comm = std::move(comm); }

Status DpoTrainer::Impl::setUpPolicy() {
    auto p = makeTrainablePolicy(*base, cfg, [this](const QString& m) { log(m); });
    if (!p) return p.error();
    pol = std::move(p.value());
    return {};
}

CompletionScores DpoTrainer::Impl::score(const std::vector<const DpoExample*>& batch) const {
    const DpoBatch b = collate(batch, base->config().padTokenId);
    AutocastGuard autocast(cfg.bf16, pol.model->device().type());
    ScoreOptions options;
    options.checkpointLayers = cfg.gradientCheckpointing;
    options.headChunkRows = defaultHeadChunkRows(pol.model->config().vocabSize);
    return scoreCompletions(*pol.model, b, options);
}

// Scores the examples at `which` (indices into `ex`) in batches of
// 2 × batch_size. Batch c is this rank's when c % world == rank, so batches hold
// the same examples whatever the number of ranks (identical values); the rest
// of `out` stays 0 and is filled by the sum across ranks. `out` holds the
// chosen log-probs, then the rejected ones, in the order of `which`.
Status DpoTrainer::Impl::computeReference(const std::vector<const DpoExample*>& ex, const std::vector<size_t>& which,
                                          std::vector<double>& out) {
    at::NoGradGuard noGrad;
    pol.model->setTraining(false);
    const size_t m = which.size();
    out.assign(2 * m, 0.0);
    const size_t bs = static_cast<size_t>(std::max<int64_t>(1, cfg.batchSize * 2));
    size_t chunk = 0;
    for (size_t i = 0; i < m; i += bs, ++chunk) {
        if (static_cast<int>(chunk % static_cast<size_t>(world())) != rank()) continue;
        if (cancelled()) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "cancelled"));
        std::vector<const DpoExample*> batch;
        for (size_t j = i; j < std::min(m, i + bs); ++j) batch.push_back(ex[which[j]]);
        const CompletionScores s = score(batch);
        const at::Tensor lc = s.chosen(s.logps).to(at::kDouble), lr = s.rejected(s.logps).to(at::kDouble);
        for (size_t k = 0; k < batch.size(); ++k) {
            out[i + k] = lc[static_cast<int64_t>(k)].item<double>();
            out[m + i + k] = lr[static_cast<int64_t>(k)].item<double>();
        }
        progress(QStringLiteral("reference"), static_cast<int64_t>(std::min(m, i + bs)), static_cast<int64_t>(m));
    }
    return {};
}

// Reference log-probs come from the policy before any update (the base model,
// or the base with zero-initialised adapters): computed once and cached in the
// run folder, so the frozen reference never runs during training. The cache is
// keyed by example (a hash of its token ids), so a resumed run finds its values
// whatever the number of ranks; rank 0 reads and writes it and shares it with
// the others, which compute only their share of what is missing.
Status DpoTrainer::Impl::referenceLogps() {
    if (lossIsReferenceFree(cfg.loss)) {
        refTrainC.assign(train.size(), 0);
        refTrainR.assign(train.size(), 0);
        refEvalC.assign(eval.size(), 0);
        refEvalR.assign(eval.size(), 0);
        return {};
    }
    std::vector<const DpoExample*> all;
    for (const DpoExample& e : train) all.push_back(&e);
    for (const DpoExample& e : eval) all.push_back(&e);
    const size_t n = all.size();
    std::vector<int64_t> keys(n);
    for (size_t i = 0; i < n; ++i) keys[i] = exampleKey(*all[i]);
    QCryptographicHash fph(QCryptographicHash::Sha256);
    fph.addData(baseDir.toUtf8());
    fph.addData(QByteArray::number(cfg.bf16));
    const QString fp = QString::fromLatin1(fph.result().toHex());
    const QString path = QDir(runDir).filePath(QStringLiteral("reference_logps.safetensors"));
    // known[0,n): chosen, [n,2n): rejected, [2n,3n): 1 where the cache had the example.
    std::vector<double> known(3 * n, 0.0);
    if (isMain() && QFile::exists(path)) {
        auto f = io::SafetensorsFile::open(path);
        if (f && f.value()->metadata().value(QStringLiteral("fingerprint")) == fp) {
            const io::TensorInfo* ki = f.value()->find(QStringLiteral("keys"));
            const io::TensorInfo* ci = f.value()->find(QStringLiteral("chosen"));
            const io::TensorInfo* ri = f.value()->find(QStringLiteral("rejected"));
            if (ki && ci && ri && ki->dtype == io::DType::I64 && ci->dtype == io::DType::F64 && ri->dtype == io::DType::F64 &&
                ci->numel() == ki->numel() && ri->numel() == ki->numel()) {
                const auto* pk = reinterpret_cast<const int64_t*>(f.value()->data(*ki));
                const auto* pc = reinterpret_cast<const double*>(f.value()->data(*ci));
                const auto* pr = reinterpret_cast<const double*>(f.value()->data(*ri));
                std::unordered_map<int64_t, int64_t> where;
                for (int64_t j = 0; j < ki->numel(); ++j) where[pk[j]] = j;
                for (size_t i = 0; i < n; ++i) {
                    auto it = where.find(keys[i]);
                    if (it == where.end()) continue;
                    known[i] = pc[it->second];
                    known[n + i] = pr[it->second];
                    known[2 * n + i] = 1;
                }
            }
        }
    }
    if (world() > 1) PS_TRY(comm->allReduceSum(known, QCoreApplication::translate("ps::train::DpoTrainer", "sharing cached reference log-probs")));
    std::vector<size_t> missing;
    for (size_t i = 0; i < n; ++i)
        if (known[2 * n + i] == 0) missing.push_back(i);
    if (!missing.empty()) {
        std::vector<double> part;
        Status st = computeReference(all, missing, part);
        part.push_back(st.ok() ? 0.0 : 1.0);  // a rank that stopped tells the others
        if (world() > 1)
            PS_TRY(comm->allReduceSum(part, QCoreApplication::translate("ps::train::DpoTrainer", "gathering reference log-probs")));
        if (!st.ok()) return st;
        if (part.back() > 0) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "another rank stopped while computing reference log-probs"));
        for (size_t k = 0; k < missing.size(); ++k) {
            known[missing[k]] = part[k];
            known[n + missing[k]] = part[missing.size() + k];
        }
        log(QCoreApplication::translate("ps::train::DpoTrainer", "reference log-probs computed for %1 pairs (%2 from the cache)")
                .arg(missing.size())
                .arg(n - missing.size()));
    } else {
        log(QCoreApplication::translate("ps::train::DpoTrainer", "reference log-probs loaded from the run folder"));
    }
    refTrainC.assign(known.begin(), known.begin() + static_cast<std::ptrdiff_t>(train.size()));
    refEvalC.assign(known.begin() + static_cast<std::ptrdiff_t>(train.size()), known.begin() + static_cast<std::ptrdiff_t>(n));
    refTrainR.assign(known.begin() + static_cast<std::ptrdiff_t>(n), known.begin() + static_cast<std::ptrdiff_t>(n + train.size()));
    refEvalR.assign(known.begin() + static_cast<std::ptrdiff_t>(n + train.size()), known.begin() + static_cast<std::ptrdiff_t>(2 * n));
    if (missing.empty() || !isMain()) return {};
    const int64_t nn = static_cast<int64_t>(n);
    io::TensorToWrite tk{QStringLiteral("keys"), io::DType::I64, {nn}, keys.data(), static_cast<uint64_t>(nn) * 8};
    io::TensorToWrite tc{QStringLiteral("chosen"), io::DType::F64, {nn}, known.data(), static_cast<uint64_t>(nn) * 8};
    io::TensorToWrite trj{QStringLiteral("rejected"), io::DType::F64, {nn}, known.data() + n, static_cast<uint64_t>(nn) * 8};
    return io::writeSafetensors(path, {tk, tc, trj}, {{QStringLiteral("fingerprint"), fp}});
}

PairLogps DpoTrainer::Impl::refFor(const std::vector<int64_t>& idx, const std::vector<double>& c, const std::vector<double>& r,
                                   const CompletionScores& s) const {
    std::vector<double> vc, vr;
    for (int64_t i : idx) {
        vc.push_back(c[static_cast<size_t>(i)]);
        vr.push_back(r[static_cast<size_t>(i)]);
    }
    PairLogps p;
    const auto opts = s.logps.options().dtype(at::kFloat);
    p.chosen = at::tensor(vc, at::kDouble).to(opts);
    p.rejected = at::tensor(vr, at::kDouble).to(opts);
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

// Each rank scores its share of the held-out batches (batch c on rank c % world);
// the sums are reduced, so the means are over the whole eval set.
Result<MetricRow> DpoTrainer::Impl::evaluate(int64_t step) {
    at::NoGradGuard noGrad;
    pol.model->setTraining(false);
    MetricSums m;
    const int64_t bs = std::max<int64_t>(1, cfg.batchSize * 2);
    size_t chunk = 0;
    for (size_t i = 0; i < eval.size(); i += static_cast<size_t>(bs), ++chunk) {
        if (static_cast<int>(chunk % static_cast<size_t>(world())) != rank()) continue;
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
    PS_TRY(reduceSums(m.sums, m.pairs, {}, nullptr, QCoreApplication::translate("ps::train::DpoTrainer", "reducing evaluation metrics")));
    MetricRow row{step, QStringLiteral("eval"), m.means()};
    if (cfg.rpoAlpha > 0) row.values[QStringLiteral("loss")] += cfg.rpoAlpha * row.values[QStringLiteral("nll_loss")];
    return row;
}

// -- data-parallel helpers ------------------------------------------------------

// Metric sums and pair counts (and `extra` values) summed over the ranks, so
// the means are exact over the global batch. Keys are fixed: a rank with an
// empty share has no entries but must send the same vector.
Status DpoTrainer::Impl::reduceSums(std::map<QString, double>& sums, int64_t& pairs, std::vector<double> extra,
                                    std::vector<double>* extraOut, const QString& what) {
    if (world() > 1) {
        static const char* const kKeys[] = {"loss",         "rewards/chosen", "rewards/rejected", "rewards/accuracies", "rewards/margins",
                                            "logps/chosen", "logps/rejected", "logits/chosen",    "logits/rejected",    "nll_loss"};
        std::vector<double> v;
        for (const char* k : kKeys) {
            auto it = sums.find(QLatin1String(k));
            v.push_back(it == sums.end() ? 0.0 : it->second);
        }
        v.push_back(static_cast<double>(pairs));
        v.insert(v.end(), extra.begin(), extra.end());
        PS_TRY(comm->allReduceSum(v, what));
        size_t i = 0;
        for (const char* k : kKeys) {
            if (QLatin1String(k) != QLatin1String("nll_loss") || cfg.rpoAlpha > 0) sums[QLatin1String(k)] = v[i];
            ++i;
        }
        pairs = static_cast<int64_t>(std::llround(v[i++]));
        extra.assign(v.begin() + static_cast<std::ptrdiff_t>(i), v.end());
    }
    if (extraOut) *extraOut = std::move(extra);
    return {};
}

// Every rank must train on the same pairs with the same settings: rank 0's
// fingerprint is compared on each rank, and any difference stops all of them.
Status DpoTrainer::Impl::checkSameRun(const std::vector<DpoExample>& all) {
    if (world() == 1) return {};
    QJsonObject c = cfg.toJson();
    for (const char* free : {"eval_steps", "save_steps", "logging_steps", "threads"}) c.remove(QLatin1String(free));
    QByteArray mine = dataFingerprint(all, cfg, QString()) + QJsonDocument(c).toJson(QJsonDocument::Compact);
    mine = QCryptographicHash::hash(mine, QCryptographicHash::Sha256);
    QByteArray theirs = mine;
    PS_TRY(comm->broadcastBytes(theirs, QCoreApplication::translate("ps::train::DpoTrainer", "comparing data and settings")));
    std::vector<double> who{theirs == mine ? -1.0 : static_cast<double>(rank())};
    PS_TRY(comm->allReduceMax(who, QCoreApplication::translate("ps::train::DpoTrainer", "comparing data and settings")));
    if (who[0] >= 0)
        return makeError(QCoreApplication::translate("ps::train::DpoTrainer",
                                                     "rank %1 has other pairs or settings than rank 0; every rank needs the same data file "
                                                     "and the same options")
                             .arg(static_cast<int>(who[0])));
    return {};
}

// Rank 0 resumes from its run folder (others may have none: another machine)
// and sends the step, the trainable weights and the optimizer state; on a fresh
// start it sends the initial weights (LoRA init), so every rank starts equal.
Status DpoTrainer::Impl::syncStart(Result<int64_t>& start) {
    if (world() == 1) return {};
    const QString what = QCoreApplication::translate("ps::train::DpoTrainer", "sending the starting weights from rank 0");
    std::vector<double> head{0, 0, 0};
    if (isMain()) head = {start ? 0.0 : 1.0, start ? static_cast<double>(start.value()) : 0.0, static_cast<double>(pol.optimizer->steps())};
    PS_TRY(comm->allReduceSum(head, what));
    if (!isMain() && head[0] > 0)
        start = makeError(QCoreApplication::translate("ps::train::DpoTrainer", "rank 0 could not resume from its run folder; see its messages"));
    if (head[0] > 0) return {};  // every rank returns its error
    std::vector<at::Tensor> tensors;
    for (const TrainableParam& p : pol.optimizer->params()) tensors.push_back(p.tensor);
    const int64_t step = static_cast<int64_t>(std::llround(head[1]));
    std::map<QString, at::Tensor> state = pol.optimizer->state();
    if (step > 0)
        for (auto& [name, t] : state) tensors.push_back(t);
    PS_TRY(broadcastTensors(*comm, tensors, what));
    if (step > 0 && !isMain()) PS_TRY(pol.optimizer->loadState(state, static_cast<int64_t>(std::llround(head[2]))));
    start = step;
    return {};
}

// Rank 0 alone writes; the others wait for it and learn whether it succeeded.
Status DpoTrainer::Impl::mainWrites(const std::function<Status()>& write, const QString& what) {
    Status st = isMain() ? write() : Status();
    if (world() == 1) return st;
    std::vector<double> failed{st.ok() ? 0.0 : 1.0};
    PS_TRY(comm->allReduceSum(failed, what));
    if (!st.ok()) return st;
    if (failed[0] > 0) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "rank 0 failed while %1; see its messages").arg(what));
    return {};
}

Status DpoTrainer::Impl::saveCheckpoint(int64_t step, QString* dirOut) {
    return mainWrites(
        [&]() -> Status {
            progress(QStringLiteral("checkpoint"), 0, 1);
            PS_TRY(train::saveCheckpoint(runDir, step, *pol.optimizer, cfg.toJson(), history, dirOut, world()));
            progress(QStringLiteral("checkpoint"), 1, 1);
            return {};
        },
                      QCoreApplication::translate("ps::train::DpoTrainer", "writing checkpoint %1").arg(step));
}

// The global batch must be the same on resume; how it is split into ranks,
// micro-batches and accumulation may change (dist_sampler.h: the global order
// depends only on the seed and the global batch).
Result<int64_t> DpoTrainer::Impl::loadLatestCheckpoint() {
    CheckpointLayout layout;
    layout.worldSize = world();
    layout.globalBatchOnly = true;
    return train::loadLatestCheckpoint(runDir, *pol.optimizer, cfg.toJson(), history, [this](const QString& m) { log(m); }, layout);
}

Status DpoTrainer::Impl::exportFinal(TrainResult& result) {
    return mainWrites(
        [&]() -> Status {
            progress(QStringLiteral("export"), 0, 1);
            PS_TRY(exportTrainedModel(runDir, baseDir, pol, cfg.lora, result));
            progress(QStringLiteral("export"), 1, 1);
            return {};
        },
        QCoreApplication::translate("ps::train::DpoTrainer", "exporting the model"));
}

Result<TrainResult> DpoTrainer::train(const std::vector<DpoExample>& pairs, const TrainCallbacks& callbacks) {
    Impl& s = *d;
    s.cb = callbacks;
    PS_TRY(s.cfg.validate());
    if (s.cfg.threads > 0) at::set_num_threads(s.cfg.threads);
    if (s.isMain() && !QDir().mkpath(s.runDir)) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "cannot create the run folder"), s.runDir);
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
        PS_TRY(s.checkSameRun(all));
        PS_TRY(s.setUpPolicy());
        const QJsonDocument cfgDoc(s.cfg.toJson());
        if (s.isMain()) PS_TRY(writeFileAtomically(QDir(s.runDir).filePath(QStringLiteral("run_config.json")), cfgDoc.toJson()));
        Status ref = s.referenceLogps();
        if (!ref.ok()) {
            if (s.cancelled()) {
                result.cancelled = true;
                return result;
            }
            return ref.error();
        }

        const int64_t n = static_cast<int64_t>(s.train.size());
        // Global batch = batch_size × grad_accum × ranks; this rank's share of each (dist_sampler.h).
        DistributedSampler sampler(n, s.cfg.batchSize, s.cfg.gradAccum, s.world(), s.rank(), s.cfg.seed);
        const int64_t total = sampler.totalSteps(s.cfg.epochs, s.cfg.maxSteps);
        const double globalBatch = static_cast<double>(sampler.globalBatch());
        result.totalSteps = total;
        auto start = s.isMain() ? s.loadLatestCheckpoint() : Result<int64_t>(int64_t(0));
        PS_TRY(s.syncStart(start));
        if (!start) return start.error();
        result.resumedFrom = start.value();
        result.steps = start.value();
        for (const MetricRow& r : s.history)
            if (s.cb.metrics && s.isMain()) s.cb.metrics(r);
        s.log(QCoreApplication::translate("ps::train::DpoTrainer", "training %1 pairs (%2 held out) for %3 steps").arg(n).arg(s.eval.size()).arg(total));
        if (s.world() > 1) {
            // PS_DIST_OVERLAP=0 sums gradients after backward instead of during it.
            const bool overlap = qEnvironmentVariable("PS_DIST_OVERLAP", QStringLiteral("1")) != QLatin1String("0");
            std::vector<at::Tensor> params;
            for (const TrainableParam& p : s.pol.optimizer->params()) params.push_back(p.tensor);
            s.gradSync = std::make_unique<GradientAllReduce>(*s.comm, std::move(params), overlap);
            s.log(QCoreApplication::translate("ps::train::DpoTrainer", "data-parallel: %1 ranks, global batch %2 pairs, %3 gradient buckets%4")
                      .arg(s.world())
                      .arg(sampler.globalBatch())
                      .arg(s.gradSync->buckets())
                      .arg(overlap ? QCoreApplication::translate("ps::train::DpoTrainer", ", overlapped with backward") : QString()));
            s.comm->takeCommSeconds();
        }

        double tokens = 0;
        const double t0 = monotonicSeconds();
        int64_t stepsThisSession = 0;
        bool stopAll = false;  // agreed across ranks at the end of each step
        for (int64_t step = start.value(); step < total; ++step) {
            if (s.world() > 1 ? stopAll : s.cancelled()) {
                result.cancelled = true;
                break;
            }
            s.pol.model->setTraining(true);
            MetricSums m;
            double stepTokens = 0;
            const std::vector<DistributedSampler::Micro> micros = sampler.microBatches(step);
            for (size_t micro = 0; micro < micros.size(); ++micro) {
                if (s.gradSync) s.gradSync->beginMicroBatch(micro + 1 == micros.size());
                const std::vector<int64_t>& idx = micros[micro].pairs;
                if (idx.empty()) continue;  // a short last batch of the epoch left this rank nothing
                std::vector<const DpoExample*> batch;
                for (int64_t i : idx) batch.push_back(&s.train[static_cast<size_t>(i)]);
                seedTorch(s.cfg.seed ^ (0x9E3779B97F4A7C15ull * static_cast<uint64_t>(micros[micro].globalIndex + 1)));  // LoRA dropout
                const CompletionScores sc = s.score(batch);
                const DpoLossOutput l = dpoLoss(s.cfg, policyLogps(sc), s.refFor(idx, s.refTrainC, s.refTrainR, sc));
                at::Tensor loss = l.losses.mean();
                double nll = -1;
                if (s.cfg.rpoAlpha > 0) {
                    const at::Tensor nllT = chosenNll(sc);
                    nll = nllT.item<double>();
                    loss = loss + s.cfg.rpoAlpha * nllT;
                }
                // Divided by the global batch: summed over micro-batches and ranks, the gradient is the global mean.
                (loss * (static_cast<double>(batch.size()) / globalBatch)).backward();
                m.add(l, sc, nll);
                for (const DpoExample* e : batch) stepTokens += static_cast<double>(e->prompt.size() + e->chosen.size() + e->rejected.size());
            }
            double commSeconds = 0;
            if (s.gradSync) {
                PS_TRY(s.gradSync->finish());
                std::vector<double> extra;
                PS_TRY(s.reduceSums(m.sums, m.pairs, {stepTokens, s.cancelled() ? 1.0 : 0.0}, &extra,
                                    QCoreApplication::translate("ps::train::DpoTrainer", "reducing training metrics")));
                stepTokens = extra[0];
                stopAll = extra[1] > 0;
                commSeconds = s.comm->takeCommSeconds();
            }
            tokens += stepTokens;
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
            row.values[QStringLiteral("epoch")] = sampler.epochAfter(step + 1);
            const double elapsed = monotonicSeconds() - t0;
            const double tps = tokens / std::max(1e-9, elapsed);
            row.values[QStringLiteral("tokens_per_second")] = tps;
            if (s.world() > 1) {
                row.values[QStringLiteral("comm_seconds")] = commSeconds;  // collectives' wall time this step
                // Share of gradient buckets whose all-reduce started during the backward (1 = fully overlapped).
                row.values[QStringLiteral("comm_overlap")] = s.gradSync->launchedEarly();
            }
            if ((step + 1) % s.cfg.logEvery == 0 || step + 1 == total) {
                s.history.push_back(row);
                if (s.cb.metrics && s.isMain()) s.cb.metrics(row);
            }
            const double eta = elapsed / static_cast<double>(stepsThisSession) * static_cast<double>(total - step - 1);
            s.progress(QStringLiteral("train"), step + 1, total, row.values[QStringLiteral("epoch")], tps, eta);

            const bool last = step + 1 == total;
            if (!s.eval.empty() && ((s.cfg.evalEvery > 0 && (step + 1) % s.cfg.evalEvery == 0) || last)) {
                auto ev = s.evaluate(step + 1);
                if (!ev) return ev.error();
                s.history.push_back(ev.value());
                if (s.cb.metrics && s.isMain()) s.cb.metrics(ev.value());
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
