#include "train/train_job.h"

#include "model/config.h"
#include "model/lfm2.h"
#include "train/dpo_data.h"
#include "train/dpo_tokenize.h"
#include "eval/continuous_eval.h"
#include "train/distributed.h"
#include "store/workspace.h"
#include "train/workspace_training.h"

#include <QSqlQuery>
#include "train/sft_trainer.h"

#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ps::train {

Status validateTrainJob(const TrainJobSpec& spec) {
    PS_TRY(spec.config.validate());
    if (!spec.workspacePath.isEmpty()) {
        if (!QFileInfo(spec.workspacePath).isFile())
            return makeError(QCoreApplication::translate("ps::train::TrainJob", "the workspace file does not exist"), spec.workspacePath);
    } else if (!QFileInfo(spec.dataPath).isFile())
        return makeError(QCoreApplication::translate("ps::train::TrainJob", "the data file does not exist"), spec.dataPath);
    if (spec.runDir.isEmpty()) return makeError(QCoreApplication::translate("ps::train::TrainJob", "no run folder given"));
    auto cfg = model::Lfm2Config::fromFile(QDir(spec.baseModelDir).filePath(QStringLiteral("config.json")));
    if (!cfg) return cfg.error();
    return {};
}

namespace {
// Up to `n` prompts nobody voted on (so training never saw a preference on
// them), oldest first; when every prompt has votes, the oldest prompts.
Result<std::vector<eval::EvalPrompt>> heldOutPrompts(store::Workspace& ws, int n) {
    std::vector<store::Id> ids;
    for (const char* sql : {"SELECT id FROM prompts WHERE id NOT IN (SELECT p.prompt_id FROM pairs p JOIN votes v ON v.pair_id = p.id) "
                            "ORDER BY id LIMIT ?",
                            "SELECT id FROM prompts ORDER BY id LIMIT ?"}) {
        QSqlQuery q(ws.database());
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(n);
        if (!q.exec()) return makeError(QCoreApplication::translate("ps::train::TrainJob", "cannot choose the evaluation prompts"), ws.path());
        while (q.next()) ids.push_back(q.value(0).toLongLong());
        if (!ids.empty()) break;
    }
    std::vector<eval::EvalPrompt> out;
    for (store::Id id : ids) {
        auto p = ws.prompt(id);
        if (!p) return p.error();
        out.push_back({QStringLiteral("prompt-%1").arg(id), p->content, p->language, p->category});
    }
    return out;
}

// The continuous evaluation of a finished workspace run (failures are reported, not fatal).
Result<eval::ContinuousEvalResult> evaluateRun(const TrainJobSpec& spec, store::Id runId, const QString& tunedDir,
                                             const TrainCallbacks& callbacks) {
    store::Workspace::OpenOptions o;
    o.create = false;
    o.instanceLock = false;
    auto ws = store::Workspace::open(spec.workspacePath, o);
    if (!ws) return ws.error();
    auto prompts = heldOutPrompts(*ws.value(), spec.evalPrompts);
    if (!prompts) return prompts.error();
    eval::ContinuousEvalOptions opt;
    opt.trainingRunId = runId;
    opt.baseDir = spec.baseModelDir;
    opt.tunedDir = tunedDir;
    opt.heldOutPrompts = std::move(prompts.value());
    opt.safety = spec.safetyPerCategory > 0;
    opt.safetyLimitPerCategory = spec.safetyPerCategory;
    opt.sampling.maxNewTokens = 128;
    opt.seed = spec.config.seed;
    auto r = eval::runContinuousEvaluation(*ws.value(), opt,
                                           [&](const QString&, int done, int total) {
                                               reportProgress(callbacks, QStringLiteral("evaluate"), done, total);
                                           },
                                           callbacks.cancel);
    return r;
}

Result<std::vector<DpoExample>> readWorkspacePairs(const TrainJobSpec& spec, const DpoTokenizer* tok) {
    if (!tok)
        return makeError(QCoreApplication::translate("ps::train::TrainJob", "the base model has no tokenizer, needed for workspace text"),
                         spec.baseModelDir);
    store::Workspace::OpenOptions o;
    o.create = false;
    o.instanceLock = false;  // next to an open studio
    auto ws = store::Workspace::open(spec.workspacePath, o);
    if (!ws) return ws.error();
    return workspaceDpoExamples(*ws.value(), *tok, spec.preferences);
}
}  // namespace

