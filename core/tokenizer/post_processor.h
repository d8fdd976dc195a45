// post_processor.h — tokenizer.json "post_processor" components for single
// sequences: TemplateProcessing, ByteLevel (ids unchanged), BertProcessing,
// RobertaProcessing and Sequence. Special tokens are inserted only when the
// caller asks for them (add_special_tokens).
#pragma once

#include "tokenizer/piece.h"
#include "util/result.h"

#include <QJsonValue>
#include <memory>
#include <vector>

namespace ps::tokenizer {

// Token ids of one encoded sequence with their original byte spans.
struct EncodedIds {
    std::vector<int32_t> ids;
    std::vector<Span> offsets;  // empty unless offsets are tracked
    std::vector<uint8_t> special;  // 1 for tokens inserted by the post-processor (same length as ids)
    bool tracked = false;          // offsets are filled
};

class PostProcessor {
public:
    virtual ~PostProcessor() = default;
    virtual void process(EncodedIds& e, bool addSpecialTokens) const = 0;
    // Null JSON gives null.
    static Result<std::shared_ptr<const PostProcessor>> fromJson(const QJsonValue& json);
};

}  // namespace ps::tokenizer
