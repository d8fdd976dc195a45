// text_generator.cpp — model + tokenizer + chat template + generation config
// for evaluation answers (text_generator.h). LibTorch stays in this file.
#include "eval/text_generator.h"

#include "model/generate.h"
#include "model/lfm2.h"
#include "model/tensor_bridge.h"
#include "tokenizer/chat_template.h"
#include "tokenizer/tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace ps::eval {

QJsonObject TextSampling::toJson() const {
    QJsonObject o;
    if (doSample) o.insert(QStringLiteral("do_sample"), *doSample);
    if (temperature) o.insert(QStringLiteral("temperature"), *temperature);
    if (topK) o.insert(QStringLiteral("top_k"), double(*topK));
    if (topP) o.insert(QStringLiteral("top_p"), *topP);
    if (minP) o.insert(QStringLiteral("min_p"), *minP);
    if (repetitionPenalty) o.insert(QStringLiteral("repetition_penalty"), *repetitionPenalty);
    o.insert(QStringLiteral("max_new_tokens"), double(maxNewTokens));
    return o;
}

struct TextGenerator::Impl {
    QString dir;
    std::shared_ptr<model::Lfm2Model> model;
    std::shared_ptr<const tokenizer::Tokenizer> tok;
    std::optional<tokenizer::ChatTemplate> chat;
    model::GenerationConfig defaults;
    std::vector<int64_t> stop;
};

TextGenerator::TextGenerator() : d_(std::make_unique<Impl>()) {}
TextGenerator::~TextGenerator() = default;

Result<std::unique_ptr<TextGenerator>> TextGenerator::load(const QString& modelDir, const QString& dtype) {
    std::unique_ptr<TextGenerator> g(new TextGenerator());
    Impl& d = *g->d_;
    d.dir = modelDir;
    model::LoadOptions o;
    if (!dtype.isEmpty()) {
        const auto t = model::parseDTypeName(dtype);
        if (!t || (*t != at::kFloat && *t != at::kBFloat16))
            return makeError(QCoreApplication::translate("ps::eval", "the compute dtype must be fp32 or bf16, got '%1'").arg(dtype));
        o.dtype = *t;
    }
    auto m = model::Lfm2Model::load(modelDir, o);
    if (!m) return m.error();
    d.model = m.value();
    auto t = tokenizer::Tokenizer::load(modelDir);
    if (!t) return t.error().within(modelDir);
    d.tok = t.value();
    if (!d.tok->config().chatTemplate.isEmpty()) {
        auto ct = tokenizer::ChatTemplate::fromConfig(d.tok->config());
        if (ct) d.chat = ct.value();  // a template outside the ChatML family: text prompts go raw
    }
    d.defaults.eosIds = d.model->config().eosTokenIds;
    d.defaults.padId = d.model->config().padTokenId;
    Status s = model::readGenerationConfig(modelDir, d.defaults);
    if (!s) return s.error();
    d.stop = d.defaults.eosIds;
    if (d.chat)
        if (auto imEnd = d.tok->tokenToId("<|im_end|>"))
            if (std::find(d.stop.begin(), d.stop.end(), *imEnd) == d.stop.end()) d.stop.push_back(*imEnd);
    return g;
}

const QString& TextGenerator::modelDir() const { return d_->dir; }
const model::Lfm2Model& TextGenerator::model() const { return *d_->model; }
const tokenizer::Tokenizer& TextGenerator::tokenizer() const { return *d_->tok; }
std::vector<int64_t> TextGenerator::stopIds() const { return d_->stop; }

Result<std::vector<int64_t>> TextGenerator::encodePrompt(const store::PromptContent& prompt) const {
    QJsonArray messages = prompt.messages;
    if (!prompt.isChat()) {
        if (!d_->chat) return d_->tok->encode(prompt.text, true);
        messages = QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), prompt.text}}};
    }
    if (!d_->chat)
        return makeError(QCoreApplication::translate("ps::eval", "the prompt is a chat, but the model's tokenizer has no usable chat template"),
                         d_->dir);
    const QByteArray json = QJsonDocument(messages).toJson(QJsonDocument::Compact);
    auto req = tokenizer::ChatRequest::fromJson(std::string_view(json.constData(), size_t(json.size())));
    if (!req) return req.error();
    auto rendered = d_->chat->render(req.value());
    if (!rendered) return rendered.error();
    return d_->tok->encode(std::string_view(rendered.value()), false);  // the template wrote the special tokens
}

namespace {
model::GenerationConfig resolve(const model::GenerationConfig& defaults, const std::vector<int64_t>& stop, const TextSampling& s, uint64_t seed) {
    model::GenerationConfig g = defaults;
    g.eosIds = stop;
    g.maxNewTokens = s.maxNewTokens;
    g.numReturnSequences = 1;
    if (s.doSample) g.sampling.doSample = *s.doSample;
    if (s.temperature) g.sampling.temperature = *s.temperature;
    if (s.topK) g.sampling.topK = *s.topK;
    if (s.topP) g.sampling.topP = *s.topP;
    if (s.minP) g.sampling.minP = *s.minP;
    if (s.repetitionPenalty) g.sampling.repetitionPenalty = *s.repetitionPenalty;
    if (g.sampling.temperature <= 0.0) g.sampling.doSample = false;
    g.sampling.seed = seed;
    return g;
}
}  // namespace

QJsonObject TextGenerator::effectiveSampling(const TextSampling& sampling) const {
    const model::GenerationConfig g = resolve(d_->defaults, d_->stop, sampling, 0);
    return QJsonObject{{QStringLiteral("do_sample"), g.sampling.doSample},
                       {QStringLiteral("temperature"), g.sampling.temperature},
                       {QStringLiteral("top_k"), double(g.sampling.topK)},
                       {QStringLiteral("top_p"), g.sampling.topP},
                       {QStringLiteral("min_p"), g.sampling.minP},
                       {QStringLiteral("repetition_penalty"), g.sampling.repetitionPenalty},
                       {QStringLiteral("max_new_tokens"), double(g.maxNewTokens)}};
}

Result<TextAnswer> TextGenerator::answer(const store::PromptContent& prompt, const TextSampling& sampling, uint64_t seed,
                                         const std::atomic<bool>* cancel) const {
    auto ids = encodePrompt(prompt);
    if (!ids) return ids.error();
    if (ids->empty()) return makeError(QCoreApplication::translate("ps::eval", "the prompt encodes to no tokens"));
    const model::GenerationConfig g = resolve(d_->defaults, d_->stop, sampling, seed);
    QElapsedTimer timer;
    timer.start();
    auto r = model::generate(*d_->model, {ids.value()}, g, {}, cancel);
    if (!r) return r.error();
    TextAnswer a;
    a.latencyMs = timer.elapsed();
    a.promptTokens = int(ids->size());
    const model::GeneratedSequence& seq = r->sequences.front();
    a.tokens = int(seq.tokens.size());
    a.promptIds = ids.value();
    a.ids = seq.tokens;
    a.text = QString::fromStdString(d_->tok->decode(seq.tokens, true));
    static const char* reasons[] = {"eos", "length", "stop", "cancelled"};
    a.finish = QLatin1String(reasons[static_cast<int>(seq.finish)]);
    return a;
}

}  // namespace ps::eval
