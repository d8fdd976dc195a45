// adamw.h — AdamW (decoupled weight decay, as torch.optim.AdamW), global
// gradient-norm clipping and the learning-rate schedules of transformers
// (linear or cosine decay after linear warmup). Parameters are fp32 tensors
// that own their .grad(). Internal to core (LibTorch).
#pragma once

#include "train/dpo_config.h"

#include <ATen/ATen.h>
#include <QString>
#include <map>
#include <vector>

namespace ps::train {

struct TrainableParam {
    QString name;
    at::Tensor tensor;  // fp32, requires_grad
    bool decay = true;  // false for norms (and biases)
};

class AdamW {
public:
    AdamW(std::vector<TrainableParam> params, double beta1, double beta2, double eps, double weightDecay);

    // Scales all gradients so their global L2 norm is at most maxNorm (0: no
    // clipping); returns the norm before clipping.
    double clipGradNorm(double maxNorm);
    void step(double lr);
    void zeroGrad();

    int64_t steps() const { return steps_; }
    const std::vector<TrainableParam>& params() const { return params_; }
    // Optimizer state as named tensors ("<param>.exp_avg", "<param>.exp_avg_sq") for checkpoints.
    std::map<QString, at::Tensor> state() const;
    Status loadState(const std::map<QString, at::Tensor>& state, int64_t steps);

private:
    std::vector<TrainableParam> params_;
    std::vector<at::Tensor> expAvg_, expAvgSq_;
    double beta1_, beta2_, eps_, weightDecay_;
    int64_t steps_ = 0;
};

// Learning rate at optimizer step `step` (0-based) of `total`, transformers'
// get_{linear,cosine,constant}_schedule_with_warmup.
double scheduledLearningRate(const DpoConfig& config, int64_t step, int64_t total);
int64_t warmupStepsFor(const DpoConfig& config, int64_t total);

}  // namespace ps::train
