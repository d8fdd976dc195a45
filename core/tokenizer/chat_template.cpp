#include "tokenizer/chat_template.h"

#include <QCoreApplication>

namespace ps::tokenizer {

Result<ChatRequest> ChatRequest::fromJson(std::string_view json, bool defaultGenerationPrompt) {
    auto v = JsonValue::parse(json);
    if (!v) return v.error();
    ChatRequest r;
    r.addGenerationPrompt = defaultGenerationPrompt;
    if (v->isArray()) {
        r.messages = std::move(v.value());
        return r;
    }
    if (v->isObject() && v->find("messages")) {
        r.messages = *v->find("messages");
        if (const JsonValue* t = v->find("tools")) r.tools = *t;
        if (const JsonValue* g = v->find("add_generation_prompt")) {
            if (g->type() != JsonValue::Type::Bool)
                return makeError(QCoreApplication::translate("ps::tokenizer", "add_generation_prompt must be true or false"));
            r.addGenerationPrompt = g->toBool();
        }
        return r;
    }
    return makeError(QCoreApplication::translate("ps::tokenizer", "a chat must be a JSON list of messages or an object with \"messages\""));
}

Result<ChatTemplate> ChatTemplate::fromConfig(const TokenizerConfig& config) {
    if (config.chatTemplate.isEmpty())
        return makeError(QCoreApplication::translate("ps::tokenizer", "the tokenizer has no chat template (tokenizer_config.json "
                                                                      "\"chat_template\" or chat_template.jinja)"));
    auto t = fromSource(config.chatTemplate, config.bosToken);
    if (!t) return t.error().within(config.chatTemplateSource);
    return t;
}

Result<ChatTemplate> ChatTemplate::fromSource(const QString& source, const QString& bosToken) {
    if (!source.contains(QLatin1String("<|im_start|>")) || !source.contains(QLatin1String("<|im_end|>")))
        return makeError(QCoreApplication::translate("ps::tokenizer", "unsupported chat template: only the ChatML family "
                                                                      "(<|im_start|>role … <|im_end|>, as in LFM2) can be rendered"));
    ChatTemplate t;
    if (source.contains(QLatin1String("bos_token"))) t.bos_ = bosToken.toStdString();
    t.toolList_ = source.contains(QLatin1String("<|tool_list_start|>"));
    t.toolResponse_ = source.contains(QLatin1String("<|tool_response_start|>"));
    return t;
}

Result<std::string> ChatTemplate::render(const ChatRequest& r) const { return render(r.messages, r.tools, r.addGenerationPrompt); }

Result<std::string> ChatTemplate::render(const JsonValue& messages, const JsonValue& tools, bool addGenerationPrompt) const {
    if (!messages.isArray() || messages.items().empty())
        return makeError(QCoreApplication::translate("ps::tokenizer", "messages must be a non-empty list"));
    for (size_t i = 0; i < messages.items().size(); ++i) {
        const JsonValue& m = messages.items()[i];
        if (!m.isObject() || !m.find("role") || !m.find("role")->isString())
            return makeError(QCoreApplication::translate("ps::tokenizer", "message %1 has no string \"role\"").arg(i));
        if (!m.find("content"))
            return makeError(QCoreApplication::translate("ps::tokenizer", "message %1 has no \"content\"").arg(i));
    }
    const bool hasTools = tools.truthy();
    if (hasTools && !tools.isArray()) return makeError(QCoreApplication::translate("ps::tokenizer", "tools must be a list"));
    if (hasTools && !toolList_)
        return makeError(QCoreApplication::translate("ps::tokenizer", "this chat template has no tool list; cannot render tools"));

    std::string out = bos_;
    size_t first = 0;
    // The system turn: the first message's content when its role is "system" (as
    // given, not JSON-encoded), then the tool list. Jinja semantics: an empty or
    // otherwise false system content drops the turn; other non-strings fail.
    std::string system;
    bool systemIsString = true, systemTruthy = false;
    const JsonValue& m0 = messages.items()[0];
    if (m0.find("role")->str() == "system") {
        const JsonValue& c = *m0.find("content");
        systemTruthy = c.truthy();
        systemIsString = c.isString();
        if (systemIsString) system = c.str();
        first = 1;
    }
    if (hasTools) {
        if (!systemIsString)
            return makeError(QCoreApplication::translate("ps::tokenizer", "the system message content must be a string"));
        if (!system.empty()) system += "\n";
        system += "List of tools: <|tool_list_start|>[";
        for (size_t i = 0; i < tools.items().size(); ++i) {
            if (i) system += ", ";
            const JsonValue& t = tools.items()[i];
            if (t.isString()) system += t.str();
            else t.dumpPython(system);
        }
        system += "]<|tool_list_end|>";
        systemTruthy = true;
    } else if (systemTruthy && !systemIsString) {
        return makeError(QCoreApplication::translate("ps::tokenizer", "the system message content must be a string"));
    }
    if (systemTruthy) {
        out += "<|im_start|>system\n";
        out += system;
        out += "<|im_end|>\n";
    }
    for (size_t i = first; i < messages.items().size(); ++i) {
        const JsonValue& m = messages.items()[i];
        const std::string& role = m.find("role")->str();
        const JsonValue& c = *m.find("content");
        out += "<|im_start|>";
        out += role;
        out += "\n";
        const bool wrap = toolResponse_ && role == "tool";
        if (wrap) out += "<|tool_response_start|>";
        if (c.isString()) out += c.str();
        else c.dumpPython(out);
        if (wrap) out += "<|tool_response_end|>";
        out += "<|im_end|>\n";
    }
    if (addGenerationPrompt) out += "<|im_start|>assistant\n";
    return out;
}

}  // namespace ps::tokenizer
