#include "train/head_logps.h"

#include "train/autocast.h"

#include <ATen/core/grad_mode.h>
#include <ATen/autocast_mode.h>
#include <torch/csrc/autograd/custom_function.h>

#include <algorithm>

namespace ps::train {

namespace {

at::Tensor chunkLogits(const at::Tensor& h, const at::Tensor& weight) { return at::linear(h, weight).to(at::kFloat); }  // (n,V)

struct ChunkedHeadLogps : torch::autograd::Function<ChunkedHeadLogps> {
    static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx, const at::Tensor& hidden,
                                                  const at::Tensor& weight, const at::Tensor& targets, int64_t chunk) {
        const int64_t N = hidden.size(0);
        const auto f32 = hidden.options().dtype(at::kFloat);
        at::Tensor logps = at::empty({N}, f32), means = at::empty({N}, f32), lse = at::empty({N}, f32);
        for (int64_t r = 0; r < N; r += chunk) {
            const int64_t n = std::min(chunk, N - r);
            const at::Tensor logits = chunkLogits(hidden.narrow(0, r, n), weight);
            const at::Tensor l = at::logsumexp(logits, -1);
            lse.narrow(0, r, n).copy_(l);
            logps.narrow(0, r, n).copy_(logits.gather(1, targets.narrow(0, r, n).unsqueeze(1)).squeeze(1) - l);
            means.narrow(0, r, n).copy_(logits.mean(-1));
        }
        ctx->save_for_backward({hidden, weight, targets, lse});
        ctx->saved_data["chunk"] = chunk;
        const AutocastState ac = AutocastState::current(hidden.device().type());
        ctx->saved_data["autocast"] = ac.enabled;
        ctx->saved_data["autocast_dtype"] = ac.dtype;
        ctx->mark_non_differentiable({means});
        return {logps, means};
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list gradOut) {
        const auto saved = ctx->get_saved_variables();
        const at::Tensor &hidden = saved[0], &weight = saved[1], &targets = saved[2], &lse = saved[3];
        const int64_t chunk = ctx->saved_data["chunk"].toInt();
        const at::Tensor g = gradOut[0].to(at::kFloat);
        const bool needHidden = hidden.requires_grad(), needWeight = weight.requires_grad();
        at::Tensor dHidden = needHidden ? at::zeros(hidden.sizes(), hidden.options().dtype(at::kFloat)) : at::Tensor();
        at::Tensor dWeight = needWeight ? at::zeros(weight.sizes(), weight.options().dtype(at::kFloat)) : at::Tensor();
        {
            AutocastReplay autocast({hidden.device().type(), ctx->saved_data["autocast"].toBool(), ctx->saved_data["autocast_dtype"].toScalarType()});
            at::NoGradGuard noGrad;
            const int64_t N = hidden.size(0);
            for (int64_t r = 0; r < N; r += chunk) {
                const int64_t n = std::min(chunk, N - r);
                const at::Tensor h = hidden.narrow(0, r, n).detach();
                const at::Tensor gc = g.narrow(0, r, n).unsqueeze(1);  // (n,1)
                // d logp / d logits = onehot(target) - softmax
                at::Tensor dLogits = (chunkLogits(h, weight.detach()) - lse.narrow(0, r, n).unsqueeze(1)).exp_().mul_(-gc);
                dLogits.scatter_add_(1, targets.narrow(0, r, n).unsqueeze(1), gc);
                if (needHidden) dHidden.narrow(0, r, n).copy_(at::matmul(dLogits, weight.detach()));   // (n,H)
                if (needWeight) dWeight.add_(at::matmul(dLogits.t(), h));                             // (V,H)
            }
        }
        return {needHidden ? dHidden.to(hidden.scalar_type()) : at::Tensor(), needWeight ? dWeight.to(weight.scalar_type()) : at::Tensor(),
                at::Tensor(), at::Tensor()};
    }
};

}  // namespace

int64_t defaultHeadChunkRows(int64_t vocabSize) { return std::max<int64_t>(64, (int64_t{32} << 20) / std::max<int64_t>(vocabSize, 1)); }

HeadLogps headLogps(const at::Tensor& hidden, const at::Tensor& weight, const at::Tensor& targets, int64_t chunkRows) {
    const int64_t N = hidden.size(0);
    if (chunkRows <= 0 || chunkRows >= N) {
        const at::Tensor logits = chunkLogits(hidden, weight);  // (N,V)
        return {logits.gather(1, targets.unsqueeze(1)).squeeze(1) - at::logsumexp(logits, -1), logits.detach().mean(-1)};
    }
    if (!at::GradMode::is_enabled()) {
        // No backward to prepare: chunks only bound the logits' memory.
        std::vector<at::Tensor> logps, means;
        for (int64_t r = 0; r < N; r += chunkRows) {
            const int64_t n = std::min(chunkRows, N - r);
            HeadLogps part = headLogps(hidden.narrow(0, r, n), weight, targets.narrow(0, r, n), 0);
            logps.push_back(std::move(part.tokenLogps));
            means.push_back(std::move(part.logitMeans));
        }
        return {at::cat(logps), at::cat(means)};
    }
    const auto r = ChunkedHeadLogps::apply(hidden, weight, targets, chunkRows);
    return {r[0], r[1]};
}

}  // namespace ps::train
