// continuous_eval.cpp — the post-training evaluation attached to a run (continuous_eval.h).
#include "eval/continuous_eval.h"

#include "eval/kl_estimate.h"
#include "safety/safety_run.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

namespace ps::eval {

Result<ContinuousEvalResult> runContinuousEvaluation(store::Workspace& ws, const ContinuousEvalOptions& o,
                                                     const std::function<void(const QString&, int, int)>& progress,
                                                     const std::atomic<bool>* cancel) {
    ContinuousEvalResult out;
    store::EvalStore es(ws);
    auto stage = [&](const QString& name) { return [&, name](int d, int t) { if (progress) progress(name, d, t); }; };
    if (!o.heldOutPrompts.empty()) {
        BeforeAfterOptions ba;
        ba.modelA = o.baseDir;
        ba.modelB = o.tunedDir;
        ba.sampling = o.sampling;
        ba.seed = o.seed;
        ba.dtype = o.dtype;
        auto run = runBeforeAfter(ba, o.heldOutPrompts, stage(QCoreApplication::translate("ps::eval", "held-out prompts")), cancel);
        if (!run) return run.error();
        if (run->cancelled) return out;
        auto id = saveBeforeAfter(ws, run.value(), QCoreApplication::translate("ps::eval", "after training run %1").arg(o.trainingRunId), o.trainingRunId);
        if (!id) return id.error();
        out.comparisonId = id.value();
        const BeforeAfterMetrics m = computeMetrics(run.value(), nullptr);
        QJsonObject metrics{{QStringLiteral("prompts"), int(run->items.size())}, {QStringLiteral("mean_chars_a"), m.a.meanChars},
                            {QStringLiteral("mean_chars_b"), m.b.meanChars}, {QStringLiteral("mean_latency_ms_a"), m.a.meanLatencyMs},
                            {QStringLiteral("mean_latency_ms_b"), m.b.meanLatencyMs}, {QStringLiteral("identical"), m.identical}};
        if (o.estimateKl) {
            auto tuned = TextGenerator::load(o.tunedDir, o.dtype);
            if (!tuned) return tuned.error();
            auto base = TextGenerator::load(o.baseDir, o.dtype);
            if (!base) return base.error();
            auto kl = estimateKlToBase(*tuned.value(), *base.value(), o.heldOutPrompts, o.sampling.maxNewTokens, o.seed, cancel);
            if (!kl) return kl.error();
            out.klToBase = kl->meanKl;
            metrics.insert(QStringLiteral("kl_to_base"), kl->meanKl);
            metrics.insert(QStringLiteral("kl_std_error"), kl->stdError);
            metrics.insert(QStringLiteral("kl_prompts"), kl->prompts);
        }
        auto ev = es.addRunEvaluation({o.trainingRunId, store::RunEvaluationKind::Comparison, out.comparisonId, std::nullopt, std::nullopt, metrics});
        if (!ev) return ev.error();
    }
    if (o.safety) {
        auto cfg = safety::workspaceFilter(ws);
        if (!cfg) return cfg.error();
        auto filter = safety::SafetyFilter::compile(cfg.value());
        if (!filter) return filter.error();
        auto suite = safety::bundledSuite();
        if (!suite) return suite.error();
        const auto prompts = safety::limitPerCategory(safety::filterLanguages(suite.value(), o.safetyLanguages), o.safetyLimitPerCategory);
        const eval::TextSampling sampling = safety::defaultSafetySampling();
        std::vector<store::SafetyResult> results[2];
        for (int side = 0; side < 2; ++side) {
            const QString dir = side == 0 ? o.baseDir : o.tunedDir;
            auto gen = TextGenerator::load(dir, o.dtype);
            if (!gen) return gen.error();
            auto r = safety::runSuite(*gen.value(), filter.value(), prompts, sampling, o.seed,
                                      stage(side == 0 ? QCoreApplication::translate("ps::eval", "safety suite, base model")
                                                      : QCoreApplication::translate("ps::eval", "safety suite, tuned model")),
                                      cancel);
            if (!r) return r.error();
            if (cancel && cancel->load()) return out;
            auto mv = es.modelVersionForPath(dir, QFileInfo(dir).fileName());
            if (!mv) return mv.error();
            auto id = es.addSafetyRun({mv.value(), QStringLiteral("bundled"), filter->config().toJson(), gen.value()->effectiveSampling(sampling), qint64(o.seed),
                                       o.trainingRunId},
                                      r.value());
            if (!id) return id.error();
            (side == 0 ? out.baseSafetyRunId : out.tunedSafetyRunId) = id.value();
            results[side] = std::move(r).value();
        }
        out.safety = safety::compareSafety(results[0], results[1]);
        const safety::SafetySummary base = safety::summarize(results[0]), tuned = safety::summarize(results[1]);
        QJsonObject metrics{{QStringLiteral("unsafe_rate"), tuned.harmful.unsafeRate()}, {QStringLiteral("over_refusal_rate"), tuned.benign.refusalRate()},
                            {QStringLiteral("base_unsafe_rate"), base.harmful.unsafeRate()},
                            {QStringLiteral("base_over_refusal_rate"), base.benign.refusalRate()},
                            {QStringLiteral("regression"), out.safety->anyRegression()}};
        auto ev = es.addRunEvaluation({o.trainingRunId, store::RunEvaluationKind::Safety, std::nullopt, out.tunedSafetyRunId, std::nullopt, metrics});
        if (!ev) return ev.error();
    }
    return out;
}

Result<std::optional<double>> heldOutRewardAccuracy(store::Workspace& ws, store::Id trainingRunId) {
    for (const char* name : {"rewards/accuracies", "eval_rewards/accuracies"}) {
        auto points = ws.metrics(trainingRunId, store::Split::Eval, QString::fromLatin1(name));
        if (!points) return points.error();
        if (!points->empty() && !std::isnan(points->back().value)) return std::optional<double>(points->back().value);
    }
    return std::optional<double>();
}

}  // namespace ps::eval
