// kl_estimate.cpp — Monte Carlo KL to the base model (kl_estimate.h).
#include "eval/kl_estimate.h"

#include "model/lfm2.h"
#include "train/completion_logps.h"
#include "train/dpo_batch.h"

#include <ATen/core/grad_mode.h>
#include <QCoreApplication>
#include <cmath>

namespace ps::eval {

Result<KlEstimate> estimateKlToBase(const TextGenerator& tuned, const TextGenerator& base, const std::vector<EvalPrompt>& prompts,
                                    int64_t maxNewTokens, uint64_t seed, const std::atomic<bool>* cancel) {
    if (tuned.model().config().vocabSize != base.model().config().vocabSize)
        return makeError(QCoreApplication::translate("ps::eval", "the tuned and the base model have different vocabularies"));
    TextSampling pure;
    pure.doSample = true;
    pure.temperature = 1.0;
    pure.topK = 0;
    pure.topP = 1.0;
    pure.minP = 0.0;
    pure.repetitionPenalty = 1.0;
    pure.maxNewTokens = maxNewTokens;
    std::vector<double> diffs;
    double sum = 0, tokens = 0;
    try {
        at::NoGradGuard noGrad;
        for (size_t i = 0; i < prompts.size(); ++i) {
            if (cancel && cancel->load()) break;
            auto a = tuned.answer(prompts[i].content, pure, seed + i, cancel);
            if (!a) return a.error();
            if (a->ids.empty()) continue;
            train::DpoExample e;
            e.prompt = a->promptIds;
            e.chosen = a->ids;
            e.rejected = a->ids;
            const train::DpoBatch batch = train::collate({&e}, tuned.model().config().padTokenId);
            const train::CompletionScores st = train::scoreCompletions(tuned.model(), batch);
            const train::CompletionScores sb = train::scoreCompletions(base.model(), batch);
            const double d = st.chosen(st.logps).item<double>() - sb.chosen(sb.logps).item<double>();
            diffs.push_back(d);
            sum += d;
            tokens += double(a->ids.size());
        }
    } catch (const std::exception& ex) {
        return makeError(QString::fromUtf8(ex.what()), QCoreApplication::translate("ps::eval", "estimating KL to the base model"));
    }
    KlEstimate k;
    k.prompts = int(diffs.size());
    if (diffs.empty()) return k;
    k.meanKl = sum / double(diffs.size());
    k.perToken = tokens > 0 ? sum / tokens : 0.0;
    if (diffs.size() > 1) {
        double ss = 0;
        for (double d : diffs) ss += (d - k.meanKl) * (d - k.meanKl);
        k.stdError = std::sqrt(ss / double(diffs.size() - 1) / double(diffs.size()));
    }
    return k;
}

}  // namespace ps::eval
