#include "model/weights.h"

#include "model/tensor_bridge.h"

#include <ATen/core/grad_mode.h>
#include <ATen/core/Generator.h>
#include <ATen/CPUGeneratorImpl.h>
#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace ps::model {

namespace {
QString layerKey(int i, const char* rest) { return QStringLiteral("model.layers.%1.%2").arg(i).arg(QLatin1String(rest)); }
}  // namespace

void Lfm2Weights::forEach(const std::function<void(const QString&, at::Tensor&)>& fn) {
    fn(QStringLiteral("model.embed_tokens.weight"), embed_tokens);
    fn(QStringLiteral("model.embedding_norm.weight"), embedding_norm);
    for (int i = 0; i < static_cast<int>(layers.size()); ++i) {
        Lfm2Layer& l = layers[static_cast<size_t>(i)];
        fn(layerKey(i, "operator_norm.weight"), l.operator_norm);
        fn(layerKey(i, "ffn_norm.weight"), l.ffn_norm);
        if (l.kind == LayerKind::Conv) {
            fn(layerKey(i, "conv.in_proj.weight"), l.in_proj.weight);
            fn(layerKey(i, "conv.conv.weight"), l.conv);
            fn(layerKey(i, "conv.out_proj.weight"), l.conv_out_proj.weight);
        } else {
            fn(layerKey(i, "self_attn.q_proj.weight"), l.q_proj.weight);
            fn(layerKey(i, "self_attn.k_proj.weight"), l.k_proj.weight);
            fn(layerKey(i, "self_attn.v_proj.weight"), l.v_proj.weight);
            fn(layerKey(i, "self_attn.out_proj.weight"), l.out_proj.weight);
            fn(layerKey(i, "self_attn.q_layernorm.weight"), l.q_layernorm);
            fn(layerKey(i, "self_attn.k_layernorm.weight"), l.k_layernorm);
        }
        fn(layerKey(i, "feed_forward.w1.weight"), l.w1.weight);
        fn(layerKey(i, "feed_forward.w2.weight"), l.w2.weight);
        fn(layerKey(i, "feed_forward.w3.weight"), l.w3.weight);
    }
    if (lm_head.defined()) fn(QStringLiteral("lm_head.weight"), lm_head);
}

void Lfm2Weights::forEachLinear(const std::function<void(const QString&, Linear&)>& fn) {
    for (int i = 0; i < static_cast<int>(layers.size()); ++i) {
        Lfm2Layer& l = layers[static_cast<size_t>(i)];
        const QString prefix = QStringLiteral("model.layers.%1.").arg(i);
        if (l.kind == LayerKind::Conv) {
            fn(prefix + QLatin1String("conv.in_proj"), l.in_proj);
            fn(prefix + QLatin1String("conv.out_proj"), l.conv_out_proj);
        } else {
            fn(prefix + QLatin1String("self_attn.q_proj"), l.q_proj);
            fn(prefix + QLatin1String("self_attn.k_proj"), l.k_proj);
            fn(prefix + QLatin1String("self_attn.v_proj"), l.v_proj);
            fn(prefix + QLatin1String("self_attn.out_proj"), l.out_proj);
        }
        fn(prefix + QLatin1String("feed_forward.w1"), l.w1);
        fn(prefix + QLatin1String("feed_forward.w2"), l.w2);
        fn(prefix + QLatin1String("feed_forward.w3"), l.w3);
    }
}

std::vector<TensorSpec> expectedTensors(const Lfm2Config& c) {
    const int64_t H = c.hiddenSize, F = c.ffDim(), hd = c.headDim;
    const int64_t q = c.numAttentionHeads * hd, kv = c.numKeyValueHeads * hd;
    std::vector<TensorSpec> s;
    s.push_back({QStringLiteral("model.embed_tokens.weight"), {c.vocabSize, H}});
    s.push_back({QStringLiteral("model.embedding_norm.weight"), {H}});
    for (int i = 0; i < c.numHiddenLayers; ++i) {
        s.push_back({layerKey(i, "operator_norm.weight"), {H}});
        s.push_back({layerKey(i, "ffn_norm.weight"), {H}});
        if (!c.isAttention(i)) {
            s.push_back({layerKey(i, "conv.in_proj.weight"), {3 * H, H}});
            s.push_back({layerKey(i, "conv.conv.weight"), {H, 1, c.convLCache}});
            s.push_back({layerKey(i, "conv.out_proj.weight"), {H, H}});
        } else {
            s.push_back({layerKey(i, "self_attn.q_proj.weight"), {q, H}});
            s.push_back({layerKey(i, "self_attn.k_proj.weight"), {kv, H}});
            s.push_back({layerKey(i, "self_attn.v_proj.weight"), {kv, H}});
            s.push_back({layerKey(i, "self_attn.out_proj.weight"), {H, q}});
            s.push_back({layerKey(i, "self_attn.q_layernorm.weight"), {hd}});
            s.push_back({layerKey(i, "self_attn.k_layernorm.weight"), {hd}});
        }
        s.push_back({layerKey(i, "feed_forward.w1.weight"), {F, H}});
        s.push_back({layerKey(i, "feed_forward.w2.weight"), {H, F}});
        s.push_back({layerKey(i, "feed_forward.w3.weight"), {F, H}});
    }
    if (!c.tieEmbedding) s.push_back({QStringLiteral("lm_head.weight"), {c.vocabSize, H}});
    return s;
}

