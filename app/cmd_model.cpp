// cmd_model.cpp — model commands: inspect, create-model, forward, generate.
#include "cli.h"
#include "cli_args.h"

#include "io/safetensors.h"
#include "model/create_model.h"
#include "model/generate.h"
#include "model/lfm2.h"
#include "model/tensor_bridge.h"
#include "tokenizer/streaming_decoder.h"
#include "tokenizer/tokenizer.h"

#include <ATen/core/grad_mode.h>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <chrono>

namespace ps::app {

namespace {

Result<model::LoadOptions> loadOptions(const QCommandLineParser& p) {
    model::LoadOptions o;
    if (p.isSet(QStringLiteral("dtype"))) {
        const auto t = model::parseDTypeName(p.value(QStringLiteral("dtype")));
        if (!t || (*t != at::kFloat && *t != at::kBFloat16))
            return makeError(QCoreApplication::translate("ps::cli", "--dtype must be fp32 or bf16, got '%1'").arg(p.value(QStringLiteral("dtype"))));
        o.dtype = *t;
    }
    return o;
}

QCommandLineOption dtypeOption() {
    return QCommandLineOption(QStringLiteral("dtype"), QCoreApplication::translate("ps::cli", "compute dtype: fp32 or bf16 (default: the checkpoint's)"), QStringLiteral("dtype"));
}
}  // namespace

int cmdInspect(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ps::cli", "Show a Hugging Face LFM2 model folder: configuration, parameters, dtype, layer types."));
    p.addPositionalArgument(QStringLiteral("MODEL_DIR"), QCoreApplication::translate("ps::cli", "model folder (config.json + safetensors)"));
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("ps::cli", "print JSON")});
    if (!parseCommand(p, QStringLiteral("inspect"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1) return fail(makeError(QCoreApplication::translate("ps::cli", "inspect needs exactly one MODEL_DIR")));
    const QString dir = p.positionalArguments().first();
    auto m = model::Lfm2Model::load(dir);
    if (!m) return fail(m.error());
    const model::Lfm2Config& c = m.value()->config();
    auto ckpt = io::Checkpoint::openFolder(dir);
    QMap<QString, int64_t> dtypeCounts;
    int64_t params = 0;
    for (const QString& n : ckpt->names()) {
        const io::TensorInfo* t = ckpt->find(n)->info;
        dtypeCounts[io::dtypeName(t->dtype)] += t->numel();
        if (!(c.tieEmbedding && n == QLatin1String("lm_head.weight"))) params += t->numel();
    }
    QStringList types;
    for (int i = 0; i < c.numHiddenLayers; ++i) types << (c.isAttention(i) ? QStringLiteral("attn") : QStringLiteral("conv"));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("model_type"), c.modelType);
        o.insert(QStringLiteral("parameters"), double(params));
        o.insert(QStringLiteral("hidden_size"), double(c.hiddenSize));
        o.insert(QStringLiteral("ff_dim"), double(c.ffDim()));
        o.insert(QStringLiteral("num_hidden_layers"), double(c.numHiddenLayers));
        o.insert(QStringLiteral("num_attention_heads"), double(c.numAttentionHeads));
        o.insert(QStringLiteral("num_key_value_heads"), double(c.numKeyValueHeads));
        o.insert(QStringLiteral("head_dim"), double(c.headDim));
        o.insert(QStringLiteral("vocab_size"), double(c.vocabSize));
        o.insert(QStringLiteral("tie_embedding"), c.tieEmbedding);
        o.insert(QStringLiteral("layer_types"), QJsonArray::fromStringList(types));
        o.insert(QStringLiteral("compute_dtype"), model::scalarTypeName(m.value()->dtype()));
        QJsonObject d;
        for (auto it = dtypeCounts.begin(); it != dtypeCounts.end(); ++it) d.insert(it.key(), double(it.value()));
        o.insert(QStringLiteral("dtypes"), d);
        o.insert(QStringLiteral("shards"), ckpt->shardCount());
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    QStringList dts;
    for (auto it = dtypeCounts.begin(); it != dtypeCounts.end(); ++it) dts << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
    out() << QCoreApplication::translate("ps::cli", "model:          %1\n").arg(QFileInfo(dir).absoluteFilePath())
          << QCoreApplication::translate("ps::cli", "model_type:     %1\n").arg(c.modelType)
          << QCoreApplication::translate("ps::cli", "parameters:     %1 (%2 M)\n").arg(params).arg(double(params) / 1e6, 0, 'f', 1)
          << QCoreApplication::translate("ps::cli", "weights dtype:  %1\n").arg(dts.join(QStringLiteral(", ")))
          << QCoreApplication::translate("ps::cli", "files:          %1 shard(s), %2 MB\n").arg(ckpt->shardCount()).arg(double(ckpt->totalBytes()) / 1e6, 0, 'f', 1)
          << QCoreApplication::translate("ps::cli", "hidden size:    %1\n").arg(c.hiddenSize)
          << QCoreApplication::translate("ps::cli", "feed-forward:   %1 (intermediate_size %2%3)\n")
                 .arg(c.ffDim())
                 .arg(c.intermediateSize)
                 .arg(c.blockAutoAdjustFfDim ? QCoreApplication::translate("ps::cli", ", auto-adjusted") : QString())
          << QCoreApplication::translate("ps::cli", "layers:         %1 (%2 attention, %3 conv)\n").arg(c.numHiddenLayers).arg(c.attentionLayerCount()).arg(c.numHiddenLayers - c.attentionLayerCount())
          << QCoreApplication::translate("ps::cli", "layer types:    %1\n").arg(types.join(QLatin1Char(' ')))
          << QCoreApplication::translate("ps::cli", "heads:          %1 query, %2 key/value, head_dim %3\n").arg(c.numAttentionHeads).arg(c.numKeyValueHeads).arg(c.headDim)
          << QCoreApplication::translate("ps::cli", "vocabulary:     %1 (tied embedding: %2)\n").arg(c.vocabSize).arg(c.tieEmbedding ? QCoreApplication::translate("ps::cli", "yes") : QCoreApplication::translate("ps::cli", "no"))
          << QCoreApplication::translate("ps::cli", "rope theta:     %1, norm eps %2, conv L_cache %3\n").arg(c.ropeTheta).arg(c.normEps).arg(c.convLCache)
          << QCoreApplication::translate("ps::cli", "special ids:    bos %1, eos %2, pad %3\n").arg(c.bosTokenId).arg(c.eosTokenIds.empty() ? -1 : c.eosTokenIds.front()).arg(c.padTokenId)
          << Qt::flush;
    return 0;
}

