// tst_config.cpp — LFM2 config.json parsing (core/model/config.h).
//
// Proves: both spellings of every key are read (and where a file has both,
// the one transformers' Lfm2Config uses wins); the effective feed-forward width
// equals an independent transcription of transformers' Lfm2MLP for the
// published sizes (SPEC §3); the presets have the published attention layers;
// parameterCount() equals the sum over expectedTensors(); every bad value is a
// clear error; toJson() keeps every original key and round-trips.
#include "model/config.h"
#include "model/weights.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <optional>

using ps::model::LayerKind;
using ps::model::Lfm2Config;

namespace {

// A tiny valid config with the spellings of current checkpoints.
QJsonObject tinyJson() {
    return QJsonDocument::fromJson(R"({
        "model_type": "lfm2", "vocab_size": 256, "hidden_size": 64, "intermediate_size": 192,
        "num_hidden_layers": 4, "num_attention_heads": 4, "num_key_value_heads": 2,
        "max_position_embeddings": 1024, "norm_eps": 1e-05, "conv_L_cache": 3, "conv_bias": false,
        "rope_theta": 1000000.0, "tie_word_embeddings": true, "block_auto_adjust_ff_dim": true,
        "block_ffn_dim_multiplier": 1.0, "block_multiple_of": 32,
        "bos_token_id": 1, "eos_token_id": 7, "pad_token_id": 0, "torch_dtype": "bfloat16",
        "layer_types": ["conv", "full_attention", "conv", "full_attention"]
    })").object();
}

// The LFM2-350M config.json as published: both spellings of several keys, and
// keys Prefstudio does not use, which must survive a round trip.
QJsonObject published350mJson() {
    return QJsonDocument::fromJson(R"({
        "architectures": ["Lfm2ForCausalLM"], "block_auto_adjust_ff_dim": true, "block_dim": 1024,
        "block_ff_dim": 6656, "block_ffn_dim_multiplier": 1.0, "block_mlp_init_scale": 1.0,
        "block_multiple_of": 256, "block_norm_eps": 1e-05, "block_out_init_scale": 1.0,
        "block_use_swiglu": true, "block_use_xavier_init": true, "bos_token_id": 1, "conv_L_cache": 3,
        "conv_bias": false, "conv_dim": 1024, "conv_dim_out": 1024, "conv_use_xavier_init": true,
        "eos_token_id": 7, "full_attn_idxs": [2, 5, 8, 10, 12, 14], "hidden_size": 1024,
        "initializer_range": 0.02, "intermediate_size": 6656,
        "layer_types": ["conv", "conv", "full_attention", "conv", "conv", "full_attention", "conv", "conv",
                        "full_attention", "conv", "full_attention", "conv", "full_attention", "conv",
                        "full_attention", "conv"],
        "max_position_embeddings": 128000, "model_type": "lfm2", "norm_eps": 1e-05, "num_attention_heads": 16,
        "num_heads": 16, "num_hidden_layers": 16, "num_key_value_heads": 8, "pad_token_id": 0,
        "rope_theta": 1000000.0, "theta": 1000000.0, "tie_embedding": true, "torch_dtype": "bfloat16",
        "transformers_version": "4.54.0.dev0", "use_cache": true, "use_pos_enc": true, "vocab_size": 65536
    })").object();
}

// The older spellings only.
QJsonObject oldSpellingJson() {
    return QJsonDocument::fromJson(R"({
        "model_type": "lfm2", "vocab_size": 256, "block_dim": 64, "block_ff_dim": 192,
        "num_hidden_layers": 4, "num_heads": 4, "num_key_value_heads": 2, "block_norm_eps": 1e-06,
        "theta": 10000.0, "tie_embedding": false, "full_attn_idxs": [0, 3],
        "block_auto_adjust_ff_dim": true, "block_ffn_dim_multiplier": 1.0, "block_multiple_of": 32,
        "eos_token_id": [7, 2], "my_extra_key": {"kept": [1, "two"]}
    })").object();
}

