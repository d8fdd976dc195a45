// tiny_text_model.h — a tiny random LFM2 checkpoint that can answer text: the
// "tiny" preset with the vocabulary widened to the LFM2-layout test tokenizer
// (tests/tokenizer/data/lfm2-style), whose files are copied beside it.
// Shared by the evaluation tests (CLI and views).
#pragma once

#include "model/config.h"
#include "model/create_model.h"

#include <QFile>
#include <QString>

namespace tiny_text_model {

inline QString tokenizerDir() { return qEnvironmentVariable("PREFSTUDIO_SOURCE_DIR") + QStringLiteral("/tests/tokenizer/data/lfm2-style"); }

inline bool make(const QString& dir, uint64_t seed) {
    auto cfgJson = ps::model::presetConfig(QStringLiteral("tiny")).value().toJson();
    cfgJson.insert(QStringLiteral("vocab_size"), 4352.0);
    auto cfg = ps::model::Lfm2Config::fromJson(cfgJson);
    if (!cfg) return false;
    ps::model::CreateModelOptions o;
    o.outDir = dir;
    o.dtype = QStringLiteral("fp32");
    o.seed = seed;
    if (!ps::model::createRandomModel(cfg.value(), o).ok()) return false;
    for (const char* f : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"})
        if (!QFile::copy(tokenizerDir() + QLatin1Char('/') + QLatin1String(f), dir + QLatin1Char('/') + QLatin1String(f))) return false;
    return true;
}

}  // namespace tiny_text_model
