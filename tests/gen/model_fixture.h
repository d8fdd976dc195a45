// model_fixture.h — a tiny real LFM2 model folder for generation tests: a
// random fp32 checkpoint whose vocabulary covers the LFM2-layout tokenizer of
// tests/tokenizer/data/lfm2-style, with that tokenizer's files beside it.
#pragma once

#include "model/create_model.h"

#include <QDir>
#include <QFile>

namespace gen_test {

inline QString tokenizerDir() { return qEnvironmentVariable("PREFSTUDIO_SOURCE_DIR") + QStringLiteral("/tests/tokenizer/data/lfm2-style"); }

// Writes the model into `dir`; false on failure. `withTokenizer` false leaves the tokenizer out.
inline bool makeTinyModel(const QString& dir, uint64_t seed, bool withTokenizer = true) {
    auto cfgJson = ps::model::presetConfig(QStringLiteral("tiny")).value().toJson();
    cfgJson.insert(QStringLiteral("vocab_size"), 4352.0);
    auto cfg = ps::model::Lfm2Config::fromJson(cfgJson);
    if (!cfg) return false;
    ps::model::CreateModelOptions opts;
    opts.outDir = dir;
    opts.seed = seed;
    opts.dtype = QStringLiteral("fp32");
    if (!ps::model::createRandomModel(cfg.value(), opts).ok()) return false;
    if (!withTokenizer) return true;
    for (const char* f : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"})
        if (!QFile::copy(tokenizerDir() + QLatin1Char('/') + QLatin1String(f), QDir(dir).filePath(QLatin1String(f)))) return false;
    return true;
}

}  // namespace gen_test
