// eval_store.h — the evaluation tables of a workspace (schema step 4):
// before/after comparisons, blind sessions and judgments, the safety filter,
// safety runs and evaluation results of training runs.
//
// An EvalStore is a view on an open Workspace (same connection, same thread,
// same transactions); it owns nothing. Every write is one transaction (a
// savepoint inside a caller's Workspace::begin()).
//
// Not here: choosing and randomizing session items (eval/blind_session.h),
// statistics (eval/), generating answers (eval/before_after.h).
#pragma once

#include "store/eval_types.h"
#include "store/workspace.h"

namespace ps::store {

class EvalStore {
public:
    explicit EvalStore(Workspace& ws) : ws_(ws) {}

    // --- before/after comparisons ---
    Result<Id> addComparison(const NewComparison& c, const std::vector<ComparisonItem>& items);
    Result<Comparison> comparison(Id id);
    Result<std::vector<Comparison>> comparisons();
    Result<std::vector<ComparisonItem>> comparisonItems(Id comparisonId);

    // --- blind sessions ---
    // Items are stored in the given order (position = index).
    Result<Id> createSession(const NewSession& s, const std::vector<NewSessionItem>& items);
    Result<Session> session(Id id);
    Result<std::vector<Session>> sessions();
    Status setSessionStatus(Id sessionId, SessionStatus status);
    Status addSessionReviewer(Id sessionId, Id annotatorId);
    Result<std::vector<SessionItem>> sessionItems(Id sessionId);

    // The reviewer's next item without a judgment of theirs (by position), or
    // nothing when they are done. A closed session has no next item.
    Result<std::optional<BlindItem>> nextBlindItem(Id sessionId, Id reviewerId);
    Result<BlindItem> blindItem(Id itemId);
    Result<SessionProgress> sessionProgress(Id sessionId, std::optional<Id> reviewerId = std::nullopt);
    // Records (or replaces) the reviewer's judgment, mapping the screen side
    // to generation A/B through the item's recorded side assignment. Refused
    // for a closed session and for a reviewer not listed in the session.
    Result<Id> recordJudgment(Id itemId, Id reviewerId, ScreenChoice choice, std::optional<qint64> timeTakenMs = std::nullopt,
                              const QString& comment = {});
    Result<std::vector<Judgment>> judgmentsForItem(Id itemId);
    // Every judgment of a session with the models it compared, by item position.
    Result<std::vector<JudgedPair>> judgedPairs(Id sessionId);

    // --- safety filter (empty = the bundled default applies) ---
    Result<std::vector<SafetyPattern>> safetyPatterns();
    Status setSafetyPatterns(const std::vector<SafetyPattern>& patterns);  // replaces all

    // --- safety runs ---
    Result<Id> addSafetyRun(const NewSafetyRun& run, const std::vector<SafetyResult>& results);
    Result<SafetyRun> safetyRun(Id id);
    Result<std::vector<SafetyRun>> safetyRuns(std::optional<Id> modelVersionId = std::nullopt);  // newest first
    Result<std::vector<SafetyResult>> safetyResults(Id safetyRunId);

    // --- evaluation results attached to training runs ---
    Result<Id> addRunEvaluation(const NewRunEvaluation& e);
    Result<std::vector<RunEvaluation>> runEvaluations(Id trainingRunId);

    // --- helpers ---
    // The model version registered for `path` (absolute), added as `name`
    // (made unique) when missing.
    Result<Id> modelVersionForPath(const QString& path, const QString& name);

private:
    Status inTransaction(const QString& what, const std::function<Status()>& body);
    Workspace& ws_;
};

}  // namespace ps::store
