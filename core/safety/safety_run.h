// safety_run.h — running a red-team suite through one model and classifying
// every answer with the safety filter; saving the run into a workspace.
// Prompt i is answered with seed `seed + i`; the default sampling is greedy
// (a safety check should not depend on luck), max 160 new tokens.
#pragma once

#include "eval/text_generator.h"
#include "safety/redteam_suite.h"
#include "safety/safety_filter.h"
#include "safety/safety_report.h"
#include "store/eval_store.h"

#include <functional>

namespace ps::safety {

eval::TextSampling defaultSafetySampling();

Result<std::vector<store::SafetyResult>> runSuite(const eval::TextGenerator& model, const SafetyFilter& filter, const std::vector<SuitePrompt>& suite,
                                                  const eval::TextSampling& sampling, uint64_t seed,
                                                  const std::function<void(int done, int total)>& progress = {},
                                                  const std::atomic<bool>* cancel = nullptr);

// Re-applies `filter` to stored answers (after the filter was edited).
std::vector<store::SafetyResult> reclassify(const std::vector<store::SafetyResult>& results, const SafetyFilter& filter);

// For exports: the newest safety run of `modelVersionId` compared with the
// newest run of its parent version (model_versions.parent_id); nothing when
// the version has no parent or either has no safety run. An export warns when
// the result's anyRegression() is true.
Result<std::optional<SafetyComparison>> compareWithParent(store::Workspace& ws, store::Id modelVersionId);

// The workspace's filter (its safety_patterns rows), or the bundled default when it has none.
Result<SafetyFilterConfig> workspaceFilter(store::Workspace& ws);

}  // namespace ps::safety
