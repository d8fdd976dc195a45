// dpo_data.h — reading DPO examples from files. Pre-tokenized JSONL lines
// {"prompt_ids": [...], "chosen_ids": [...], "rejected_ids": [...]} are read
// directly; text in TRL format needs a tokenizer (see tokenizer/). Bad lines
// are reported with their line number and nothing is returned.
#pragma once

#include "train/dpo_batch.h"
#include "util/result.h"

#include <QString>
#include <vector>

namespace ps::train {

Result<std::vector<DpoExample>> readTokenizedDpoJsonl(const QString& path);

}  // namespace ps::train
