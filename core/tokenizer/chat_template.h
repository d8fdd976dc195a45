// chat_template.h — renders chat message lists the way the checkpoint's Jinja chat
// template does, natively, for the ChatML family (LFM2's chat_template.jinja):
//
//   {bos}<|im_start|>system\n{system}[\nList of tools: <|tool_list_start|>[t1, t2]<|tool_list_end|>]<|im_end|>\n
//   <|im_start|>{role}\n{content}<|im_end|>\n ...   (non-string content as JSON,
//   tool results wrapped in <|tool_response_start|>…<|tool_response_end|>)
//   [<|im_start|>assistant\n]                        (generation prompt)
//
// Byte-identical to transformers' rendering (Jinja2 + json.dumps-based tojson) —
// tests/tokenizer/fixtures/chat_expected.json was produced by real Jinja2. A
// template outside the ChatML family (no <|im_start|>…<|im_end|>) is refused with
// an error rather than rendered approximately.
#pragma once

#include "tokenizer/json_value.h"
#include "tokenizer/tokenizer_config.h"
#include "util/result.h"

#include <QString>
#include <string>

namespace ps::tokenizer {

struct ChatRequest {
    JsonValue messages;             // [{"role": "...", "content": ...}, ...]
    JsonValue tools;                // null or a list (strings or JSON schemas)
    bool addGenerationPrompt = true;

    // A JSON message list, or {"messages": [...], "tools": [...], "add_generation_prompt": bool}.
    static Result<ChatRequest> fromJson(std::string_view json, bool defaultGenerationPrompt = true);
};

class ChatTemplate {
public:
    // From a tokenizer's config (its chat_template and bos_token).
    static Result<ChatTemplate> fromConfig(const TokenizerConfig& config);
    static Result<ChatTemplate> fromSource(const QString& source, const QString& bosToken);

    Result<std::string> render(const ChatRequest& request) const;
    Result<std::string> render(const JsonValue& messages, const JsonValue& tools, bool addGenerationPrompt) const;

private:
    std::string bos_;
    bool toolList_ = false;      // template has the LFM2 tool list
    bool toolResponse_ = false;  // template wraps tool results
};

}  // namespace ps::tokenizer