Result<TrainJobResult> runTrainJob(const TrainJobSpec& spec, const TrainCallbacks& callbacks) {
    if (spec.comm && spec.comm->worldSize() > 1 && !spec.workspacePath.isEmpty() && !QFileInfo(spec.workspacePath).isReadable())
        return makeError(QCoreApplication::translate("ps::train::TrainJob",
                                                     "rank %1 cannot read the workspace file; in a data-parallel run every "
                                                     "process reads the votes from it, so it must be on a disk all ranks can read")
                             .arg(spec.comm->rank()),
                         spec.workspacePath);
    PS_TRY(validateTrainJob(spec));
    // Text pairs are tokenized with the base model's own tokenizer and chat template.
    std::optional<DpoTokenizer> tok;
    const QDir modelDir(spec.baseModelDir);
    if (modelDir.exists(QStringLiteral("tokenizer.json")) || modelDir.exists(QStringLiteral("tokenizer.model"))) {
        auto t = DpoTokenizer::forModel(spec.baseModelDir);
        if (!t) return t.error();
        tok = t.value();
    }
    auto data = spec.workspacePath.isEmpty() ? readDpoJsonl(spec.dataPath, tok ? &*tok : nullptr) : readWorkspacePairs(spec, tok ? &*tok : nullptr);
    if (!data) return data.error();
    if (callbacks.log) callbacks.log(QCoreApplication::translate("ps::train::TrainJob", "loading %1").arg(spec.baseModelDir));
    auto base = model::Lfm2Model::load(spec.baseModelDir);
    if (!base) return base.error();

    std::unique_ptr<WorkspaceRunLog> runLog;
    TrainCallbacks cb = callbacks;
    // Data-parallel: every rank read the pairs above; rank 0 alone records the run.
    if (!spec.workspacePath.isEmpty() && (!spec.comm || spec.comm->isMain())) {
        auto l = WorkspaceRunLog::begin(spec.workspacePath, spec.baseModelDir, spec.runDir, spec.config);
        if (!l) return l.error();
        runLog = std::move(l.value());
        cb.metrics = [&](const MetricRow& row) {
            if (Status s = runLog->addMetrics(row); !s && callbacks.log) callbacks.log(s.error().toString());  // the run goes on
            if (callbacks.metrics) callbacks.metrics(row);
        };
    }
    DpoTrainer trainer(base.value(), spec.config, spec.baseModelDir, spec.runDir);
    trainer.setCommunicator(spec.comm);
    Result<TrainResult> trained = trainer.train(data.value(), cb);
    TrainJobResult out;
    if (runLog) {
        out.workspaceRunId = runLog->runId();
        auto version = runLog->finish(trained);
        if (!version) return version.error();
        out.modelVersionId = version.value();
    }
    if (!trained) return trained.error();
    out.train = std::move(trained.value());
    if (runLog && out.modelVersionId && spec.evaluateAfter && !out.train.cancelled) {
        if (callbacks.log) callbacks.log(QCoreApplication::translate("ps::train::TrainJob", "evaluating the tuned model against its base"));
        auto evaluated = evaluateRun(spec, out.workspaceRunId, out.train.modelDir, callbacks);
        if (evaluated) {
            out.comparisonId = evaluated->comparisonId;
            if (evaluated->safety)
                for (const safety::CategoryComparison& c : evaluated->safety->categories)
                    if (c.regression) out.safetyRegressions << c.category;
        } else {
            out.evaluationError = evaluated.error().toString();
            if (callbacks.log) callbacks.log(out.evaluationError);
        }
    }
    return out;
}

Result<TrainResult> runSftJob(const SftJobSpec& spec, const TrainCallbacks& callbacks) {
    if (spec.comm && spec.comm->worldSize() > 1)
        return makeError(QCoreApplication::translate("ps::train::TrainJob", "SFT runs in one process; data-parallel training is for DPO"));
    PS_TRY(validateTrainJob(spec));
    auto tok = DpoTokenizer::forModel(spec.baseModelDir);
    if (!tok) return tok.error();
    auto data = readSftJsonl(spec.dataPath, tok.value());
    if (!data) return data.error();
    if (callbacks.log) callbacks.log(QCoreApplication::translate("ps::train::TrainJob", "loading %1").arg(spec.baseModelDir));
    auto base = model::Lfm2Model::load(spec.baseModelDir);
    if (!base) return base.error();
    SftTrainer trainer(base.value(), spec.config, spec.baseModelDir, spec.runDir);
    return trainer.train(data.value(), callbacks);
}

}  // namespace ps::train
