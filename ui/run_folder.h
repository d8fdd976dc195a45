// run_folder.h — what the Train view reads back from a DPO run folder written
// by ps::train::DpoTrainer: run_config.json (the settings), `latest` (name of
// the newest complete checkpoint), the checkpoint's trainer_state.json
// (global_step, config and log_history), the exported model/ folder, and the
// studio's own studio_job.json (which base model and pairs file the run used).
// LibTorch-free; a damaged folder yields a RunInfo with `problem` set.
#pragma once

#include "train/dpo_config.h"
#include "train/dpo_trainer.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace ps::ui {

struct RunInfo {
    QString dir;
    std::optional<train::DpoConfig> config;  // from run_config.json
    QString baseModelDir, dataPath;          // from studio_job.json, when the studio started the run
    QString workspacePath;                   // ... when it trained on a workspace's votes instead of a file
    QString latestCheckpoint;                // "checkpoint-12", empty when none
    QJsonObject checkpointConfig;            // the settings the latest checkpoint was made with
    int64_t stepsDone = 0;                   // global_step of the latest checkpoint
    bool finished = false;                   // model/ exported
    std::optional<double> evalLoss;          // last eval row of the log history
    std::optional<double> evalAccuracy;      // its rewards/accuracies
    QString problem;                         // why the folder could not be read fully
};

// Reads one run folder (cheap: a few small JSON files).
RunInfo readRunInfo(const QString& dir);
// Sub-folders of `root` that hold a run_config.json or a `latest` file, newest first.
std::vector<RunInfo> scanRuns(const QString& root);
// The log history stored in the latest checkpoint (empty when there is none).
std::vector<train::MetricRow> readLogHistory(const QString& dir);
// Whether resuming `run` with `config` continues the same run: the trainer
// refuses a checkpoint made with other settings (eval/save/log steps and
// threads may differ). True when the folder holds no checkpoint.
bool runAcceptsConfig(const RunInfo& run, const train::DpoConfig& config);
// Records which base model and pairs file (or workspace) a run folder is trained from.
Status writeJobFile(const QString& runDir, const QString& baseModelDir, const QString& dataPath, const QString& workspacePath = {});

}  // namespace ps::ui
