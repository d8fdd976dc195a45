#include "tokenizer/utf8.h"

#include <cstdint>

namespace ps::tokenizer::utf8 {

namespace {
// Valid range of the second byte for a lead byte (Unicode Table 3-7); {1, 0} when
// the lead byte itself is invalid.
struct Range { unsigned char lo, hi; };
Range secondByteRange(unsigned char b0) {
    if (b0 >= 0xC2 && b0 <= 0xDF) return {0x80, 0xBF};
    if (b0 == 0xE0) return {0xA0, 0xBF};
    if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return {0x80, 0xBF};
    if (b0 == 0xED) return {0x80, 0x9F};
    if (b0 == 0xF0) return {0x90, 0xBF};
    if (b0 >= 0xF1 && b0 <= 0xF3) return {0x80, 0xBF};
    if (b0 == 0xF4) return {0x80, 0x8F};
    return {1, 0};
}

// Length of the longest well-formed prefix of a sequence at s[i] (0 if the lead
// byte is invalid), and whether the whole sequence is complete.
int wellFormedPrefix(std::string_view s, size_t i, bool* complete) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    *complete = false;
    if (b0 < 0x80) { *complete = true; return 1; }
    const Range r = secondByteRange(b0);
    if (r.lo > r.hi) return 0;
    const int need = sequenceLength(b0);
    int n = 1;
    for (; n < need; ++n) {
        if (i + n >= s.size()) return n;
        const auto b = static_cast<unsigned char>(s[i + n]);
        const bool ok = n == 1 ? (b >= r.lo && b <= r.hi) : (b >= 0x80 && b <= 0xBF);
        if (!ok) return n;
    }
    *complete = true;
    return n;
}
}  // namespace

int decode(std::string_view s, size_t i, char32_t* cp) {
    if (i >= s.size()) return 0;
    bool complete = false;
    const int n = wellFormedPrefix(s, i, &complete);
    if (!complete) return 0;
    decodeValid(s.data() + i, cp);
    return n;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

size_t findInvalid(std::string_view s) {
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        // ASCII fast path, 8 bytes at a time.
        while (i + 8 <= n) {
            uint64_t w;
            __builtin_memcpy(&w, s.data() + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
        bool complete = false;
        const int len = wellFormedPrefix(s, i, &complete);
        if (!complete) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::string lossy(std::string_view s) {
    if (findInvalid(s) == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size() + 8);
    size_t i = 0;
    while (i < s.size()) {
        bool complete = false;
        const int len = wellFormedPrefix(s, i, &complete);
        if (complete) {
            out.append(s.data() + i, len);
            i += len;
        } else {
            out.append("\xEF\xBF\xBD");
            i += len > 0 ? len : 1;
        }
    }
    return out;
}

bool endsWithIncompleteSequence(std::string_view s) {
    // Walk back over at most 3 continuation bytes to the lead byte.
    size_t k = s.size();
    int cont = 0;
    while (k > 0 && cont < 4) {
        const auto b = static_cast<unsigned char>(s[k - 1]);
        if ((b & 0xC0) != 0x80) break;
        --k;
        ++cont;
    }
    if (k == 0) return false;
    const size_t lead = k - 1;
    bool complete = false;
    const int len = wellFormedPrefix(s, lead, &complete);
    return !complete && lead + len == s.size() && len > 0;
}

}  // namespace ps::tokenizer::utf8
