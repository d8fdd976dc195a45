// quality_report.h — the data quality report of a workspace (SPEC §1 item 4):
// position bias, length bias, inter-annotator agreement, contradicting votes,
// duplicate prompts, diversity and per-annotator figures with outliers, all
// computed from the active votes in one pass over the store.
//
// Which votes count: active votes (not undone, not superseded). With
// respectExclusions (the default) excluded pairs are left out everywhere, and
// votes of excluded annotators are left out of every aggregate (bias,
// agreement, contradictions, majorities), so the report describes the data
// that training will see; excluded annotators still get their own row in
// `annotators` (scored against the others) so that they can be judged and
// re-included. Prompts (duplicates, diversity) are all prompts of the workspace.
//
// The statistics themselves live in small files beside this one (proportion,
// agreement, text_stats, near_duplicates, robust), each testable on plain numbers.
// Not here: widgets and threads (ui/quality_view.*).
#pragma once

#include "quality/agreement.h"
#include "quality/near_duplicates.h"
#include "quality/proportion.h"
#include "store/types.h"
#include "util/result.h"

#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace ps::store {
class Workspace;
}

namespace ps::quality {

using store::Choice;
using store::Id;

// The four labels agreement is computed on (skips are no label).
constexpr int kLabelCount = 4;  // A, B, tie, both-bad
// 0..3 for A, B, tie, both-bad; -1 for skip.
int labelIndex(Choice c);

struct QualityOptions {
    bool respectExclusions = true;
    NearDuplicateOptions nearDuplicates;
    double outlierZ = 3.5;       // |modified z| above this flags an annotator
    int minVotesForOutlier = 10;  // annotators with fewer active votes are not scored
    int maxListed = 2000;         // longest list kept per table (counts stay exact)
    int excerptChars = 160;       // prompt/answer excerpts in the lists
};

struct QualityProgress {
    int percent = 0;
    QString stage;  // translated, e.g. "Reading votes"
};

struct QualityCallbacks {
    std::function<void(const QualityProgress&)> progress;  // called on the computing thread
    const std::atomic<bool>* cancel = nullptr;               // set to stop; the result is then an error
};

struct PositionBias {
    ProportionTest leftPicks;       // left picked among decisive (A/B) votes with a known left side
    int64_t decisiveWithoutSide = 0;  // decisive votes without left_is_a (imported), not counted
};

// How often the longer answer wins, by how much longer it is (characters):
// ratio longer/shorter in [lower, upper).
struct LengthBucket {
    double lower = 1.0, upper = 0.0;  // upper 0 = no upper bound
    ProportionTest longerWins;
};

struct LengthBias {
    ProportionTest longerWinsChars;  // decisive votes whose answers differ in length (code points)
    ProportionTest longerWinsWords;  // the same in words
    double meanCharsChosen = 0, meanCharsRejected = 0;
    double meanWordsChosen = 0, meanWordsRejected = 0;
    int64_t decisiveVotes = 0;
    std::vector<LengthBucket> buckets;  // 1–1.1, 1.1–1.25, 1.25–1.5, 1.5–2, ≥ 2
};

struct AnnotatorPairKappa {
    Id first = 0, second = 0;  // annotator ids, first < second
    CohenResult cohen;         // on the pairs both gave a non-skip vote
};

struct Agreement {
    std::vector<AnnotatorPairKappa> pairs;  // every annotator pair with at least one common item
    FleissResult fleiss;                    // pairs with >= 2 non-skip votes (unequal raters allowed)
};

struct VoteBrief {
    Id voteId = 0;
    Id annotatorId = 0;
    QString annotator;
    Choice choice = Choice::Skip;
};

// A pair whose active non-skip votes differ.
struct Contradiction {
    Id pairId = 0;
    Id promptId = 0;
    QString prompt;  // excerpt
    std::vector<VoteBrief> votes;
    bool opposite = false;  // both A and B were chosen (not only tie/both-bad against a side)
    bool excluded = false;
};

// One annotator preferring generation x in one pair and generation y in the
// other, where both pairs show the same two generations (A/B swapped).
// A per-annotator finding: listed for excluded annotators too (counted pairs only).
struct SelfContradiction {
    Id annotatorId = 0;
    QString annotator;
    Id firstPair = 0, secondPair = 0;
    Choice firstChoice = Choice::A, secondChoice = Choice::A;
    QString prompt;
};

struct DuplicateGroup {  // prompts with the same dedup hash
    std::vector<Id> promptIds;
    QString prompt;  // excerpt of the first
};

struct NearDuplicate {
    Id first = 0, second = 0;  // prompt ids
    double jaccard = 0.0;
    QString firstPrompt, secondPrompt;  // excerpts
};

struct CountRow {
    QString key;  // language or category ("" = not set)
    int64_t prompts = 0;
    int64_t pairs = 0;
};

struct Diversity {
    double distinct1Prompts = 0, distinct2Prompts = 0;
    double distinct1Answers = 0, distinct2Answers = 0;
    int64_t promptTokens = 0, answerTokens = 0;
    int64_t answers = 0;  // generations shown in counted pairs
    std::vector<CountRow> languages, categories;  // by decreasing prompt count
};

struct AnnotatorStats {
    Id id = 0;
    QString name;
    bool excluded = false;
    QString excludedReason;
    int64_t votes = 0;  // active votes on counted pairs, skips included
    std::array<int64_t, 5> choices{};  // A, B, tie, both-bad, skip
    double medianSeconds = 0, meanSeconds = 0;  // over votes with a recorded time; NaN when none
    int64_t timedVotes = 0;
    ProportionTest leftPicks;
    // Leave-one-out: the annotator's non-skip vote against the plurality of the
    // other (counted) annotators' non-skip votes on the same pair, on pairs
    // where that plurality is unique.
    ProportionTest majorityAgreement;
    double speedZ = 0, agreementZ = 0;  // modified z-scores among scored annotators; NaN when not scored
    bool speedOutlier = false, agreementOutlier = false;
};

struct QualityReport {
    int64_t prompts = 0, pairs = 0, countedPairs = 0, excludedPairs = 0;
    int64_t activeVotes = 0, countedVotes = 0;  // counted: after exclusions
    int64_t labeledPairs = 0;                   // counted pairs with a non-skip vote
    PositionBias position;
    LengthBias length;
    Agreement agreement;
    int64_t contradictionCount = 0, oppositeContradictionCount = 0;
    std::vector<Contradiction> contradictions;  // at most maxListed, by pair id
    int64_t selfContradictionCount = 0;
    std::vector<SelfContradiction> selfContradictions;
    int64_t duplicatePrompts = 0;  // prompts in exact-duplicate groups beyond the first of each
    std::vector<DuplicateGroup> duplicateGroups;
    int64_t nearDuplicateCount = 0;
    std::vector<NearDuplicate> nearDuplicates;
    Diversity diversity;
    std::vector<AnnotatorStats> annotators;  // every annotator, by name
    int64_t elapsedMs = 0;
};

// Reads the workspace and computes the report. Errors: the store's, or
// "cancelled" when callbacks.cancel was set.
Result<QualityReport> computeQualityReport(store::Workspace& workspace, const QualityOptions& options = {},
                                           const QualityCallbacks& callbacks = {});

}  // namespace ps::quality
