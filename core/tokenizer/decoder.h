// decoder.h — tokenizer.json "decoder" components: ByteLevel, Metaspace, Replace,
// ByteFallback, Fuse, Strip and Sequence (Hugging Face's decode_chain semantics:
// each decoder maps the list of token strings to a new list; the result is joined).
#pragma once

#include "util/result.h"

#include <QJsonValue>
#include <memory>
#include <string>
#include <vector>

namespace ps::tokenizer {

class Decoder {
public:
    virtual ~Decoder() = default;
    virtual void decodeChain(std::vector<std::string>& tokens) const = 0;
    std::string decode(std::vector<std::string> tokens) const;
    // Null JSON gives null.
    static Result<std::shared_ptr<const Decoder>> fromJson(const QJsonValue& json);
};

}  // namespace ps::tokenizer
