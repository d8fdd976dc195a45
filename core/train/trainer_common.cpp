#include "train/trainer_common.h"

#include "io/safetensors.h"
#include "model/lfm2.h"
#include "model/tensor_bridge.h"
#include "util/atomic_dir.h"
#include "util/atomic_file.h"
#include "util/runtime.h"
#include "util/safe_name.h"

#include <ATen/core/grad_mode.h>
#include <ATen/CPUGeneratorImpl.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <chrono>

// Messages keep the translation context of the DPO trainer they came from.
namespace ps::train {

void reportProgress(const TrainCallbacks& cb, const QString& phase, int64_t done, int64_t total, double epoch, double tps, double eta) {
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

double monotonicSeconds() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

void seedTorch(uint64_t seed) {
    // Dropout draws from the generator of the device it runs on: seed them all.
    std::vector<at::Device> devices{at::Device(at::kCPU)};
    for (int i = 0; i < cudaDeviceCount(); ++i) devices.emplace_back(at::kCUDA, static_cast<c10::DeviceIndex>(i));
    for (const at::Device& d : devices) {
        auto gen = at::globalContext().defaultGenerator(d);
        std::lock_guard<std::mutex> lock(gen.mutex());
        gen.set_current_seed(seed);
    }
}

Result<TrainablePolicy> makeTrainablePolicy(const model::Lfm2Model& base, const DpoConfig& cfg,
                                            const std::function<void(const QString&)>& log) {
    at::NoGradGuard noGrad;
    const bool lora = cfg.lora;
    const at::ScalarType dtype = (lora && cfg.bf16) ? at::kBFloat16 : at::kFloat;
    model::Lfm2Weights w = base.weights();
    std::vector<TrainableParam> params;
    w.forEach([&](const QString& name, at::Tensor& t) {
        // Owned copies: checkpoint tensors are read-only memory maps.
        t = (t.scalar_type() == dtype && lora) ? t : t.to(dtype).clone();
        if (!lora) {
            t.set_requires_grad(true);
            params.push_back({name, t, !name.endsWith(QLatin1String("norm.weight"))});
        }
    });
    TrainablePolicy p;
    p.lora.r = 0;
    if (lora) {
        p.lora.r = cfg.loraR;
        p.lora.alpha = cfg.loraAlpha;
        p.lora.dropout = cfg.loraDropout;
        p.lora.targets = cfg.loraTargets;
        auto adapted = attachLora(w, p.lora, cfg.seed);
        if (!adapted) return adapted.error();
        w.forEachLinear([&](const QString& module, model::Linear& l) {
            if (!l.lora_A.defined()) return;
            l.lora_A.set_requires_grad(true);
            l.lora_B.set_requires_grad(true);
            params.push_back({module + QStringLiteral(".lora_A.weight"), l.lora_A, true});
            params.push_back({module + QStringLiteral(".lora_B.weight"), l.lora_B, true});
        });
        if (log) log(QCoreApplication::translate("ps::train::DpoTrainer", "LoRA r=%1 alpha=%2 on %3 modules").arg(p.lora.r).arg(p.lora.alpha).arg(adapted->size()));
    }
    p.model = std::make_unique<model::Lfm2Model>(base.config(), std::move(w), dtype);
    int64_t n = 0;
    for (const auto& t : params) n += t.tensor.numel();
    if (log) log(QCoreApplication::translate("ps::train::DpoTrainer", "trainable parameters: %1").arg(n));
    p.optimizer = std::make_unique<AdamW>(std::move(params), cfg.adamBeta1, cfg.adamBeta2, cfg.adamEpsilon, cfg.weightDecay);
    return p;
}

namespace {
// A checkpoint folder is complete when its state parses and both tensor files
// open with every tensor inside the file (io::Checkpoint checks the sizes).
bool checkpointComplete(const QString& dir) {
    QFile st(QDir(dir).filePath(QStringLiteral("trainer_state.json")));
    if (!st.open(QIODevice::ReadOnly)) return false;
    const QJsonObject state = QJsonDocument::fromJson(st.readAll()).object();
    if (!state.contains(QStringLiteral("global_step"))) return false;
    return io::Checkpoint::openFile(QDir(dir).filePath(QStringLiteral("trainable.safetensors"))).ok() &&
           io::Checkpoint::openFile(QDir(dir).filePath(QStringLiteral("optimizer.safetensors"))).ok();
}

std::vector<std::pair<int64_t, QString>> checkpointFolders(const QDir& root) {
    std::vector<std::pair<int64_t, QString>> sorted;
    for (const QString& c : root.entryList({QStringLiteral("checkpoint-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int64_t step = c.mid(11).toLongLong(&ok);
        if (ok) sorted.emplace_back(step, c);  // "checkpoint-7.partial" does not parse
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}
}  // namespace

Result<QString> latestCompleteCheckpoint(const QString& runDir, const std::function<void(const QString&)>& log) {
    const QDir root(runDir);
    QString named;
    QFile latest(root.filePath(QStringLiteral("latest")));
    if (latest.open(QIODevice::ReadOnly)) named = QString::fromUtf8(latest.read(4096)).trimmed();
    if (!named.isEmpty()) {
        // "latest" names a checkpoint folder of this run; a name leading elsewhere
        // (a tampered or copied run folder) is refused, not followed.
        auto inside = childPath(runDir, named);
        if (!inside)
            return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "the run folder's 'latest' file does not name a checkpoint folder: %1")
                                 .arg(inside.error().message),
                             runDir);
        if (checkpointComplete(inside.value())) return named;
    }
    // "latest" is missing (killed between publishing the first checkpoint and
    // naming it) or names a folder that is not complete (removed by hand, a
    // damaged disk): the newest complete folder is as good a place to resume.
    const auto all = checkpointFolders(root);
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (it->second == named || !checkpointComplete(root.filePath(it->second))) continue;
        if (log && !named.isEmpty())
            log(QCoreApplication::translate("ps::train::DpoTrainer", "the latest checkpoint %1 is incomplete; using %2").arg(named, it->second));
        return it->second;
    }
    if (!named.isEmpty())
        return makeError(QCoreApplication::translate("ps::train::DpoTrainer",
                                                     "the run folder's checkpoint %1 is incomplete and no other complete checkpoint is left; "
                                                     "use a new run folder")
                             .arg(named),
                         runDir);
    return QString();
}

Status saveCheckpoint(const QString& runDir, int64_t step, const AdamW& optimizer, const QJsonObject& config,
                      const std::vector<MetricRow>& history, QString* dirOut, int worldSize) {
    const QDir root(runDir);
    const QString name = QStringLiteral("checkpoint-%1").arg(step);
    const QString final = root.filePath(name);
    const QString tmp = stagingPath(final);
    PS_TRY(prepareStaging(tmp));
    std::vector<at::Tensor> keep;
    std::vector<io::TensorToWrite> params, states;
    for (const TrainableParam& p : optimizer.params()) {
        at::Tensor c = p.tensor.detach().to(at::kCPU).contiguous();  // written from host memory
        keep.push_back(c);
        params.push_back(model::tensorToWrite(p.name, c).value());
    }
    for (const auto& [name, t] : optimizer.state()) {
        at::Tensor c = t.to(at::kCPU).contiguous();
        keep.push_back(c);
        states.push_back(model::tensorToWrite(name, c).value());
    }
    PS_TRY(io::writeSafetensors(QDir(tmp).filePath(QStringLiteral("trainable.safetensors")), params));
    PS_TRY(io::writeSafetensors(QDir(tmp).filePath(QStringLiteral("optimizer.safetensors")), states));
    QJsonObject state;
    state.insert(QStringLiteral("global_step"), double(step));
    state.insert(QStringLiteral("optimizer_steps"), double(optimizer.steps()));
    state.insert(QStringLiteral("world_size"), double(worldSize));
    state.insert(QStringLiteral("config"), config);
    QJsonArray hist;
    for (const MetricRow& r : history) {
        QJsonObject o;
        o.insert(QStringLiteral("step"), double(r.step));
        o.insert(QStringLiteral("split"), r.split);
        for (const auto& [k, v] : r.values) o.insert(k, v);
        hist.append(o);
    }
    state.insert(QStringLiteral("log_history"), hist);
    PS_TRY(writeFileAtomically(QDir(tmp).filePath(QStringLiteral("trainer_state.json")), QJsonDocument(state).toJson()));
    // Publish: the folder appears complete or not at all (fsynced, one rename);
    // then "latest" names it. A kill in between leaves "latest" on the previous
    // complete checkpoint, which resume uses.
    PS_TRY(publishDirectory(tmp, final));
    PS_TRY(writeFileAtomically(root.filePath(QStringLiteral("latest")), name.toUtf8()));
    // Keep the two newest checkpoints.
    // Folders are removed by first renaming them to a staging name, so a kill
    // during the removal never leaves a half-deleted "checkpoint-<n>".
    const auto sorted = checkpointFolders(root);
    for (size_t i = 0; i + 2 < sorted.size(); ++i) {
        const QString doomed = stagingPath(root.filePath(sorted[i].second));
        QDir(doomed).removeRecursively();
        if (QDir().rename(root.filePath(sorted[i].second), doomed)) QDir(doomed).removeRecursively();
    }
    // Staging folders left by a killed writer.
    for (const QString& c : root.entryList({QStringLiteral("checkpoint-*.partial")}, QDir::Dirs | QDir::NoDotAndDotDot))
        QDir(root.filePath(c)).removeRecursively();
    if (dirOut) *dirOut = final;
    return {};
}

Result<int64_t> loadLatestCheckpoint(const QString& runDir, AdamW& optimizer, const QJsonObject& config,
                                     std::vector<MetricRow>& history, const std::function<void(const QString&)>& log,
                                     const CheckpointLayout& layout) {
    const QDir root(runDir);
    auto found = latestCompleteCheckpoint(runDir, log);
    if (!found) return found.error();
    if (found->isEmpty()) return int64_t(0);
    const QString name = found.value();
    const QString dir = root.filePath(name);
    QFile st(QDir(dir).filePath(QStringLiteral("trainer_state.json")));
    if (!st.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "the latest checkpoint has no trainer_state.json"), dir);
    const QJsonObject state = QJsonDocument::fromJson(st.readAll()).object();
    // Resuming with other settings would not continue the same run.
    QJsonObject now = config, then = state.value(QStringLiteral("config")).toObject();
    for (const char* free : {"eval_steps", "save_steps", "logging_steps", "threads"}) {
        now.remove(QLatin1String(free));
        then.remove(QLatin1String(free));
    }
    if (layout.globalBatchOnly) {
        // Compare the global batch, not how it is split into ranks and micro-batches.
        auto globalBatch = [](QJsonObject& c, double world) {
            const double g = c.take(QStringLiteral("per_device_train_batch_size")).toDouble() *
                             c.take(QStringLiteral("gradient_accumulation_steps")).toDouble() * world;
            c.insert(QStringLiteral("global_batch"), g);
        };
        globalBatch(now, layout.worldSize);
        globalBatch(then, state.value(QStringLiteral("world_size")).toDouble(1.0));
    }
    if (now != then) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "the run folder holds a checkpoint made with different settings; use a new run folder"), dir);
    auto params = io::Checkpoint::openFile(QDir(dir).filePath(QStringLiteral("trainable.safetensors")));
    if (!params) return params.error();
    auto opt = io::Checkpoint::openFile(QDir(dir).filePath(QStringLiteral("optimizer.safetensors")));
    if (!opt) return opt.error();
    at::NoGradGuard noGrad;
    for (const TrainableParam& p : optimizer.params()) {
        const io::Checkpoint::Entry* e = params->find(p.name);
        if (!e) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "checkpoint lacks '%1'").arg(p.name), dir);
        auto t = model::tensorFromEntry(*e);
        if (!t || t.value().sizes() != p.tensor.sizes()) return makeError(QCoreApplication::translate("ps::train::DpoTrainer", "checkpoint tensor '%1' does not fit").arg(p.name), dir);
        const_cast<at::Tensor&>(p.tensor).copy_(t.value());
    }
    std::map<QString, at::Tensor> states;
    for (const QString& n : opt->names()) {
        auto t = model::tensorFromEntry(*opt->find(n));
        if (!t) return t.error();
        states[n] = t.value();
    }
    PS_TRY(optimizer.loadState(states, static_cast<int64_t>(state.value(QStringLiteral("optimizer_steps")).toDouble())));
    history.clear();
    for (const QJsonValue& v : state.value(QStringLiteral("log_history")).toArray()) {
        const QJsonObject o = v.toObject();
        MetricRow r;
        r.step = static_cast<int64_t>(o.value(QStringLiteral("step")).toDouble());
        r.split = o.value(QStringLiteral("split")).toString();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("step") && it.key() != QLatin1String("split")) r.values[it.key()] = it->toDouble();
        history.push_back(r);
    }
    const int64_t step = static_cast<int64_t>(state.value(QStringLiteral("global_step")).toDouble());
    if (log) log(QCoreApplication::translate("ps::train::DpoTrainer", "resumed from %1 (step %2)").arg(name).arg(step));
    return step;
}

