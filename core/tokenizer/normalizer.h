// normalizer.h — tokenizer.json "normalizer" components: NFC, NFD, NFKC, NFKD,
// Lowercase, StripAccents, Replace, Prepend, Strip and Sequence, with Hugging
// Face tokenizers' semantics. Other types are rejected by name at load time.
#pragma once

#include "tokenizer/piece.h"
#include "util/result.h"

#include <QJsonValue>
#include <memory>
#include <string>

namespace ps::tokenizer {

class Normalizer {
public:
    virtual ~Normalizer() = default;
    virtual void normalize(Piece& piece) const = 0;
    // True when the output can be longer/shorter than the input in ways that break
    // untracked offsets (everything except identity).
    virtual bool changesText() const { return true; }

    // The component described by a tokenizer.json "normalizer" value; null JSON gives null.
    static Result<std::shared_ptr<const Normalizer>> fromJson(const QJsonValue& json);
};

// Normalises a whole string (no offsets); used for added tokens and in tests.
std::string normalizeText(const Normalizer& n, std::string_view text);

}  // namespace ps::tokenizer