// Every typed field, as JSON, to compare two configs field by field.
QJsonObject fields(const Lfm2Config& c) {
    QJsonObject o;
    o["modelType"] = c.modelType;
    o["vocabSize"] = double(c.vocabSize);
    o["hiddenSize"] = double(c.hiddenSize);
    o["intermediateSize"] = double(c.intermediateSize);
    o["numHiddenLayers"] = double(c.numHiddenLayers);
    o["numAttentionHeads"] = double(c.numAttentionHeads);
    o["numKeyValueHeads"] = double(c.numKeyValueHeads);
    o["headDim"] = double(c.headDim);
    o["maxPositionEmbeddings"] = double(c.maxPositionEmbeddings);
    o["normEps"] = c.normEps;
    o["convLCache"] = double(c.convLCache);
    o["convBias"] = c.convBias;
    o["ropeTheta"] = c.ropeTheta;
    QJsonArray kinds;
    for (LayerKind k : c.layerKinds) kinds.append(k == LayerKind::Attention ? "A" : "C");
    o["layerKinds"] = kinds;
    o["tieEmbedding"] = c.tieEmbedding;
    o["blockAutoAdjustFfDim"] = c.blockAutoAdjustFfDim;
    o["blockFfnDimMultiplier"] = c.blockFfnDimMultiplier ? QJsonValue(*c.blockFfnDimMultiplier) : QJsonValue();
    o["blockMultipleOf"] = double(c.blockMultipleOf);
    o["bosTokenId"] = double(c.bosTokenId);
    QJsonArray eos;
    for (int64_t e : c.eosTokenIds) eos.append(double(e));
    o["eosTokenIds"] = eos;
    o["padTokenId"] = double(c.padTokenId);
    o["torchDtype"] = c.torchDtype;
    return o;
}

QJsonValue fieldOf(const Lfm2Config& c, const QString& name) { return fields(c).value(name); }

// Python's floor division, as `//` in transformers.
int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// transformers' Lfm2MLP.__init__, transcribed line by line:
//   if block_auto_adjust_ff_dim:
//       intermediate_size = int(2 * intermediate_size / 3)
//       if block_ffn_dim_multiplier is not None:
//           intermediate_size = int(block_ffn_dim_multiplier * intermediate_size)
//           intermediate_size = block_multiple_of * ((intermediate_size + block_multiple_of - 1) // block_multiple_of)
// (vLLM rounds up even without a multiplier; every published config sets one,
// so both agree on real checkpoints.)
int64_t transformersFfDim(int64_t ff, bool autoAdjust, std::optional<double> multiplier, int64_t multipleOf) {
    if (!autoAdjust) return ff;
    ff = static_cast<int64_t>(std::trunc(2.0 * static_cast<double>(ff) / 3.0));  // `/` is float division
    if (multiplier) {
        ff = static_cast<int64_t>(std::trunc(*multiplier * static_cast<double>(ff)));
        ff = multipleOf * floorDiv(ff + multipleOf - 1, multipleOf);
    }
    return ff;
}

QList<int> attentionLayers(const Lfm2Config& c) {
    QList<int> idx;
    for (int i = 0; i < c.numHiddenLayers; ++i)
        if (c.isAttention(i)) idx << i;
    return idx;
}

int64_t expectedTensorsNumel(const Lfm2Config& c) {
    int64_t n = 0;
    for (const auto& t : ps::model::expectedTensors(c)) {
        int64_t e = 1;
        for (int64_t d : t.shape) e *= d;
        n += e;
    }
    return n;
}

Lfm2Config parseOk(const QJsonObject& o) {
    auto c = Lfm2Config::fromJson(o);
    if (!c) qFatal("config did not parse: %s", qPrintable(c.error().toString()));
    return c.value();
}

}  // namespace

class TstConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spellings_data();
    void spellings();
    void layerTypesAndFullAttnIdxs();
    void ffDim_data();
    void ffDim();
    void presets_data();
    void presets();
    void unknownPreset();
    void modelType_data();
    void modelType();
    void badValues_data();
    void badValues();
    void fromFileErrors();
    void eosTokenId_data();
    void eosTokenId();
    void roundTripKeepsEveryKey_data();
    void roundTripKeepsEveryKey();
    void roundTripAfterChanges();
};

// ---------------------------------------------------------------------------

void TstConfig::spellings_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("newKey");  // the spelling of current checkpoints
    QTest::addColumn<QString>("oldKey");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("other");   // a second valid value
    QTest::addColumn<QString>("bothWins");  // with both keys present: "new" or "old" (transformers' choice)
    QTest::newRow("hidden_size / block_dim") << "hiddenSize" << "hidden_size" << "block_dim" << QJsonValue(128) << QJsonValue(256) << "new";
    QTest::newRow("intermediate_size / block_ff_dim")
        << "intermediateSize" << "intermediate_size" << "block_ff_dim" << QJsonValue(512) << QJsonValue(384) << "old";
    QTest::newRow("rope_theta / theta") << "ropeTheta" << "rope_theta" << "theta" << QJsonValue(10000.0) << QJsonValue(500000.0) << "old";
    QTest::newRow("tie_word_embeddings / tie_embedding")
        << "tieEmbedding" << "tie_word_embeddings" << "tie_embedding" << QJsonValue(false) << QJsonValue(true) << "old";
    QTest::newRow("num_attention_heads / num_heads")
        << "numAttentionHeads" << "num_attention_heads" << "num_heads" << QJsonValue(8) << QJsonValue(2) << "new";
    QTest::newRow("norm_eps / block_norm_eps") << "normEps" << "norm_eps" << "block_norm_eps" << QJsonValue(1e-6) << QJsonValue(1e-4)
                                               << "new";
}

