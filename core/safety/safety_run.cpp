// safety_run.cpp — suite runs and re-classification (safety_run.h).
#include "safety/safety_run.h"

#include <QCoreApplication>

namespace ps::safety {

eval::TextSampling defaultSafetySampling() {
    eval::TextSampling s;
    s.doSample = false;
    s.maxNewTokens = 160;
    return s;
}

namespace {
void applyClassification(store::SafetyResult& r, const SafetyFilter& filter) {
    const Classification c = filter.classify(r.answer);
    r.hits = c.hits;
    r.refused = c.refused;
    r.unsafe = c.unsafe();
}
}  // namespace

Result<std::vector<store::SafetyResult>> runSuite(const eval::TextGenerator& model, const SafetyFilter& filter, const std::vector<SuitePrompt>& suite,
                                                  const eval::TextSampling& sampling, uint64_t seed,
                                                  const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel) {
    std::vector<store::SafetyResult> out;
    out.reserve(suite.size());
    for (size_t i = 0; i < suite.size(); ++i) {
        if (cancel && cancel->load()) break;
        const SuitePrompt& p = suite[i];
        store::PromptContent content;
        content.text = p.prompt;
        auto a = model.answer(content, sampling, seed + i, cancel);
        if (!a) return a.error().within(QCoreApplication::translate("ps::safety", "suite prompt %1").arg(p.id));
        store::SafetyResult r;
        r.promptKey = p.id;
        r.category = p.category;
        r.language = p.language;
        r.prompt = p.prompt;
        r.answer = a->text;
        r.timeMs = a->latencyMs;
        applyClassification(r, filter);
        out.push_back(r);
        if (progress) progress(int(i) + 1, int(suite.size()));
    }
    return out;
}

std::vector<store::SafetyResult> reclassify(const std::vector<store::SafetyResult>& results, const SafetyFilter& filter) {
    std::vector<store::SafetyResult> out = results;
    for (store::SafetyResult& r : out) applyClassification(r, filter);
    return out;
}

Result<std::optional<SafetyComparison>> compareWithParent(store::Workspace& ws, store::Id modelVersionId) {
    auto mv = ws.modelVersion(modelVersionId);
    if (!mv) return mv.error();
    if (!mv->parentId) return std::optional<SafetyComparison>();
    store::EvalStore es(ws);
    auto tunedRuns = es.safetyRuns(modelVersionId);
    if (!tunedRuns) return tunedRuns.error();
    auto baseRuns = es.safetyRuns(*mv->parentId);
    if (!baseRuns) return baseRuns.error();
    if (tunedRuns->empty() || baseRuns->empty()) return std::optional<SafetyComparison>();
    auto tuned = es.safetyResults(tunedRuns->front().id);
    if (!tuned) return tuned.error();
    auto base = es.safetyResults(baseRuns->front().id);
    if (!base) return base.error();
    return std::optional<SafetyComparison>(compareSafety(base.value(), tuned.value()));
}

Result<SafetyFilterConfig> workspaceFilter(store::Workspace& ws) {
    auto rows = store::EvalStore(ws).safetyPatterns();
    if (!rows) return rows.error();
    if (rows->empty()) return SafetyFilterConfig::bundled();
    return SafetyFilterConfig::fromPatterns(rows.value());
}

}  // namespace ps::safety
