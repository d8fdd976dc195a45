// tst_memory_savers — the training memory savers give the same numbers as the
// plain computation: the chunked LM-head log-prob (hand-written backward)
// against fp64 autograd of log_softmax, and per-layer activation
// checkpointing against the uncheckpointed forward/backward (full fine-tune
// in fp32, LoRA with dropout — the recomputation must replay the same masks —
// and bf16 autocast).
#include "train/dpo_fixtures.h"
#include "model/create_model.h"
#include "model/lfm2.h"
#include "model/weights.h"
#include "train/autocast.h"
#include "train/completion_logps.h"
#include "train/dpo_batch.h"
#include "train/head_logps.h"
#include "train/lora.h"

#include <ATen/core/grad_mode.h>
#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>
#include <QtTest>
#include <random>

using namespace ps;
using namespace ps::train;

namespace {

using dpo_test::randomBatch;
using dpo_test::relDiff;
using dpo_test::tinyModel;
using dpo_test::trainable;

struct Run {
    at::Tensor logps;
    std::vector<at::Tensor> grads;
    double nextRandom = 0;  // the default generator after the step: same consumption of random numbers
};

// A DPO-like objective (weights differ per row so every gradient path counts).
Run runStep(model::Lfm2Model& m, const DpoBatch& b, const ScoreOptions& o, bool bf16) {
    at::manual_seed(1234);
    std::vector<at::Tensor> params = trainable(m);
    for (auto& p : params) p.mutable_grad() = at::Tensor();
    Run r;
    at::Tensor loss;
    {
        AutocastGuard autocast(bf16, at::kCPU);
        const CompletionScores s = scoreCompletions(m, b, o);
        r.logps = s.logps.detach().clone();
        const at::Tensor coef = at::linspace(-1.0, 1.5, s.logps.size(0), at::kFloat);
        loss = (s.logps * coef).sum() / 7.0;
    }
    loss.backward();
    for (auto& p : params) r.grads.push_back(p.grad().defined() ? p.grad().clone() : at::zeros_like(p));
    r.nextRandom = at::rand({1}).item<double>();
    return r;
}

void compareRuns(const Run& got, const Run& want, double tol) {
    QVERIFY2(relDiff(got.logps, want.logps) < tol, qPrintable(QString::number(relDiff(got.logps, want.logps))));
    QCOMPARE(got.grads.size(), want.grads.size());
    QVERIFY(!want.grads.empty());
    double worst = 0;
    for (size_t i = 0; i < got.grads.size(); ++i) worst = std::max(worst, relDiff(got.grads[i], want.grads[i]));
    qInfo("relative difference: log-probs %.3g, worst gradient %.3g", relDiff(got.logps, want.logps), worst);
    QVERIFY2(worst < tol, qPrintable(QStringLiteral("worst gradient difference %1").arg(worst)));
    QCOMPARE(got.nextRandom, want.nextRandom);
}

}  // namespace

