#include "train/completion_logps.h"

#include "model/lfm2.h"

namespace ps::train {

CompletionScores scoreCompletions(const model::Lfm2Model& model, const DpoBatch& b) {
    const int64_t Tp = b.promptIds.size(1), Tc = b.completionIds.size(1);
    const int64_t B2 = b.completionIds.size(0);
    const int64_t per = B2 / b.promptIds.size(0);  // completions per prompt: 2 for DPO, 1 for SFT
    // Prompt once (B, Tp); its last position predicts the first completion token.
    model::Lfm2Cache cache = model.makeCache(b.promptIds.size(0), Tp + Tc);
    const at::Tensor hp = model.forwardHidden(b.promptIds, b.promptMask, &cache);  // (B,Tp,H)
    at::Tensor last = hp.select(1, Tp - 1);                                      // (B,H)
    if (per > 1) {
        cache.repeatInterleave(per);
        last = last.repeat_interleave(per, 0);                                   // (per*B,H)
    }
    const at::Tensor hc = model.forwardHidden(b.completionIds, b.completionMask, &cache);  // (per*B,Tc,H)
    // Hidden state that predicts completion token t: prompt end for t = 0, else completion t-1.
    const at::Tensor pred = Tc > 1 ? at::cat({last.unsqueeze(1), hc.narrow(1, 0, Tc - 1)}, 1) : last.unsqueeze(1);
    const int64_t H = pred.size(-1);
    const at::Tensor flatMask = b.completionMask.reshape({-1});
    const at::Tensor rows = flatMask.nonzero().squeeze(1);                       // (N)
    const at::Tensor seq = at::div(rows, Tc, "floor");                           // (N) sequence of each row
    const at::Tensor targets = b.completionIds.reshape({-1}).index_select(0, rows);
    const at::Tensor logits = model.logits(pred.reshape({-1, H}).index_select(0, rows)).to(at::kFloat);  // (N,V)
    const at::Tensor tokenLogps = logits.gather(1, targets.unsqueeze(1)).squeeze(1) - at::logsumexp(logits, -1);

    CompletionScores s;
    s.logps = at::zeros({B2}, tokenLogps.options()).index_add(0, seq, tokenLogps);
    s.tokens = b.completionMask.sum(1).to(at::kFloat);
    s.logitMeans = at::zeros({B2}, at::kFloat).index_add(0, seq, logits.detach().mean(-1)) / s.tokens.clamp_min(1);
    return s;
}

}  // namespace ps::train
