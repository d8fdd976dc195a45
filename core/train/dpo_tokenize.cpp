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
    auto tok = tokenizer::Tokenizer::load(modelDir);
    if (!tok) return tok.error();
    std::shared_ptr<const tokenizer::ChatTemplate> chat;
    if (!tok.value()->config().chatTemplate.isEmpty()) {
        auto t = tokenizer::ChatTemplate::fromConfig(tok.value()->config());
        if (!t) return t.error();
        chat = std::make_shared<tokenizer::ChatTemplate>(t.value());
    }
    return DpoTokenizer(tok.value(), chat);
}

DpoTokenizer::DpoTokenizer(std::shared_ptr<const tokenizer::Tokenizer> tok, std::shared_ptr<const tokenizer::ChatTemplate> chat)
    : tok_(std::move(tok)), chat_(std::move(chat)) {}

Result<DpoExample> DpoTokenizer::encode(const data::PreferenceRecord& r, int64_t id) const {
    if (!r.chosen || !r.rejected) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "the record has no chosen/rejected answers"));
    DpoExample e;
    e.id = id;
    const bool chat = r.prompt.isChat();
    if (chat) {
        if (!chat_) return makeError(QCoreApplication::translate("ps::train::DpoTokenizer", "chat messages need a chat template, and this tokenizer has none"));
        const QByteArray messages = QJsonDocument(r.prompt.messages).toJson(QJsonDocument::Compact);
        auto request = tokenizer::ChatRequest::fromJson(std::string_view(messages.constData(), static_cast<size_t>(messages.size())), true);
        if (!request) return request.error();
        auto rendered = chat_->render(request.value());
        if (!rendered) return rendered.error();
        auto ids = tok_->encode(rendered.value(), false);
        if (!ids) return ids.error();
        e.prompt = ids.value();
    } else {
        auto ids = tok_->encode(r.prompt.text, false);
        if (!ids) return ids.error();
        e.prompt = ids.value();
    }
    if (const auto bos = tok_->bosId(); bos && (e.prompt.empty() || e.prompt.front() != *bos)) e.prompt.insert(e.prompt.begin(), *bos);
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
