// before_after.h — the before/after job: the same prompts, with the same
// per-prompt seeds and sampling, through two model folders (A = before,
// usually the base; B = after, usually the tuned version); answers with
// length and latency; automatic metrics; saving into a workspace.
//
// Models are loaded one after the other (A answers everything, is freed, then
// B), so two large checkpoints are never in memory together. Prompt i is
// sampled with seed `seed + i` by both models.
#pragma once

#include "eval/text_generator.h"
#include "store/eval_store.h"

#include <functional>
#include <map>

namespace ps::safety {
class SafetyFilter;
}

namespace ps::eval {

struct EvalPrompt {
    QString key;  // the file's "id", else "line-N"
    store::PromptContent content;
    QString language;
    QString category;
};

// JSON lines with "prompt" (a string or a chat message list) and optional
// "id", "language", "category"; or a .txt file with one prompt per line.
// Errors name the line.
Result<std::vector<EvalPrompt>> readPromptFile(const QString& path);

struct BeforeAfterItem {
    EvalPrompt prompt;
    uint64_t seed = 0;
    TextAnswer a;
    TextAnswer b;
};

struct BeforeAfterOptions {
    QString modelA;
    QString modelB;
    TextSampling sampling;
    uint64_t seed = 0;
    QString dtype;  // "", "fp32" or "bf16"
};

struct BeforeAfterRun {
    BeforeAfterOptions options;
    QJsonObject samplingA;  // effective sampling of each model
    QJsonObject samplingB;
    std::vector<BeforeAfterItem> items;
    bool cancelled = false;
};

// progress(done, total) after every answer (2 × prompts in all).
using ProgressFn = std::function<void(int done, int total)>;
Result<BeforeAfterRun> runBeforeAfter(const BeforeAfterOptions& options, const std::vector<EvalPrompt>& prompts, const ProgressFn& progress = {},
                                      const std::atomic<bool>* cancel = nullptr);

struct SideMetrics {
    int answers = 0;
    double meanChars = 0;
    double meanWords = 0;
    double meanTokens = 0;
    double meanLatencyMs = 0;
    double p50LatencyMs = 0;
    double p90LatencyMs = 0;
    double tokensPerSecond = 0;
    double distinct1 = 0;
    double distinct2 = 0;
    int stoppedByLength = 0;  // answers cut at max_new_tokens
    int unsafe = 0;           // safety filter: unsafe answers
    int refused = 0;          // safety filter: refusals
    std::map<QString, int> categoryHits;
};

struct BeforeAfterMetrics {
    SideMetrics a;
    SideMetrics b;
    int identical = 0;             // prompts where both answers are equal
    double meanEditDistance = 0;   // between A's and B's answer, characters (bounded)
    double meanLengthRatio = 0;    // mean of chars(B) / chars(A) over prompts with a non-empty A
};

BeforeAfterMetrics computeMetrics(const BeforeAfterRun& run, const safety::SafetyFilter* filter);

QJsonObject metricsToJson(const BeforeAfterMetrics& m);
QJsonObject itemToJson(const BeforeAfterItem& item);

// Saves the run into the workspace: model versions for both folders (found
// by path, else added), prompts (deduplicated by hash), one generation per
// answer, and the comparison. Returns the comparison id.
Result<store::Id> saveBeforeAfter(store::Workspace& ws, const BeforeAfterRun& run, const QString& name,
                                  std::optional<store::Id> trainingRunId = std::nullopt);

}  // namespace ps::eval
