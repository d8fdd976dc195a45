#include "train/workspace_training.h"

#include "store/workspace.h"
#include "train/dpo_batch.h"
#include "train/dpo_tokenize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace ps::train {

Result<std::vector<DpoExample>> workspaceDpoExamples(store::Workspace& ws, const DpoTokenizer& tokenizer,
                                                     const store::PreferenceOptions& options) {
    store::PreferenceOptions decisive = options;
    // DPO needs a winner: ties, both-bad and skip-only pairs carry no preference.
    decisive.includeTies = decisive.includeBothBad = decisive.includeSkips = false;
    std::vector<DpoExample> out;
    Status walked = ws.forEachPreferencePair(decisive, [&](const store::PreferenceExample& e) -> Status {
        data::PreferenceRecord r;
        r.prompt = e.prompt;
        r.chosen = e.chosen;
        r.rejected = e.rejected;
        r.category = e.category;
        r.language = e.language;
        auto ex = tokenizer.encode(r, e.pairId);
        if (!ex) return ex.error().within(QCoreApplication::translate("ps::train::WorkspaceTraining", "pair %1").arg(e.pairId));
        out.push_back(std::move(ex.value()));
        return {};
    });
    if (!walked) return walked.error();
    if (out.empty())
        return makeError(QCoreApplication::translate("ps::train::WorkspaceTraining",
                                                     "the workspace has no decided pairs to train on yet (label some pairs first)"),
                         ws.path());
    return out;
}

namespace {
QString canonicalFolder(const QString& dir) {
    const QFileInfo fi(dir);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? fi.absoluteFilePath() : c;
}
}  // namespace

Result<store::Id> modelVersionForFolder(store::Workspace& ws, const QString& dir, std::optional<store::Id> parentId,
                                        std::optional<store::Id> trainingRunId) {
    const QString path = canonicalFolder(dir);
    auto versions = ws.modelVersions();
    if (!versions) return versions.error();
    QStringList names;
    for (const store::ModelVersion& v : versions.value()) {
        if (canonicalFolder(v.path) == path) return v.id;
        names << v.name;
    }
    // Run exports live in <run>/model: name them after the run folder.
    QFileInfo fi(path);
    QString base = fi.fileName();
    if (base == QLatin1String("model") || base == QLatin1String("adapter")) base = QFileInfo(fi.path()).fileName();
    if (base.isEmpty()) base = QStringLiteral("model");
    QString name = base;
    for (int n = 2; names.contains(name); ++n) name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    store::NewModelVersion v;
    v.name = name;
    v.path = path;
    v.parentId = parentId;
    v.trainingRunId = trainingRunId;
    return ws.addModelVersion(v);
}

Result<std::unique_ptr<WorkspaceRunLog>> WorkspaceRunLog::begin(const QString& workspacePath, const QString& baseModelDir,
                                                                 const QString& runDir, const DpoConfig& config) {
    store::Workspace::OpenOptions o;
    o.create = false;
    o.instanceLock = false;  // the studio that started us may hold it
    auto ws = store::Workspace::open(workspacePath, o);
    if (!ws) return ws.error();
    std::unique_ptr<WorkspaceRunLog> log(new WorkspaceRunLog);
    log->ws_ = std::move(ws.value());
    log->runDir_ = canonicalFolder(runDir);
    auto base = modelVersionForFolder(*log->ws_, baseModelDir);
    if (!base) return base.error();
    log->baseVersionId_ = base.value();

    // A resumed run continues its row.
    auto runs = log->ws_->runs();
    if (!runs) return runs.error();
    for (const store::TrainingRun& r : runs.value())
        if (r.config.value(QStringLiteral("output_dir")).toString() == log->runDir_) log->runId_ = r.id;
    if (log->runId_ == 0) {
        store::NewRun run;
        run.config = config.toJson();
        run.config.insert(QStringLiteral("output_dir"), log->runDir_);
        run.config.insert(QStringLiteral("model_name_or_path"), canonicalFolder(baseModelDir));
        run.baseModelVersionId = log->baseVersionId_;
        auto id = log->ws_->createRun(run);
        if (!id) return id.error();
        log->runId_ = id.value();
    }
    PS_TRY(log->ws_->setRunStatus(log->runId_, store::RunStatus::Running));
    return log;
}

WorkspaceRunLog::~WorkspaceRunLog() = default;

Status WorkspaceRunLog::addMetrics(const MetricRow& row) {
    std::vector<store::MetricPoint> points;
    const store::Split split = row.split == QLatin1String("eval") ? store::Split::Eval : store::Split::Train;
    for (const auto& [name, value] : row.values) points.push_back({row.step, split, name, value});
    return ws_->addMetrics(runId_, points);
}

Result<std::optional<store::Id>> WorkspaceRunLog::finish(const Result<TrainResult>& result) {
    if (!result) {
        PS_TRY(ws_->setRunStatus(runId_, store::RunStatus::Failed, result.error().toString()));
        return std::optional<store::Id>();
    }
    const TrainResult& r = result.value();
    if (!r.checkpointDir.isEmpty()) PS_TRY(ws_->setRunCheckpoint(runId_, r.checkpointDir));
    if (r.cancelled || r.modelDir.isEmpty()) {
        PS_TRY(ws_->setRunStatus(runId_, store::RunStatus::Cancelled));
        return std::optional<store::Id>();
    }
    auto version = modelVersionForFolder(*ws_, r.modelDir, baseVersionId_, runId_);
    if (!version) return version.error();
    PS_TRY(ws_->setRunOutput(runId_, version.value()));
    PS_TRY(ws_->setRunStatus(runId_, store::RunStatus::Finished));
    return std::optional<store::Id>(version.value());
}

}  // namespace ps::train