// Each exported folder is prepared under "<name>.partial" and published whole
// (util/atomic_dir.h): a kill or a full disk during the export leaves the
// previous export (or none), never a folder that looks loadable but is not.
Status exportTrainedModel(const QString& runDir, const QString& baseDir, TrainablePolicy& policy, bool lora, TrainResult& result) {
    const QDir root(runDir);
    if (lora) {
        const QString adapterDir = root.filePath(QStringLiteral("adapter")), staged = stagingPath(adapterDir);
        PS_TRY(prepareStaging(staged));
        PS_TRY(savePeftAdapter(staged, policy.model->weights(), policy.lora, baseDir));
        PS_TRY(publishDirectory(staged, adapterDir));
        result.adapterDir = adapterDir;
        mergeLora(policy.model->weights());
    }
    const QString modelDir = root.filePath(QStringLiteral("model")), staged = stagingPath(modelDir);
    const io::Checkpoint::Entry* e = nullptr;
    auto ckpt = io::Checkpoint::openFolder(baseDir);
    if (ckpt) e = ckpt->find(QStringLiteral("model.embed_tokens.weight"));
    const auto st = e ? model::toScalarType(e->info->dtype) : std::nullopt;
    PS_TRY(prepareStaging(staged));
    PS_TRY(policy.model->save(staged, st ? *st : at::kBFloat16));
    for (const char* f : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "tokenizer.model",
                          "generation_config.json", "chat_template.jinja"}) {
        const QString src = QDir(baseDir).filePath(QLatin1String(f)), dst = QDir(staged).filePath(QLatin1String(f));
        if (!QFile::exists(src)) continue;
        if (Status c = copyFileDurably(src, dst); !c)
            return c.error().within(QCoreApplication::translate("ps::train::DpoTrainer", "copying '%1' into the exported model").arg(QLatin1String(f)));
    }
    PS_TRY(publishDirectory(staged, modelDir));
    result.modelDir = modelDir;
    return {};
}

}  // namespace ps::train
