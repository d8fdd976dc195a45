// sentencepiece.h — sentencepiece models (tokenizer.model) and training, through
// libprefstudio_spm (spm_bridge/), loaded on first use with
// dlopen(RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND) so that sentencepiece's protobuf
// never meets LibTorch's (SPEC §2). Loading a model goes through Tokenizer::load.
//
// The bridge is looked up in this order: $PREFSTUDIO_SPM_BRIDGE (a file path),
// next to the executable, ../lib next to the executable, the build tree.
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace ps::tokenizer {

struct SentencePieceTrainOptions {
    QString inputFile;                 // UTF-8 text, one sentence per line
    QString modelPrefix;               // writes <prefix>.model and <prefix>.vocab
    int vocabSize = 8000;
    QString modelType = QStringLiteral("bpe");  // "bpe" or "unigram"
    QStringList userDefinedSymbols;    // kept as single pieces (e.g. chat special tokens)
    QStringList extraFlags;            // further trainer flags, e.g. "--character_coverage=1.0"
};

Status trainSentencePiece(const SentencePieceTrainOptions& options);

// Path of the loaded bridge library, or why it cannot be loaded.
Result<QString> sentencePieceBridge();

}  // namespace ps::tokenizer
