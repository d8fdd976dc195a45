// config.h — LFM2 hyper-parameters read from a Hugging Face config.json.
//
// Both spellings of every key are accepted (hidden_size/block_dim,
// intermediate_size/block_ff_dim, rope_theta/theta, layer_types/full_attn_idxs,
// tie_word_embeddings/tie_embedding). The original JSON object is kept so a
// model exported from Prefstudio round-trips its config.json unchanged.
// LibTorch-free.
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace ps::model {

enum class LayerKind { Conv, Attention };

struct Lfm2Config {
    // Upper bounds checked by fromJson before anything is allocated from a config
    // (a config.json comes from anywhere): far above every published LFM2.
    static constexpr int64_t kMaxHiddenSize = 1 << 20;
    static constexpr int64_t kMaxFfDim = 1 << 22;
    static constexpr int64_t kMaxVocabSize = 1 << 24;
    static constexpr int64_t kMaxLayers = 4096;
    static constexpr int64_t kMaxPositions = 1ll << 24;
    static constexpr int64_t kMaxParameters = 200'000'000'000;  // 200 B

    QString modelType = QStringLiteral("lfm2");
    int64_t vocabSize = 65536;
    int64_t hiddenSize = 0;
    int64_t intermediateSize = 0;  // as written; see ffDim() for the effective width
    int64_t numHiddenLayers = 0;
    int64_t numAttentionHeads = 0;
    int64_t numKeyValueHeads = 0;
    int64_t headDim = 0;  // hidden_size / num_attention_heads unless head_dim is given
    int64_t maxPositionEmbeddings = 128000;
    double normEps = 1e-5;
    int64_t convLCache = 3;
    bool convBias = false;
    double ropeTheta = 1e6;
    std::vector<LayerKind> layerKinds;
    bool tieEmbedding = true;
    bool blockAutoAdjustFfDim = false;
    std::optional<double> blockFfnDimMultiplier;
    int64_t blockMultipleOf = 256;
    int64_t bosTokenId = 1;
    std::vector<int64_t> eosTokenIds{7};
    int64_t padTokenId = 0;
    QString torchDtype = QStringLiteral("bfloat16");
    QJsonObject raw;  // every key of the file, for round trips

    // Effective feed-forward width, exactly as transformers' Lfm2MLP derives it:
    // if block_auto_adjust_ff_dim: ff = int(2*ff/3), and when a multiplier is
    // set: ff = int(multiplier*ff) rounded up to a multiple of block_multiple_of.
    int64_t ffDim() const;
    bool isAttention(int layer) const { return layerKinds[static_cast<size_t>(layer)] == LayerKind::Attention; }
    int attentionLayerCount() const;
    // Parameters including the embedding (once when tied).
    int64_t parameterCount() const;

    static Result<Lfm2Config> fromJson(const QJsonObject& json);
    static Result<Lfm2Config> fromFile(const QString& path);
    // A config.json object with the real checkpoints' keys: `raw` overlaid with
    // the current values (layer_types spelled out).
    QJsonObject toJson() const;
};

// Named presets for create-model: "tiny" (tests), "small" (demo scale),
// "350m", "700m", "1.2b", "2.6b" (published shapes, SPEC §3).
Result<Lfm2Config> presetConfig(const QString& name);
QStringList presetNames();

}  // namespace ps::model