int cmdCreateModel(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ps::cli", "Write a random-initialised LFM2 checkpoint (real config keys and tensor names)."));
    p.addOption({QStringLiteral("config"), QCoreApplication::translate("ps::cli", "config.json to use, or a preset: %1").arg(model::presetNames().join(QStringLiteral(", "))),
                 QStringLiteral("file|preset")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ps::cli", "output folder"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("ps::cli", "random seed (default 0)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("dtype"), QCoreApplication::translate("ps::cli", "bf16 (default) or fp32"), QStringLiteral("dtype")});
    if (!parseCommand(p, QStringLiteral("create-model"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("config")) || !p.isSet(QStringLiteral("out")))
        return fail(makeError(QCoreApplication::translate("ps::cli", "create-model needs --config and --out")));
    const QString cfgArg = p.value(QStringLiteral("config"));
    auto config = QFileInfo(cfgArg).isFile() ? model::Lfm2Config::fromFile(cfgArg) : model::presetConfig(cfgArg);
    if (!config) return fail(config.error());
    model::CreateModelOptions o;
    o.outDir = p.value(QStringLiteral("out"));
    auto seed = parseInt(p, QStringLiteral("seed"), 0);
    if (!seed) return fail(seed.error());
    o.seed = static_cast<uint64_t>(seed.value());
    if (p.isSet(QStringLiteral("dtype"))) o.dtype = p.value(QStringLiteral("dtype"));
    Status s = model::createRandomModel(config.value(), o);
    if (!s) return fail(s.error());
    out() << QCoreApplication::translate("ps::cli", "wrote %1 (%2 M parameters, %3)\n").arg(o.outDir).arg(double(config->parameterCount()) / 1e6, 0, 'f', 2).arg(o.dtype)
          << Qt::flush;
    return 0;
}

int cmdForward(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ps::cli", "Compute logits for token ids; writes one F32 tensor 'logits' of shape [T, vocab]."));
    p.addPositionalArgument(QStringLiteral("MODEL_DIR"), QCoreApplication::translate("ps::cli", "model folder"));
    p.addOption({QStringLiteral("ids"), QCoreApplication::translate("ps::cli", "token ids, comma-separated"), QStringLiteral("ids")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ps::cli", "output .safetensors file"), QStringLiteral("file")});
    p.addOption(dtypeOption());
    if (!parseCommand(p, QStringLiteral("forward"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("ids")) || !p.isSet(QStringLiteral("out")))
        return fail(makeError(QCoreApplication::translate("ps::cli", "forward needs MODEL_DIR, --ids and --out")));
    auto ids = parseIdList(p.value(QStringLiteral("ids")));
    if (!ids) return fail(ids.error());
    auto opts = loadOptions(p);
    if (!opts) return fail(opts.error());
    auto m = model::Lfm2Model::load(p.positionalArguments().first(), opts.value());
    if (!m) return fail(m.error());
    for (int64_t id : ids.value())
        if (id >= m.value()->config().vocabSize)
            return fail(makeError(QCoreApplication::translate("ps::cli", "token id %1 is outside the vocabulary (size %2)").arg(id).arg(m.value()->config().vocabSize)));
    at::NoGradGuard noGrad;
    const at::Tensor input = at::tensor(ids.value(), at::kLong).unsqueeze(0).to(m.value()->device());
    const at::Tensor logits = m.value()->forward(input).squeeze(0).to(at::kCPU).to(at::kFloat).contiguous();
    auto w = model::tensorToWrite(QStringLiteral("logits"), logits);
    if (!w) return fail(w.error());
    Status s = io::writeSafetensors(p.value(QStringLiteral("out")), {w.value()});
    if (!s) return fail(s.error());
    return 0;
}

int cmdGenerate(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ps::cli", "Generate continuations of token ids with the KV/conv cache. Defaults come from the "
                                   "model's generation_config.json."));
    p.addPositionalArgument(QStringLiteral("MODEL_DIR"), QCoreApplication::translate("ps::cli", "model folder"));
    p.addOption({QStringLiteral("ids"), QCoreApplication::translate("ps::cli", "prompt token ids, comma-separated; repeat for several prompts"), QStringLiteral("ids")});
    p.addOption({QStringLiteral("max-new-tokens"), QCoreApplication::translate("ps::cli", "tokens to generate at most (default 128)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("do-sample"), QCoreApplication::translate("ps::cli", "sample instead of greedy decoding")});
    p.addOption({QStringLiteral("greedy"), QCoreApplication::translate("ps::cli", "greedy decoding (overrides generation_config.json)")});
    p.addOption({QStringLiteral("temperature"), QCoreApplication::translate("ps::cli", "sampling temperature"), QStringLiteral("t")});
    p.addOption({QStringLiteral("top-k"), QCoreApplication::translate("ps::cli", "keep the k most likely tokens (0: off)"), QStringLiteral("k")});
    p.addOption({QStringLiteral("top-p"), QCoreApplication::translate("ps::cli", "nucleus sampling threshold (1: off)"), QStringLiteral("p")});
    p.addOption({QStringLiteral("min-p"), QCoreApplication::translate("ps::cli", "drop tokens below min-p x the top probability (0: off)"), QStringLiteral("p")});
    p.addOption({QStringLiteral("repetition-penalty"), QCoreApplication::translate("ps::cli", "penalty for tokens already seen (1: off)"), QStringLiteral("r")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("ps::cli", "random seed (default 0)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("num-return-sequences"), QCoreApplication::translate("ps::cli", "candidates per prompt (default 1)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("eos"), QCoreApplication::translate("ps::cli", "stop token ids, comma-separated (default: from the model)"), QStringLiteral("ids")});
    p.addOption({QStringLiteral("stream"), QCoreApplication::translate("ps::cli", "print tokens as they are generated (one prompt, one sequence)")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("ps::cli", "print one JSON object per sequence")});
    p.addOption({QStringLiteral("prompt"), QCoreApplication::translate("ps::cli", "prompt text, encoded with the model's tokenizer (output: text); repeat for several"), QStringLiteral("text")});
    p.addOption({QStringLiteral("chat-json"), QCoreApplication::translate("ps::cli", "a chat as a JSON message list, rendered with the model's chat template (output: text)"), QStringLiteral("json")});
    p.addOption(dtypeOption());
    if (!parseCommand(p, QStringLiteral("generate"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const bool textIn = p.isSet(QStringLiteral("prompt")) || p.isSet(QStringLiteral("chat-json"));
    if (p.positionalArguments().size() != 1 || (!p.isSet(QStringLiteral("ids")) && !textIn))
        return fail(makeError(QCoreApplication::translate("ps::cli", "generate needs MODEL_DIR and --ids, --prompt or --chat-json")));
    const QString dir = p.positionalArguments().first();
    std::vector<std::vector<int64_t>> prompts;
    for (const QString& v : p.values(QStringLiteral("ids"))) {
        auto ids = parseIdList(v);
        if (!ids) return fail(ids.error());
        prompts.push_back(ids.value());
    }
    std::shared_ptr<const tokenizer::Tokenizer> textTokenizer;  // set when prompts are text: print text too
    if (textIn) {
        auto tp = encodeTextPrompts(dir, p.values(QStringLiteral("prompt")), p.values(QStringLiteral("chat-json")));
        if (!tp) return fail(tp.error());
        textTokenizer = tp->tokenizer;
        for (auto& ids : tp->ids) prompts.push_back(std::move(ids));
    }
    auto opts = loadOptions(p);
    if (!opts) return fail(opts.error());
    auto m = model::Lfm2Model::load(dir, opts.value());
    if (!m) return fail(m.error());

    model::GenerationConfig g;
    g.eosIds = m.value()->config().eosTokenIds;
    g.padId = m.value()->config().padTokenId;
    Status gs = model::readGenerationConfig(dir, g);
    if (!gs) return fail(gs.error());
    auto& s = g.sampling;
    for (const auto& [name, target] : std::vector<std::pair<QString, double*>>{
             {QStringLiteral("temperature"), &s.temperature}, {QStringLiteral("top-p"), &s.topP},
             {QStringLiteral("min-p"), &s.minP}, {QStringLiteral("repetition-penalty"), &s.repetitionPenalty}}) {
        auto v = parseDouble(p, name, *target);
        if (!v) return fail(v.error());
        *target = v.value();
    }
    for (const auto& [name, target] : std::vector<std::pair<QString, int64_t*>>{
             {QStringLiteral("top-k"), &s.topK}, {QStringLiteral("max-new-tokens"), &g.maxNewTokens},
             {QStringLiteral("num-return-sequences"), &g.numReturnSequences}}) {
        auto v = parseInt(p, name, *target);
        if (!v) return fail(v.error());
        *target = v.value();
    }
    auto seed = parseInt(p, QStringLiteral("seed"), 0);
    if (!seed) return fail(seed.error());
    s.seed = static_cast<uint64_t>(seed.value());
    if (p.isSet(QStringLiteral("do-sample"))) s.doSample = true;
    if (p.isSet(QStringLiteral("greedy")) || s.temperature == 0.0) s.doSample = false;
    if (p.isSet(QStringLiteral("eos"))) {
        auto e = parseIdList(p.value(QStringLiteral("eos")));
        if (!e) return fail(e.error());
        g.eosIds = e.value();
    }
    const bool stream = p.isSet(QStringLiteral("stream")) && prompts.size() == 1 && g.numReturnSequences == 1;
    model::TokenCallback cb;
    if (stream) cb = [](int64_t, int64_t tok) { out() << tok << ' ' << Qt::flush; };
    std::shared_ptr<tokenizer::StreamingDecoder> sd;  // text as it completes (never half a UTF-8 character)
    if (stream && textTokenizer) {
        sd = std::make_shared<tokenizer::StreamingDecoder>(textTokenizer, true);
        cb = [sd](int64_t, int64_t tok) { out() << QString::fromStdString(sd->push(tok)) << Qt::flush; };
    }
    auto r = model::generate(*m.value(), prompts, g, cb);
    if (!r) return fail(r.error());
    if (stream) out() << (sd ? QString::fromStdString(sd->finish()) : QString()) << "\n";
    const auto& st = r->stats;
    for (const auto& seq : r->sequences) {
        if (stream) break;
        QStringList ids;
        for (int64_t t : seq.tokens) ids << QString::number(t);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o;
            o.insert(QStringLiteral("prompt"), double(seq.promptIndex));
            o.insert(QStringLiteral("candidate"), double(seq.candidate));
            QJsonArray a;
            for (int64_t t : seq.tokens) a.append(double(t));
            o.insert(QStringLiteral("ids"), a);
            static const char* reasons[] = {"eos", "length", "stop", "cancelled"};
            o.insert(QStringLiteral("finish"), QLatin1String(reasons[static_cast<int>(seq.finish)]));
            if (textTokenizer) o.insert(QStringLiteral("text"), QString::fromStdString(textTokenizer->decode(seq.tokens, true)));
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else if (textTokenizer) {
            out() << QString::fromStdString(textTokenizer->decode(seq.tokens, true)) << "\n";
        } else {
            out() << ids.join(QLatin1Char(' ')) << "\n";
        }
    }
    out() << Qt::flush;
    err() << QCoreApplication::translate("ps::cli", "prefill: %1 tokens in %2 s (%3 tok/s); decode: %4 tokens in %5 s (%6 tok/s)\n")
                 .arg(st.promptTokens)
                 .arg(st.prefillSeconds, 0, 'f', 3)
                 .arg(st.prefillSeconds > 0 ? double(st.promptTokens) / st.prefillSeconds : 0.0, 0, 'f', 1)
                 .arg(st.generatedTokens)
                 .arg(st.decodeSeconds, 0, 'f', 3)
                 .arg(st.decodeSeconds > 0 ? double(st.generatedTokens) / st.decodeSeconds : 0.0, 0, 'f', 1)
          << Qt::flush;
    return 0;
}

}  // namespace ps::app
