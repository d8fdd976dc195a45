// dpo_trainer.h — the DPO training loop: precomputed reference log-probs,
// LoRA or full fine-tuning with fp32 master weights and bf16 autocast,
// AdamW with warmup + decay, gradient accumulation and clipping, a fixed-seed
// train/eval split, evaluation and checkpoints every N steps, cancellation,
// and resume from the last checkpoint with an identical continuation.
// Public API free of LibTorch types; runs on the caller's (worker) thread.
#pragma once

#include "train/dpo_config.h"
#include "util/result.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace ps::model {
class Lfm2Model;
}

namespace ps::train {

struct DpoExample;  // train/dpo_batch.h (LibTorch); forward-declared so this header stays LibTorch-free

struct MetricRow {
    int64_t step = 0;
    QString split;                    // "train" or "eval"
    std::map<QString, double> values;  // TRL names: loss, rewards/chosen, ..., grad_norm, learning_rate
};

struct TrainProgress {
    QString phase;          // "reference", "train", "eval", "checkpoint", "export"
    int64_t done = 0;       // items of the phase (pairs, or optimizer steps for "train")
    int64_t total = 0;
    double epoch = 0;
    double tokensPerSecond = 0;
    double etaSeconds = -1;
    int64_t rssBytes = 0;
    int64_t peakRssBytes = 0;
};

struct TrainCallbacks {
    std::function<void(const TrainProgress&)> progress;
    std::function<void(const MetricRow&)> metrics;
    std::function<void(const QString&)> log;
    const std::atomic<bool>* cancel = nullptr;
};

struct TrainResult {
    bool cancelled = false;
    int64_t steps = 0;        // optimizer steps completed
    int64_t totalSteps = 0;
    int64_t resumedFrom = 0;  // step the run resumed at (0: fresh)
    QString checkpointDir;    // last checkpoint written
    QString modelDir;         // merged Hugging Face folder (when finished)
    QString adapterDir;       // PEFT folder (LoRA runs, when finished)
    std::vector<MetricRow> history;
    int64_t trainPairs = 0, evalPairs = 0;
};

class Communicator;  // train/distributed.h

class DpoTrainer {
public:
    // `baseModelDir` is copied into exports' metadata (and tokenizer files are
    // copied from it); `runDir` holds the reference cache, checkpoints and exports.
    DpoTrainer(std::shared_ptr<model::Lfm2Model> base, DpoConfig config, QString baseModelDir, QString runDir);
    ~DpoTrainer();

    // Data-parallel: this process is one rank of `comm` (nullptr or world size 1:
    // a single process). Every rank calls train() with the same pairs and
    // settings; rank 0 alone writes the run folder and reports metrics.
    void setCommunicator(std::shared_ptr<Communicator> comm);

    Result<TrainResult> train(const std::vector<DpoExample>& pairs, const TrainCallbacks& callbacks = {});

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Resident set size of this process now and at its peak (bytes), from /proc.
std::pair<int64_t, int64_t> processMemory();

// Sends one progress report (with the process's memory) to callbacks.progress, if set.
void reportProgress(const TrainCallbacks& callbacks, const QString& phase, int64_t done, int64_t total, double epoch = 0,
                    double tokensPerSecond = 0, double etaSeconds = -1);

}  // namespace ps::train
