#include "tokenizer/json_value.h"

#include "tokenizer/utf8.h"

#include <QCoreApplication>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ps::tokenizer {

JsonValue JsonValue::boolean(bool b) {
    JsonValue v;
    v.type_ = Type::Bool;
    v.boolean_ = b;
    return v;
}

JsonValue JsonValue::string(std::string s) {
    JsonValue v;
    v.type_ = Type::String;
    v.text_ = std::move(s);
    return v;
}

JsonValue JsonValue::array(std::vector<JsonValue> items) {
    JsonValue v;
    v.type_ = Type::Array;
    v.items_ = std::move(items);
    return v;
}

JsonValue JsonValue::object(std::vector<std::pair<std::string, JsonValue>> members) {
    JsonValue v;
    v.type_ = Type::Object;
    v.members_ = std::move(members);
    return v;
}

const JsonValue* JsonValue::find(std::string_view key) const {
    if (type_ != Type::Object) return nullptr;
    for (const auto& [k, v] : members_)
        if (k == key) return &v;
    return nullptr;
}

double JsonValue::toDouble() const { return isNumber() ? std::strtod(text_.c_str(), nullptr) : 0.0; }

bool JsonValue::truthy() const {
    switch (type_) {
        case Type::Null: return false;
        case Type::Bool: return boolean_;
        case Type::Int: return text_ != "0";
        case Type::Float: return toDouble() != 0.0;
        case Type::String: return !text_.empty();
        case Type::Array: return !items_.empty();
        case Type::Object: return !members_.empty();
    }
    return false;
}

std::string pythonFloatRepr(double v) {
    if (v == 0.0) return std::signbit(v) ? "-0.0" : "0.0";
    // Shortest round-trip digits, then Python's layout (repr switches to exponent
    // notation when the decimal exponent is < -4 or >= 16).
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string s(buf, r.ptr);
    std::string sign;
    if (s[0] == '-') {
        sign = "-";
        s.erase(0, 1);
    }
    const size_t e = s.find('e');
    std::string mant = s.substr(0, e);
    const int exp = std::atoi(s.c_str() + e + 1);
    std::string digits;
    for (char c : mant)
        if (c != '.') digits.push_back(c);
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    std::string out = sign;
    if (exp < -4 || exp >= 16) {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out.append(digits, 1, std::string::npos);
        }
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
        out += eb;
    } else if (exp < 0) {
        out += "0.";
        out.append(size_t(-exp - 1), '0');
        out += digits;
    } else {
        const size_t intLen = size_t(exp) + 1;
        if (digits.size() <= intLen) {
            out += digits;
            out.append(intLen - digits.size(), '0');
            out += ".0";
        } else {
            out.append(digits, 0, intLen);
            out += '.';
            out.append(digits, intLen, std::string::npos);
        }
    }
    return out;
}

void appendJsonString(std::string& out, std::string_view s) {
    out.push_back('"');
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out.push_back(ch);
                }
        }
    }
    out.push_back('"');
}

void JsonValue::dumpPython(std::string& out) const {
    switch (type_) {
        case Type::Null: out += "null"; break;
        case Type::Bool: out += boolean_ ? "true" : "false"; break;
        case Type::Int:
        case Type::Float: out += text_; break;
        case Type::String: appendJsonString(out, text_); break;
        case Type::Array:
            out.push_back('[');
            for (size_t i = 0; i < items_.size(); ++i) {
                if (i) out += ", ";
                items_[i].dumpPython(out);
            }
            out.push_back(']');
            break;
        case Type::Object:
            out.push_back('{');
            for (size_t i = 0; i < members_.size(); ++i) {
                if (i) out += ", ";
                appendJsonString(out, members_[i].first);
                out += ": ";
                members_[i].second.dumpPython(out);
            }
            out.push_back('}');
            break;
    }
}

std::string JsonValue::dumpPython() const {
    std::string s;
    dumpPython(s);
    return s;
}

// ---------------------------------------------------------------- parser

class JsonParser {
public:
    explicit JsonParser(std::string_view t) : t_(t) {}

