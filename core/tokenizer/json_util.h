// json_util.h — small helpers shared by the tokenizer.json component parsers.
#pragma once

#include "tokenizer/regex.h"
#include "util/result.h"

#include <QJsonValue>
#include <memory>
#include <string>

namespace ps::tokenizer {

// A tokenizer.json pattern: {"String": "..."} (literal) or {"Regex": "..."}.
struct Pattern {
    std::string literal;                  // used when regex is null
    std::shared_ptr<const Regex> regex;
};

Result<Pattern> parsePattern(const QJsonValue& json, const QString& component);

inline std::string toStd(const QJsonValue& v) { return v.toString().toStdString(); }

}  // namespace ps::tokenizer
