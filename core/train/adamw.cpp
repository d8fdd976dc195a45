#include "train/adamw.h"

#include <ATen/core/grad_mode.h>
#include <QCoreApplication>
#include <cmath>

namespace ps::train {

AdamW::AdamW(std::vector<TrainableParam> params, double beta1, double beta2, double eps, double weightDecay)
    : params_(std::move(params)), beta1_(beta1), beta2_(beta2), eps_(eps), weightDecay_(weightDecay) {
    for (const TrainableParam& p : params_) {
        expAvg_.push_back(at::zeros_like(p.tensor, at::kFloat));
        expAvgSq_.push_back(at::zeros_like(p.tensor, at::kFloat));
    }
}

double AdamW::clipGradNorm(double maxNorm) {
    at::NoGradGuard g;
    // Summed on the parameters' device, read back once (one sync on a GPU).
    std::vector<at::Tensor> squares;
    for (const TrainableParam& p : params_)
        if (p.tensor.grad().defined()) squares.push_back(p.tensor.grad().to(at::kDouble).pow(2).sum());
    const double norm = squares.empty() ? 0.0 : std::sqrt(at::stack(squares).sum().item<double>());
    if (maxNorm > 0 && norm > maxNorm) {
        const double coef = maxNorm / (norm + 1e-6);  // torch.nn.utils.clip_grad_norm_
        for (const TrainableParam& p : params_)
            if (p.tensor.grad().defined()) p.tensor.mutable_grad().mul_(coef);
    }
    return norm;
}

void AdamW::step(double lr) {
    at::NoGradGuard g;
    ++steps_;
    const double bc1 = 1 - std::pow(beta1_, static_cast<double>(steps_));
    const double bc2Sqrt = std::sqrt(1 - std::pow(beta2_, static_cast<double>(steps_)));
    for (size_t i = 0; i < params_.size(); ++i) {
        at::Tensor& p = params_[i].tensor;
        if (!p.grad().defined()) continue;
        const at::Tensor grad = p.grad().to(at::kFloat);
        if (params_[i].decay && weightDecay_ > 0) p.mul_(1 - lr * weightDecay_);
        expAvg_[i].mul_(beta1_).add_(grad, 1 - beta1_);
        expAvgSq_[i].mul_(beta2_).addcmul_(grad, grad, 1 - beta2_);
        const at::Tensor denom = (expAvgSq_[i].sqrt() / bc2Sqrt).add_(eps_);
        p.addcdiv_(expAvg_[i], denom, -lr / bc1);
    }
}

void AdamW::zeroGrad() {
    for (TrainableParam& p : params_)
        if (p.tensor.grad().defined()) p.tensor.mutable_grad() = at::Tensor();
}

std::map<QString, at::Tensor> AdamW::state() const {
    std::map<QString, at::Tensor> s;
    for (size_t i = 0; i < params_.size(); ++i) {
        s[params_[i].name + QStringLiteral(".exp_avg")] = expAvg_[i];
        s[params_[i].name + QStringLiteral(".exp_avg_sq")] = expAvgSq_[i];
    }
    return s;
}

Status AdamW::loadState(const std::map<QString, at::Tensor>& state, int64_t steps) {
    at::NoGradGuard g;
    for (size_t i = 0; i < params_.size(); ++i) {
        for (auto [suffix, target] : {std::pair<const char*, at::Tensor*>{".exp_avg", &expAvg_[i]}, {".exp_avg_sq", &expAvgSq_[i]}}) {
            auto it = state.find(params_[i].name + QLatin1String(suffix));
            if (it == state.end() || it->second.sizes() != target->sizes())
                return makeError(QCoreApplication::translate("ps::train::AdamW", "optimizer state for '%1' is missing or has the wrong shape")
                                     .arg(params_[i].name));
            target->copy_(it->second);
        }
    }
    steps_ = steps;
    return {};
}

int64_t warmupStepsFor(const DpoConfig& c, int64_t total) {
    return c.warmupSteps > 0 ? c.warmupSteps : static_cast<int64_t>(std::ceil(c.warmupRatio * static_cast<double>(total)));
}

double scheduledLearningRate(const DpoConfig& c, int64_t step, int64_t total) {
    const int64_t warmup = warmupStepsFor(c, total);
    if (step < warmup) return c.learningRate * static_cast<double>(step) / static_cast<double>(std::max<int64_t>(1, warmup));
    if (c.scheduler == QLatin1String("constant")) return c.learningRate;
    const double progress = static_cast<double>(step - warmup) / static_cast<double>(std::max<int64_t>(1, total - warmup));
    if (c.scheduler == QLatin1String("cosine")) return c.learningRate * std::max(0.0, 0.5 * (1.0 + std::cos(M_PI * progress)));
    return c.learningRate * std::max(0.0, static_cast<double>(total - step) / static_cast<double>(std::max<int64_t>(1, total - warmup)));
}

}  // namespace ps::train