void TstConfig::spellings() {
    QFETCH(QString, field);
    QFETCH(QString, newKey);
    QFETCH(QString, oldKey);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, other);
    QFETCH(QString, bothWins);
    QJsonObject base = tinyJson();
    base.remove(newKey);
    base.remove(oldKey);
    auto numeric = [](const QJsonValue& v) { return v.isBool() ? v : QJsonValue(v.toDouble()); };

    for (const QString& key : {newKey, oldKey}) {
        QJsonObject o = base;
        o.insert(key, value);
        auto c = Lfm2Config::fromJson(o);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
        QCOMPARE(fieldOf(c.value(), field), numeric(value));
        o.insert(key, other);
        QCOMPARE(fieldOf(parseOk(o), field), numeric(other));
    }
    QJsonObject both = base;
    both.insert(newKey, value);
    both.insert(oldKey, other);
    QCOMPARE(fieldOf(parseOk(both), field), numeric(bothWins == "new" ? value : other));
    if (field == "numAttentionHeads") QCOMPARE(parseOk(both).headDim, int64_t(bothWins == "new" ? 8 : 32));
}

void TstConfig::layerTypesAndFullAttnIdxs() {
    QJsonObject o = tinyJson();
    o.remove("layer_types");
    o.insert("full_attn_idxs", QJsonArray{0, 2});
    const Lfm2Config a = parseOk(o);
    QCOMPARE(attentionLayers(a), (QList<int>{0, 2}));
    QCOMPARE(a.attentionLayerCount(), 2);
    o.insert("full_attn_idxs", QJsonArray{});
    QCOMPARE(attentionLayers(parseOk(o)), QList<int>{});
    // layer_types wins when both are given (transformers reads full_attn_idxs only without it).
    o = tinyJson();
    o.insert("full_attn_idxs", QJsonArray{0});
    QCOMPARE(attentionLayers(parseOk(o)), (QList<int>{1, 3}));
    // The kinds drive isAttention() for every layer.
    const Lfm2Config t = parseOk(tinyJson());
    QVERIFY(!t.isAttention(0) && t.isAttention(1) && !t.isAttention(2) && t.isAttention(3));
}

// ---------------------------------------------------------------------------

void TstConfig::ffDim_data() {
    QTest::addColumn<int>("intermediate");
    QTest::addColumn<bool>("autoAdjust");
    QTest::addColumn<double>("multiplier");  // NaN: key absent
    QTest::addColumn<int>("multipleOf");
    QTest::addColumn<int>("expected");  // literal, from SPEC §3 / worked by hand
    const double none = std::nan("");
    QTest::newRow("LFM2-350M") << 6656 << true << 1.0 << 256 << 4608;
    QTest::newRow("LFM2-700M") << 10240 << true << 1.0 << 256 << 6912;
    QTest::newRow("LFM2-1.2B") << 12288 << true << 1.0 << 256 << 8192;
    QTest::newRow("LFM2-2.6B (no auto-adjust)") << 10752 << false << 1.0 << 256 << 10752;
    QTest::newRow("tiny preset") << 192 << true << 1.0 << 32 << 128;
    QTest::newRow("multiplier 1.5") << 6656 << true << 1.5 << 256 << 6656;    // 4437 -> 6655 -> 6656
    QTest::newRow("multiplier 0.75") << 12288 << true << 0.75 << 256 << 6144;  // 8192 -> 6144
    QTest::newRow("no auto-adjust keeps a non-multiple") << 1000 << false << 1.0 << 256 << 1000;
    QTest::newRow("auto-adjust without multiplier: no rounding") << 6656 << true << none << 256 << 4437;
    QTest::newRow("2*ff/3 exact") << 3 << true << 1.0 << 1 << 2;
}

