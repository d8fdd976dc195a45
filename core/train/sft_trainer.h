// sft_trainer.h — supervised fine-tuning (TRL's SFTTrainer with
// completion-only loss): the mean negative log-likelihood of completion
// tokens given their prompt, over all completion tokens of an optimizer step
// (gradient accumulation included). It shares the DPO engine: the run
// settings (DpoConfig: optimisation, LoRA, lengths, split, bookkeeping; the
// DPO loss settings are not used), prefix-shared completion scoring, AdamW
// with warmup + decay, clipping, bf16 autocast, checkpoints, resume and the
// export (trainer_common.h). Metrics: loss, grad_norm, learning_rate, epoch,
// num_tokens, tokens_per_second; eval rows carry loss on the held-out split.
// Public API free of LibTorch types; runs on the caller's (worker) thread.
#pragma once

#include "train/dpo_trainer.h"
#include "train/sft_data.h"

namespace ps::train {

class SftTrainer {
public:
    SftTrainer(std::shared_ptr<model::Lfm2Model> base, DpoConfig config, QString baseModelDir, QString runDir);
    ~SftTrainer();

    Result<TrainResult> train(const std::vector<SftExample>& examples, const TrainCallbacks& callbacks = {});

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace ps::train
