// session_report.cpp — gathering a blind session's report and CSV (session_report.h).
#include "eval/session_report.h"

#include "eval/continuous_eval.h"
#include "safety/safety_run.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>

namespace ps::eval {

namespace {

// Annotation metrics, held-out metrics and safety comparisons of `r.modelNames`'
// models; `safetyPairs` lists (base, tuned) version pairs to compare.
Status gatherModelEvidence(store::Workspace& ws, SessionReport& r, const std::map<store::Id, store::ModelVersion>& byId,
                           const std::vector<std::pair<store::Id, store::Id>>& safetyPairs) {
    store::EvalStore es(ws);
    auto am = annotationMetrics(ws);
    if (!am) return am.error();
    for (const auto& m : am.value())
        if (r.modelNames.count(m.modelVersionId)) r.annotation.push_back(m);

    // Held-out metrics from evaluations attached to the run that produced each model.
    for (const auto& [m, name] : r.modelNames) {
        (void)name;
        if (!byId.count(m) || !byId.at(m).trainingRunId) continue;
        const store::Id runId = *byId.at(m).trainingRunId;
        auto evals = es.runEvaluations(runId);
        if (!evals) return evals.error();
        HeldOutMetrics h;
        for (const auto& e : evals.value()) {
            const QJsonObject& o = e.metrics;
            if (o.contains(QStringLiteral("reward_accuracy"))) h.rewardAccuracy = o.value(QStringLiteral("reward_accuracy")).toDouble();
            if (o.contains(QStringLiteral("reward_pairs"))) h.rewardPairs = o.value(QStringLiteral("reward_pairs")).toInt();
            if (o.contains(QStringLiteral("kl_to_base"))) h.klToBase = o.value(QStringLiteral("kl_to_base")).toDouble();
            if (o.contains(QStringLiteral("kl_prompts"))) h.klPrompts = o.value(QStringLiteral("kl_prompts")).toInt();
        }
        if (!h.rewardAccuracy) {  // the trainer's own held-out accuracy
            auto acc = heldOutRewardAccuracy(ws, runId);
            if (!acc) return acc.error();
            h.rewardAccuracy = acc.value();
        }
        if (h.rewardAccuracy || h.klToBase) r.heldOut[m] = h;
    }

    // Safety: the newest run of each base against the newest of its tuned model.
    for (const auto& [base, tuned] : safetyPairs) {
        auto baseRuns = es.safetyRuns(base);
        if (!baseRuns) return baseRuns.error();
        auto runs = es.safetyRuns(tuned);
        if (!runs) return runs.error();
        if (baseRuns->empty() || runs->empty()) continue;
        auto baseResults = es.safetyResults(baseRuns->front().id);
        if (!baseResults) return baseResults.error();
        auto results = es.safetyResults(runs->front().id);
        if (!results) return results.error();
        SafetyPairReport p;
        p.baseModel = base;
        p.tunedModel = tuned;
        p.baseRun = baseRuns->front().id;
        p.tunedRun = runs->front().id;
        p.comparison = safety::compareSafety(baseResults.value(), results.value());
        r.safety.push_back(p);
    }
    return {};
}

}  // namespace

Result<SessionReport> buildSessionReport(store::Workspace& ws, store::Id sessionId, int resamples, uint64_t seed) {
    store::EvalStore es(ws);
    SessionReport r;
    auto s = es.session(sessionId);
    if (!s) return s.error();
    r.session = s.value();
    r.generatedAt = QDateTime::currentMSecsSinceEpoch();
    auto versions = ws.modelVersions();
    if (!versions) return versions.error();
    std::map<store::Id, store::ModelVersion> byId;
    for (const auto& v : versions.value()) byId[v.id] = v;
    for (store::Id m : r.session.modelVersions) r.modelNames[m] = byId.count(m) ? byId[m].name : QString::number(m);
    auto judged = es.judgedPairs(sessionId);
    if (!judged) return judged.error();
    r.results = computeSessionResults(r.session.modelVersions, judged.value(), resamples, seed);
    auto annotators = ws.annotators();
    if (!annotators) return annotators.error();
    for (const auto& a : annotators.value()) r.reviewerNames[a.id] = a.name;
    // Safety: the first model (the base) against each other one.
    std::vector<std::pair<store::Id, store::Id>> pairs;
    const auto& models = r.session.modelVersions;
    for (size_t i = 1; i < models.size(); ++i) pairs.emplace_back(models.front(), models[i]);
    PS_TRY(gatherModelEvidence(ws, r, byId, pairs));
    return r;
}

Result<SessionReport> buildWorkspaceEvidence(store::Workspace& ws) {
    SessionReport r;
    r.generatedAt = QDateTime::currentMSecsSinceEpoch();
    auto versions = ws.modelVersions();
    if (!versions) return versions.error();
    std::map<store::Id, store::ModelVersion> byId;
    std::vector<std::pair<store::Id, store::Id>> pairs;  // every tuned version against its parent
    for (const auto& v : versions.value()) {
        byId[v.id] = v;
        r.modelNames[v.id] = v.name;
        if (v.parentId) pairs.emplace_back(*v.parentId, v.id);
    }
    PS_TRY(gatherModelEvidence(ws, r, byId, pairs));
    return r;
}

Result<QString> sessionJudgmentsCsv(store::Workspace& ws, store::Id sessionId) {
    store::EvalStore es(ws);
    auto judged = es.judgedPairs(sessionId);
    if (!judged) return judged.error();
    auto items = es.sessionItems(sessionId);
    if (!items) return items.error();
    std::map<store::Id, int> position;
    for (const auto& it : items.value()) position[it.id] = it.position;
    auto versions = ws.modelVersions();
    if (!versions) return versions.error();
    std::map<store::Id, QString> names;
    for (const auto& v : versions.value()) names[v.id] = v.name;
    auto annotators = ws.annotators();
    if (!annotators) return annotators.error();
    std::map<store::Id, QString> reviewers;
    for (const auto& a : annotators.value()) reviewers[a.id] = a.name;
    auto cell = [](const QString& s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))) {
            QString q = s;
            q.replace(QLatin1String("\""), QLatin1String("\"\""));
            return QStringLiteral("\"%1\"").arg(q);
        }
        return s;
    };
    QString out = QStringLiteral("item,position,prompt_id,model_a,model_b,left_model,reviewer,choice,winner,time_ms,created_at\n");
    for (const store::JudgedPair& j : judged.value()) {
        QString winner;
        if (j.choice == store::Choice::A) winner = names[j.modelA];
        else if (j.choice == store::Choice::B) winner = names[j.modelB];
        QStringList row{QString::number(j.itemId),
                        QString::number(position[j.itemId]),
                        QString::number(j.promptId),
                        cell(names[j.modelA]),
                        cell(names[j.modelB]),
                        cell(j.leftIsA ? names[j.modelA] : names[j.modelB]),
                        cell(reviewers[j.reviewerId]),
                        store::choiceName(j.choice),
                        cell(winner),
                        j.timeTakenMs ? QString::number(*j.timeTakenMs) : QString(),
                        QDateTime::fromMSecsSinceEpoch(j.createdAt, Qt::UTC).toString(Qt::ISODateWithMs)};
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

}  // namespace ps::eval
