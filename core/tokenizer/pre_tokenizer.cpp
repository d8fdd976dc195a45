#include "tokenizer/pre_tokenizer.h"

#include "tokenizer/json_util.h"
#include "tokenizer/regex.h"
#include "tokenizer/unicode.h"
#include "tokenizer/utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ps::tokenizer {

namespace {

enum class Behavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

// NormalizedString::split as a stream: receives the pattern's cover of the piece
// ([begin, end) ranges in order, matched or not — HF's find_matches), groups it by
// behavior with one range of look-behind, and emits the non-empty slices.
class SplitEmitter {
public:
    SplitEmitter(Piece& piece, Behavior b, bool invert, PieceSink& out) : p_(piece), b_(b), invert_(invert), out_(out) {}

    Status segment(size_t begin, size_t end, bool match) {
        if (invert_) match = !match;
        switch (b_) {
            case Behavior::Isolated: return emit(begin, end);
            case Behavior::Removed: return match ? Status::success() : emit(begin, end);
            case Behavior::Contiguous:
            case Behavior::MergedWithPrevious: {
                const bool extend = have_ && (b_ == Behavior::Contiguous ? match == prevMatch_ : (match && !prevMatch_));
                prevMatch_ = match;
                if (extend) {
                    pe_ = end;
                    return Status::success();
                }
                PS_TRY(flush());
                have_ = true;
                pb_ = begin;
                pe_ = end;
                return Status::success();
            }
            case Behavior::MergedWithNext:
                // A match joins the range after it when that range is not a match.
                if (match) {
                    PS_TRY(flush());
                    have_ = true;
                    pb_ = begin;
                    pe_ = end;
                    return Status::success();
                }
                if (have_) {
                    have_ = false;
                    return emit(pb_, end);
                }
                return emit(begin, end);
        }
        return Status::success();
    }
    Status finish() { return flush(); }

private:
    Status flush() {
        if (!have_) return Status::success();
        have_ = false;
        return emit(pb_, pe_);
    }
    Status emit(size_t a, size_t b) {
        if (b <= a) return Status::success();
        if (a == 0 && b == p_.text.size()) return out_.put(std::move(p_));  // the whole piece: no copy
        return out_.put(p_.slice(a, b));
    }
    Piece& p_;
    Behavior b_;
    bool invert_;
    PieceSink& out_;
    bool have_ = false, prevMatch_ = false;
    size_t pb_ = 0, pe_ = 0;
};

// Regex matches as a cover of the text, into the emitter.
Status splitByMatches(Piece& p, const std::vector<Regex::Match>& matches, Behavior b, bool invert, PieceSink& out) {
    if (p.text.empty()) return Status::success();
    const size_t size = p.text.size();
    SplitEmitter e(p, b, invert, out);
    size_t prev = 0;
    for (const auto& [s, en] : matches) {
        if (prev != s) PS_TRY(e.segment(prev, s, false));
        PS_TRY(e.segment(s, en, true));
        prev = en;
    }
    if (prev != size) PS_TRY(e.segment(prev, size, false));
    return e.finish();
}

// A character predicate as a pattern: every matching character is its own match.
template <typename Pred>
Status splitByChars(Piece& p, Pred&& pred, Behavior b, PieceSink& out) {
    if (p.text.empty()) return Status::success();
    SplitEmitter e(p, b, false, out);
    const std::string& text = p.text;  // stays valid: the piece is only moved out by finish()/whole-piece emits
    const size_t size = text.size();
    size_t last = 0, i = 0;
    while (i < size) {
        char32_t c;
        const int n = utf8::decodeValid(text.data() + i, &c);
        if (pred(c)) {
            if (last < i) PS_TRY(e.segment(last, i, false));
            PS_TRY(e.segment(i, i + size_t(n), true));
            last = i + size_t(n);
        }
        i += size_t(n);
    }
    if (i > last) PS_TRY(e.segment(last, i, false));
    return e.finish();
}

// Matches reused across calls on a thread (no reallocation per piece).
std::vector<Regex::Match>& matchBuffer() {
    thread_local std::vector<Regex::Match> m;
    m.clear();
    return m;
}

Result<Behavior> parseBehavior(const QJsonValue& v, Behavior fallback) {
    if (v.isUndefined() || v.isNull()) return fallback;
    const QString s = v.toString();
    if (s == QLatin1String("Removed")) return Behavior::Removed;
    if (s == QLatin1String("Isolated")) return Behavior::Isolated;
    if (s == QLatin1String("MergedWithPrevious")) return Behavior::MergedWithPrevious;
    if (s == QLatin1String("MergedWithNext")) return Behavior::MergedWithNext;
    if (s == QLatin1String("Contiguous")) return Behavior::Contiguous;
    return makeError(QCoreApplication::translate("ps::tokenizer", "unknown split behavior '%1'").arg(s));
}

Status regexError(const Regex& re, const std::string& err) {
    return makeError(QCoreApplication::translate("ps::tokenizer", "regex '%1' failed: %2")
                         .arg(QString::fromStdString(re.pattern()), QString::fromStdString(err)));
}

class Split final : public PreTokenizer {
public:
    Split(Pattern pattern, Behavior b, bool invert) : pattern_(std::move(pattern)), behavior_(b), invert_(invert) {}
    Status split(Piece&& p, PieceSink& out) const override {
        std::vector<Regex::Match>& matches = matchBuffer();
        if (pattern_.regex) {
            std::string err;
            if (!pattern_.regex->findAll(p.text, &matches, &err)) return regexError(*pattern_.regex, err);
        } else if (!pattern_.literal.empty()) {
            const std::string& lit = pattern_.literal;
            for (size_t at = p.text.find(lit); at != std::string::npos; at = p.text.find(lit, at + lit.size()))
                matches.emplace_back(at, at + lit.size());
        }
        // The emitter may move the piece out at the end: keep the matches' own copy.
        std::vector<Regex::Match> local;
        local.swap(matches);
        Status s = splitByMatches(p, local, behavior_, invert_, out);
        local.clear();
        local.swap(matchBuffer());
        return s;
    }

private:
    Pattern pattern_;
    Behavior behavior_;
    bool invert_;
};

template <typename Pred>
class CharSplit final : public PreTokenizer {
public:
    CharSplit(Pred pred, Behavior b) : pred_(std::move(pred)), behavior_(b) {}
    Status split(Piece&& p, PieceSink& out) const override { return splitByChars(p, pred_, behavior_, out); }

private:
    Pred pred_;
    Behavior behavior_;
};

template <typename Pred>
std::shared_ptr<const PreTokenizer> charSplit(Pred pred, Behavior b) {
    return std::make_shared<CharSplit<Pred>>(std::move(pred), b);
}

// Whitespace: keeps the matches of \w+|[^\w\s]+ (Rust regex classes), drops the rest.
class Whitespace final : public PreTokenizer {
public:
    Status split(Piece&& p, PieceSink& out) const override {
        const std::string& t = p.text;
        size_t i = 0;
        std::vector<std::pair<size_t, size_t>> runs;
        while (i < t.size()) {
            char32_t c;
            int n = utf8::decodeValid(t.data() + i, &c);
            if (unicode::isWhitespace(c) && !unicode::isWordChar(c)) {
                i += size_t(n);
                continue;
            }
            const bool word = unicode::isWordChar(c);
            const size_t start = i;
            i += size_t(n);
            while (i < t.size()) {
                n = utf8::decodeValid(t.data() + i, &c);
                const bool w = unicode::isWordChar(c);
                if (word ? !w : (w || unicode::isWhitespace(c))) break;
                i += size_t(n);
            }
            runs.emplace_back(start, i);
        }
        for (const auto& [a, b] : runs) PS_TRY(out.put(p.slice(a, b)));
        return Status::success();
    }
};

const std::vector<std::string>& alphabet() {
    static const std::vector<std::string> table = [] {
        std::vector<int> bs;
        for (int b = 33; b <= 126; ++b) bs.push_back(b);
        for (int b = 161; b <= 172; ++b) bs.push_back(b);
        for (int b = 174; b <= 255; ++b) bs.push_back(b);
        std::vector<std::string> t(256);
        std::vector<bool> direct(256, false);
        for (int b : bs) direct[b] = true;
        int n = 0;
        for (int b = 0; b < 256; ++b) {
            const char32_t cp = direct[b] ? char32_t(b) : char32_t(256 + n++);
            utf8::append(t[b], cp);
        }
        return t;
    }();
    return table;
}

class ByteLevel final : public PreTokenizer {
public:
    ByteLevel(bool addPrefixSpace, bool useRegex) : addPrefixSpace_(addPrefixSpace), useRegex_(useRegex) {
        if (useRegex_) {
            std::string err;
            regex_ = Regex::compile("'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+", &err);
        }
    }
    Status split(Piece&& p, PieceSink& out) const override {
        if (addPrefixSpace_ && !p.text.empty() && p.text[0] != ' ') {
            PieceWriter w(p);
            w.put(' ', p.tracked ? p.original(0, 1) : Span{});
            w.copy(p, 0, p.text.size());
            p = w.take();
        }
        // Each sub-piece is mapped byte -> printable character on its way out.
        struct Mapper final : PieceSink {
            PieceSink& next;
            explicit Mapper(PieceSink& n) : next(n) {}
            Status put(Piece&& q) override {
                const auto& table = alphabet();
                PieceWriter w(q);
                for (size_t i = 0; i < q.text.size(); ++i)
                    w.put(table[static_cast<unsigned char>(q.text[i])], q.tracked ? q.align[i] : Span{});
                return next.put(w.take());
            }
        } mapper(out);
        if (!useRegex_) return p.text.empty() ? Status::success() : mapper.put(std::move(p));
        std::vector<Regex::Match> matches;
        matches.swap(matchBuffer());
        std::string err;
        if (!regex_->findAll(p.text, &matches, &err)) return regexError(*regex_, err);
        Status s = splitByMatches(p, matches, Behavior::Isolated, false, mapper);
        matches.clear();
        matches.swap(matchBuffer());
        return s;
    }

private:
    bool addPrefixSpace_, useRegex_;
    std::shared_ptr<const Regex> regex_;
};

enum class PrependScheme { Always, First, Never };

class Metaspace final : public PreTokenizer {
public:
    Metaspace(std::string replacement, char32_t replacementChar, PrependScheme scheme, bool split)
        : replacement_(std::move(replacement)), replacementChar_(replacementChar), scheme_(scheme), split_(split) {}
    bool usesOriginalOffsets() const override { return scheme_ == PrependScheme::First; }
    Status split(Piece&& in, PieceSink& out) const override {
        PieceWriter w(in);
        const bool startsWithReplacement = in.text.compare(0, replacement_.size(), replacement_) == 0 ||
                                           (!in.text.empty() && in.text[0] == ' ');
        const bool prepend = scheme_ == PrependScheme::Always ? !startsWithReplacement
                             : scheme_ == PrependScheme::First ? !startsWithReplacement && in.origBegin == 0
                                                               : false;
        if (prepend && !in.text.empty()) w.put(replacement_, in.tracked ? in.original(0, 1) : Span{});
        for (size_t i = 0; i < in.text.size(); ++i) {
            if (in.text[i] == ' ') w.put(replacement_, in.tracked ? in.align[i] : Span{});
            else w.put(in.text[i], in.tracked ? in.align[i] : Span{});
        }
        Piece p = w.take();
        if (!split_) return p.text.empty() ? Status::success() : out.put(std::move(p));
        const char32_t rc = replacementChar_;
        return splitByChars(p, [rc](char32_t c) { return c == rc; }, Behavior::MergedWithNext, out);
    }

private:
    std::string replacement_;
    char32_t replacementChar_;
    PrependScheme scheme_;
    bool split_;
};

class SequencePre final : public PreTokenizer {
public:
    explicit SequencePre(std::vector<std::shared_ptr<const PreTokenizer>> parts) : parts_(std::move(parts)) {}
    bool usesOriginalOffsets() const override {
        for (const auto& p : parts_)
            if (p->usesOriginalOffsets()) return true;
        return false;
    }
    Status split(Piece&& p, PieceSink& out) const override {
        if (parts_.empty()) return p.text.empty() ? Status::success() : out.put(std::move(p));
        return run(0, std::move(p), out);
    }

private:
    // Depth first: every piece of stage i goes through stages i+1.. before the next one.
    Status run(size_t stage, Piece&& p, PieceSink& out) const {
        if (stage + 1 == parts_.size()) return parts_[stage]->split(std::move(p), out);
        struct Next final : PieceSink {
            const SequencePre& self;
            size_t stage;
            PieceSink& out;
            Next(const SequencePre& s, size_t i, PieceSink& o) : self(s), stage(i), out(o) {}
            Status put(Piece&& q) override { return self.run(stage, std::move(q), out); }
        } next(*this, stage + 1, out);
        return parts_[stage]->split(std::move(p), next);
    }
    std::vector<std::shared_ptr<const PreTokenizer>> parts_;
};

class BertPre final : public PreTokenizer {
public:
    Status split(Piece&& p, PieceSink& out) const override {
        struct Punct final : PieceSink {
            PieceSink& next;
            explicit Punct(PieceSink& n) : next(n) {}
            Status put(Piece&& q) override { return splitByChars(q, unicode::isPunctuation, Behavior::Isolated, next); }
        } punct(out);
        return splitByChars(p, unicode::isWhitespace, Behavior::Removed, punct);
    }
};

}  // namespace

