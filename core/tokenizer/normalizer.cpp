#include "tokenizer/normalizer.h"

#include "tokenizer/json_util.h"
#include "tokenizer/regex.h"
#include "tokenizer/unicode.h"
#include "tokenizer/utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ps::tokenizer {

namespace {

// Applies a per-character transform; each output byte keeps its character's source.
template <typename F>
void mapChars(Piece& p, F&& f) {
    PieceWriter w(p);
    std::string buf;
    for (size_t i = 0; i < p.text.size();) {
        char32_t c;
        const int n = utf8::decodeValid(p.text.data() + i, &c);
        buf.clear();
        f(c, std::string_view(p.text.data() + i, n), buf);
        w.put(buf, p.tracked ? p.original(i, i + n) : Span{});
        i += n;
    }
    p = w.take();
}

class UnicodeNormalizer final : public Normalizer {
public:
    explicit UnicodeNormalizer(unicode::Form f) : form_(f) {}
    void normalize(Piece& p) const override {
        if (!p.tracked) {
            p.text = unicode::normalize(p.text, form_);
            return;
        }
        // Normalise each run "starter + following combining marks" on its own, so every
        // output byte can be traced to its run. When that differs from normalising the
        // whole piece (compositions across starters, e.g. Hangul jamo), the whole
        // piece's range is used for every byte.
        const std::string whole = unicode::normalize(p.text, form_);
        PieceWriter w(p);
        size_t runStart = 0;
        auto flush = [&](size_t end) {
            if (end > runStart) w.put(unicode::normalize(std::string_view(p.text).substr(runStart, end - runStart), form_), p.original(runStart, end));
            runStart = end;
        };
        for (size_t i = 0; i < p.text.size();) {
            char32_t c;
            const int n = utf8::decodeValid(p.text.data() + i, &c);
            if (i > 0 && unicode::combiningClass(c) == 0) flush(i);
            i += n;
        }
        flush(p.text.size());
        Piece out = w.take();
        if (out.text != whole) {
            PieceWriter coarse(p);
            coarse.put(whole, p.original(0, p.text.size()));
            out = coarse.take();
        }
        p = std::move(out);
    }

private:
    unicode::Form form_;
};

class Lowercase final : public Normalizer {
public:
    void normalize(Piece& p) const override {
        bool ascii = true;
        for (char ch : p.text)
            if (static_cast<unsigned char>(ch) >= 0x80) { ascii = false; break; }
        if (ascii) {  // length-preserving: no realignment needed
            for (char& ch : p.text)
                if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
            return;
        }
        mapChars(p, [](char32_t c, std::string_view, std::string& out) { unicode::appendLowercase(out, c); });
    }
};

class StripAccents final : public Normalizer {
public:
    void normalize(Piece& p) const override {
        mapChars(p, [](char32_t c, std::string_view bytes, std::string& out) {
            if (!unicode::isMark(c)) out.append(bytes);
        });
    }
};

class Strip final : public Normalizer {
public:
    Strip(bool left, bool right) : left_(left), right_(right) {}
    void normalize(Piece& p) const override {
        size_t a = 0, b = p.text.size();
        if (left_) {
            while (a < b) {
                char32_t c;
                const int n = utf8::decodeValid(p.text.data() + a, &c);
                if (!unicode::isWhitespace(c)) break;
                a += n;
            }
        }
        if (right_) {
            while (b > a) {
                size_t k = b - 1;
                while (k > a && (static_cast<unsigned char>(p.text[k]) & 0xC0) == 0x80) --k;
                char32_t c;
                utf8::decodeValid(p.text.data() + k, &c);
                if (!unicode::isWhitespace(c)) break;
                b = k;
            }
        }
        if (a == 0 && b == p.text.size()) return;
        Piece s = p.slice(a, b);
        s.origBegin = p.origBegin;  // stripping keeps the piece's place in the input
        s.origEnd = p.origEnd;
        p = std::move(s);
    }

private:
    bool left_, right_;
};

class Prepend final : public Normalizer {
public:
    explicit Prepend(std::string s) : prepend_(std::move(s)) {}
    void normalize(Piece& p) const override {
        if (p.text.empty()) return;
        PieceWriter w(p);
        w.put(prepend_, p.tracked ? p.original(0, 1) : Span{});
        w.copy(p, 0, p.text.size());
        p = w.take();
    }

private:
    std::string prepend_;
};

class Replace final : public Normalizer {
public:
    Replace(std::string literal, std::shared_ptr<const Regex> re, std::string content)
        : literal_(std::move(literal)), re_(std::move(re)), content_(std::move(content)) {}
    void normalize(Piece& p) const override {
        std::vector<Regex::Match> m;
        if (re_) {
            std::string err;
            re_->findAll(p.text, &m, &err);
        } else if (!literal_.empty()) {
            for (size_t at = p.text.find(literal_); at != std::string::npos; at = p.text.find(literal_, at + literal_.size()))
                m.emplace_back(at, at + literal_.size());
        }
        if (m.empty()) return;
        PieceWriter w(p);
        size_t prev = 0;
        for (const auto& [s, e] : m) {
            w.copy(p, prev, s);
            w.put(content_, p.tracked ? p.original(s, e) : Span{});
            prev = e;
        }
        w.copy(p, prev, p.text.size());
        p = w.take();
    }

private:
    std::string literal_;
    std::shared_ptr<const Regex> re_;
    std::string content_;
};

class SequenceNormalizer final : public Normalizer {
public:
    explicit SequenceNormalizer(std::vector<std::shared_ptr<const Normalizer>> parts) : parts_(std::move(parts)) {}
    void normalize(Piece& p) const override {
        for (const auto& n : parts_) n->normalize(p);
    }

private:
    std::vector<std::shared_ptr<const Normalizer>> parts_;
};

}  // namespace

