// types.h — value types of the workspace store (store/workspace.h): what goes
// into the SQLite file and what comes back out. Plain structs, no Qt Sql and
// no LibTorch, so the UI, the CLI and the trainer can all include them.
//
// Times are milliseconds since the Unix epoch (UTC). Ids are SQLite rowids.
// Not here: the SQL itself (store/migrations/, store/workspace*.cpp).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <cmath>
#include <optional>
#include <vector>

namespace ps::store {

using Id = qint64;

// What an annotator decided about a pair. Stored as "a", "b", "tie", "both_bad", "skip".
enum class Choice { A, B, Tie, BothBad, Skip };
QString choiceName(Choice c);
std::optional<Choice> choiceFromName(const QString& name);

enum class Side { A, B };

// Per-side flags of a vote, stored as a bitmask (flags_a, flags_b).
enum VoteFlag : int {
    FlagUnsafe = 1,
    FlagFactualError = 2,
    FlagOffTopic = 4,
    FlagOther = 8,
};
constexpr int kAllVoteFlags = FlagUnsafe | FlagFactualError | FlagOffTopic | FlagOther;

// A prompt is either plain text or a chat message list
// ([{"role": "user", "content": "..."}, ...]); exactly one of the two is set.
struct PromptContent {
    QString text;
    QJsonArray messages;
    bool isChat() const { return !messages.isEmpty(); }
};

struct NewPrompt {
    PromptContent content;
    QString language;  // e.g. "en", "vi"; may be empty
    QString category;
    QString source;  // where it came from: a file name, "demo", ...
};

struct Prompt {
    Id id = 0;
    PromptContent content;
    QString language;
    QString category;
    QString source;
    QByteArray dedupHash;  // SHA-256 of the normalized content (see Workspace::promptHash)
    qint64 createdAt = 0;
};

struct NewModelVersion {
    QString name;  // unique in the workspace
    QString path;  // Hugging Face model folder
    std::optional<Id> parentId;
    std::optional<Id> trainingRunId;  // the run that produced it
};

struct ModelVersion {
    Id id = 0;
    QString name;
    QString path;
    std::optional<Id> parentId;
    std::optional<Id> trainingRunId;
    qint64 createdAt = 0;
};

struct NewGeneration {
    Id promptId = 0;
    std::optional<Id> modelVersionId;  // empty for imported text
    QJsonObject sampling;              // temperature, top_k, top_p, ...
    std::optional<qint64> seed;
    QString text;
    std::optional<int> tokenCount;
    std::optional<qint64> timeMs;
    QString source;
};

struct Generation {
    Id id = 0;
    Id promptId = 0;
    std::optional<Id> modelVersionId;
    QJsonObject sampling;
    std::optional<qint64> seed;
    QString text;
    std::optional<int> tokenCount;
    std::optional<qint64> timeMs;
    QString source;
    qint64 createdAt = 0;
};

struct NewPair {
    Id promptId = 0;
    Id generationA = 0;
    Id generationB = 0;
};

struct Pair {
    Id id = 0;
    Id promptId = 0;
    Id generationA = 0;
    Id generationB = 0;
    bool excluded = false;
    QString excludedReason;
    qint64 createdAt = 0;
};

struct Annotator {
    Id id = 0;
    QString name;
    bool excluded = false;
    QString excludedReason;
    qint64 createdAt = 0;
};

struct NewVote {
    Id pairId = 0;
    Id annotatorId = 0;
    // Which generation was shown on the left (randomized per pair by the view).
    // Empty when the pair was never shown side by side (imported preferences).
    std::optional<bool> leftIsA;
    Choice choice = Choice::Skip;
    std::optional<qint64> timeTakenMs;
    QString comment;
    int flagsA = 0;  // VoteFlag bits for generation A
    int flagsB = 0;
    // An edited answer: the annotator rewrote side `editedSide`; the edit is a
    // new preferred answer (see PreferenceOptions::editsAsChosen).
    std::optional<Side> editedSide;
    QString editedText;
};

// A stored vote. A vote is active until it is undone or superseded by a later
// vote of the same annotator on the same pair; undoing the later vote makes
// the superseded one active again.
struct Vote {
    Id id = 0;
    Id pairId = 0;
    Id annotatorId = 0;
    std::optional<bool> leftIsA;
    Choice choice = Choice::Skip;
    std::optional<qint64> timeTakenMs;
    QString comment;
    int flagsA = 0;
    int flagsB = 0;
    std::optional<Side> editedSide;
    QString editedText;
    qint64 createdAt = 0;
    std::optional<qint64> undoneAt;
    std::optional<qint64> supersededAt;
    std::optional<Id> supersedesId;

