// piece.h — a span of text on its way through the tokenizer pipeline
// (Hugging Face's NormalizedString + Split, reduced to what encoding needs).
//
// A Piece holds its current bytes (after normalisation / pre-tokenisation
// transforms) and, when offsets are tracked, the original input byte range each
// of those bytes came from. Pieces that matched an added token carry its id and
// are not touched by later stages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ps::tokenizer {

struct Span {
    uint32_t begin = 0;
    uint32_t end = 0;
};

struct Piece {
    std::string text;
    std::vector<Span> align;  // tracked: one entry per byte of text; untracked: empty
    bool tracked = false;
    uint32_t origBegin = 0;   // original range this piece covers
    uint32_t origEnd = 0;
    int32_t token = -1;       // >= 0: an added token's id (final)

    // Original range of bytes [a, b) of text.
    Span original(size_t a, size_t b) const;
    // The sub-piece made of bytes [a, b).
    Piece slice(size_t a, size_t b) const;
};

// Builds a transformed piece byte by byte, keeping the alignment when tracked.
class PieceWriter {
public:
    explicit PieceWriter(const Piece& source) : tracked_(source.tracked) {
        out_.tracked = source.tracked;
        out_.origBegin = source.origBegin;
        out_.origEnd = source.origEnd;
        out_.text.reserve(source.text.size() + 4);
        if (tracked_) out_.align.reserve(source.text.size() + 4);
    }
    void put(std::string_view bytes, Span src) {
        out_.text.append(bytes.data(), bytes.size());
        if (tracked_) out_.align.insert(out_.align.end(), bytes.size(), src);
    }
    void put(char byte, Span src) {
        out_.text.push_back(byte);
        if (tracked_) out_.align.push_back(src);
    }
    // Copies bytes [a, b) of `source` unchanged.
    void copy(const Piece& source, size_t a, size_t b) {
        out_.text.append(source.text, a, b - a);
        if (tracked_) out_.align.insert(out_.align.end(), source.align.begin() + a, source.align.begin() + b);
    }
    Piece take() { return std::move(out_); }

private:
    Piece out_;
    bool tracked_;
};

// Source span of byte i of a piece (a zero-width span at the start when untracked).
inline Span sourceOf(const Piece& p, size_t i) {
    if (p.tracked && i < p.align.size()) return p.align[i];
    return Span{p.origBegin, p.origBegin};
}

}  // namespace ps::tokenizer
