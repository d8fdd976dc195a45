// unicode.h — the character properties and normalisation forms Hugging Face
// tokenizers rely on, answered by utf8proc (Unicode 15). Each predicate names
// the Rust function whose behaviour it reproduces.
#pragma once

#include <string>
#include <string_view>

namespace ps::tokenizer::unicode {

enum class Form { NFC, NFD, NFKC, NFKD };

// Normalises valid UTF-8 (returns the input unchanged when it is ASCII).
std::string normalize(std::string_view utf8, Form form);

// Rust char::is_whitespace (the White_Space property).
bool isWhitespace(char32_t c);
// Rust char::is_numeric (general categories Nd, Nl, No).
bool isNumeric(char32_t c);
// tokenizers' is_punc: ASCII punctuation or a Unicode P* category.
bool isPunctuation(char32_t c);
// unicode-normalization's is_combining_mark (general category M*).
bool isMark(char32_t c);
// Rust regex's \w: alphabetic, mark, decimal number, connector punctuation, join controls.
bool isWordChar(char32_t c);

// Rust char::to_lowercase (full mapping, no context): appends the lowercase form.
void appendLowercase(std::string& out, char32_t c);

// Canonical combining class (0 for starters).
int combiningClass(char32_t c);

}  // namespace ps::tokenizer::unicode
