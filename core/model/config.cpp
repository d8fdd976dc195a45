#include "model/config.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace ps::model {

namespace {


// First key present among the spellings, else an undefined value. `found`
// receives the key that was used, so errors name what the file says.
QJsonValue pick(const QJsonObject& o, std::initializer_list<const char*> keys, const char** found = nullptr) {
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull()) {
            if (found) *found = k;
            return v;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool isInteger(const QJsonValue& v) {
    const double d = v.toDouble(std::nan(""));
    return v.isDouble() && std::floor(d) == d && std::fabs(d) <= 9.0e15;
}

Status readInt(const QJsonObject& o, std::initializer_list<const char*> keys, int64_t* out, bool required) {
    const char* key = *keys.begin();
    const QJsonValue v = pick(o, keys, &key);
    if (v.isUndefined()) {
        if (required) {
            QStringList names;
            for (const char* k : keys) names << QStringLiteral("'%1'").arg(QLatin1String(k));
            return makeError(QCoreApplication::translate("ps::model::Config", "missing key %1").arg(names.join(QCoreApplication::translate("ps::model::Config", " or "))));
        }
        return {};
    }
    if (!isInteger(v)) return makeError(QCoreApplication::translate("ps::model::Config", "key '%1' must be an integer").arg(QLatin1String(key)));
    *out = static_cast<int64_t>(v.toDouble());
    return {};
}

Status readDouble(const QJsonObject& o, std::initializer_list<const char*> keys, double* out) {
    const char* key = *keys.begin();
    const QJsonValue v = pick(o, keys, &key);
    if (v.isUndefined()) return {};
    if (!v.isDouble()) return makeError(QCoreApplication::translate("ps::model::Config", "key '%1' must be a number").arg(QLatin1String(key)));
    *out = v.toDouble();
    return {};
}

Status readBool(const QJsonObject& o, std::initializer_list<const char*> keys, bool* out) {
    const char* key = *keys.begin();
    const QJsonValue v = pick(o, keys, &key);
    if (v.isUndefined()) return {};
    if (!v.isBool()) return makeError(QCoreApplication::translate("ps::model::Config", "key '%1' must be true or false").arg(QLatin1String(key)));
    *out = v.toBool();
    return {};
}

}  // namespace

int64_t Lfm2Config::ffDim() const {
    int64_t ff = intermediateSize;
    if (blockAutoAdjustFfDim) {
        ff = static_cast<int64_t>(2.0 * static_cast<double>(ff) / 3.0);
        if (blockFfnDimMultiplier) {
            ff = static_cast<int64_t>(*blockFfnDimMultiplier * static_cast<double>(ff));
            ff = blockMultipleOf * ((ff + blockMultipleOf - 1) / blockMultipleOf);
        }
    }
    return ff;
}

int Lfm2Config::attentionLayerCount() const {
    int n = 0;
    for (LayerKind k : layerKinds) n += k == LayerKind::Attention;
    return n;
}

int64_t Lfm2Config::parameterCount() const {
    const int64_t H = hiddenSize, F = ffDim(), kv = numKeyValueHeads * headDim, q = numAttentionHeads * headDim;
    int64_t n = vocabSize * H * (tieEmbedding ? 1 : 2) + H;  // embeddings (+ lm_head) + embedding_norm
    for (LayerKind k : layerKinds) {
        n += 2 * H + 3 * H * F;  // operator_norm, ffn_norm, w1 w2 w3
        if (k == LayerKind::Attention)
            n += H * q + 2 * H * kv + q * H + 2 * headDim;
        else
            n += H * 3 * H + H * convLCache + H * H + (convBias ? 3 * H + H + H : 0);
    }
    return n;
}

Result<Lfm2Config> Lfm2Config::fromJson(const QJsonObject& o) {
    Lfm2Config c;
    c.raw = o;
    const QString type = o.value(QLatin1String("model_type")).toString();
    if (type.isEmpty()) return makeError(QCoreApplication::translate("ps::model::Config", "config.json has no model_type"));
    if (type == QLatin1String("lfm2_moe"))
        return makeError(QCoreApplication::translate("ps::model::Config", "model_type 'lfm2_moe' (LFM2 mixture of experts) is not supported yet; supported: lfm2"));
    if (type != QLatin1String("lfm2")) return makeError(QCoreApplication::translate("ps::model::Config", "unknown model_type '%1'; supported: lfm2").arg(type));
    c.modelType = type;

    PS_TRY(readInt(o, {"vocab_size"}, &c.vocabSize, true));
    PS_TRY(readInt(o, {"hidden_size", "block_dim"}, &c.hiddenSize, true));
    // Where both spellings are present, transformers' Lfm2Config lets block_ff_dim,
    // theta and tie_embedding win; hidden_size, num_attention_heads and norm_eps
    // are the only spellings it reads at all.
    PS_TRY(readInt(o, {"block_ff_dim", "intermediate_size"}, &c.intermediateSize, true));
    PS_TRY(readInt(o, {"num_hidden_layers"}, &c.numHiddenLayers, true));
    PS_TRY(readInt(o, {"num_attention_heads", "num_heads"}, &c.numAttentionHeads, true));
    c.numKeyValueHeads = c.numAttentionHeads;
    PS_TRY(readInt(o, {"num_key_value_heads"}, &c.numKeyValueHeads, false));
    PS_TRY(readInt(o, {"max_position_embeddings"}, &c.maxPositionEmbeddings, false));
    PS_TRY(readDouble(o, {"norm_eps", "block_norm_eps"}, &c.normEps));
    PS_TRY(readInt(o, {"conv_L_cache"}, &c.convLCache, false));
    PS_TRY(readBool(o, {"conv_bias"}, &c.convBias));
    PS_TRY(readDouble(o, {"theta", "rope_theta"}, &c.ropeTheta));
    PS_TRY(readBool(o, {"tie_embedding", "tie_word_embeddings"}, &c.tieEmbedding));
    PS_TRY(readBool(o, {"block_auto_adjust_ff_dim"}, &c.blockAutoAdjustFfDim));
    {
        double m = 0;
        const QJsonValue v = pick(o, {"block_ffn_dim_multiplier"});
        if (!v.isUndefined()) {
            PS_TRY(readDouble(o, {"block_ffn_dim_multiplier"}, &m));
            c.blockFfnDimMultiplier = m;
        }
    }
    PS_TRY(readInt(o, {"block_multiple_of"}, &c.blockMultipleOf, false));
    PS_TRY(readInt(o, {"bos_token_id"}, &c.bosTokenId, false));
    PS_TRY(readInt(o, {"pad_token_id"}, &c.padTokenId, false));
    {
        const QJsonValue eos = o.value(QLatin1String("eos_token_id"));
        if (eos.isArray()) {
            c.eosTokenIds.clear();
            if (eos.toArray().size() > 64) return makeError(QCoreApplication::translate("ps::model::Config", "key 'eos_token_id' lists too many token ids"));
            for (const QJsonValue& e : eos.toArray()) {
                if (!isInteger(e) || e.toDouble() < 0 || e.toDouble() > double(kMaxVocabSize)) return makeError(QCoreApplication::translate("ps::model::Config", "key 'eos_token_id' must hold token ids (non-negative integers)"));
                c.eosTokenIds.push_back(static_cast<int64_t>(e.toDouble()));
            }
        } else if (!eos.isUndefined() && !eos.isNull()) {
            if (!isInteger(eos) || eos.toDouble() < 0 || eos.toDouble() > double(kMaxVocabSize))
                return makeError(QCoreApplication::translate("ps::model::Config", "key 'eos_token_id' must be a token id or a list of token ids"));
            c.eosTokenIds = {static_cast<int64_t>(eos.toDouble())};
        }
    }
    c.torchDtype = o.value(QLatin1String("torch_dtype")).toString(o.value(QLatin1String("dtype")).toString(c.torchDtype));

    if (c.vocabSize <= 0 || c.hiddenSize <= 0 || c.intermediateSize <= 0 || c.numHiddenLayers <= 0 || c.numAttentionHeads <= 0 ||
        c.numKeyValueHeads <= 0 || c.convLCache <= 0 || c.blockMultipleOf <= 0 || c.maxPositionEmbeddings <= 0)
        return makeError(QCoreApplication::translate("ps::model::Config", "sizes in config.json must be positive"));
    if (c.numHiddenLayers > kMaxLayers || c.hiddenSize > kMaxHiddenSize || c.vocabSize > kMaxVocabSize || c.convLCache > 64 ||
        c.intermediateSize > 4 * kMaxFfDim || c.numAttentionHeads > c.hiddenSize || c.numKeyValueHeads > c.numAttentionHeads ||
        c.maxPositionEmbeddings > kMaxPositions || c.blockMultipleOf > kMaxFfDim || c.bosTokenId > kMaxVocabSize ||
        c.padTokenId > kMaxVocabSize)
        return makeError(QCoreApplication::translate("ps::model::Config", "sizes in config.json are implausibly large"));
    if (c.blockFfnDimMultiplier && !(*c.blockFfnDimMultiplier > 0 && *c.blockFfnDimMultiplier <= 64))
        return makeError(QCoreApplication::translate("ps::model::Config", "block_ffn_dim_multiplier must be in (0, 64]"));
    if (!(c.ropeTheta > 0) || !std::isfinite(c.ropeTheta))
        return makeError(QCoreApplication::translate("ps::model::Config", "rope_theta must be a positive number"));
    if (c.numAttentionHeads % c.numKeyValueHeads != 0)
        return makeError(QCoreApplication::translate("ps::model::Config", "num_attention_heads (%1) is not a multiple of num_key_value_heads (%2)")
                             .arg(c.numAttentionHeads)
                             .arg(c.numKeyValueHeads));
    c.headDim = c.hiddenSize / c.numAttentionHeads;
    PS_TRY(readInt(o, {"head_dim"}, &c.headDim, false));
    if (!o.contains(QLatin1String("head_dim")) && c.hiddenSize % c.numAttentionHeads != 0)
        return makeError(QCoreApplication::translate("ps::model::Config", "hidden_size (%1) is not a multiple of num_attention_heads (%2)").arg(c.hiddenSize).arg(c.numAttentionHeads));
    if (c.headDim > 65536 || c.headDim * c.numAttentionHeads > kMaxFfDim)
        return makeError(QCoreApplication::translate("ps::model::Config", "sizes in config.json are implausibly large"));
    if (c.headDim <= 0 || c.headDim % 2 != 0) return makeError(QCoreApplication::translate("ps::model::Config", "head_dim must be positive and even for rotary embeddings"));
    if (!(c.normEps > 0) || !std::isfinite(c.normEps)) return makeError(QCoreApplication::translate("ps::model::Config", "norm_eps must be positive"));
    if (c.convBias) return makeError(QCoreApplication::translate("ps::model::Config", "conv_bias = true is not supported (no published LFM2 checkpoint uses it)"));

    const QJsonValue types = o.value(QLatin1String("layer_types"));
    const QJsonValue idxs = o.value(QLatin1String("full_attn_idxs"));
    c.layerKinds.assign(static_cast<size_t>(c.numHiddenLayers), LayerKind::Conv);
    if (types.isArray()) {
        const QJsonArray a = types.toArray();
        if (a.size() != c.numHiddenLayers)
            return makeError(QCoreApplication::translate("ps::model::Config", "layer_types has %1 entries but num_hidden_layers is %2").arg(a.size()).arg(c.numHiddenLayers));
        for (int i = 0; i < a.size(); ++i) {
            const QString t = a[i].toString();
            if (t == QLatin1String("full_attention"))
                c.layerKinds[static_cast<size_t>(i)] = LayerKind::Attention;
            else if (t != QLatin1String("conv") && t != QLatin1String("short_conv"))
                return makeError(QCoreApplication::translate("ps::model::Config", "layer_types[%1] is '%2'; expected 'conv' or 'full_attention'").arg(i).arg(t));
        }
    } else if (idxs.isArray()) {
        for (const QJsonValue& v : idxs.toArray()) {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d >= static_cast<double>(c.numHiddenLayers) || std::floor(d) != d)
                return makeError(QCoreApplication::translate("ps::model::Config", "full_attn_idxs holds an invalid layer index"));
            c.layerKinds[static_cast<size_t>(d)] = LayerKind::Attention;
        }
    } else {
        return makeError(QCoreApplication::translate("ps::model::Config", "config.json has neither layer_types nor full_attn_idxs"));
    }
    if (c.ffDim() <= 0) return makeError(QCoreApplication::translate("ps::model::Config", "the effective feed-forward width is not positive"));
    if (c.ffDim() > kMaxFfDim || c.parameterCount() > kMaxParameters)
        return makeError(QCoreApplication::translate("ps::model::Config", "config.json describes a model of %1 parameters; at most %2 are accepted")
                             .arg(c.parameterCount()).arg(kMaxParameters));
    return c;
}

