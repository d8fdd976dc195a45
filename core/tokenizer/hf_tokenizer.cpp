#include "tokenizer/hf_tokenizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::tokenizer {

Result<std::shared_ptr<const HfTokenizer>> HfTokenizer::fromJson(const QByteArray& bytes) {
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return makeError(QCoreApplication::translate("ps::tokenizer", "invalid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject()) return makeError(QCoreApplication::translate("ps::tokenizer", "tokenizer.json must be a JSON object"));
    const QJsonObject root = doc.object();
    auto t = std::make_shared<HfTokenizer>();

    const QJsonObject model = root.value(QLatin1String("model")).toObject();
    QString modelType = model.value(QLatin1String("type")).toString();
    if (modelType.isEmpty() && model.contains(QLatin1String("merges"))) modelType = QStringLiteral("BPE");
    if (modelType != QLatin1String("BPE"))
        return makeError(QCoreApplication::translate("ps::tokenizer", "unsupported model type '%1' (supported: BPE)")
                             .arg(modelType.isEmpty() ? QStringLiteral("?") : modelType),
                         QStringLiteral("model"));
    auto bpe = BpeModel::fromJson(model);
    if (!bpe) return bpe.error().within(QStringLiteral("model"));
    t->model_ = bpe.value();

    auto n = Normalizer::fromJson(root.value(QLatin1String("normalizer")));
    if (!n) return n.error().within(QStringLiteral("normalizer"));
    t->normalizer_ = n.value();
    auto p = PreTokenizer::fromJson(root.value(QLatin1String("pre_tokenizer")));
    if (!p) return p.error().within(QStringLiteral("pre_tokenizer"));
    t->preTokenizer_ = p.value();
    auto pp = PostProcessor::fromJson(root.value(QLatin1String("post_processor")));
    if (!pp) return pp.error().within(QStringLiteral("post_processor"));
    t->postProcessor_ = pp.value();
    auto d = Decoder::fromJson(root.value(QLatin1String("decoder")));
    if (!d) return d.error().within(QStringLiteral("decoder"));
    t->decoder_ = d.value();
    t->alwaysTrack_ = t->preTokenizer_ && t->preTokenizer_->usesOriginalOffsets() && t->normalizer_;

    std::vector<AddedToken> added;
    for (const QJsonValue& v : root.value(QLatin1String("added_tokens")).toArray()) {
        const QJsonObject o = v.toObject();
        AddedToken a;
        a.content = o.value(QLatin1String("content")).toString().toStdString();
        a.special = o.value(QLatin1String("special")).toBool(false);
        a.singleWord = o.value(QLatin1String("single_word")).toBool(false);
        a.lstrip = o.value(QLatin1String("lstrip")).toBool(false);
        a.rstrip = o.value(QLatin1String("rstrip")).toBool(false);
        a.normalized = o.value(QLatin1String("normalized")).toBool(!a.special);
        added.push_back(std::move(a));
    }
    t->added_.build(std::move(added), *t->model_, t->normalizer_.get());
    return std::shared_ptr<const HfTokenizer>(std::move(t));
}

Status HfTokenizer::encode(std::string_view text, bool addSpecialTokens, bool withOffsets, EncodedIds& out) const {
    const bool track = withOffsets || alwaysTrack_;
    Piece input;
    input.text.assign(text.data(), text.size());
    input.tracked = track;
    input.origBegin = 0;
    input.origEnd = static_cast<uint32_t>(text.size());
    if (track) {
        input.align.resize(text.size());
        for (uint32_t i = 0; i < text.size(); ++i) input.align[i] = Span{i, i + 1};
    }
    std::vector<Piece> pieces;
    added_.extract(input, normalizer_.get(), pieces);

    out = EncodedIds{};
    out.tracked = withOffsets;
    // Pre-tokenised pieces go straight into the model, one at a time.
    struct ModelSink final : PieceSink {
        const BpeModel& model;
        EncodedIds& out;
        bool offsets;
        std::vector<uint32_t> lens;
        ModelSink(const BpeModel& m, EncodedIds& o, bool withOffsets) : model(m), out(o), offsets(withOffsets) {}
        Status put(Piece&& p) override {
            if (p.token >= 0) {
                out.ids.push_back(p.token);
                if (offsets) out.offsets.push_back(p.original(0, p.text.size()));
                return Status::success();
            }
            const size_t first = out.ids.size();
            lens.clear();
            PS_TRY(model.tokenize(p.text, out.ids, offsets ? &lens : nullptr));
            if (offsets) {
                size_t pos = 0;
                for (size_t k = 0; k < out.ids.size() - first; ++k) {
                    const size_t end = std::min(pos + lens[k], p.text.size());
                    out.offsets.push_back(p.original(pos, end));
                    pos = end;
                }
            }
            return Status::success();
        }
    } sink(*model_, out, withOffsets);
    for (Piece& p : pieces) {
        if (p.token >= 0 || !preTokenizer_) PS_TRY(sink.put(std::move(p)));
        else PS_TRY(preTokenizer_->split(std::move(p), sink));
    }
    out.special.assign(out.ids.size(), 0);
    if (postProcessor_) postProcessor_->process(out, addSpecialTokens);
    return Status::success();
}

std::string HfTokenizer::decode(const std::vector<int64_t>& ids, bool skipSpecialTokens) const {
    std::vector<std::string> tokens;
    tokens.reserve(ids.size());
    for (int64_t id64 : ids) {
        if (id64 < 0 || id64 > INT32_MAX) continue;
        const auto id = static_cast<int32_t>(id64);
        // HF: the token string (an added token's surface, else the model's), dropped
        // when skipping specials and that string is a special token's content.
        const std::string* s = nullptr;
        if (const AddedToken* a = added_.byId(id)) s = &a->surface;
        else s = model_->idToToken(id);
        if (!s) continue;
        if (skipSpecialTokens && added_.isSpecialContent(*s)) continue;
        tokens.push_back(*s);
    }
    if (decoder_) return decoder_->decode(std::move(tokens));
    std::string out;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i) out.push_back(' ');
        out += tokens[i];
    }
    return out;
}

int64_t HfTokenizer::tokenToId(std::string_view token) const {
    const int32_t a = added_.find(token);
    if (a >= 0) return a;
    return model_->tokenToId(token);
}

std::optional<std::string> HfTokenizer::idToToken(int64_t id) const {
    if (id < 0 || id > INT32_MAX) return std::nullopt;
    if (const AddedToken* a = added_.byId(int32_t(id))) return a->surface;
    if (const std::string* s = model_->idToToken(int32_t(id))) return *s;
    return std::nullopt;
}

bool HfTokenizer::isSpecial(int64_t id) const { return id >= 0 && id <= INT32_MAX && added_.isSpecial(int32_t(id)); }

int64_t HfTokenizer::vocabSize(bool withAddedTokens) const {
    int64_t n = static_cast<int64_t>(model_->vocabSize());
    if (withAddedTokens)
        for (const AddedToken& a : added_.tokens())
            if (!model_->idToToken(a.id)) ++n;
    return n;
}

Result<std::shared_ptr<const TokenizerBackend>> makeHfBackend(const QByteArray& json) {
    auto t = HfTokenizer::fromJson(json);
    if (!t) return t.error();
    return std::shared_ptr<const TokenizerBackend>(t.value());
}

}  // namespace ps::tokenizer
