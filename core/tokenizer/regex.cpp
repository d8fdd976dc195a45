#include "tokenizer/regex.h"

#include "tokenizer/utf8.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace ps::tokenizer {

namespace {
// Per-thread matching state: match data, and a JIT stack large enough for long
// whitespace runs (the default 32 KiB can overflow on \s+(?!\S) over megabytes).
struct ThreadState {
    pcre2_match_data* data = nullptr;
    pcre2_match_context* context = nullptr;
    pcre2_jit_stack* stack = nullptr;
    ThreadState() {
        data = pcre2_match_data_create(1, nullptr);
        context = pcre2_match_context_create(nullptr);
        stack = pcre2_jit_stack_create(64 * 1024, 16 * 1024 * 1024, nullptr);
        if (context && stack) pcre2_jit_stack_assign(context, nullptr, stack);
    }
    ~ThreadState() {
        pcre2_match_data_free(data);
        pcre2_match_context_free(context);
        pcre2_jit_stack_free(stack);
    }
};

ThreadState& threadState() {
    thread_local ThreadState s;
    return s;
}

// Oniguruma (Ruby syntax, what HF compiles patterns with) and PCRE2 disagree on a
// few escapes: onig's \w is L|M|Nd|Pc plus the Latin-1 superscripts and fractions
// (PCRE2 10.42's is L|N|_), and \h is a hex digit (PCRE2: horizontal space).
std::string translateOnig(const std::string& p) {
    static const char* kWord = "\\x{B2}\\x{B3}\\x{B9}\\x{BC}-\\x{BE}\\p{L}\\p{M}\\p{Nd}\\p{Pc}";
    static const char* kHex = "0-9a-fA-F";
    std::string out;
    bool inClass = false;
    for (size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            const char e = p[++i];
            if (e == 'w' && inClass) {
                out += kWord;
                if (i + 2 < p.size() && p[i + 1] == '-' && p[i + 2] != ']') {  // [\w-x]: onig reads a literal '-'
                    out += "\\-";
                    ++i;
                }
            } else if (e == 'w') out += "[" + std::string(kWord) + "]";
            else if (e == 'W' && !inClass) out += "[^" + std::string(kWord) + "]";
            else if (e == 'h') out += inClass ? std::string(kHex) : "[" + std::string(kHex) + "]";
            else if (e == 'H' && !inClass) out += "[^" + std::string(kHex) + "]";
            else {
                out += c;
                out += e;
            }
            continue;
        }
        if (!inClass && c == '[') {
            inClass = true;
            out += c;
            if (i + 1 < p.size() && p[i + 1] == '^') out += p[++i];
            if (i + 1 < p.size() && p[i + 1] == ']') out += p[++i];  // a leading ']' is literal
            continue;
        }
        if (inClass && c == ']') inClass = false;
        out += c;
    }
    return out;
}

std::string errorText(int code) {
    PCRE2_UCHAR buf[256];
    if (pcre2_get_error_message(code, buf, sizeof buf) < 0) return "PCRE2 error " + std::to_string(code);
    return std::string(reinterpret_cast<const char*>(buf));
}
}  // namespace

std::shared_ptr<const Regex> Regex::compile(const std::string& pattern, std::string* error) {
    int code = 0;
    PCRE2_SIZE offset = 0;
    // MULTILINE: Oniguruma's Ruby syntax makes ^ and $ line anchors.
    const std::string translated = translateOnig(pattern);
    pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated.data()), translated.size(),
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE, &code, &offset, nullptr);
    if (!re) {
        if (error) *error = errorText(code) + " at offset " + std::to_string(offset);
        return nullptr;
    }
    std::shared_ptr<Regex> r(new Regex);
    r->code_ = re;
    r->pattern_ = pattern;
    r->jit_ = pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0;
    return r;
}

Regex::~Regex() { pcre2_code_free(static_cast<pcre2_code*>(code_)); }

bool Regex::findAll(std::string_view text, std::vector<Match>* out, std::string* error) const {
    ThreadState& ts = threadState();
    auto* re = static_cast<pcre2_code*>(code_);
    const auto* subject = reinterpret_cast<PCRE2_SPTR>(text.data());
    size_t lastEnd = 0;
    size_t lastMatchEnd = std::string_view::npos;
    while (lastEnd <= text.size()) {
        const int rc = jit_ ? pcre2_jit_match(re, subject, text.size(), lastEnd, 0, ts.data, ts.context)
                            : pcre2_match(re, subject, text.size(), lastEnd, PCRE2_NO_UTF_CHECK, ts.data, ts.context);
        if (rc == PCRE2_ERROR_NOMATCH) break;
        if (rc < 0) {
            if (error) *error = errorText(rc);
            return false;
        }
        const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(ts.data);
        const size_t s = ov[0], e = ov[1];
        if (s == e) {
            // Empty match: continue one character later; skip it if it touches the previous match.
            lastEnd = e < text.size() ? e + utf8::sequenceLength(static_cast<unsigned char>(text[e])) : e + 1;
            if (e == lastMatchEnd) continue;
        } else {
            lastEnd = e;
        }
        lastMatchEnd = e;
        out->emplace_back(s, e);
    }
    return true;
}

}  // namespace ps::tokenizer
