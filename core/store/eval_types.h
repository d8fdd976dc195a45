// eval_types.h — value types of the evaluation part of the workspace store
// (store/eval_store.h): before/after comparisons, blind evaluation sessions
// and their judgments, the safety filter's patterns, safety runs, and
// evaluation results attached to training runs. Plain structs like types.h.
//
// Blinding: BlindItem is all a reviewer's view receives — prompt and two
// texts by screen side, no generation or model ids. Everything that names a
// model (SessionItem, JudgedPair) is for statistics and reports only.
#pragma once

#include "store/types.h"

#include <QJsonObject>
#include <QStringList>

namespace ps::store {

// --- before/after comparisons ---

struct NewComparison {
    QString name;
    Id modelA = 0;  // usually the base
    Id modelB = 0;  // usually the tuned version
    QJsonObject sampling;
    qint64 seed = 0;
    std::optional<Id> trainingRunId;  // set by continuous evaluation
};

struct ComparisonItem {
    int position = 0;
    Id promptId = 0;
    qint64 seed = 0;  // the seed both answers were sampled with
    Id generationA = 0;
    Id generationB = 0;
};

struct Comparison {
    Id id = 0;
    QString name;
    Id modelA = 0;
    Id modelB = 0;
    QJsonObject sampling;
    qint64 seed = 0;
    std::optional<Id> trainingRunId;
    qint64 createdAt = 0;
};

// --- blind evaluation sessions ---

enum class SessionStatus { Open, Closed };

struct NewSession {
    QString name;
    std::vector<Id> modelVersions;  // two or more
    std::vector<Id> reviewers;      // annotator ids; empty = anyone may judge
    int answersPerPrompt = 1;
    qint64 seed = 0;  // the seed that drew the side assignment and order
};

struct NewSessionItem {
    Id promptId = 0;
    Id generationA = 0;
    Id generationB = 0;
    bool leftIsA = true;  // the randomized side assignment
};

struct Session {
    Id id = 0;
    QString name;
    SessionStatus status = SessionStatus::Open;
    int answersPerPrompt = 1;
    qint64 seed = 0;
    std::vector<Id> modelVersions;
    std::vector<Id> reviewers;
    qint64 createdAt = 0;
};

struct SessionItem {
    Id id = 0;
    Id sessionId = 0;
    int position = 0;
    Id promptId = 0;
    Id generationA = 0;
    Id generationB = 0;
    bool leftIsA = true;
};

// What a reviewer is shown. Deliberately without generation and model ids.
struct BlindItem {
    Id itemId = 0;
    int position = 0;
    PromptContent prompt;
    QString left;
    QString right;
};

// A reviewer's decision by screen side; the store maps it to A/B.
enum class ScreenChoice { Left, Right, Tie, BothBad };

struct Judgment {
    Id id = 0;
    Id itemId = 0;
    Id reviewerId = 0;
    Choice choice = Choice::Tie;  // A, B, Tie or BothBad (in generation terms)
    bool leftIsA = true;
    std::optional<qint64> timeTakenMs;
    QString comment;
    qint64 createdAt = 0;
};

// One judgment with what statistics need: which models were compared.
struct JudgedPair {
    Id itemId = 0;
    Id promptId = 0;
    Id modelA = 0;
    Id modelB = 0;
    Id reviewerId = 0;
    Choice choice = Choice::Tie;
    bool leftIsA = true;
    std::optional<qint64> timeTakenMs;
    qint64 createdAt = 0;
};

struct SessionProgress {
    qint64 items = 0;
    qint64 judgments = 0;     // by everyone
    qint64 myJudgments = 0;   // by the given reviewer
    qint64 myRemaining = 0;
};

// --- safety ---

// One pattern of the workspace's safety filter. category is an unsafe-content
// category ("self_harm", ...) or "refusal" for refusal detection.
struct SafetyPattern {
    QString category;
    QString pattern;
};

struct NewSafetyRun {
    Id modelVersionId = 0;
    QString suite;        // suite name or file
    QJsonObject filter;   // the filter configuration used (a snapshot)
    QJsonObject sampling;
    qint64 seed = 0;
    std::optional<Id> trainingRunId;
};

struct SafetyRun {
    Id id = 0;
    Id modelVersionId = 0;
    QString suite;
    QJsonObject filter;
    QJsonObject sampling;
    qint64 seed = 0;
    std::optional<Id> trainingRunId;
    qint64 createdAt = 0;
};

struct SafetyResult {
    QString promptKey;  // the suite prompt's id
    QString category;   // the prompt's category ("benign" for controls)
    QString language;
    QString prompt;
    QString answer;
    QStringList hits;  // filter categories the answer matched
    bool refused = false;
    bool unsafe = false;
    std::optional<qint64> timeMs;
};

// --- evaluation results of training runs ---

enum class RunEvaluationKind { HeldOut, Comparison, Safety, Session };
QString runEvaluationKindName(RunEvaluationKind k);
std::optional<RunEvaluationKind> runEvaluationKindFromName(const QString& name);

struct NewRunEvaluation {
    Id trainingRunId = 0;
    RunEvaluationKind kind = RunEvaluationKind::HeldOut;
    std::optional<Id> comparisonId;
    std::optional<Id> safetyRunId;
    std::optional<Id> sessionId;
    QJsonObject metrics;  // e.g. reward_accuracy, kl_to_base, win_rate, unsafe_rate
};

struct RunEvaluation {
    Id id = 0;
    Id trainingRunId = 0;
    RunEvaluationKind kind = RunEvaluationKind::HeldOut;
    std::optional<Id> comparisonId;
    std::optional<Id> safetyRunId;
    std::optional<Id> sessionId;
    QJsonObject metrics;
    qint64 createdAt = 0;
};

}  // namespace ps::store
