// tokenizer_config.h — what a model folder says about its tokenizer besides the
// vocabulary: special tokens (bos/eos/pad/unk, as strings or {"content": …}
// objects), add_bos_token / add_eos_token and the chat template.
//
// Sources, in transformers' precedence: tokenizer_config.json, overridden by
// special_tokens_map.json; the chat template from chat_template.jinja when that
// file exists, else tokenizer_config.json's "chat_template" (a string, or a list
// of {"name", "template"} from which "default" is used).
#pragma once

#include "util/result.h"

#include <QString>
#include <optional>

namespace ps::tokenizer {

struct TokenizerConfig {
    QString bosToken, eosToken, padToken, unkToken;  // empty when not set
    std::optional<bool> addBosToken, addEosToken;
    QString chatTemplate;                             // empty when none
    QString chatTemplateSource;                       // file it came from (for messages)
    bool found = false;                               // any of the files existed

    // Reads the files in `folder`; missing files leave fields empty, malformed ones fail.
    static Result<TokenizerConfig> load(const QString& folder);
    // From file contents (empty byte arrays for absent files).
    static Result<TokenizerConfig> fromJson(const QByteArray& tokenizerConfig, const QByteArray& specialTokensMap = {},
                                            const QString& chatTemplateFile = {});
};

}  // namespace ps::tokenizer
