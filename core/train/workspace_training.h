// workspace_training.h — training on a workspace: its votes become DPO
// examples (store::Workspace::preferencePairs: plurality per pair, exclusions
// from the quality panel respected, edits as chosen), and the run is recorded
// there (training_runs row with the TRL-named config, status, checkpoint,
// metrics; the exported model registered as a new model version whose parent
// is the base model's version).
//
// The workspace is opened as a second connection (no instance lock), so a
// trainer thread or `prefstudio train --workspace` works next to an open studio.
// LibTorch-free.
#pragma once

#include "store/types.h"
#include "train/dpo_trainer.h"

#include <memory>
#include <optional>
#include <vector>

namespace ps::store {
class Workspace;
}

namespace ps::train {

class DpoTokenizer;

// Decisive preference pairs of the workspace, tokenized; example ids are pair ids.
Result<std::vector<DpoExample>> workspaceDpoExamples(store::Workspace& workspace, const DpoTokenizer& tokenizer,
                                                     const store::PreferenceOptions& options = {});

// Records one run in a workspace while it trains.
class WorkspaceRunLog {
public:
    // Creates the run row (or takes up the one already recorded for `runDir`,
    // when a run is resumed) and marks it running. The base model folder is
    // registered as a model version if it is not one yet.
    static Result<std::unique_ptr<WorkspaceRunLog>> begin(const QString& workspacePath, const QString& baseModelDir, const QString& runDir,
                                                          const DpoConfig& config);
    ~WorkspaceRunLog();

    store::Id runId() const { return runId_; }
    // Stores a metrics row; a storage error is returned (training goes on).
    Status addMetrics(const MetricRow& row);
    // Finished (the exported model becomes a model version), cancelled, or failed with `error`.
    Result<std::optional<store::Id>> finish(const Result<TrainResult>& result);

private:
    WorkspaceRunLog() = default;
    std::unique_ptr<store::Workspace> ws_;
    store::Id runId_ = 0;
    store::Id baseVersionId_ = 0;
    QString runDir_;
};

// The model version whose folder is `dir` (same canonical path), registered
// under a free name derived from the folder name when there is none.
Result<store::Id> modelVersionForFolder(store::Workspace& workspace, const QString& dir, std::optional<store::Id> parentId = std::nullopt,
                                        std::optional<store::Id> trainingRunId = std::nullopt);

}  // namespace ps::train