class TestMemorySavers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { at::set_num_threads(2); }

    void chunkedHeadMatchesFp64Autograd() {
        at::manual_seed(7);
        const int64_t N = 37, H = 16, V = 53;
        const at::Tensor h0 = at::randn({N, H}) * 2, w0 = at::randn({V, H}), targets = at::randint(V, {N}, at::kLong);
        const at::Tensor g = at::randn({N});
        // Reference: fp64 autograd of log_softmax + gather.
        const at::Tensor hr = h0.to(at::kDouble).requires_grad_(true), wr = w0.to(at::kDouble).requires_grad_(true);
        const at::Tensor logitsRef = at::linear(hr, wr);
        const at::Tensor ref = at::log_softmax(logitsRef, -1).gather(1, targets.unsqueeze(1)).squeeze(1);
        (ref * g.to(at::kDouble)).sum().backward();
        for (int64_t chunk : {int64_t{0}, int64_t{1}, int64_t{8}, int64_t{36}}) {
            const at::Tensor h = h0.clone().requires_grad_(true), w = w0.clone().requires_grad_(true);
            const HeadLogps out = headLogps(h, w, targets, chunk);
            QVERIFY(!out.logitMeans.requires_grad());
            QVERIFY(relDiff(out.logitMeans, logitsRef.detach().mean(-1)) < 1e-6);
            (out.tokenLogps * g).sum().backward();
            QVERIFY2(relDiff(out.tokenLogps, ref.detach()) < 1e-6, qPrintable(QString::number(chunk)));
            QVERIFY2(relDiff(h.grad(), hr.grad()) < 1e-5, qPrintable(QString::number(relDiff(h.grad(), hr.grad()))));
            QVERIFY2(relDiff(w.grad(), wr.grad()) < 1e-5, qPrintable(QString::number(relDiff(w.grad(), wr.grad()))));
        }
    }

    void chunkedHeadWithoutGradMatches() {
        at::manual_seed(8);
        const at::Tensor h = at::randn({20, 8}), w = at::randn({30, 8}), t = at::randint(30, {20}, at::kLong);
        at::NoGradGuard noGrad;
        const HeadLogps a = headLogps(h, w, t, 0), b = headLogps(h, w, t, 6);
        QVERIFY(relDiff(b.tokenLogps, a.tokenLogps) < 1e-6);
        QVERIFY(relDiff(b.logitMeans, a.logitMeans) < 1e-6);
    }

    void checkpointedFullFineTuneEqualsPlain() {
        auto m = tinyModel(11);
        m->weights().forEach([](const QString&, at::Tensor& t) { t.set_requires_grad(true); });
        const DpoBatch b = randomBatch(3, 5);
        const Run plain = runStep(*m, b, {}, false);
        const Run saved = runStep(*m, b, {true, 5}, false);
        compareRuns(saved, plain, 1e-5);
    }

    void checkpointedLoraWithDropoutReplaysMasks() {
        auto m = tinyModel(12);
        LoraSpec spec;
        spec.r = 4;
        spec.alpha = 8;
        spec.dropout = 0.3;
        spec.targets = {QStringLiteral("q_proj"), QStringLiteral("v_proj"), QStringLiteral("w1"), QStringLiteral("w2"),
                        QStringLiteral("in_proj"), QStringLiteral("out_proj")};
        QVERIFY(attachLora(m->weights(), spec, 3).ok());
        m->weights().forEachLinear([](const QString&, model::Linear& l) {
            if (!l.lora_A.defined()) return;
            l.lora_B.normal_(0.0, 0.5);  // B = 0 at init would leave A without gradient
            l.lora_A.set_requires_grad(true);
            l.lora_B.set_requires_grad(true);
        });
        m->setTraining(true);
        const DpoBatch b = randomBatch(4, 6);
        const Run plain = runStep(*m, b, {}, false);
        const Run saved = runStep(*m, b, {true, 4}, false);
        compareRuns(saved, plain, 1e-5);
        // Dropout really is active: another seed gives other log-probs.
        at::manual_seed(99);
        at::NoGradGuard noGrad;
        QVERIFY(relDiff(scoreCompletions(*m, b).logps, plain.logps) > 1e-4);
    }

    void checkpointedBf16AutocastMatchesPlain() {
        auto m = tinyModel(13);
        m->weights().forEach([](const QString&, at::Tensor& t) { t.set_requires_grad(true); });
        const DpoBatch b = randomBatch(3, 7);
        const Run plain = runStep(*m, b, {}, true);
        const Run saved = runStep(*m, b, {true, 6}, true);
        // Same bf16 operations in the same order; only the LM-head backward's
        // accumulation differs (per chunk), hence a bf16-level tolerance.
        compareRuns(saved, plain, 2e-2);
    }
};

QTEST_GUILESS_MAIN(TestMemorySavers)
#include "tst_memory_savers.moc"
