#include "tokenizer/decoder.h"

#include "tokenizer/json_util.h"
#include "tokenizer/pre_tokenizer.h"
#include "tokenizer/utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <unordered_map>

namespace ps::tokenizer {

namespace {

std::vector<char32_t> chars(const std::string& s) {
    std::vector<char32_t> out;
    for (size_t i = 0; i < s.size();) {
        char32_t c;
        i += size_t(utf8::decodeValid(s.data() + i, &c));
        out.push_back(c);
    }
    return out;
}

std::string fromChars(const std::vector<char32_t>& cs, size_t a, size_t b) {
    std::string s;
    for (size_t i = a; i < b; ++i) utf8::append(s, cs[i]);
    return s;
}

class ByteLevelDecoder final : public Decoder {
public:
    ByteLevelDecoder() {
        const auto& table = byteLevelAlphabet();
        for (int b = 0; b < 256; ++b) {
            char32_t c;
            utf8::decodeValid(table[size_t(b)].data(), &c);
            charToByte_[c] = static_cast<unsigned char>(b);
        }
    }
    void decodeChain(std::vector<std::string>& tokens) const override {
        std::string bytes;
        for (const std::string& t : tokens) {
            const size_t mark = bytes.size();
            bool ok = true;
            for (size_t i = 0; i < t.size();) {
                char32_t c;
                i += size_t(utf8::decodeValid(t.data() + i, &c));
                auto it = charToByte_.find(c);
                if (it == charToByte_.end()) { ok = false; break; }
                bytes.push_back(static_cast<char>(it->second));
            }
            if (!ok) {  // not byte-level text (e.g. an added token): its own UTF-8 bytes
                bytes.resize(mark);
                bytes += t;
            }
        }
        tokens.assign(1, utf8::lossy(bytes));
    }

private:
    std::unordered_map<char32_t, unsigned char> charToByte_;
};

class MetaspaceDecoder final : public Decoder {
public:
    MetaspaceDecoder(char32_t replacement, bool prependScheme) : replacement_(replacement), prepend_(prependScheme) {}
    void decodeChain(std::vector<std::string>& tokens) const override {
        for (size_t i = 0; i < tokens.size(); ++i) {
            std::string out;
            for (char32_t c : chars(tokens[i])) {
                if (c == replacement_) {
                    if (i == 0 && prepend_) continue;
                    out.push_back(' ');
                } else {
                    utf8::append(out, c);
                }
            }
            tokens[i] = std::move(out);
        }
    }

private:
    char32_t replacement_;
    bool prepend_;  // prepend_scheme != never
};

class ReplaceDecoder final : public Decoder {
public:
    ReplaceDecoder(Pattern p, std::string content) : pattern_(std::move(p)), content_(std::move(content)) {}
    void decodeChain(std::vector<std::string>& tokens) const override {
        std::vector<Regex::Match> m;
        for (std::string& t : tokens) {
            m.clear();
            if (pattern_.regex) {
                std::string err;
                pattern_.regex->findAll(t, &m, &err);
            } else if (!pattern_.literal.empty()) {
                const std::string& lit = pattern_.literal;
                for (size_t at = t.find(lit); at != std::string::npos; at = t.find(lit, at + lit.size())) m.emplace_back(at, at + lit.size());
            }
            if (m.empty()) continue;
            std::string out;
            size_t prev = 0;
            for (const auto& [s, e] : m) {
                out.append(t, prev, s - prev);
                out += content_;
                prev = e;
            }
            out.append(t, prev, std::string::npos);
            t = std::move(out);
        }
    }

private:
    Pattern pattern_;
    std::string content_;
};

class ByteFallbackDecoder final : public Decoder {
public:
    void decodeChain(std::vector<std::string>& tokens) const override {
        std::vector<std::string> out;
        std::string pending;
        auto flush = [&] {
            if (pending.empty()) return;
            if (utf8::findInvalid(pending) == std::string::npos) out.push_back(pending);
            else
                for (size_t i = 0; i < pending.size(); ++i) out.emplace_back("\xEF\xBF\xBD");
            pending.clear();
        };
        for (std::string& t : tokens) {
            int byte = -1;
            if (t.size() == 6 && t.compare(0, 3, "<0x") == 0 && t[5] == '>') {
                auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
                const int hi = hex(t[3]), lo = hex(t[4]);
                if (hi >= 0 && lo >= 0) byte = hi * 16 + lo;
            }
            if (byte >= 0) {
                pending.push_back(static_cast<char>(byte));
            } else {
                flush();
                out.push_back(std::move(t));
            }
        }
        flush();
        tokens = std::move(out);
    }
};

class FuseDecoder final : public Decoder {
public:
    void decodeChain(std::vector<std::string>& tokens) const override {
        std::string all;
        for (const std::string& t : tokens) all += t;
        tokens.assign(1, std::move(all));
    }
};

class StripDecoder final : public Decoder {
public:
    StripDecoder(char32_t content, size_t start, size_t stop) : content_(content), start_(start), stop_(stop) {}
    void decodeChain(std::vector<std::string>& tokens) const override {
        for (std::string& t : tokens) {
            const std::vector<char32_t> cs = chars(t);
            size_t startCut = 0;
            for (size_t i = 0; i < std::min(start_, cs.size()); ++i) {
                if (cs[i] != content_) break;
                startCut = i + 1;
            }
            size_t stopCut = cs.size();
            for (size_t i = 0; i < std::min(stop_, cs.size()); ++i) {  // HF panics when stop > length; we clamp
                const size_t index = cs.size() - i - 1;
                if (cs[index] != content_) break;
                stopCut = index;
            }
            t = startCut < stopCut ? fromChars(cs, startCut, stopCut) : std::string();
        }
    }

private:
    char32_t content_;
    size_t start_, stop_;
};

class SequenceDecoder final : public Decoder {
public:
    explicit SequenceDecoder(std::vector<std::shared_ptr<const Decoder>> d) : parts_(std::move(d)) {}
    void decodeChain(std::vector<std::string>& tokens) const override {
        for (const auto& d : parts_) d->decodeChain(tokens);
    }

private:
    std::vector<std::shared_ptr<const Decoder>> parts_;
};

Result<char32_t> oneChar(const QJsonValue& v, const char* what) {
    const std::string s = toStd(v);
    char32_t c = 0;
    if (s.empty() || utf8::decode(s, 0, &c) != static_cast<int>(s.size()))
        return makeError(QCoreApplication::translate("ps::tokenizer", "decoder field '%1' must be one character").arg(QLatin1String(what)));
    return c;
}

}  // namespace

std::string Decoder::decode(std::vector<std::string> tokens) const {
    decodeChain(tokens);
    std::string out;
    for (const std::string& t : tokens) out += t;
    return out;
}

Result<std::shared_ptr<const Decoder>> Decoder::fromJson(const QJsonValue& json) {
    using Ptr = std::shared_ptr<const Decoder>;
    if (json.isNull() || json.isUndefined()) return Ptr();
    const QJsonObject o = json.toObject();
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String("ByteLevel")) return Ptr(std::make_shared<ByteLevelDecoder>());
    if (type == QLatin1String("Metaspace")) {
        auto c = oneChar(o.value(QLatin1String("replacement")), "replacement");
        if (!c) return c.error();
        bool prepend = o.value(QLatin1String("prepend_scheme")).toString() != QLatin1String("never");
        if (o.value(QLatin1String("add_prefix_space")).isBool() && !o.value(QLatin1String("add_prefix_space")).toBool()) prepend = false;
        return Ptr(std::make_shared<MetaspaceDecoder>(c.value(), prepend));
    }
    if (type == QLatin1String("Replace")) {
        auto p = parsePattern(o.value(QLatin1String("pattern")), QStringLiteral("Replace decoder"));
        if (!p) return p.error();
        return Ptr(std::make_shared<ReplaceDecoder>(std::move(p.value()), toStd(o.value(QLatin1String("content")))));
    }
    if (type == QLatin1String("ByteFallback")) return Ptr(std::make_shared<ByteFallbackDecoder>());
    if (type == QLatin1String("Fuse")) return Ptr(std::make_shared<FuseDecoder>());
    if (type == QLatin1String("Strip")) {
        auto c = oneChar(o.value(QLatin1String("content")), "content");
        if (!c) return c.error();
        return Ptr(std::make_shared<StripDecoder>(c.value(), size_t(o.value(QLatin1String("start")).toInt(0)),
                                                  size_t(o.value(QLatin1String("stop")).toInt(0))));
    }
    if (type == QLatin1String("Sequence")) {
        std::vector<Ptr> parts;
        for (const QJsonValue& v : o.value(QLatin1String("decoders")).toArray()) {
            auto d = fromJson(v);
            if (!d) return d.error();
            if (d.value()) parts.push_back(d.value());
        }
        return Ptr(std::make_shared<SequenceDecoder>(std::move(parts)));
    }
    return makeError(QCoreApplication::translate("ps::tokenizer", "unsupported decoder type '%1' (supported: ByteLevel, Metaspace, Replace, "
                                                                  "ByteFallback, Fuse, Strip, Sequence)")
                         .arg(type));
}

}  // namespace ps::tokenizer
