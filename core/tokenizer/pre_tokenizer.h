// pre_tokenizer.h — tokenizer.json "pre_tokenizer" components: Split (string or
// regex pattern, every behavior, invert), ByteLevel, Metaspace, Digits,
// Whitespace, WhitespaceSplit, Punctuation, BertPreTokenizer, CharDelimiterSplit
// and Sequence, with Hugging Face tokenizers' semantics.
#pragma once

#include "tokenizer/piece.h"
#include "util/result.h"

#include <QJsonValue>
#include <memory>
#include <string>
#include <vector>

namespace ps::tokenizer {

// Receives the pieces a pre-tokenizer produces, in order (never empty ones).
class PieceSink {
public:
    virtual ~PieceSink() = default;
    virtual Status put(Piece&& piece) = 0;
};

class PreTokenizer {
public:
    virtual ~PreTokenizer() = default;
    // Splits one piece (without an added token) into sub-pieces, handed to `out` one
    // at a time. Every Hugging Face pre-tokenizer works piece by piece, so a
    // Sequence streams each sub-piece through its later stages at once and a long
    // document never exists as millions of pieces in memory. Fails only when a
    // regex hits PCRE2's limits.
    virtual Status split(Piece&& piece, PieceSink& out) const = 0;
    // All pieces of a list (pieces carrying added tokens pass through unchanged).
    Status apply(std::vector<Piece>& pieces) const;
    // True when the result depends on where a piece was in the original input
    // (Metaspace with prepend_scheme "first"), so offsets must be tracked.
    virtual bool usesOriginalOffsets() const { return false; }

    // Null JSON gives null.
    static Result<std::shared_ptr<const PreTokenizer>> fromJson(const QJsonValue& json);
};

// Pre-tokenises a whole string; returns the pieces' texts (tests).
Result<std::vector<std::string>> preTokenizeText(const PreTokenizer& p, std::string_view text);

// GPT-2's byte -> printable character table used by ByteLevel (256 entries, UTF-8).
const std::vector<std::string>& byteLevelAlphabet();

}  // namespace ps::tokenizer
