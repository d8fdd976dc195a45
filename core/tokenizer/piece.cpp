#include "tokenizer/piece.h"

namespace ps::tokenizer {

Span Piece::original(size_t a, size_t b) const {
    if (!tracked) return Span{origBegin + static_cast<uint32_t>(a), origBegin + static_cast<uint32_t>(b)};
    if (a >= b || a >= align.size()) {
        const uint32_t at = a < align.size() ? align[a].begin : origEnd;
        return Span{at, at};
    }
    return Span{align[a].begin, align[b - 1].end};
}

Piece Piece::slice(size_t a, size_t b) const {
    Piece p;
    p.text.assign(text, a, b - a);
    p.tracked = tracked;
    if (tracked) p.align.assign(align.begin() + a, align.begin() + b);
    const Span o = original(a, b);
    p.origBegin = o.begin;
    p.origEnd = o.end;
    return p;
}

}  // namespace ps::tokenizer