namespace {
Lfm2Weights emptyWeights(const Lfm2Config& c) {
    Lfm2Weights w;
    w.layers.resize(static_cast<size_t>(c.numHiddenLayers));
    for (int i = 0; i < c.numHiddenLayers; ++i) w.layers[static_cast<size_t>(i)].kind = c.layerKinds[static_cast<size_t>(i)];
    if (!c.tieEmbedding) w.lm_head = at::empty({0});  // placeholder so forEach visits it
    return w;
}

QString shapeText(at::IntArrayRef s) {
    QStringList parts;
    for (int64_t d : s) parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}
}  // namespace

Result<Lfm2Weights> loadWeights(const io::Checkpoint& ckpt, const Lfm2Config& config, at::ScalarType dtype) {
    const std::vector<TensorSpec> specs = expectedTensors(config);
    QSet<QString> expected;
    for (const TensorSpec& s : specs) {
        expected.insert(s.name);
        const io::Checkpoint::Entry* e = ckpt.find(s.name);
        if (!e) return makeError(QCoreApplication::translate("ps::model::Weights", "missing tensor '%1'").arg(s.name));
        if (e->info->shape != s.shape)
            return makeError(QCoreApplication::translate("ps::model::Weights", "tensor '%1' has shape %2 but the config needs %3")
                                 .arg(s.name, shapeText(e->info->shape), shapeText(s.shape)));
    }
    for (const QString& name : ckpt.names()) {
        // Tied checkpoints sometimes also store lm_head.weight; transformers ignores it.
        if (!expected.contains(name) && !(config.tieEmbedding && name == QLatin1String("lm_head.weight")))
            return makeError(QCoreApplication::translate("ps::model::Weights", "unexpected tensor '%1' (not part of this LFM2 config)").arg(name));
    }
    Lfm2Weights w = emptyWeights(config);
    Status status;
    w.forEach([&](const QString& name, at::Tensor& t) {
        if (!status.ok()) return;
        auto r = tensorFromEntry(*ckpt.find(name));
        if (!r) {
            status = r.error();
            return;
        }
        t = r.value().scalar_type() == dtype ? r.value() : r.value().to(dtype);
        if (!t.is_floating_point()) status = makeError(QCoreApplication::translate("ps::model::Weights", "tensor '%1' is not a floating-point tensor").arg(name));
    });
    if (!status.ok()) return status.error();
    return w;
}

Lfm2Weights randomWeights(const Lfm2Config& c, at::ScalarType dtype, uint64_t seed) {
    at::NoGradGuard noGrad;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    const std::vector<TensorSpec> specs = expectedTensors(c);
    Lfm2Weights w = emptyWeights(c);
    size_t i = 0;
    w.forEach([&](const QString& name, at::Tensor& t) {
        const TensorSpec& s = specs[i++];
        Q_ASSERT(s.name == name);
        at::Tensor x = at::empty(s.shape, at::kFloat);
        if (name.endsWith(QLatin1String("norm.weight")) || name.endsWith(QLatin1String("layernorm.weight"))) {
            // Norm weights near one (not exactly one, so tests see them act).
            x.normal_(1.0, 0.1, gen);
        } else if (name.endsWith(QLatin1String("conv.conv.weight"))) {
            const double bound = 1.0 / std::sqrt(static_cast<double>(c.convLCache));
            x.uniform_(-bound, bound, gen);
        } else {
            x.normal_(0.0, 0.02, gen);
        }
        t = x.to(dtype);
    });
    return w;
}

}  // namespace ps::model
