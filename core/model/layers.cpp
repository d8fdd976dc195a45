#include "model/layers.h"

#include "model/kernels/bf16_gemv.h"

#include <ATen/core/grad_mode.h>
#include <ATen/autocast_mode.h>

namespace ps::model {

at::Tensor rmsNorm(const at::Tensor& x, const at::Tensor& weight, double eps) {
    // At least fp32: bf16/fp16 are upcast, fp64 (gradient checks) stays fp64.
    const at::Tensor xf = x.scalar_type() == at::kDouble ? x : x.to(at::kFloat);
    const at::Tensor norm = xf * at::rsqrt(xf.pow(2).mean(-1, /*keepdim=*/true) + eps);
    return weight * norm.to(x.scalar_type());
}

at::Tensor linear(const at::Tensor& x, const Linear& l, bool training) {
    at::Tensor y;
    const bool inference = !at::GradMode::is_enabled();
    if (inference && kernels::bf16FewRowsApplicable(x, l.weight)) {
        y = kernels::bf16FewRowsLinear(x, l.weight);
    } else if (inference && x.scalar_type() == at::kFloat && l.weight.scalar_type() == at::kFloat && x.numel() == x.size(-1)) {
        // One fp32 row: BLAS gemv streams W at ~2.5x the speed of a 1-row gemm (decode).
        std::vector<int64_t> shape(x.sizes().begin(), x.sizes().end());
        shape.back() = l.weight.size(0);
        y = at::mv(l.weight, x.reshape({-1})).view(shape);
    } else {
        y = at::linear(x, l.weight);
    }
    if (l.lora_A.defined()) {
        at::Tensor xin = x;
        if (training && l.loraDropout > 0) xin = at::dropout(xin, l.loraDropout, /*train=*/true);
        y = y + at::linear(at::linear(xin.to(l.lora_A.scalar_type()), l.lora_A), l.lora_B).to(y.scalar_type()) * l.loraScale;
    }
    return y;
}

at::Tensor feedForward(const at::Tensor& x, const Lfm2Layer& layer, bool training) {
    return linear(at::silu(linear(x, layer.w1, training)) * linear(x, layer.w3, training), layer.w2, training);
}

std::pair<at::Tensor, at::Tensor> ropeTables(const at::Tensor& positions, int64_t headDim, double theta, at::ScalarType dtype) {
    const auto f32 = at::TensorOptions().dtype(at::kFloat);
    // inv_freq (hd/2) exactly as transformers: 1 / theta^(arange(0, d, 2) / d) in fp32.
    const at::Tensor invFreq = 1.0 / at::pow(theta, at::arange(0, headDim, 2, positions.options().dtype(at::kLong)).to(at::kFloat) / static_cast<double>(headDim));
    const at::Tensor freqs = positions.to(at::kFloat).unsqueeze(-1) * invFreq.to(f32.dtype());  // (B,T,hd/2)
    const at::Tensor emb = at::cat({freqs, freqs}, -1).unsqueeze(1);                              // (B,1,T,hd)
    return {emb.cos().to(dtype), emb.sin().to(dtype)};
}

at::Tensor applyRope(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin) {
    const int64_t half = x.size(-1) / 2;
    const at::Tensor rotated = at::cat({-x.narrow(-1, half, half), x.narrow(-1, 0, half)}, -1);
    return x * cos + rotated * sin;
}

at::Tensor groupedAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, const at::Tensor& bias) {
    const int64_t B = q.size(0), nh = q.size(1), T = q.size(2), hd = q.size(3);
    const int64_t nkv = k.size(1), S = k.size(2), rep = nh / nkv;
    const double scale = 1.0 / std::sqrt(static_cast<double>(hd));
    // Query heads of one group share their key/value head: fold them into rows.
    const at::Tensor qg = q.reshape({B, nkv, rep * T, hd});
    at::Tensor scores = at::matmul(qg, k.transpose(-1, -2)) * scale;  // (B,nkv,rep*T,S)
    if (bias.defined()) scores = scores.view({B, nkv, rep, T, S}) + bias.view({B, 1, 1, T, S});
    const at::Tensor probs = at::softmax(scores, -1, scores.scalar_type() == at::kDouble ? at::kDouble : at::kFloat).to(v.scalar_type()).reshape({B, nkv, rep * T, S});
    const at::Tensor out = at::matmul(probs, v);  // (B,nkv,rep*T,hd)
    return out.view({B, nh, T, hd}).transpose(1, 2).reshape({B, T, nh * hd});
}

at::Tensor causalDepthwiseConv(const at::Tensor& seq, const at::Tensor& weight) {
    const int64_t L = weight.size(-1);
    const int64_t T = seq.size(1) - (L - 1);
    const at::Tensor w = weight.select(1, 0);  // (H, L)
    at::Tensor out = seq.narrow(1, 0, T) * w.select(1, 0);
    for (int64_t k = 1; k < L; ++k) out = out + seq.narrow(1, k, T) * w.select(1, k);
    return out;
}

}  // namespace ps::model
