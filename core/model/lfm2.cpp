#include "model/lfm2.h"

#include "model/layers.h"
#include "model/tensor_bridge.h"
#include "util/atomic_file.h"
#include "util/compute_device.h"

#include <ATen/core/grad_mode.h>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

#include <c10/util/Exception.h>

#include <tuple>

namespace ps::model {

namespace {

// Grows a cache buffer along `dim` to hold `needed` positions (doubling).
at::Tensor grow(const at::Tensor& buf, int64_t dim, int64_t length, int64_t newCapacity) {
    std::vector<int64_t> shape(buf.sizes().begin(), buf.sizes().end());
    shape[static_cast<size_t>(dim)] = newCapacity;
    at::Tensor bigger = at::zeros(shape, buf.options());
    bigger.narrow(dim, 0, length).copy_(buf.narrow(dim, 0, length));
    return bigger;
}
}  // namespace

void Lfm2Cache::repeatInterleave(int64_t times) {
    auto rep = [times](at::Tensor& t) {
        if (t.defined()) t = t.repeat_interleave(times, 0);
    };
    for (auto& t : keys) rep(t);
    for (auto& t : values) rep(t);
    for (auto& t : conv) rep(t);
    rep(keyMask);
    rep(nextPosition);
}

void Lfm2Cache::select(const at::Tensor& rows) {
    auto sel = [&rows](at::Tensor& t) {
        if (t.defined()) t = t.index_select(0, rows);
    };
    for (auto& t : keys) sel(t);
    for (auto& t : values) sel(t);
    for (auto& t : conv) sel(t);
    sel(keyMask);
    sel(nextPosition);
}

Lfm2Model::Lfm2Model(Lfm2Config config, Lfm2Weights weights, at::ScalarType dtype)
    : config_(std::move(config)), weights_(std::move(weights)), dtype_(dtype) {}

Result<std::shared_ptr<Lfm2Model>> Lfm2Model::load(const QString& dirPath, const LoadOptions& options) {
    const QDir dir(dirPath);
    if (!dir.exists()) return makeError(QCoreApplication::translate("ps::model::Lfm2", "model folder does not exist"), dirPath);
    auto config = Lfm2Config::fromFile(dir.filePath(QStringLiteral("config.json")));
    if (!config) return config.error().within(QCoreApplication::translate("ps::model::Lfm2", "loading model configuration"));
    auto ckpt = io::Checkpoint::openFolder(dirPath);
    if (!ckpt) return ckpt.error().within(QCoreApplication::translate("ps::model::Lfm2", "loading model weights"));
    at::ScalarType dtype = options.dtype;
    if (dtype == at::ScalarType::Undefined) {
        const io::Checkpoint::Entry* e = ckpt->find(QStringLiteral("model.embed_tokens.weight"));
        const auto st = e ? toScalarType(e->info->dtype) : std::nullopt;
        dtype = (st && (*st == at::kBFloat16 || *st == at::kFloat)) ? *st : at::kFloat;
    }
    auto weights = loadWeights(ckpt.value(), config.value(), dtype);
    if (!weights) return weights.error().within(QCoreApplication::translate("ps::model::Lfm2", "loading model weights")).within(dirPath);
    auto model = std::make_shared<Lfm2Model>(std::move(config.value()), std::move(weights.value()), dtype);
    const at::Device device = options.device.value_or(computeDevice());
    if (device != model->device()) {
        try {
            model->to(device);
        } catch (const c10::Error& e) {
            return makeError(QCoreApplication::translate("ps::model::Lfm2", "cannot move the model to %1: %2")
                                 .arg(QString::fromStdString(device.str()), QString::fromStdString(e.what_without_backtrace())),
                             dirPath);
        }
    }
    return model;
}

void Lfm2Model::to(at::Device device) {
    weights_.forEach([device](const QString&, at::Tensor& t) {
        if (t.defined()) t = t.to(device);
    });
    weights_.forEachLinear([device](const QString&, Linear& l) {
        if (l.lora_A.defined()) l.lora_A = l.lora_A.to(device);
        if (l.lora_B.defined()) l.lora_B = l.lora_B.to(device);
    });
}

Lfm2Cache Lfm2Model::makeCache(int64_t batch, int64_t capacity) const {
    Lfm2Cache c;
    const int n = static_cast<int>(config_.numHiddenLayers);
    c.keys.resize(static_cast<size_t>(n));
    c.values.resize(static_cast<size_t>(n));
    c.conv.resize(static_cast<size_t>(n));
    capacity = std::max<int64_t>(capacity, 1);
    const auto opts = at::TensorOptions().dtype(dtype_).device(device());
    for (int i = 0; i < n; ++i) {
        if (config_.isAttention(i)) {
            c.keys[static_cast<size_t>(i)] = at::zeros({batch, config_.numKeyValueHeads, capacity, config_.headDim}, opts);
            c.values[static_cast<size_t>(i)] = at::zeros({batch, config_.numKeyValueHeads, capacity, config_.headDim}, opts);
        } else {
            c.conv[static_cast<size_t>(i)] = at::zeros({batch, config_.convLCache - 1, config_.hiddenSize}, opts);
        }
    }
    c.keyMask = at::zeros({batch, capacity}, opts.dtype(at::kBool));
    c.nextPosition = at::zeros({batch}, opts.dtype(at::kLong));
    c.capacity = capacity;
    return c;
}

Lfm2Model::StepInputs Lfm2Model::prepareStep(const at::Tensor& ids, const at::Tensor& maskIn, Lfm2Cache* cache) const {
    TORCH_CHECK(ids.dim() == 2, "ids must be (B, T)");
    TORCH_CHECK(ids.device() == device(), "ids are on ", ids.device(), ", the model on ", device());
    const int64_t B = ids.size(0), T = ids.size(1);
    const auto longOpts = ids.options().dtype(at::kLong);
    const auto boolOpts = ids.options().dtype(at::kBool);
    StepInputs step;
    step.mask = maskIn.defined() ? maskIn.to(at::kBool) : at::Tensor();
    const at::Tensor& mask = step.mask;
    const int64_t past = cache ? cache->length : 0;
    step.past = past;

    // Positions count real tokens only (left padding does not shift them).
    at::Tensor positions;
    const at::Tensor start = cache ? cache->nextPosition.unsqueeze(1) : at::zeros({B, 1}, longOpts);
    if (mask.defined())
        positions = (start + mask.to(at::kLong).cumsum(1) - 1).clamp_min(0);
    else
        positions = start + at::arange(T, longOpts).unsqueeze(0);

    if (cache) {
        TORCH_CHECK(cache->batch() == B, "cache batch ", cache->batch(), " != ids batch ", B);
        if (past + T > cache->capacity) {  // key/value buffers grow lazily in attention()
            const int64_t cap = std::max(past + T, 2 * cache->capacity);
            cache->keyMask = grow(cache->keyMask, 1, past, cap);
            cache->capacity = cap;
        }
        cache->keyMask.narrow(1, past, T).copy_(mask.defined() ? mask : at::ones({B, T}, boolOpts));
        cache->nextPosition = positions.select(1, T - 1) + 1;
    }

    // Additive attention bias (B,1,T,S): causal + key padding. Omitted when
    // nothing is masked (single-token decode without padding).
    const int64_t S = past + T;
    const bool anyPadding = cache ? !cache->keyMask.narrow(1, 0, S).all().item<bool>() : mask.defined() && !mask.all().item<bool>();
    if (T > 1 || anyPadding) {
        at::Tensor keyOk = cache ? cache->keyMask.narrow(1, 0, S) : (mask.defined() ? mask : at::ones({B, S}, boolOpts));
        const at::Tensor causal = at::arange(S, longOpts).unsqueeze(0) <= (at::arange(T, longOpts) + past).unsqueeze(1);  // (T,S)
        const at::Tensor allowed = causal.unsqueeze(0) & keyOk.unsqueeze(1);  // (B,T,S)
        // A finite minimum keeps fully masked rows (padding queries) free of NaN.
        step.bias = at::zeros({B, 1, T, S}, ids.options().dtype(at::kFloat))
                        .masked_fill_(allowed.logical_not().unsqueeze(1), std::numeric_limits<float>::lowest());
    }
    std::tie(step.cos, step.sin) = ropeTables(positions, config_.headDim, config_.ropeTheta, dtype_);
    return step;
}

at::Tensor Lfm2Model::embed(const at::Tensor& ids) const { return at::embedding(weights_.embed_tokens, ids); }

at::Tensor Lfm2Model::finalNorm(const at::Tensor& h) const { return rmsNorm(h, weights_.embedding_norm, config_.normEps); }

at::Tensor Lfm2Model::forwardLayer(int index, const at::Tensor& h, const StepInputs& step, Lfm2Cache* cache) const {
    const Lfm2Layer& layer = weights_.layers[static_cast<size_t>(index)];
    const at::Tensor normed = rmsNorm(h, layer.operator_norm, config_.normEps);
    const at::Tensor op = layer.kind == LayerKind::Attention ? attention(normed, layer, index, step, cache)
                                                             : shortConv(normed, layer, index, step.mask, cache);
    const at::Tensor mid = h + op;
    return mid + feedForward(rmsNorm(mid, layer.ffn_norm, config_.normEps), layer, training_);
}

at::Tensor Lfm2Model::forwardHidden(const at::Tensor& ids, const at::Tensor& mask, Lfm2Cache* cache) const {
    const StepInputs step = prepareStep(ids, mask, cache);
    at::Tensor h = embed(ids);  // (B,T,H)
    for (int i = 0; i < static_cast<int>(weights_.layers.size()); ++i) h = forwardLayer(i, h, step, cache);
    if (cache) cache->length = step.past + ids.size(1);
    return finalNorm(h);
}

at::Tensor Lfm2Model::logits(const at::Tensor& hidden) const {
    Linear head;
    head.weight = headWeight();
    return linear(hidden, head, training_);
}

// x (B,T,H) -> (B,T,H). in_proj -> B, C, x'; Bx = B*x'; causal depthwise conv
// over time (with the cached L-1 previous Bx); y = C * conv; out_proj.
at::Tensor Lfm2Model::shortConv(const at::Tensor& x, const Lfm2Layer& layer, int index, const at::Tensor& mask, Lfm2Cache* cache) const {
    const int64_t H = config_.hiddenSize, L = config_.convLCache, T = x.size(1);
    const at::Tensor bcx = linear(x, layer.in_proj, training_);  // (B,T,3H)
    const at::Tensor b = bcx.narrow(-1, 0, H), c = bcx.narrow(-1, H, H), xx = bcx.narrow(-1, 2 * H, H);
    at::Tensor bx = b * xx;
    // Padding tokens contribute nothing to later positions (transformers zeroes their input).
    if (mask.defined()) bx = bx * mask.unsqueeze(-1).to(bx.scalar_type());
    at::Tensor seq;
    if (cache) {
        at::Tensor& state = cache->conv[static_cast<size_t>(index)];  // (B,L-1,H)
        seq = at::cat({state, bx}, 1);
        state = seq.narrow(1, seq.size(1) - (L - 1), L - 1).clone();
    } else {
        seq = at::constant_pad_nd(bx, {0, 0, L - 1, 0});
    }
    const at::Tensor conv = causalDepthwiseConv(seq, layer.conv);  // (B,T,H)
    (void)T;
    return linear(c * conv, layer.conv_out_proj, training_);
}

// x (B,T,H) -> (B,T,H). Per-head RMSNorm on q and k before RoPE; grouped-query attention.
at::Tensor Lfm2Model::attention(const at::Tensor& x, const Lfm2Layer& layer, int index, const StepInputs& step, Lfm2Cache* cache) const {
    const at::Tensor &cos = step.cos, &sin = step.sin, &bias = step.bias;
    const int64_t B = x.size(0), T = x.size(1), hd = config_.headDim;
    const int64_t nh = config_.numAttentionHeads, nkv = config_.numKeyValueHeads;
    at::Tensor q = rmsNorm(linear(x, layer.q_proj, training_).view({B, T, nh, hd}), layer.q_layernorm, config_.normEps).transpose(1, 2);
    at::Tensor k = rmsNorm(linear(x, layer.k_proj, training_).view({B, T, nkv, hd}), layer.k_layernorm, config_.normEps).transpose(1, 2);
    at::Tensor v = linear(x, layer.v_proj, training_).view({B, T, nkv, hd}).transpose(1, 2);
    q = applyRope(q, cos, sin);
    k = applyRope(k, cos, sin);
    if (cache) {
        const int64_t past = step.past;
        at::Tensor& kc = cache->keys[static_cast<size_t>(index)];
        at::Tensor& vc = cache->values[static_cast<size_t>(index)];
        if (at::GradMode::is_enabled()) {
            // Training with a shared prompt prefix: keep the autograd graph (no in-place writes).
            kc = at::cat({kc.narrow(2, 0, past), k}, 2);
            vc = at::cat({vc.narrow(2, 0, past), v}, 2);
            k = kc;
            v = vc;
        } else {
            if (kc.size(2) < past + T) {
                kc = grow(kc, 2, past, cache->capacity);
                vc = grow(vc, 2, past, cache->capacity);
            }
            kc.narrow(2, past, T).copy_(k);
            vc.narrow(2, past, T).copy_(v);
            k = kc.narrow(2, 0, past + T);
            v = vc.narrow(2, 0, past + T);
        }
    }
    if (!at::GradMode::is_enabled() && q.scalar_type() == at::kBFloat16) {
        // Inference in bf16: the attention core runs in fp32. oneDNN's bf16 bmm
        // rebuilds its kernel whenever the context grows (~0.3 ms per call in
        // decode), while these matmuls are tiny next to the projections.
        const at::Tensor o = groupedAttention(q.to(at::kFloat).contiguous(), k.to(at::kFloat), v.to(at::kFloat), bias);
        return linear(o.to(at::kBFloat16), layer.out_proj, training_);
    }
    return linear(groupedAttention(q.contiguous(), k, v, bias), layer.out_proj, training_);
}

Status Lfm2Model::save(const QString& dirPath, at::ScalarType dtype) const {
    if (dtype == at::ScalarType::Undefined) dtype = dtype_;
    if (!QDir().mkpath(dirPath)) return makeError(QCoreApplication::translate("ps::model::Lfm2", "cannot create folder"), dirPath);
    std::vector<at::Tensor> keep;
    std::vector<io::TensorToWrite> out;
    Status status;
    const_cast<Lfm2Weights&>(weights_).forEach([&](const QString& name, at::Tensor& t) {
        if (!status.ok()) return;
        at::Tensor c = t.detach().to(at::kCPU).to(dtype).contiguous();  // safetensors are written from host memory
        keep.push_back(c);
        auto w = tensorToWrite(name, c);
        if (!w) status = w.error();
        else out.push_back(w.value());
    });
    PS_TRY(status);
    QMap<QString, QString> meta{{QStringLiteral("format"), QStringLiteral("pt")}};
    PS_TRY(io::writeCheckpoint(dirPath, out, meta));
    Lfm2Config c = config_;
    c.torchDtype = scalarTypeName(dtype);
    return writeFileAtomically(QDir(dirPath).filePath(QStringLiteral("config.json")), QJsonDocument(c.toJson()).toJson());
}

}  // namespace ps::model
