// json_util.h — small helpers shared by the tokenizer.json component parsers.
#pragma once

#include "tokenizer/regex.h"
#include "util/result.h"

#include <QJsonValue>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace ps::tokenizer {

// A tokenizer.json pattern: {"String": "..."} (literal) or {"Regex": "..."}.
struct Pattern {
    std::string literal;                  // used when regex is null
    std::shared_ptr<const Regex> regex;
};

Result<Pattern> parsePattern(const QJsonValue& json, const QString& component);

inline std::string toStd(const QJsonValue& v) { return v.toString().toStdString(); }

// A token id written in the file: an integer in [0, 2^31); nullopt otherwise
// (a cast of 1e300 to int32_t would be undefined behaviour).
inline std::optional<int32_t> tokenIdOf(const QJsonValue& v) {
    if (!v.isDouble()) return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= 0) || d > 2147483647.0 || d != static_cast<double>(static_cast<int64_t>(d))) return std::nullopt;
    return static_cast<int32_t>(d);
}

}  // namespace ps::tokenizer