Result<Lfm2Config> Lfm2Config::fromFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::model::Config", "cannot read file"), path);
    if (f.size() > (16 << 20)) return makeError(QCoreApplication::translate("ps::model::Config", "file is too large for a config"), path);
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError)
        return makeError(QCoreApplication::translate("ps::model::Config", "invalid JSON at byte %1: %2").arg(perr.offset).arg(perr.errorString()), path);
    if (!doc.isObject()) return makeError(QCoreApplication::translate("ps::model::Config", "not a JSON object"), path);
    auto c = fromJson(doc.object());
    if (!c) return c.error().within(path);
    return c;
}

QJsonObject Lfm2Config::toJson() const {
    QJsonObject o = raw;
    auto set = [&o](const char* key, const QJsonValue& v) { o.insert(QLatin1String(key), v); };
    if (!o.contains(QLatin1String("architectures"))) set("architectures", QJsonArray{QStringLiteral("Lfm2ForCausalLM")});
    set("model_type", modelType);
    set("vocab_size", double(vocabSize));
    set("hidden_size", double(hiddenSize));
    set("intermediate_size", double(intermediateSize));
    set("num_hidden_layers", double(numHiddenLayers));
    set("num_attention_heads", double(numAttentionHeads));
    set("num_key_value_heads", double(numKeyValueHeads));
    set("max_position_embeddings", double(maxPositionEmbeddings));
    set("norm_eps", normEps);
    set("conv_L_cache", double(convLCache));
    set("conv_bias", convBias);
    set("rope_theta", ropeTheta);
    set("tie_embedding", tieEmbedding);
    set("block_auto_adjust_ff_dim", blockAutoAdjustFfDim);
    if (blockFfnDimMultiplier) set("block_ffn_dim_multiplier", *blockFfnDimMultiplier);
    set("block_multiple_of", double(blockMultipleOf));
    set("bos_token_id", double(bosTokenId));
    // A single id stays a number unless the source wrote a list.
    const bool eosList = eosTokenIds.size() != 1 || o.value(QLatin1String("eos_token_id")).isArray();
    set("eos_token_id", !eosList ? QJsonValue(double(eosTokenIds[0])) : QJsonValue([this] {
        QJsonArray a;
        for (int64_t e : eosTokenIds) a.append(double(e));
        return a;
    }()));
    set("pad_token_id", double(padTokenId));
    set("torch_dtype", torchDtype);
    // Other spellings the source had carry the current values too, so no reader
    // (whichever spelling it prefers) sees a stale one.
    if (o.contains(QLatin1String("block_dim"))) set("block_dim", double(hiddenSize));
    if (o.contains(QLatin1String("block_ff_dim"))) set("block_ff_dim", double(intermediateSize));
    if (o.contains(QLatin1String("theta"))) set("theta", ropeTheta);
    if (o.contains(QLatin1String("tie_word_embeddings"))) set("tie_word_embeddings", tieEmbedding);
    if (o.contains(QLatin1String("num_heads"))) set("num_heads", double(numAttentionHeads));
    if (o.contains(QLatin1String("block_norm_eps"))) set("block_norm_eps", normEps);
    // Write layer_types (the newer spelling); keep full_attn_idxs if the source had it.
    QJsonArray types, idx;
    for (size_t i = 0; i < layerKinds.size(); ++i) {
        types.append(layerKinds[i] == LayerKind::Attention ? QStringLiteral("full_attention") : QStringLiteral("conv"));
        if (layerKinds[i] == LayerKind::Attention) idx.append(double(i));
    }
    set("layer_types", types);
    if (o.contains(QLatin1String("full_attn_idxs"))) set("full_attn_idxs", idx);
    return o;
}

