#include "train/dpo_tokenize.h"

#include "tokenizer/chat_template.h"
#include "tokenizer/tokenizer.h"
#include "train/dpo_batch.h"
#include "train/dpo_data.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::train {

Result<DpoTokenizer> DpoTokenizer::forModel(const QString& modelDir) {
    auto enc = gen::PromptEncoder::forModel(modelDir);
    if (!enc) return enc.error();
    return DpoTokenizer(enc->tokenizer(), enc.value());
}

DpoTokenizer::DpoTokenizer(std::shared_ptr<const tokenizer::Tokenizer> tok, std::shared_ptr<const tokenizer::ChatTemplate> chat)
    : tok_(tok), prompts_(tok, std::move(chat)) {}

DpoTokenizer::DpoTokenizer(std::shared_ptr<const tokenizer::Tokenizer> tok, gen::PromptEncoder prompts)
    : tok_(std::move(tok)), prompts_(std::move(prompts)) {}

Result<DpoExample> DpoTokenizer::encode(const data::PreferenceRecord& r, int64_t id) const {
    if (!r.chosen || !r.rejected) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "the record has no chosen/rejected answers"));
    DpoExample e;
    e.id = id;
    const bool chat = r.prompt.isChat();
    auto promptIds = prompts_.encode(r.prompt);
    if (!promptIds) return promptIds.error();
    e.prompt = std::move(promptIds.value());
    std::optional<int64_t> end = chat ? tok_->tokenToId("<|im_end|>") : std::nullopt;
    if (!end) end = tok_->eosId();
    if (!end) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "the tokenizer defines no end-of-sequence token"));
    for (auto [text, target] : {std::pair<const QString*, std::vector<int64_t>*>{&*r.chosen, &e.chosen}, {&*r.rejected, &e.rejected}}) {
        auto ids = tok_->encode(*text, false);
        if (!ids) return ids.error();
        *target = ids.value();
        target->push_back(*end);
    }
    return e;
}

Result<std::vector<DpoExample>> readDpoJsonl(const QString& path, const DpoTokenizer* tokenizer) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "cannot read file"), path);
    std::vector<DpoExample> out;
    int64_t lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty()) continue;
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "line %1: not a JSON object (%2)").arg(lineNo).arg(perr.errorString()), path);
        if (isTokenizedRecord(doc.object())) {
            auto e = tokenizedExampleFromJson(doc.object(), lineNo);
            if (!e) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "line %1: %2").arg(lineNo).arg(e.error().message), path);
            out.push_back(std::move(e.value()));
            continue;
        }
        if (!tokenizer) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "line %1: the pairs are text, and the model folder has no tokenizer").arg(lineNo), path);
        auto record = data::recordFromJson(doc.object(), 16 << 20);
        if (!record) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "line %1: %2").arg(lineNo).arg(record.error().message), path);
        if (record->isPromptOnly()) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "line %1: a prompt without chosen/rejected answers").arg(lineNo), path);
        if (record->preference != store::Choice::A) continue;  // ties, both-bad and skips carry no preference
        auto e = tokenizer->encode(record.value(), lineNo);
        if (!e) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "line %1: %2").arg(lineNo).arg(e.error().message), path);
        out.push_back(std::move(e.value()));
    }
    if (out.empty()) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "the file holds no preference pairs"), path);
    return out;
}

}  // namespace ps::train