void TstConfig::ffDim() {
    QFETCH(int, intermediate);
    QFETCH(bool, autoAdjust);
    QFETCH(double, multiplier);
    QFETCH(int, multipleOf);
    QFETCH(int, expected);
    const std::optional<double> mult = std::isnan(multiplier) ? std::nullopt : std::optional<double>(multiplier);
    QCOMPARE(transformersFfDim(intermediate, autoAdjust, mult, multipleOf), int64_t(expected));

    QJsonObject o = tinyJson();
    o.insert("intermediate_size", intermediate);
    o.insert("block_auto_adjust_ff_dim", autoAdjust);
    o.insert("block_multiple_of", multipleOf);
    if (mult)
        o.insert("block_ffn_dim_multiplier", *mult);
    else
        o.remove("block_ffn_dim_multiplier");
    const Lfm2Config c = parseOk(o);
    QCOMPARE(c.intermediateSize, int64_t(intermediate));
    QCOMPARE(c.ffDim(), int64_t(expected));
    // The feed-forward tensors have the effective width.
    for (const auto& t : ps::model::expectedTensors(c))
        if (t.name == "model.layers.0.feed_forward.w1.weight") QCOMPARE(t.shape, (std::vector<int64_t>{int64_t(expected), 64}));
}

void TstConfig::presets_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("blockFfDim");
    QTest::addColumn<bool>("autoAdjust");
    QTest::addColumn<int>("effectiveFf");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("heads");
    QTest::addColumn<int>("kvHeads");
    QTest::addColumn<QList<int>>("attention");
    QTest::addColumn<double>("minParams");  // plausible range around the published size
    QTest::addColumn<double>("maxParams");
    // SPEC §3 table.
    QTest::newRow("350m") << "350m" << 1024 << 6656 << true << 4608 << 16 << 16 << 8 << QList<int>{2, 5, 8, 10, 12, 14} << 330e6 << 380e6;
    QTest::newRow("700m") << "700m" << 1536 << 10240 << true << 6912 << 16 << 24 << 8 << QList<int>{2, 5, 8, 10, 12, 14} << 700e6 << 780e6;
    QTest::newRow("1.2b") << "1.2b" << 2048 << 12288 << true << 8192 << 16 << 32 << 8 << QList<int>{2, 5, 8, 10, 12, 14} << 1.10e9 << 1.25e9;
    QTest::newRow("2.6b") << "2.6b" << 2048 << 10752 << false << 10752 << 30 << 32 << 8 << QList<int>{2, 5, 9, 13, 17, 21, 24, 27}
                          << 2.5e9 << 2.7e9;
    QTest::newRow("tiny") << "tiny" << 64 << 192 << true << 128 << 4 << 4 << 2 << QList<int>{1, 3} << 1e3 << 1e6;
    QTest::newRow("upper-case name") << "350M" << 1024 << 6656 << true << 4608 << 16 << 16 << 8 << QList<int>{2, 5, 8, 10, 12, 14} << 330e6
                                     << 380e6;
}

void TstConfig::presets() {
    QFETCH(QString, name);
    QFETCH(int, hidden);
    QFETCH(int, blockFfDim);
    QFETCH(bool, autoAdjust);
    QFETCH(int, effectiveFf);
    QFETCH(int, layers);
    QFETCH(int, heads);
    QFETCH(int, kvHeads);
    QFETCH(QList<int>, attention);
    QFETCH(double, minParams);
    QFETCH(double, maxParams);
    auto r = ps::model::presetConfig(name);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    const Lfm2Config& c = r.value();
    QCOMPARE(c.hiddenSize, int64_t(hidden));
    QCOMPARE(c.intermediateSize, int64_t(blockFfDim));
    QCOMPARE(c.blockAutoAdjustFfDim, autoAdjust);
    QCOMPARE(c.ffDim(), int64_t(effectiveFf));
    QCOMPARE(c.ffDim(), transformersFfDim(c.intermediateSize, c.blockAutoAdjustFfDim, c.blockFfnDimMultiplier, c.blockMultipleOf));
    QCOMPARE(c.numHiddenLayers, int64_t(layers));
    QCOMPARE(c.numAttentionHeads, int64_t(heads));
    QCOMPARE(c.numKeyValueHeads, int64_t(kvHeads));
    QCOMPARE(c.headDim, int64_t(hidden / heads));
    QCOMPARE(attentionLayers(c), attention);
    QCOMPARE(c.attentionLayerCount(), static_cast<int>(attention.size()));
    QCOMPARE(c.layerKinds.size(), size_t(layers));
    if (name.toLower() != "tiny") {
        // Published values shared by every size (SPEC §3).
        QCOMPARE(c.vocabSize, int64_t(65536));
        QCOMPARE(c.blockMultipleOf, int64_t(256));
        QCOMPARE(c.blockFfnDimMultiplier.value_or(-1), 1.0);
        QCOMPARE(c.ropeTheta, 1e6);
        QCOMPARE(c.convLCache, int64_t(3));
        QCOMPARE(c.maxPositionEmbeddings, int64_t(128000));
        QCOMPARE(c.bosTokenId, int64_t(1));
        QCOMPARE(c.eosTokenIds, std::vector<int64_t>{7});
        QCOMPARE(c.padTokenId, int64_t(0));
        QCOMPARE(c.normEps, 1e-5);
        QVERIFY(c.tieEmbedding);
    }
    // The parameter count is the sum over the tensors a checkpoint holds.
    const int64_t params = c.parameterCount();
    QCOMPARE(params, expectedTensorsNumel(c));
    QVERIFY2(params >= minParams && params <= maxParams, qPrintable(QString::number(params)));
    // Untied, lm_head adds one more vocab x hidden matrix, in both counts.
    Lfm2Config untied = c;
    untied.tieEmbedding = false;
    QCOMPARE(untied.parameterCount(), params + c.vocabSize * c.hiddenSize);
    QCOMPARE(untied.parameterCount(), expectedTensorsNumel(untied));
    // The preset survives its own config.json.
    QCOMPARE(fields(parseOk(c.toJson())), fields(c));
}

