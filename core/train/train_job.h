// train_job.h — one DPO run from files to an exported model: loads the base
// model folder, reads the pairs, trains (resuming from the run folder's last
// checkpoint when there is one) and exports. The CLI's `train` and the
// studio's Train view both call this. LibTorch-free; blocking — call it from
// a worker thread and report through the callbacks.
#pragma once

#include "train/dpo_trainer.h"

namespace ps::train {

struct TrainJobSpec {
    QString baseModelDir;
    QString dataPath;  // JSONL pairs: TRL format (text or chat) or pre-tokenized prompt_ids/chosen_ids/rejected_ids
    QString runDir;
    DpoConfig config;
    std::shared_ptr<Communicator> comm;  // data-parallel rank (train/distributed.h); null: one process
};

// Checks what can be checked before the expensive part: settings, data file, model folder.
Status validateTrainJob(const TrainJobSpec& spec);
Result<TrainResult> runTrainJob(const TrainJobSpec& spec, const TrainCallbacks& callbacks = {});

}  // namespace ps::train
