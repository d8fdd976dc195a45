#include "train/completion_logps.h"

#include "model/lfm2.h"
#include "train/head_logps.h"
#include "train/layer_checkpoint.h"
#include <ATen/core/grad_mode.h>

namespace ps::train {

CompletionScores scoreCompletions(const model::Lfm2Model& model, const DpoBatch& batch, const ScoreOptions& options) {
    const DpoBatch b = batch.to(model.device());  // collation builds batches on the host
    const int64_t Tp = b.promptIds.size(1), Tc = b.completionIds.size(1);
    const int64_t B2 = b.completionIds.size(0);
    const SharedPrefixSteps steps = prepareSharedPrefix(model, b.promptIds, b.promptMask, b.completionIds, b.completionMask);
    at::Tensor hp = model.embed(b.promptIds);      // (B,Tp,H)
    at::Tensor hc = model.embed(b.completionIds);  // (2B,Tc,H)
    const bool checkpoint = options.checkpointLayers && at::GradMode::is_enabled();
    for (int i = 0; i < model.config().numHiddenLayers; ++i)
        std::tie(hp, hc) = checkpoint ? checkpointedLayerOverSharedPrefix(model, i, hp, hc, steps) : layerOverSharedPrefix(model, i, hp, hc, steps);

    // Hidden state that predicts completion token t: prompt end for t = 0, else completion t-1.
    const at::Tensor last = hp.select(1, Tp - 1).repeat_interleave(steps.perPrompt, 0);  // (per*B,H)
    const at::Tensor pred = Tc > 1 ? at::cat({last.unsqueeze(1), hc.narrow(1, 0, Tc - 1)}, 1) : last.unsqueeze(1);
    const int64_t H = pred.size(-1);
    const at::Tensor rows = b.completionMask.reshape({-1}).nonzero().squeeze(1);  // (N) real completion tokens
    const at::Tensor seq = at::div(rows, Tc, "floor");                           // (N) sequence of each row
    const at::Tensor targets = b.completionIds.reshape({-1}).index_select(0, rows);
    const at::Tensor hidden = model.finalNorm(pred.reshape({-1, H}).index_select(0, rows));  // (N,H); the norm is per row
    const HeadLogps head = headLogps(hidden, model.headWeight(), targets, options.headChunkRows);

    CompletionScores s;
    s.logps = at::zeros({B2}, head.tokenLogps.options()).index_add(0, seq, head.tokenLogps);
    s.tokens = b.completionMask.sum(1).to(at::kFloat);
    s.logitMeans = at::zeros({B2}, head.logitMeans.options()).index_add(0, seq, head.logitMeans) / s.tokens.clamp_min(1);
    return s;
}

}  // namespace ps::train