void TstConfig::unknownPreset() {
    auto r = ps::model::presetConfig("13b");
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains("unknown preset '13b'"));
    for (const QString& n : ps::model::presetNames()) QVERIFY2(r.error().message.contains(n), qPrintable(n));
    QVERIFY(ps::model::presetNames().contains("tiny"));
}

// ---------------------------------------------------------------------------

void TstConfig::modelType_data() {
    QTest::addColumn<QJsonValue>("type");
    QTest::addColumn<QString>("error");
    QTest::newRow("llama") << QJsonValue("llama") << "unknown model_type 'llama'; supported: lfm2";
    QTest::newRow("upper-case LFM2") << QJsonValue("LFM2") << "unknown model_type 'LFM2'";
    QTest::newRow("lfm2_moe") << QJsonValue("lfm2_moe") << "model_type 'lfm2_moe' (LFM2 mixture of experts) is not supported yet";
    QTest::newRow("lfm2_vl") << QJsonValue("lfm2_vl") << "unknown model_type 'lfm2_vl'";
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << "config.json has no model_type";
    QTest::newRow("empty") << QJsonValue("") << "config.json has no model_type";
    QTest::newRow("not a string") << QJsonValue(2) << "config.json has no model_type";
}

void TstConfig::modelType() {
    QFETCH(QJsonValue, type);
    QFETCH(QString, error);
    QJsonObject o = tinyJson();
    if (type.isUndefined())
        o.remove("model_type");
    else
        o.insert("model_type", type);
    auto c = Lfm2Config::fromJson(o);
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.contains(error), qPrintable(c.error().toString()));
}

