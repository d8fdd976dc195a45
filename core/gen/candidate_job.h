// candidate_job.h — generates candidate answers for a workspace's prompts and
// pairs them for annotation: one model with N seeded candidates per prompt
// (optionally a temperature per candidate), or several models (model folders
// or registered model versions) with one candidate each.
//
// Streaming into the store: each prompt's generations and pairs are committed
// in one transaction as soon as the prompt is done, so a cancel or a crash
// keeps every finished prompt, and a rerun with the same sources and settings
// skips them (each generation records its job key in sampling_json "job").
// Prompt ids by SPEC §5 (gen/prompt_encoder.h); defaults from each model's
// generation_config.json; model folders are registered as model versions.
//
// LibTorch-free header; blocking — call it from a worker thread and report
// through the callbacks (called on that thread). Not here: the Qt signals
// (ui/candidate_controller.h), the CLI (app/cmd_candidates.cpp).
#pragma once

#include "store/types.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace ps::gen {

// A model folder, or a registered model version (whose folder is used).
struct ModelSource {
    QString modelDir;
    std::optional<store::Id> modelVersionId;
};

enum class PromptScope {
    Selected,  // CandidateJobSpec::promptIds
    All,       // every prompt matching the language/category filters
    Unpaired,  // matching prompts that have no pair yet
};

enum class PairingRule {
    AllPairs,  // every two candidates of a prompt (n candidates: n(n-1)/2 pairs)
    Adjacent,  // each candidate with the next one (n-1 pairs)
};

// Unset values come from each model's generation_config.json.
// A temperature of 0 means greedy decoding.
struct CandidateSampling {
    std::optional<double> temperature;
    std::optional<int64_t> topK;
    std::optional<double> topP;
    std::optional<double> minP;
    std::optional<double> repetitionPenalty;
    std::optional<int64_t> maxNewTokens;
};

struct CandidateJobSpec {
    QString workspacePath;
    // Hold the workspace's instance lock (the CLI); the studio already holds it.
    bool instanceLock = false;

    PromptScope scope = PromptScope::Unpaired;
    std::vector<store::Id> promptIds;  // for Selected
    QString language, category;        // filters for All / Unpaired; empty: any
    qint64 limit = 0;                  // generate for at most this many prompts (0: no limit)

    std::vector<ModelSource> sources;
    // Candidates per prompt from each source; 0: 2 with one source, 1 with several.
    int candidatesPerSource = 0;
    // Optional temperature per candidate (candidatesPerSource entries).
    std::vector<double> temperatures;
    CandidateSampling sampling;
    // Candidate k samples with seed + k (so `prefstudio generate --seed` of that
    // value reproduces it); the seed is stored with every generation.
    uint64_t seed = 0;
    PairingRule pairing = PairingRule::AllPairs;
    QString dtype;  // compute dtype "fp32" or "bf16"; empty: the checkpoint's
};

struct CandidateProgress {
    qint64 promptsDone = 0;     // finished in this run
    qint64 promptsTotal = 0;    // to generate in this run
    qint64 promptsSkipped = 0;  // already done by an earlier run with the same sources and settings
    qint64 tokens = 0;          // generated in this run
    double tokensPerSecond = 0;
    double etaSeconds = -1;  // -1: not known yet
    store::Id promptId = 0;  // the prompt being generated
    int source = 0;          // index into CandidateJobSpec::sources
    QString stage;           // what is happening, e.g. "loading model X" (translated)
    std::vector<QString> streaming;  // text so far of each candidate of the current prompt and source
};

struct PromptCandidates {
    store::Id promptId = 0;
    std::vector<store::Id> generationIds;
    std::vector<store::Id> pairIds;
};

struct CandidateCallbacks {
    // At most about 20 times a second while tokens stream, and at each stage.
    std::function<void(const CandidateProgress&)> progress;
    // After a prompt's generations and pairs were committed.
    std::function<void(const PromptCandidates&)> promptDone;
    const std::atomic<bool>* cancel = nullptr;  // stops after discarding the prompt in progress
};

struct CandidateJobReport {
    qint64 promptsDone = 0;
    qint64 promptsSkipped = 0;
    qint64 generations = 0;
    qint64 pairs = 0;
    qint64 tokens = 0;
    double seconds = 0;  // generation time (model loading excluded)
    bool cancelled = false;
    std::vector<store::Id> modelVersionIds;  // one per source
    QString jobKey;
};

// Checks the settings before anything is loaded (also used by the view to
// explain a disabled Start).
Status validateCandidateJob(const CandidateJobSpec& spec);
Result<CandidateJobReport> runCandidateJob(const CandidateJobSpec& spec, const CandidateCallbacks& callbacks = {});

}  // namespace ps::gen