Result<std::shared_ptr<const Normalizer>> Normalizer::fromJson(const QJsonValue& json) {
    if (json.isNull() || json.isUndefined()) return std::shared_ptr<const Normalizer>();
    if (!json.isObject()) return makeError(QCoreApplication::translate("ps::tokenizer", "normalizer must be an object"));
    const QJsonObject o = json.toObject();
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String("NFC")) return std::shared_ptr<const Normalizer>(std::make_shared<UnicodeNormalizer>(unicode::Form::NFC));
    if (type == QLatin1String("NFD")) return std::shared_ptr<const Normalizer>(std::make_shared<UnicodeNormalizer>(unicode::Form::NFD));
    if (type == QLatin1String("NFKC")) return std::shared_ptr<const Normalizer>(std::make_shared<UnicodeNormalizer>(unicode::Form::NFKC));
    if (type == QLatin1String("NFKD")) return std::shared_ptr<const Normalizer>(std::make_shared<UnicodeNormalizer>(unicode::Form::NFKD));
    if (type == QLatin1String("Lowercase")) return std::shared_ptr<const Normalizer>(std::make_shared<Lowercase>());
    if (type == QLatin1String("StripAccents")) return std::shared_ptr<const Normalizer>(std::make_shared<StripAccents>());
    if (type == QLatin1String("Strip"))
        return std::shared_ptr<const Normalizer>(std::make_shared<Strip>(o.value(QLatin1String("strip_left")).toBool(true),
                                                                         o.value(QLatin1String("strip_right")).toBool(true)));
    if (type == QLatin1String("Prepend")) {
        if (!o.value(QLatin1String("prepend")).isString())
            return makeError(QCoreApplication::translate("ps::tokenizer", "Prepend normalizer needs a 'prepend' string"));
        return std::shared_ptr<const Normalizer>(std::make_shared<Prepend>(o.value(QLatin1String("prepend")).toString().toStdString()));
    }
    if (type == QLatin1String("Replace")) {
        auto pat = parsePattern(o.value(QLatin1String("pattern")), QStringLiteral("Replace normalizer"));
        if (!pat) return pat.error();
        return std::shared_ptr<const Normalizer>(
            std::make_shared<Replace>(pat->literal, pat->regex, o.value(QLatin1String("content")).toString().toStdString()));
    }
    if (type == QLatin1String("Sequence")) {
        std::vector<std::shared_ptr<const Normalizer>> parts;
        for (const QJsonValue& v : o.value(QLatin1String("normalizers")).toArray()) {
            auto n = fromJson(v);
            if (!n) return n.error();
            if (n.value()) parts.push_back(n.value());
        }
        return std::shared_ptr<const Normalizer>(std::make_shared<SequenceNormalizer>(std::move(parts)));
    }
    return makeError(QCoreApplication::translate("ps::tokenizer", "unsupported normalizer type '%1' (supported: NFC, NFD, NFKC, NFKD, "
                                                                  "Lowercase, StripAccents, Replace, Prepend, Strip, Sequence)")
                         .arg(type));
}

std::string normalizeText(const Normalizer& n, std::string_view text) {
    Piece p;
    p.text.assign(text.data(), text.size());
    p.origEnd = static_cast<uint32_t>(text.size());
    n.normalize(p);
    return std::move(p.text);
}

}  // namespace ps::tokenizer
