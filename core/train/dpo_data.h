// dpo_data.h — a pre-tokenized DPO example from one JSON object:
// {"prompt_ids": [...], "chosen_ids": [...], "rejected_ids": [...]}.
// (Text in TRL format goes through dpo_tokenize.h, which also reads files.)
#pragma once

#include "train/dpo_batch.h"
#include "util/result.h"

#include <QJsonObject>

namespace ps::train {

// True when the object carries token ids rather than text.
inline bool isTokenizedRecord(const QJsonObject& o) { return o.contains(QLatin1String("prompt_ids")); }
// Error messages carry no line number; the caller adds it.
Result<DpoExample> tokenizedExampleFromJson(const QJsonObject& o, int64_t id);

}  // namespace ps::train
