// kl_estimate.cpp — Monte Carlo KL to the base model (kl_estimate.h).
#include "eval/kl_estimate.h"

#include "model/lfm2.h"

#include <ATen/core/grad_mode.h>
#include <QCoreApplication>
#include <cmath>

namespace ps::eval {

double sequenceKl(const model::Lfm2Model& tuned, const model::Lfm2Model& base, const std::vector<int64_t>& prompt,
                  const std::vector<int64_t>& answer) {
    at::NoGradGuard noGrad;
    const int64_t P = static_cast<int64_t>(prompt.size()), T = static_cast<int64_t>(answer.size());
    if (T == 0) return 0.0;
    // x + y without its last token: position P-1+t predicts y_t.
    std::vector<int64_t> seq(prompt);
    seq.insert(seq.end(), answer.begin(), answer.end() - 1);
    const at::Tensor ids = at::tensor(seq, at::kLong).unsqueeze(0);
    auto logProbs = [&](const model::Lfm2Model& m) {  // (T,V) fp64 log-softmax on the host
        const at::Tensor logits = m.forward(ids.to(m.device())).squeeze(0).narrow(0, P - 1, T);
        return at::log_softmax(logits.to(at::kCPU).to(at::kDouble), -1);
    };
    const at::Tensor lt = logProbs(tuned), lb = logProbs(base);
    return (lt.exp() * (lt - lb)).sum().item<double>();
}

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
            const double d = sequenceKl(tuned.model(), base.model(), a->promptIds, a->ids);
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
