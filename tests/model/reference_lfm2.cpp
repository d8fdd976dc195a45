// reference_lfm2.cpp — see reference_lfm2.h. Activations are (T, D) double
// tensors read and written element by element through accessors.
#include "model/reference_lfm2.h"

#include <ATen/core/grad_mode.h>
#include <cmath>
#include <stdexcept>

namespace ps::test {

namespace {

const at::Tensor& need(const WeightMap& w, const QString& name) {
    auto it = w.find(name);
    if (it == w.end()) throw std::runtime_error("reference: missing weight " + name.toStdString());
    return it->second;
}

QString layerKey(int i, const char* rest) { return QStringLiteral("model.layers.%1.%2").arg(i).arg(QLatin1String(rest)); }

std::vector<double> toVector(const at::Tensor& t) {
    const at::Tensor d = t.detach().to(at::kDouble).contiguous().view({-1});
    return std::vector<double>(d.data_ptr<double>(), d.data_ptr<double>() + d.numel());
}

// x (T, in) double, W (out, in) any dtype -> x W^T (T, out) double.
at::Tensor proj(const at::Tensor& x, const at::Tensor& W) {
    return at::matmul(x, W.detach().to(at::kDouble).t()).contiguous();
}

// Row-wise RMSNorm of x (T, D) with weight (D).
at::Tensor rmsNormRows(const at::Tensor& x, const at::Tensor& weight, double eps) {
    const int64_t T = x.size(0), D = x.size(1);
    const std::vector<double> w = toVector(weight);
    at::Tensor y = at::empty({T, D}, at::kDouble);
    auto xa = x.accessor<double, 2>();
    auto ya = y.accessor<double, 2>();
    for (int64_t t = 0; t < T; ++t) {
        double ss = 0;
        for (int64_t d = 0; d < D; ++d) ss += xa[t][d] * xa[t][d];
        const double r = 1.0 / std::sqrt(ss / static_cast<double>(D) + eps);
        for (int64_t d = 0; d < D; ++d) ya[t][d] = w[static_cast<size_t>(d)] * xa[t][d] * r;
    }
    return y;
}

// ShortConv on x (T, H): in_proj -> B, C, x' (channel blocks in that order);
// Bx = B * x'; conv[t][h] = sum_k w[h][k] * Bx[t - (L-1) + k] with zeros
// before t = 0; y = C * conv; out_proj.
at::Tensor shortConv(const at::Tensor& x, const WeightMap& w, int i) {
    const at::Tensor bcx = proj(x, need(w, layerKey(i, "conv.in_proj.weight")));  // (T, 3H)
    const at::Tensor convW = need(w, layerKey(i, "conv.conv.weight")).detach().to(at::kDouble).contiguous();  // (H,1,L)
    const int64_t T = x.size(0), H = x.size(1), L = convW.size(2);
    auto in = bcx.accessor<double, 2>();
    auto cw = convW.accessor<double, 3>();
    std::vector<std::vector<double>> bx(static_cast<size_t>(T), std::vector<double>(static_cast<size_t>(H)));
    for (int64_t t = 0; t < T; ++t)
        for (int64_t h = 0; h < H; ++h) bx[t][h] = in[t][h] * in[t][2 * H + h];
    at::Tensor y = at::empty({T, H}, at::kDouble);
    auto ya = y.accessor<double, 2>();
    for (int64_t t = 0; t < T; ++t) {
        for (int64_t h = 0; h < H; ++h) {
            double acc = 0;
            for (int64_t k = 0; k < L; ++k) {
                const int64_t src = t - (L - 1) + k;
                if (src >= 0) acc += cw[h][0][k] * bx[src][h];
            }
            ya[t][h] = in[t][H + h] * acc;
        }
    }
    return proj(y, need(w, layerKey(i, "conv.out_proj.weight")));
}

// Grouped-query attention on x (T, H), written head by head.
at::Tensor attention(const at::Tensor& x, const WeightMap& w, int i, const model::Lfm2Config& c) {
    const int64_t T = x.size(0), nh = c.numAttentionHeads, nkv = c.numKeyValueHeads, hd = c.headDim;
    const at::Tensor q = proj(x, need(w, layerKey(i, "self_attn.q_proj.weight")));  // (T, nh*hd)
    const at::Tensor k = proj(x, need(w, layerKey(i, "self_attn.k_proj.weight")));  // (T, nkv*hd)
    const at::Tensor v = proj(x, need(w, layerKey(i, "self_attn.v_proj.weight")));  // (T, nkv*hd)
    const std::vector<double> qn = toVector(need(w, layerKey(i, "self_attn.q_layernorm.weight")));
    const std::vector<double> kn = toVector(need(w, layerKey(i, "self_attn.k_layernorm.weight")));
    auto qa = q.accessor<double, 2>();
    auto ka = k.accessor<double, 2>();
    auto va = v.accessor<double, 2>();
    auto headVector = [hd](const at::TensorAccessor<double, 2>& a, int64_t t, int64_t head) {
        std::vector<double> out(static_cast<size_t>(hd));
        for (int64_t d = 0; d < hd; ++d) out[static_cast<size_t>(d)] = a[t][head * hd + d];
        return out;
    };
    // Per-head RMSNorm, then RoPE at position t (one sequence: position = index).
    std::vector<std::vector<std::vector<double>>> Q(static_cast<size_t>(nh)), K(static_cast<size_t>(nkv));
    for (int64_t h = 0; h < nh; ++h)
        for (int64_t t = 0; t < T; ++t)
            Q[h].push_back(referenceRope(referenceRmsNorm(headVector(qa, t, h), qn, c.normEps), t, c.ropeTheta));
    for (int64_t h = 0; h < nkv; ++h)
        for (int64_t t = 0; t < T; ++t)
            K[h].push_back(referenceRope(referenceRmsNorm(headVector(ka, t, h), kn, c.normEps), t, c.ropeTheta));

    const double scale = 1.0 / std::sqrt(static_cast<double>(hd));
    const int64_t group = nh / nkv;
    at::Tensor out = at::zeros({T, nh * hd}, at::kDouble);
    auto oa = out.accessor<double, 2>();
    for (int64_t h = 0; h < nh; ++h) {
        const int64_t g = h / group;  // key/value head shared by this query head
        for (int64_t t = 0; t < T; ++t) {
            std::vector<double> s(static_cast<size_t>(t + 1));
            double mx = -INFINITY;
            for (int64_t u = 0; u <= t; ++u) {  // causal: keys 0..t
                double dot = 0;
                for (int64_t d = 0; d < hd; ++d) dot += Q[h][t][d] * K[g][u][d];
                s[u] = dot * scale;
                mx = std::max(mx, s[u]);
            }
            double z = 0;
            for (double& e : s) z += (e = std::exp(e - mx));
            for (int64_t u = 0; u <= t; ++u)
                for (int64_t d = 0; d < hd; ++d) oa[t][h * hd + d] += s[u] / z * va[u][g * hd + d];
        }
    }
    return proj(out, need(w, layerKey(i, "self_attn.out_proj.weight")));
}

// w2(silu(w1 x) * w3 x) on x (T, H).
at::Tensor feedForward(const at::Tensor& x, const WeightMap& w, int i) {
    const at::Tensor a = proj(x, need(w, layerKey(i, "feed_forward.w1.weight")));
    const at::Tensor b = proj(x, need(w, layerKey(i, "feed_forward.w3.weight")));
    at::Tensor g = at::empty_like(a);
    auto aa = a.accessor<double, 2>();
    auto ba = b.accessor<double, 2>();
    auto ga = g.accessor<double, 2>();
    for (int64_t t = 0; t < a.size(0); ++t)
        for (int64_t f = 0; f < a.size(1); ++f) ga[t][f] = aa[t][f] / (1.0 + std::exp(-aa[t][f])) * ba[t][f];
    return proj(g, need(w, layerKey(i, "feed_forward.w2.weight")));
}

}  // namespace

std::vector<double> referenceRmsNorm(const std::vector<double>& x, const std::vector<double>& w, double eps) {
    double ss = 0;
    for (double v : x) ss += v * v;
    const double r = 1.0 / std::sqrt(ss / static_cast<double>(x.size()) + eps);
    std::vector<double> y(x.size());
    for (size_t d = 0; d < x.size(); ++d) y[d] = w[d] * x[d] * r;
    return y;
}

std::vector<double> referenceRope(const std::vector<double>& x, int64_t position, double theta) {
    const size_t hd = x.size(), half = hd / 2;
    std::vector<double> y(hd);
    for (size_t i = 0; i < half; ++i) {
        const double invFreq = std::pow(theta, -2.0 * static_cast<double>(i) / static_cast<double>(hd));
        const double angle = static_cast<double>(position) * invFreq;
        const double c = std::cos(angle), s = std::sin(angle);
        // rotate_half(x) = (-x[half:], x[:half]); both halves use frequency i.
        y[i] = x[i] * c - x[i + half] * s;
        y[i + half] = x[i + half] * c + x[i] * s;
    }
    return y;
}

at::Tensor referenceLogits(const WeightMap& w, const model::Lfm2Config& c, const std::vector<int64_t>& ids) {
    at::NoGradGuard noGrad;
    const at::Tensor embed = need(w, QStringLiteral("model.embed_tokens.weight"));
    const int64_t T = static_cast<int64_t>(ids.size()), H = embed.size(1);
    at::Tensor h = at::empty({T, H}, at::kDouble);
    for (int64_t t = 0; t < T; ++t) h[t] = embed[ids[static_cast<size_t>(t)]].to(at::kDouble);
    for (int i = 0; i < static_cast<int>(c.numHiddenLayers); ++i) {
        const at::Tensor normed = rmsNormRows(h, need(w, layerKey(i, "operator_norm.weight")), c.normEps);
        h = h + (c.isAttention(i) ? attention(normed, w, i, c) : shortConv(normed, w, i));
        h = h + feedForward(rmsNormRows(h, need(w, layerKey(i, "ffn_norm.weight")), c.normEps), w, i);
    }
    h = rmsNormRows(h, need(w, QStringLiteral("model.embedding_norm.weight")), c.normEps);
    const at::Tensor& head = c.tieEmbedding ? embed : need(w, QStringLiteral("lm_head.weight"));
    return proj(h, head);
}

}  // namespace ps::test
