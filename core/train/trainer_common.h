// trainer_common.h — the pieces every training loop of core/train shares (DPO
// in dpo_trainer.cpp, SFT in sft_trainer.cpp): the trainable policy (LoRA
// adapters or fp32 master weights) with its AdamW, reproducible shuffling and
// seeding, checkpoints in the run folder (write, publish atomically, keep the
// two newest, resume with the same settings) and the final export as a
// Hugging Face folder (+ PEFT adapter for LoRA). The loss is not here.
// Internal to core (LibTorch).
#pragma once

#include "train/adamw.h"
#include "train/dist_sampler.h"
#include "train/dpo_trainer.h"
#include "train/lora.h"

#include <QJsonObject>
#include <functional>
#include <memory>
#include <vector>

namespace ps::model {
class Lfm2Model;
}

namespace ps::train {

double monotonicSeconds();
void seedTorch(uint64_t seed);
// epochOrder(n, seed, epoch), the seeded shuffle of an epoch, is in
// train/dist_sampler.h (LibTorch-free, shared with the data-parallel sampler).

// The model being trained and its optimizer. LoRA keeps the base frozen (bf16
// under autocast) and trains fp32 adapters; full fine-tuning trains fp32
// master copies of every weight, with bf16 autocast for the matmuls.
struct TrainablePolicy {
    std::unique_ptr<model::Lfm2Model> model;
    std::unique_ptr<AdamW> optimizer;
    LoraSpec lora;  // r = 0 when full fine-tuning
};
Result<TrainablePolicy> makeTrainablePolicy(const model::Lfm2Model& base, const DpoConfig& cfg,
                                            const std::function<void(const QString&)>& log);

// One run folder's checkpoints: checkpoint-<step>/{trainable,optimizer}.safetensors
// + trainer_state.json, and "latest" naming the newest complete one.
// `config` is the run's settings as JSON: a checkpoint made with other settings
// (apart from eval/save/logging frequency and threads) is refused on resume.
// `worldSize`: the number of data-parallel ranks that made it (recorded for resume).
Status saveCheckpoint(const QString& runDir, int64_t step, const AdamW& optimizer, const QJsonObject& config,
                      const std::vector<MetricRow>& history, QString* dirOut, int worldSize = 1);
// How the resuming run is laid out. With `globalBatchOnly` (the DPO trainer,
// whose sampler orders pairs by global batch alone) only batch size × gradient
// accumulation × ranks must equal the checkpoint's, so a run may resume with
// another number of processes; otherwise each setting must be the same.
struct CheckpointLayout {
    int worldSize = 1;
    bool globalBatchOnly = false;
};
// The name of the checkpoint folder to resume from: the one "latest" names,
// or, when that is missing or incomplete, the newest complete one; empty when
// the folder has none.
Result<QString> latestCompleteCheckpoint(const QString& runDir, const std::function<void(const QString&)>& log = {});
// Returns the step to continue from (0 when the folder has no checkpoint) and
// restores the parameters, optimizer state and history.
Result<int64_t> loadLatestCheckpoint(const QString& runDir, AdamW& optimizer, const QJsonObject& config,
                                     std::vector<MetricRow>& history, const std::function<void(const QString&)>& log,
                                     const CheckpointLayout& layout = {});

// Writes runDir/model (merged, in the base checkpoint's dtype, tokenizer and
// generation files copied from baseDir) and, for LoRA, runDir/adapter.
Status exportTrainedModel(const QString& runDir, const QString& baseDir, TrainablePolicy& policy, bool lora, TrainResult& result);

}  // namespace ps::train