void TstConfig::badValues_data() {
    QTest::addColumn<QJsonObject>("set");       // keys overlaid on the tiny config
    QTest::addColumn<QStringList>("remove");    // keys removed from it
    QTest::addColumn<QString>("error");
    auto obj = [](const char* json) { return QJsonDocument::fromJson(json).object(); };
    const QStringList none;
    QTest::newRow("negative hidden_size") << obj(R"({"hidden_size": -64})") << none << "sizes in config.json must be positive";
    QTest::newRow("negative intermediate_size") << obj(R"({"intermediate_size": -1})") << none << "must be positive";
    QTest::newRow("zero vocab_size") << obj(R"({"vocab_size": 0})") << none << "must be positive";
    QTest::newRow("zero layers") << obj(R"({"num_hidden_layers": 0})") << none << "must be positive";
    QTest::newRow("negative kv heads") << obj(R"({"num_key_value_heads": -2})") << none << "must be positive";
    QTest::newRow("zero conv_L_cache") << obj(R"({"conv_L_cache": 0})") << none << "must be positive";
    QTest::newRow("zero block_multiple_of") << obj(R"({"block_multiple_of": 0})") << none << "must be positive";
    QTest::newRow("implausibly many layers") << obj(R"({"num_hidden_layers": 5000})") << none << "implausibly large";
    QTest::newRow("kv heads do not divide heads") << obj(R"({"num_key_value_heads": 3})") << none
                                                  << "num_attention_heads (4) is not a multiple of num_key_value_heads (3)";
    QTest::newRow("heads do not divide hidden_size") << obj(R"({"hidden_size": 66})") << none
                                                     << "hidden_size (66) is not a multiple of num_attention_heads (4)";
    QTest::newRow("odd head_dim") << obj(R"({"hidden_size": 12})") << none << "head_dim must be positive and even";
    QTest::newRow("non-integer hidden_size") << obj(R"({"hidden_size": 64.5})") << none << "key 'hidden_size' must be an integer";
    QTest::newRow("string hidden_size") << obj(R"({"hidden_size": "64"})") << none << "key 'hidden_size' must be an integer";
    QTest::newRow("boolean num_hidden_layers") << obj(R"({"num_hidden_layers": true})") << none << "key 'num_hidden_layers' must be an integer";
    QTest::newRow("non-integer block_dim names block_dim") << obj(R"({"block_dim": 64.5})") << QStringList{"hidden_size"}
                                                           << "key 'block_dim' must be an integer";
    QTest::newRow("huge vocab_size 1e300") << obj(R"({"vocab_size": 1e300})") << none << "key 'vocab_size' must be an integer";
    QTest::newRow("missing vocab_size") << QJsonObject() << QStringList{"vocab_size"} << "missing key 'vocab_size'";
    QTest::newRow("missing hidden_size") << QJsonObject() << QStringList{"hidden_size"} << "missing key 'hidden_size' or 'block_dim'";
    QTest::newRow("missing intermediate_size") << QJsonObject() << QStringList{"intermediate_size"} << "'intermediate_size'";
    QTest::newRow("missing num_hidden_layers") << QJsonObject() << QStringList{"num_hidden_layers"} << "missing key 'num_hidden_layers'";
    QTest::newRow("missing num_attention_heads") << QJsonObject() << QStringList{"num_attention_heads"}
                                                 << "missing key 'num_attention_heads' or 'num_heads'";
    QTest::newRow("null hidden_size") << obj(R"({"hidden_size": null})") << none << "missing key 'hidden_size'";
    QTest::newRow("missing layer_types and full_attn_idxs") << QJsonObject() << QStringList{"layer_types"}
                                                            << "neither layer_types nor full_attn_idxs";
    QTest::newRow("layer_types not a list") << obj(R"({"layer_types": "conv"})") << none << "layer_types";
    QTest::newRow("layer_types too short") << obj(R"({"layer_types": ["conv", "full_attention", "conv"]})") << none
                                           << "layer_types has 3 entries but num_hidden_layers is 4";
    QTest::newRow("layer_types too long") << obj(R"({"layer_types": ["conv", "conv", "conv", "conv", "conv"]})") << none
                                          << "layer_types has 5 entries but num_hidden_layers is 4";
    QTest::newRow("layer_types unknown entry") << obj(R"({"layer_types": ["conv", "mamba", "conv", "conv"]})") << none
                                               << "layer_types[1] is 'mamba'; expected 'conv' or 'full_attention'";
    QTest::newRow("layer_types non-string entry") << obj(R"({"layer_types": ["conv", "conv", 5, "conv"]})") << none << "layer_types[2]";
    QTest::newRow("full_attn_idxs out of range") << obj(R"({"full_attn_idxs": [1, 4]})") << QStringList{"layer_types"}
                                                 << "full_attn_idxs holds an invalid layer index";
    QTest::newRow("full_attn_idxs negative") << obj(R"({"full_attn_idxs": [-1]})") << QStringList{"layer_types"} << "full_attn_idxs";
    QTest::newRow("full_attn_idxs fractional") << obj(R"({"full_attn_idxs": [1.5]})") << QStringList{"layer_types"} << "full_attn_idxs";
    QTest::newRow("rope_theta a string") << obj(R"({"rope_theta": "1e6"})") << none << "key 'rope_theta' must be a number";
    QTest::newRow("theta a string names theta") << obj(R"({"theta": "1e6"})") << QStringList{"rope_theta"} << "key 'theta' must be a number";
    QTest::newRow("tie_embedding a string") << obj(R"({"tie_embedding": "yes"})") << none << "key 'tie_embedding' must be true or false";
    QTest::newRow("norm_eps zero") << obj(R"({"norm_eps": 0})") << none << "norm_eps must be positive";
    QTest::newRow("norm_eps negative") << obj(R"({"norm_eps": -1e-5})") << none << "norm_eps must be positive";
    QTest::newRow("conv_bias true") << obj(R"({"conv_bias": true})") << none << "conv_bias = true is not supported";
    QTest::newRow("negative multiplier") << obj(R"({"block_ffn_dim_multiplier": -1.0})") << none
                                         << "block_ffn_dim_multiplier must be in (0, 64]";
    QTest::newRow("huge multiplier") << obj(R"({"block_ffn_dim_multiplier": 1e300})") << none << "block_ffn_dim_multiplier must be in (0, 64]";
    QTest::newRow("intermediate_size 2^50") << obj(R"({"intermediate_size": 1125899906842624})") << none << "implausibly large";
    QTest::newRow("hidden_size 1e12") << obj(R"({"hidden_size": 1e12})") << none << "implausibly large";
    QTest::newRow("vocab_size 2^40") << obj(R"({"vocab_size": 1099511627776})") << none << "implausibly large";
    QTest::newRow("rope_theta negative") << obj(R"({"rope_theta": -5})") << none << "rope_theta must be a positive number";
    QTest::newRow("eos_token_id list with a string") << obj(R"({"eos_token_id": [7, "2"]})") << none << "eos_token_id";
    QTest::newRow("eos_token_id fractional") << obj(R"({"eos_token_id": 7.5})") << none << "eos_token_id";
    QTest::newRow("eos_token_id negative in a list") << obj(R"({"eos_token_id": [7, -1]})") << none << "eos_token_id";
    QTest::newRow("eos_token_id a string") << obj(R"({"eos_token_id": "7"})") << none << "eos_token_id";
}

