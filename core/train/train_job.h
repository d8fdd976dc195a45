// train_job.h — one DPO (or SFT) run from files to an exported model: loads the base
// model folder, reads the pairs, trains (resuming from the run folder's last
// checkpoint when there is one) and exports. The CLI's `train` and the
// studio's Train view both call this. LibTorch-free; blocking — call it from
// a worker thread and report through the callbacks.
#pragma once

#include <optional>

#include "store/types.h"
#include "train/dpo_trainer.h"

namespace ps::train {

struct TrainJobSpec {
    QString baseModelDir;
    QString dataPath;  // JSONL pairs: TRL format (text or chat) or pre-tokenized prompt_ids/chosen_ids/rejected_ids
    // Or a workspace: its votes are the pairs (train/workspace_training.h), and
    // the run, its metrics and the exported model version are recorded there.
    QString workspacePath;
    store::PreferenceOptions preferences;
    QString runDir;
    DpoConfig config;
    std::shared_ptr<Communicator> comm;  // data-parallel rank (train/distributed.h); null: one process
    // Continuous evaluation (eval/continuous_eval.h), for workspace runs that
    // finish: `evalPrompts` prompts nobody voted on, through the base and the
    // tuned model with the same seeds (a before/after comparison with the KL
    // estimate), and `safetyPerCategory` red-team prompts per category and
    // language through both; all attached to the run in the workspace.
    bool evaluateAfter = true;
    int evalPrompts = 8;
    int safetyPerCategory = 2;
};

struct TrainJobResult {
    TrainResult train;
    store::Id workspaceRunId = 0;                // 0 without a workspace
    std::optional<store::Id> modelVersionId;      // the exported model's version in the workspace
    std::optional<store::Id> comparisonId;        // the before/after comparison of the continuous evaluation
    QString evaluationError;                      // why the continuous evaluation failed (the run itself succeeded)
    QStringList safetyRegressions;                // red-team categories where the tuned model is worse than its base
};

// Checks what can be checked before the expensive part: settings, data file, model folder.
Status validateTrainJob(const TrainJobSpec& spec);
Result<TrainJobResult> runTrainJob(const TrainJobSpec& spec, const TrainCallbacks& callbacks = {});

// One SFT run (sft_trainer.h) from files: `dataPath` holds prompt/completion
// or messages JSONL (sft_data.h), tokenized with the base model's tokenizer.
// The run folder resumes and exports like a DPO run.
using SftJobSpec = TrainJobSpec;
Result<TrainResult> runSftJob(const SftJobSpec& spec, const TrainCallbacks& callbacks = {});

}  // namespace ps::train
