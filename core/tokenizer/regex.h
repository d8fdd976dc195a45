// regex.h — Unicode regular expressions for tokenizer.json patterns, on PCRE2
// (8-bit, UTF + UCP, JIT-compiled when available).
//
// Hugging Face compiles these patterns with Oniguruma (Ruby syntax); PCRE2 accepts
// the same constructs that tokenizer files use (\p{L}, \p{N}, (?i:...), (?!...),
// possessive quantifiers). Matches are enumerated with the rule of Rust's
// `find_iter` (and the onig crate): an empty match right after the previous match
// is skipped, and the search then advances by one character.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ps::tokenizer {

class Regex {
public:
    using Match = std::pair<size_t, size_t>;  // byte range [first, second)

    // Compiles `pattern`; on failure returns null and sets *error to PCRE2's message with the offset.
    static std::shared_ptr<const Regex> compile(const std::string& pattern, std::string* error);
    ~Regex();
    Regex(const Regex&) = delete;
    Regex& operator=(const Regex&) = delete;

    // All non-overlapping matches in valid UTF-8 `text`, appended to *out. Returns false
    // (with *error set) only when PCRE2 gives up (match or stack limits).
    bool findAll(std::string_view text, std::vector<Match>* out, std::string* error) const;

    const std::string& pattern() const { return pattern_; }
    bool jit() const { return jit_; }

private:
    Regex() = default;
    void* code_ = nullptr;  // pcre2_code_8*
    std::string pattern_;
    bool jit_ = false;
};

}  // namespace ps::tokenizer