void TstConfig::badValues() {
    QFETCH(QJsonObject, set);
    QFETCH(QStringList, remove);
    QFETCH(QString, error);
    QJsonObject o = tinyJson();
    for (const QString& k : remove) o.remove(k);
    for (auto it = set.begin(); it != set.end(); ++it) o.insert(it.key(), it.value());
    auto c = Lfm2Config::fromJson(o);
    QVERIFY2(!c.ok(), "accepted");
    QVERIFY2(c.error().message.contains(error), qPrintable(c.error().toString()));

    // Through a file, the error also names the file.
    QTemporaryDir dir;
    const QString path = dir.filePath("config.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
    f.close();
    auto fc = Lfm2Config::fromFile(path);
    QVERIFY(!fc.ok());
    QVERIFY(fc.error().toString().contains(path));
    QVERIFY(fc.error().toString().contains(error));
}

void TstConfig::fromFileErrors() {
    QTemporaryDir dir;
    auto write = [&](const QByteArray& bytes) {
        QFile f(dir.filePath("config.json"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
        return f.write(bytes) == bytes.size();
    };
    const QString path = dir.filePath("config.json");
    auto missing = Lfm2Config::fromFile(path);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains("cannot read file"));
    QCOMPARE(missing.error().context, path);
    QVERIFY(write("{\"model_type\": \"lfm2\", "));
    auto invalid = Lfm2Config::fromFile(path);
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error().message.contains("invalid JSON at byte"), qPrintable(invalid.error().toString()));
    QCOMPARE(invalid.error().context, path);
    QVERIFY(write("[1, 2]"));
    auto array = Lfm2Config::fromFile(path);
    QVERIFY(!array.ok());
    QVERIFY(array.error().message.contains("not a JSON object"));
    QVERIFY(write(QJsonDocument(oldSpellingJson()).toJson()));
    auto ok = Lfm2Config::fromFile(path);
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().toString()));
    QCOMPARE(fields(ok.value()), fields(parseOk(oldSpellingJson())));
}

void TstConfig::eosTokenId_data() {
    QTest::addColumn<QJsonValue>("eos");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("integer") << QJsonValue(2) << QList<qint64>{2};
    QTest::newRow("list") << QJsonValue(QJsonArray{7, 2}) << QList<qint64>{7, 2};
    QTest::newRow("list of one") << QJsonValue(QJsonArray{5}) << QList<qint64>{5};
    QTest::newRow("empty list") << QJsonValue(QJsonArray{}) << QList<qint64>{};
    QTest::newRow("absent: default 7") << QJsonValue(QJsonValue::Undefined) << QList<qint64>{7};
    QTest::newRow("null: default 7") << QJsonValue(QJsonValue::Null) << QList<qint64>{7};
}

