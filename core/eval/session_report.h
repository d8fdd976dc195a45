// session_report.h — everything the blind-session report shows, gathered from
// a workspace: the session and its models, the results (win rates, Wilson,
// bootstrap, Bradley–Terry), the empirical annotation metrics per model
// version, the latest safety runs of the session's models compared (first
// model = base, each other model = tuned), and evaluations attached to the
// training runs that produced the models. Plus the judgments as CSV.
#pragma once

#include "eval/annotation_metrics.h"
#include "eval/blind_session.h"
#include "safety/safety_report.h"

#include <map>

namespace ps::eval {

struct SafetyPairReport {
    store::Id baseModel = 0;
    store::Id tunedModel = 0;
    store::Id baseRun = 0;
    store::Id tunedRun = 0;
    safety::SafetyComparison comparison;
};

struct SessionReport {
    store::Session session;
    std::map<store::Id, QString> modelNames;
    SessionResults results;
    std::vector<ModelAnnotationMetrics> annotation;  // the session's models only
    std::map<store::Id, HeldOutMetrics> heldOut;     // from run evaluations of the producing runs
    std::vector<SafetyPairReport> safety;
    std::map<store::Id, QString> reviewerNames;
    qint64 generatedAt = 0;
};

Result<SessionReport> buildSessionReport(store::Workspace& ws, store::Id sessionId, int resamples = 2000, uint64_t seed = 0);

// The evidence that needs no session: annotation metrics and held-out metrics
// of every model version, and the safety comparison of every tuned version
// with its parent (session and results stay empty).
Result<SessionReport> buildWorkspaceEvidence(store::Workspace& ws);

// One row per judgment: item, position, prompt, model_a, model_b, left model,
// reviewer, choice (a/b/tie/both_bad), winner model, time_ms, created_at (ISO).
Result<QString> sessionJudgmentsCsv(store::Workspace& ws, store::Id sessionId);

}  // namespace ps::eval