    bool active() const { return !undoneAt && !supersededAt; }
};

// Annotation queue filters.
enum class QueueFilter {
    Todo,           // pairs the given annotator has no active vote on
    Unlabeled,      // pairs nobody has an active vote on
    Mine,           // pairs the given annotator has an active vote on
    Flagged,        // pairs with an active vote that flags either side
    Disagreements,  // pairs whose active non-skip votes differ
    All,
};

struct QueueQuery {
    QueueFilter filter = QueueFilter::Todo;
    std::optional<Id> annotatorId;  // required for Todo and Mine
    Id afterPairId = 0;             // keyset paging: pairs with a larger id, in id order
    int limit = 50;
    bool includeExcluded = false;
};

struct QueueItem {
    Id pairId = 0;
    Id promptId = 0;
    PromptContent prompt;
    QString language;
    QString category;
    Id generationA = 0;
    Id generationB = 0;
    QString textA;
    QString textB;
    int activeVotes = 0;
    bool excluded = false;
};

struct Progress {
    qint64 pairs = 0;          // all pairs, excluded ones included
    qint64 excludedPairs = 0;
    qint64 labeledPairs = 0;   // non-excluded pairs with at least one active non-skip vote
    // Filled when an annotator was given:
    qint64 myVotes = 0;        // active votes of the annotator on non-excluded pairs (skips included)
    qint64 mySkips = 0;
    qint64 myRemaining = 0;    // non-excluded pairs without an active vote of the annotator
    qint64 myVotesLastHour = 0;
};

// How votes turn into preference examples for training and export.
struct PreferenceOptions {
    bool includeTies = false;     // pairs whose outcome is a tie (chosen = A, rejected = B, outcome Tie)
    bool includeBothBad = false;  // likewise for both-bad
    bool includeSkips = false;    // pairs that only received skips
    // Every active edit becomes an extra example with the edited text as chosen
    // (rejected: the losing side when the edited side won, else the edited side's original).
    bool editsAsChosen = true;
    bool respectExclusions = true;  // leave out excluded pairs and votes of excluded annotators
};

struct PreferenceExample {
    Id pairId = 0;
    Id promptId = 0;
    PromptContent prompt;
    QString language;
    QString category;
    QString chosen;
    QString rejected;
    // A or B: chosen is that generation (for an edit: the side that was
    // edited); Tie, BothBad or Skip for the optional undecided examples, whose
    // chosen/rejected are just A/B.
    Choice outcome = Choice::A;
    bool fromEdit = false;
    Id editVoteId = 0;        // the vote that carried the edit
    int votesForOutcome = 0;  // votes for `outcome`
    int votesCounted = 0;     // active non-skip votes of the pair considered
};

enum class RunStatus { Pending, Running, Finished, Failed, Cancelled };
QString runStatusName(RunStatus s);
std::optional<RunStatus> runStatusFromName(const QString& name);

struct NewRun {
    QJsonObject config;
    std::optional<Id> baseModelVersionId;
};

struct TrainingRun {
    Id id = 0;
    QJsonObject config;
    RunStatus status = RunStatus::Pending;
    std::optional<Id> baseModelVersionId;
    std::optional<Id> outputModelVersionId;
    QString checkpointPath;
    QString error;
    qint64 createdAt = 0;
    std::optional<qint64> startedAt;
    std::optional<qint64> finishedAt;
};

enum class Split { Train, Eval };

struct MetricPoint {
    qint64 step = 0;
    Split split = Split::Train;
    QString name;  // TRL names: "loss", "rewards/chosen", ...
    double value = std::nan("");  // NaN is kept (stored as NULL)
};

}  // namespace ps::store