    Result<JsonValue> parseDocument() {
        JsonValue v;
        if (!value(v, 0)) return fail();
        ws();
        if (i_ != t_.size()) {
            error_ = QCoreApplication::translate("ps::tokenizer", "unexpected text after the JSON value");
            return fail();
        }
        return v;
    }

private:
    Error fail() const {
        return makeError(QCoreApplication::translate("ps::tokenizer", "invalid JSON at byte %1: %2").arg(i_).arg(error_));
    }
    bool err(const char* msg) {
        if (error_.isEmpty()) error_ = QCoreApplication::translate("ps::tokenizer", msg);
        return false;
    }
    void ws() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r')) ++i_;
    }
    bool literal(const char* word) {
        const size_t n = std::char_traits<char>::length(word);
        if (t_.substr(i_, n) != word) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "unexpected character"));
        i_ += n;
        return true;
    }
    bool value(JsonValue& v, int depth) {
        if (depth > 512) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "nested too deeply"));
        ws();
        if (i_ >= t_.size()) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "unexpected end of input"));
        const char c = t_[i_];
        if (c == '{') return object(v, depth);
        if (c == '[') return array(v, depth);
        if (c == '"') {
            v.type_ = JsonValue::Type::String;
            return string(v.text_);
        }
        if (c == 't') { v = JsonValue::boolean(true); return literal("true"); }
        if (c == 'f') { v = JsonValue::boolean(false); return literal("false"); }
        if (c == 'n') { v = JsonValue(); return literal("null"); }
        if (c == '-' || (c >= '0' && c <= '9')) return number(v);
        return err(QT_TRANSLATE_NOOP("ps::tokenizer", "unexpected character"));
    }
    bool number(JsonValue& v) {
        const size_t start = i_;
        if (t_[i_] == '-') ++i_;
        if (i_ >= t_.size() || !(t_[i_] >= '0' && t_[i_] <= '9')) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "invalid number"));
        if (t_[i_] == '0') ++i_;
        else while (i_ < t_.size() && t_[i_] >= '0' && t_[i_] <= '9') ++i_;
        bool isFloat = false;
        if (i_ < t_.size() && t_[i_] == '.') {
            isFloat = true;
            ++i_;
            if (i_ >= t_.size() || !(t_[i_] >= '0' && t_[i_] <= '9')) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "invalid number"));
            while (i_ < t_.size() && t_[i_] >= '0' && t_[i_] <= '9') ++i_;
        }
        if (i_ < t_.size() && (t_[i_] == 'e' || t_[i_] == 'E')) {
            isFloat = true;
            ++i_;
            if (i_ < t_.size() && (t_[i_] == '+' || t_[i_] == '-')) ++i_;
            if (i_ >= t_.size() || !(t_[i_] >= '0' && t_[i_] <= '9')) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "invalid number"));
            while (i_ < t_.size() && t_[i_] >= '0' && t_[i_] <= '9') ++i_;
        }
        const std::string lexeme(t_.substr(start, i_ - start));
        if (isFloat) {
            const double d = std::strtod(lexeme.c_str(), nullptr);
            if (!std::isfinite(d)) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "number out of range"));
            v.type_ = JsonValue::Type::Float;
            v.text_ = pythonFloatRepr(d);
        } else {
            v.type_ = JsonValue::Type::Int;
            v.text_ = lexeme == "-0" ? "0" : lexeme;  // Python ints have no negative zero
        }
        return true;
    }
    bool hex4(uint32_t* out) {
        if (i_ + 4 > t_.size()) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "invalid \\u escape"));
        uint32_t v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = t_[i_++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= uint32_t(c - '0');
            else if (c >= 'a' && c <= 'f') v |= uint32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= uint32_t(c - 'A' + 10);
            else return err(QT_TRANSLATE_NOOP("ps::tokenizer", "invalid \\u escape"));
        }
        *out = v;
        return true;
    }
    bool string(std::string& out) {
        ++i_;  // opening quote
        out.clear();
        while (true) {
            if (i_ >= t_.size()) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "unterminated string"));
            const auto c = static_cast<unsigned char>(t_[i_]);
            if (c == '"') { ++i_; return true; }
            if (c < 0x20) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "control character in string"));
            if (c == '\\') {
                ++i_;
                if (i_ >= t_.size()) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "unterminated string"));
                const char e = t_[i_++];
                switch (e) {
                    case '"': out.push_back('"'); break;
                    case '\\': out.push_back('\\'); break;
                    case '/': out.push_back('/'); break;
                    case 'b': out.push_back('\b'); break;
                    case 'f': out.push_back('\f'); break;
                    case 'n': out.push_back('\n'); break;
                    case 'r': out.push_back('\r'); break;
                    case 't': out.push_back('\t'); break;
                    case 'u': {
                        uint32_t cp;
                        if (!hex4(&cp)) return false;
                        if (cp >= 0xD800 && cp <= 0xDBFF) {
                            uint32_t lo;
                            if (t_.substr(i_, 2) != "\\u") return err(QT_TRANSLATE_NOOP("ps::tokenizer", "lone surrogate in \\u escape"));
                            i_ += 2;
                            if (!hex4(&lo)) return false;
                            if (lo < 0xDC00 || lo > 0xDFFF) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "lone surrogate in \\u escape"));
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                            return err(QT_TRANSLATE_NOOP("ps::tokenizer", "lone surrogate in \\u escape"));
                        }
                        utf8::append(out, cp);
                        break;
                    }
                    default: return err(QT_TRANSLATE_NOOP("ps::tokenizer", "invalid escape"));
                }
                continue;
            }
            if (c < 0x80) {
                out.push_back(char(c));
                ++i_;
                continue;
            }
            char32_t cp;
            const int n = utf8::decode(t_, i_, &cp);
            if (n == 0) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "string is not valid UTF-8"));
            out.append(t_.data() + i_, size_t(n));
            i_ += size_t(n);
        }
    }
    bool array(JsonValue& v, int depth) {
        ++i_;
        v = JsonValue::array();
        ws();
        if (i_ < t_.size() && t_[i_] == ']') { ++i_; return true; }
        while (true) {
            JsonValue item;
            if (!value(item, depth + 1)) return false;
            v.items_.push_back(std::move(item));
            ws();
            if (i_ >= t_.size()) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "unterminated array"));
            if (t_[i_] == ',') { ++i_; continue; }
            if (t_[i_] == ']') { ++i_; return true; }
            return err(QT_TRANSLATE_NOOP("ps::tokenizer", "expected ',' or ']'"));
        }
    }
    bool object(JsonValue& v, int depth) {
        ++i_;
        v = JsonValue::object();
        ws();
        if (i_ < t_.size() && t_[i_] == '}') { ++i_; return true; }
        while (true) {
            ws();
            if (i_ >= t_.size() || t_[i_] != '"') return err(QT_TRANSLATE_NOOP("ps::tokenizer", "expected a string key"));
            std::string key;
            if (!string(key)) return false;
            ws();
            if (i_ >= t_.size() || t_[i_] != ':') return err(QT_TRANSLATE_NOOP("ps::tokenizer", "expected ':'"));
            ++i_;
            JsonValue item;
            if (!value(item, depth + 1)) return false;
            bool replaced = false;  // duplicate keys: the last value wins, in the first key's place (Python dict)
            for (auto& m : v.members_)
                if (m.first == key) { m.second = std::move(item); replaced = true; break; }
            if (!replaced) v.members_.emplace_back(std::move(key), std::move(item));
            ws();
            if (i_ >= t_.size()) return err(QT_TRANSLATE_NOOP("ps::tokenizer", "unterminated object"));
            if (t_[i_] == ',') { ++i_; continue; }
            if (t_[i_] == '}') { ++i_; return true; }
            return err(QT_TRANSLATE_NOOP("ps::tokenizer", "expected ',' or '}'"));
        }
    }

    std::string_view t_;
    size_t i_ = 0;
    QString error_;
};

Result<JsonValue> JsonValue::parse(std::string_view text) { return JsonParser(text).parseDocument(); }

}  // namespace ps::tokenizer
