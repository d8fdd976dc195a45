#include "gen/prompt_encoder.h"

#include "tokenizer/chat_template.h"
#include "tokenizer/tokenizer.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ps::gen {

Result<PromptEncoder> PromptEncoder::forModel(const QString& modelDir) {
    auto tok = tokenizer::Tokenizer::load(modelDir);
    if (!tok) return tok.error();
    std::shared_ptr<const tokenizer::ChatTemplate> chat;
    if (!tok.value()->config().chatTemplate.isEmpty()) {
        auto t = tokenizer::ChatTemplate::fromConfig(tok.value()->config());
        if (!t) return t.error();
        chat = std::make_shared<tokenizer::ChatTemplate>(t.value());
    }
    return PromptEncoder(tok.value(), chat);
}

PromptEncoder::PromptEncoder(std::shared_ptr<const tokenizer::Tokenizer> tok, std::shared_ptr<const tokenizer::ChatTemplate> chat)
    : tok_(std::move(tok)), chat_(std::move(chat)) {}

Result<std::vector<int64_t>> PromptEncoder::encode(const store::PromptContent& prompt) const {
    std::vector<int64_t> ids;
    if (prompt.isChat()) {
        if (!chat_)
            return makeError(QCoreApplication::translate("ps::gen::PromptEncoder", "chat messages need a chat template, and this tokenizer has none"));
        const QByteArray messages = QJsonDocument(prompt.messages).toJson(QJsonDocument::Compact);
        auto request = tokenizer::ChatRequest::fromJson(std::string_view(messages.constData(), static_cast<size_t>(messages.size())), true);
        if (!request) return request.error();
        auto rendered = chat_->render(request.value());
        if (!rendered) return rendered.error();
        // The template wrote the special tokens itself (transformers' apply_chat_template).
        auto enc = tok_->encode(rendered.value(), false);
        if (!enc) return enc.error();
        ids = std::move(enc.value());
    } else {
        auto enc = tok_->encode(prompt.text, false);
        if (!enc) return enc.error();
        ids = std::move(enc.value());
    }
    if (const auto bos = tok_->bosId(); bos && (ids.empty() || ids.front() != *bos)) ids.insert(ids.begin(), *bos);
    return ids;
}

}  // namespace ps::gen
