// json_value.h — an order-preserving JSON value for chat messages and the CLI.
//
// QJsonObject sorts keys and forgets whether a number was written as 1 or 1.0;
// chat templates serialise message content with Python's json.dumps (key order
// kept, ints and floats distinct), so rendering byte-identically needs both.
// dumpPython() reproduces json.dumps(x, ensure_ascii=False) (what transformers'
// `tojson` filter calls): ", " and ": " separators, Python float repr.
#pragma once

#include "util/result.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ps::tokenizer {

class JsonValue {
public:
    enum class Type { Null, Bool, Int, Float, String, Array, Object };

    JsonValue() = default;
    static JsonValue null() { return JsonValue(); }
    static JsonValue boolean(bool b);
    static JsonValue string(std::string s);
    static JsonValue array(std::vector<JsonValue> items = {});
    static JsonValue object(std::vector<std::pair<std::string, JsonValue>> members = {});

    // Parses one JSON text (RFC 8259; strings must be valid UTF-8, escapes must not
    // leave lone surrogates). Errors name the byte offset.
    static Result<JsonValue> parse(std::string_view text);

    Type type() const { return type_; }
    bool isNull() const { return type_ == Type::Null; }
    bool isString() const { return type_ == Type::String; }
    bool isArray() const { return type_ == Type::Array; }
    bool isObject() const { return type_ == Type::Object; }
    bool isNumber() const { return type_ == Type::Int || type_ == Type::Float; }
    bool toBool() const { return boolean_; }
    const std::string& str() const { return text_; }  // string value (or the number's text)
    const std::vector<JsonValue>& items() const { return items_; }
    const std::vector<std::pair<std::string, JsonValue>>& members() const { return members_; }
    const JsonValue* find(std::string_view key) const;  // object member or null
    double toDouble() const;

    // Python truthiness (used by the chat renderer for `if x`).
    bool truthy() const;

    // json.dumps(self, ensure_ascii=False)
    std::string dumpPython() const;
    void dumpPython(std::string& out) const;

private:
    Type type_ = Type::Null;
    bool boolean_ = false;
    std::string text_;  // String: UTF-8 value; Int: digits; Float: Python repr
    std::vector<JsonValue> items_;
    std::vector<std::pair<std::string, JsonValue>> members_;
    friend class JsonParser;
};

// Appends s as a JSON string literal the way json.dumps(ensure_ascii=False) does.
void appendJsonString(std::string& out, std::string_view s);

// Python's repr(float) for a finite double ("1.0", "1e+20", "3.14159e-05").
std::string pythonFloatRepr(double v);

}  // namespace ps::tokenizer
