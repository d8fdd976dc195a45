// create_model.h — a random-initialised LFM2 checkpoint with the real config
// keys and tensor names, for tests, benchmarks and the demo model's start.
// Public API free of LibTorch types.
#pragma once

#include "model/config.h"
#include "util/result.h"

namespace ps::model {

struct CreateModelOptions {
    QString outDir;
    uint64_t seed = 0;
    QString dtype = QStringLiteral("bf16");  // bf16 | fp32 | fp16
    uint64_t maxShardBytes = 5ull << 30;     // larger checkpoints are sharded
};

// Writes config.json, generation_config.json and model.safetensors (or shards).
Status createRandomModel(const Lfm2Config& config, const CreateModelOptions& options);

}  // namespace ps::model
