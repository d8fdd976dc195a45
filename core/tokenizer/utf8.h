// utf8.h — UTF-8 decoding, validation and lossy repair for the tokenizer.
//
// The tokenizer works on UTF-8 bytes throughout (like Hugging Face tokenizers,
// whose offsets and regexes are byte based). This file is the one place that
// knows the encoding rules; it does not normalise or classify characters
// (unicode.h does).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ps::tokenizer::utf8 {

// Length of a well-formed sequence starting at s[i] and its code point in *cp;
// 0 when the bytes at i are not a well-formed UTF-8 sequence.
int decode(std::string_view s, size_t i, char32_t* cp);

// Decodes the code point at a position known to be valid (no checks).
inline int decodeValid(const char* p, char32_t* cp) {
    const auto b0 = static_cast<unsigned char>(p[0]);
    if (b0 < 0x80) { *cp = b0; return 1; }
    if (b0 < 0xE0) { *cp = (char32_t(b0 & 0x1F) << 6) | (static_cast<unsigned char>(p[1]) & 0x3F); return 2; }
    if (b0 < 0xF0) {
        *cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(static_cast<unsigned char>(p[1]) & 0x3F) << 6) |
              (static_cast<unsigned char>(p[2]) & 0x3F);
        return 3;
    }
    *cp = (char32_t(b0 & 0x07) << 18) | (char32_t(static_cast<unsigned char>(p[1]) & 0x3F) << 12) |
          (char32_t(static_cast<unsigned char>(p[2]) & 0x3F) << 6) | (static_cast<unsigned char>(p[3]) & 0x3F);
    return 4;
}

// Byte length of the sequence introduced by a valid lead byte.
inline int sequenceLength(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

void append(std::string& out, char32_t cp);

// Byte offset of the first ill-formed sequence, or npos when `s` is valid UTF-8.
size_t findInvalid(std::string_view s);

// Rust's String::from_utf8_lossy: every maximal ill-formed subsequence becomes one U+FFFD.
std::string lossy(std::string_view bytes);

// True when the last bytes of `s` are an incomplete (but so far well-formed) sequence.
bool endsWithIncompleteSequence(std::string_view s);

}  // namespace ps::tokenizer::utf8