const std::vector<std::string>& byteLevelAlphabet() { return alphabet(); }

Result<std::shared_ptr<const PreTokenizer>> PreTokenizer::fromJson(const QJsonValue& json) {
    using Ptr = std::shared_ptr<const PreTokenizer>;
    if (json.isNull() || json.isUndefined()) return Ptr();
    if (!json.isObject()) return makeError(QCoreApplication::translate("ps::tokenizer", "pre_tokenizer must be an object"));
    const QJsonObject o = json.toObject();
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String("Split")) {
        auto pat = parsePattern(o.value(QLatin1String("pattern")), QStringLiteral("Split pre-tokenizer"));
        if (!pat) return pat.error();
        auto b = parseBehavior(o.value(QLatin1String("behavior")), Behavior::Isolated);
        if (!b) return b.error();
        return Ptr(std::make_shared<Split>(std::move(pat.value()), b.value(), o.value(QLatin1String("invert")).toBool(false)));
    }
    if (type == QLatin1String("ByteLevel"))
        return Ptr(std::make_shared<ByteLevel>(o.value(QLatin1String("add_prefix_space")).toBool(true),
                                               o.value(QLatin1String("use_regex")).toBool(true)));
    if (type == QLatin1String("Metaspace")) {
        const std::string rep = toStd(o.value(QLatin1String("replacement")));
        char32_t rc = 0;
        if (rep.empty() || utf8::decode(rep, 0, &rc) != static_cast<int>(rep.size()))
            return makeError(QCoreApplication::translate("ps::tokenizer", "Metaspace replacement must be one character"));
        PrependScheme scheme = PrependScheme::Always;
        const QString ps = o.value(QLatin1String("prepend_scheme")).toString();
        if (ps == QLatin1String("first")) scheme = PrependScheme::First;
        else if (ps == QLatin1String("never")) scheme = PrependScheme::Never;
        else if (!ps.isEmpty() && ps != QLatin1String("always"))
            return makeError(QCoreApplication::translate("ps::tokenizer", "unknown Metaspace prepend_scheme '%1'").arg(ps));
        if (o.value(QLatin1String("add_prefix_space")).isBool() && !o.value(QLatin1String("add_prefix_space")).toBool())
            scheme = PrependScheme::Never;
        return Ptr(std::make_shared<Metaspace>(rep, rc, scheme, o.value(QLatin1String("split")).toBool(true)));
    }
    if (type == QLatin1String("Digits")) {
        const Behavior b = o.value(QLatin1String("individual_digits")).toBool(false) ? Behavior::Isolated : Behavior::Contiguous;
        return charSplit(unicode::isNumeric, b);
    }
    if (type == QLatin1String("Whitespace")) return Ptr(std::make_shared<Whitespace>());
    if (type == QLatin1String("WhitespaceSplit")) return charSplit(unicode::isWhitespace, Behavior::Removed);
    if (type == QLatin1String("Punctuation")) {
        auto b = parseBehavior(o.value(QLatin1String("behavior")), Behavior::Isolated);
        if (!b) return b.error();
        return charSplit(unicode::isPunctuation, b.value());
    }
    if (type == QLatin1String("BertPreTokenizer")) return Ptr(std::make_shared<BertPre>());
    if (type == QLatin1String("CharDelimiterSplit")) {
        const std::string d = toStd(o.value(QLatin1String("delimiter")));
        char32_t dc = 0;
        if (d.empty() || utf8::decode(d, 0, &dc) != static_cast<int>(d.size()))
            return makeError(QCoreApplication::translate("ps::tokenizer", "CharDelimiterSplit delimiter must be one character"));
        return charSplit([dc](char32_t c) { return c == dc; }, Behavior::Removed);
    }
    if (type == QLatin1String("Sequence")) {
        std::vector<Ptr> parts;
        for (const QJsonValue& v : o.value(QLatin1String("pretokenizers")).toArray()) {
            auto p = fromJson(v);
            if (!p) return p.error();
            if (p.value()) parts.push_back(p.value());
        }
        return Ptr(std::make_shared<SequencePre>(std::move(parts)));
    }
    return makeError(QCoreApplication::translate("ps::tokenizer", "unsupported pre_tokenizer type '%1' (supported: Split, ByteLevel, "
                                                                  "Metaspace, Digits, Whitespace, WhitespaceSplit, Punctuation, "
                                                                  "BertPreTokenizer, CharDelimiterSplit, Sequence)")
                         .arg(type));
}

namespace {
struct Collect final : PieceSink {
    std::vector<Piece>& out;
    explicit Collect(std::vector<Piece>& o) : out(o) {}
    Status put(Piece&& p) override {
        if (!p.text.empty()) out.push_back(std::move(p));
        return Status::success();
    }
};
}  // namespace

Status PreTokenizer::apply(std::vector<Piece>& pieces) const {
    std::vector<Piece> out;
    out.reserve(pieces.size() * 2 + 4);
    Collect sink(out);
    for (Piece& p : pieces) {
        if (p.token >= 0) out.push_back(std::move(p));
        else PS_TRY(split(std::move(p), sink));
    }
    pieces.swap(out);
    return Status::success();
}

Result<std::vector<std::string>> preTokenizeText(const PreTokenizer& pre, std::string_view text) {
    std::vector<Piece> pieces(1);
    pieces[0].text.assign(text.data(), text.size());
    pieces[0].origEnd = static_cast<uint32_t>(text.size());
    Status s = pre.apply(pieces);
    if (!s) return s.error();
    std::vector<std::string> out;
    for (Piece& p : pieces) out.push_back(std::move(p.text));
    return out;
}

}  // namespace ps::tokenizer