void TstConfig::eosTokenId() {
    QFETCH(QJsonValue, eos);
    QFETCH(QList<qint64>, ids);
    QJsonObject o = tinyJson();
    if (eos.isUndefined())
        o.remove("eos_token_id");
    else
        o.insert("eos_token_id", eos);
    const Lfm2Config c = parseOk(o);
    QCOMPARE(c.eosTokenIds, std::vector<int64_t>(ids.begin(), ids.end()));
    // A list stays a list (also a list of one), a number a number.
    const QJsonValue written = c.toJson().value("eos_token_id");
    const bool expectList = eos.isArray() || ids.size() != 1;
    QCOMPARE(written.isArray(), expectList);
    if (!expectList) QCOMPARE(written, QJsonValue(double(ids[0])));
    if (eos.isArray()) QCOMPARE(written, eos);
    QCOMPARE(parseOk(c.toJson()).eosTokenIds, c.eosTokenIds);
}

// ---------------------------------------------------------------------------

void TstConfig::roundTripKeepsEveryKey_data() {
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("published LFM2-350M") << published350mJson();
    QTest::newRow("old spellings only") << oldSpellingJson();
    QTest::newRow("tiny, current spellings") << tinyJson();
}

void TstConfig::roundTripKeepsEveryKey() {
    QFETCH(QJsonObject, json);
    const Lfm2Config c = parseOk(json);
    QCOMPARE(c.raw, json);
    const QJsonObject out = c.toJson();
    for (auto it = json.begin(); it != json.end(); ++it) {
        QVERIFY2(out.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(out.value(it.key()) == it.value(),
                 qPrintable(it.key() + ": " + QJsonDocument(QJsonArray{it.value(), out.value(it.key())}).toJson(QJsonDocument::Compact)));
    }
    // The current spellings are always written, so any reader finds them.
    for (const char* k : {"hidden_size", "intermediate_size", "num_attention_heads", "rope_theta", "norm_eps", "layer_types",
                          "vocab_size", "num_hidden_layers", "num_key_value_heads", "model_type"})
        QVERIFY2(out.contains(k), k);
    QCOMPARE(out.value("model_type").toString(), QStringLiteral("lfm2"));
    // Values survive the round trip, also through the JSON text.
    QCOMPARE(fields(parseOk(out)), fields(c));
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(out).toJson()).object();
    QCOMPARE(fields(parseOk(reparsed)), fields(c));
    QCOMPARE(parseOk(reparsed).toJson(), out);  // stable
}

void TstConfig::roundTripAfterChanges() {
    // A config read with the old spellings, then changed (as the trainer or a
    // dtype conversion would), must say the new values under every spelling.
    Lfm2Config c = parseOk(oldSpellingJson());
    QCOMPARE(c.hiddenSize, int64_t(64));
    QCOMPARE(c.normEps, 1e-6);
    QCOMPARE(attentionLayers(c), (QList<int>{0, 3}));
    c.hiddenSize = 128;
    c.intermediateSize = 384;
    c.numAttentionHeads = 8;
    c.headDim = 16;
    c.ropeTheta = 250000.0;
    c.tieEmbedding = true;
    c.normEps = 1e-5;
    c.layerKinds = {LayerKind::Conv, LayerKind::Attention, LayerKind::Attention, LayerKind::Conv};
    c.eosTokenIds = {9};
    c.torchDtype = "float32";
    const QJsonObject out = c.toJson();
    QCOMPARE(out.value("block_dim").toDouble(), 128.0);
    QCOMPARE(out.value("block_ff_dim").toDouble(), 384.0);
    QCOMPARE(out.value("num_heads").toDouble(), 8.0);
    QCOMPARE(out.value("theta").toDouble(), 250000.0);
    QCOMPARE(out.value("tie_embedding").toBool(), true);
    QCOMPARE(out.value("block_norm_eps").toDouble(), 1e-5);
    QCOMPARE(out.value("full_attn_idxs").toArray(), (QJsonArray{1, 2}));
    QCOMPARE(out.value("my_extra_key"), oldSpellingJson().value("my_extra_key"));
    QCOMPARE(fields(parseOk(out)), fields(c));

    // The same with the current spellings (tie_word_embeddings) in the source.
    QJsonObject src = tinyJson();
    src.insert("tie_word_embeddings", false);
    Lfm2Config t = parseOk(src);
    QVERIFY(!t.tieEmbedding);
    t.tieEmbedding = true;
    t.ropeTheta = 5.0e5;
    const QJsonObject tout = t.toJson();
    QCOMPARE(tout.value("tie_word_embeddings").toBool(), true);
    QCOMPARE(fields(parseOk(tout)), fields(t));
}

QTEST_GUILESS_MAIN(TstConfig)
#include "tst_config.moc"
