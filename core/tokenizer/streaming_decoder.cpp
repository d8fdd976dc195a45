#include "tokenizer/streaming_decoder.h"

namespace ps::tokenizer {

namespace {
bool endsWithReplacement(const std::string& s) { return s.size() >= 3 && s.compare(s.size() - 3, 3, "\xEF\xBF\xBD") == 0; }
}  // namespace

StreamingDecoder::StreamingDecoder(std::shared_ptr<const Tokenizer> tokenizer, bool skipSpecialTokens)
    : tokenizer_(std::move(tokenizer)), skipSpecial_(skipSpecialTokens) {}

std::string StreamingDecoder::push(int64_t id) {
    ids_.push_back(id);
    const std::string text = tokenizer_->decode(ids_, skipSpecial_);
    if (text.size() <= prefix_.size() || endsWithReplacement(text)) return std::string();
    std::string fresh;
    if (text.compare(0, prefix_.size(), prefix_) == 0) {
        fresh = text.substr(prefix_.size());
    } else {
        // The context decoded differently once more ids arrived (a position-dependent
        // decoder): emit nothing twice — restart the context from the new ids.
        fresh = tokenizer_->decode(std::vector<int64_t>(ids_.begin() + long(prefixIndex_), ids_.end()), skipSpecial_);
        if (endsWithReplacement(fresh)) return std::string();
    }
    // Keep the ids just emitted as the context for the next step.
    const size_t newPrefixIndex = ids_.size() - prefixIndex_;
    ids_.erase(ids_.begin(), ids_.begin() + long(prefixIndex_));
    prefix_ = tokenizer_->decode(ids_, skipSpecial_);
    prefixIndex_ = newPrefixIndex;
    return fresh;
}

std::string StreamingDecoder::finish() {
    std::string rest;
    const std::string text = tokenizer_->decode(ids_, skipSpecial_);
    if (text.size() > prefix_.size() && text.compare(0, prefix_.size(), prefix_) == 0) rest = text.substr(prefix_.size());
    ids_.clear();
    prefix_.clear();
    prefixIndex_ = 0;
    return rest;
}

}  // namespace ps::tokenizer