namespace {
struct Preset {
    const char* name;
    int64_t vocab, hidden, ff;
    bool autoAdjust;
    int64_t layers, heads, kv;
    std::vector<int> attn;
};
const std::vector<Preset>& presets() {
    static const std::vector<Preset> p{
        {"tiny", 256, 64, 192, true, 4, 4, 2, {1, 3}},
        {"small", 8192, 256, 768, true, 8, 4, 2, {2, 5, 7}},
        {"350m", 65536, 1024, 6656, true, 16, 16, 8, {2, 5, 8, 10, 12, 14}},
        {"700m", 65536, 1536, 10240, true, 16, 24, 8, {2, 5, 8, 10, 12, 14}},
        {"1.2b", 65536, 2048, 12288, true, 16, 32, 8, {2, 5, 8, 10, 12, 14}},
        {"2.6b", 65536, 2048, 10752, false, 30, 32, 8, {2, 5, 9, 13, 17, 21, 24, 27}},
    };
    return p;
}
}  // namespace

QStringList presetNames() {
    QStringList n;
    for (const auto& p : presets()) n << QLatin1String(p.name);
    return n;
}

Result<Lfm2Config> presetConfig(const QString& name) {
    for (const auto& p : presets()) {
        if (name.compare(QLatin1String(p.name), Qt::CaseInsensitive) != 0) continue;
        QJsonObject o;
        o.insert(QStringLiteral("architectures"), QJsonArray{QStringLiteral("Lfm2ForCausalLM")});
        o.insert(QStringLiteral("model_type"), QStringLiteral("lfm2"));
        o.insert(QStringLiteral("vocab_size"), double(p.vocab));
        o.insert(QStringLiteral("hidden_size"), double(p.hidden));
        o.insert(QStringLiteral("intermediate_size"), double(p.ff));
        o.insert(QStringLiteral("block_auto_adjust_ff_dim"), p.autoAdjust);
        o.insert(QStringLiteral("block_ffn_dim_multiplier"), 1.0);
        o.insert(QStringLiteral("block_multiple_of"), p.hidden >= 1024 ? 256.0 : 32.0);
        o.insert(QStringLiteral("num_hidden_layers"), double(p.layers));
        o.insert(QStringLiteral("num_attention_heads"), double(p.heads));
        o.insert(QStringLiteral("num_key_value_heads"), double(p.kv));
        o.insert(QStringLiteral("max_position_embeddings"), 128000.0);
        o.insert(QStringLiteral("norm_eps"), 1e-5);
        o.insert(QStringLiteral("conv_L_cache"), 3.0);
        o.insert(QStringLiteral("conv_bias"), false);
        o.insert(QStringLiteral("rope_theta"), 1000000.0);
        o.insert(QStringLiteral("tie_embedding"), true);
        o.insert(QStringLiteral("bos_token_id"), 1.0);
        o.insert(QStringLiteral("eos_token_id"), 7.0);
        o.insert(QStringLiteral("pad_token_id"), 0.0);
        o.insert(QStringLiteral("torch_dtype"), QStringLiteral("bfloat16"));
        o.insert(QStringLiteral("use_cache"), true);
        QJsonArray types;
        for (int64_t i = 0; i < p.layers; ++i)
            types.append(std::find(p.attn.begin(), p.attn.end(), i) != p.attn.end() ? QStringLiteral("full_attention")
                                                                                    : QStringLiteral("conv"));
        o.insert(QStringLiteral("layer_types"), types);
        return Lfm2Config::fromJson(o);
    }
    return makeError(QCoreApplication::translate("ps::model::Config", "unknown preset '%1'; choose one of: %2").arg(name, presetNames().join(QStringLiteral(", "))));
}

}  // namespace ps::model
