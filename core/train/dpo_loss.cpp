#include "train/dpo_loss.h"

namespace ps::train {

DpoLossOutput dpoLoss(const DpoConfig& c, const PairLogps& policy, const PairLogps& reference) {
    const bool average = lossUsesAverageLogps(c.loss);
    auto scaled = [average](const at::Tensor& logps, const at::Tensor& tokens) { return average ? logps / tokens : logps; };
    const at::Tensor pc = scaled(policy.chosen, policy.chosenTokens);
    const at::Tensor pr = scaled(policy.rejected, policy.rejectedTokens);
    const double beta = c.beta, eps = c.labelSmoothing;

    DpoLossOutput out;
    if (c.loss == DpoLoss::Simpo) {
        const at::Tensor margin = pc - pr;
        out.losses = -at::log_sigmoid(beta * margin - c.simpoGamma);
        out.chosenRewards = (beta * pc).detach();
        out.rejectedRewards = (beta * pr).detach();
        return out;
    }
    const at::Tensor rc = scaled(reference.chosen, reference.chosenTokens);
    const at::Tensor rr = scaled(reference.rejected, reference.rejectedTokens);
    const at::Tensor logits = (pc - pr) - (rc - rr);
    switch (c.loss) {
        case DpoLoss::Sigmoid:
        case DpoLoss::SigmoidNorm:
            out.losses = -at::log_sigmoid(beta * logits) * (1 - eps) - at::log_sigmoid(-beta * logits) * eps;
            break;
        case DpoLoss::Robust:
            out.losses = (-at::log_sigmoid(beta * logits) * (1 - eps) + at::log_sigmoid(-beta * logits) * eps) / (1 - 2 * eps);
            break;
        case DpoLoss::Hinge:
            out.losses = at::relu(1 - beta * logits);
            break;
        case DpoLoss::Ipo:
            out.losses = (logits - 1 / (2 * beta)).pow(2);
            break;
        case DpoLoss::Simpo:
            break;
    }
    out.chosenRewards = (beta * (pc - rc)).detach();
    out.rejectedRewards = (beta * (pr - rr)).detach();
    return out;
}

}  // namespace ps::train
