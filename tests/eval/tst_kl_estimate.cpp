// tst_kl_estimate — the per-answer KL term of the KL-to-base estimate
// (eval/kl_estimate.h), Σ_t KL(p_tuned(·|x,y<t) ‖ p_base(·|x,y<t)), against
// values derived independently from each model's logits in fp64 loops: zero
// for a model against itself, the first-token KL for one-token answers, and
// (by enumerating every two-token answer of a 256-token vocabulary) an
// expectation over answers equal to the exact sequence KL
// Σ_y p(y) log p(y)/q(y) — the estimator is unbiased.
#include "eval/kl_estimate.h"
#include "train/dpo_fixtures.h"
#include "model/lfm2.h"
#include "model/weights.h"

#include <ATen/Parallel.h>
#include <ATen/core/grad_mode.h>
#include <QtTest>
#include <cmath>

using namespace ps;

namespace {

// Weights × 4: peaked next-token distributions, KLs well above rounding.
std::shared_ptr<model::Lfm2Model> tinyModel(uint64_t seed) { return dpo_test::tinyModel(seed, at::kCPU, 4.0); }

// Next-token probabilities after each sequence (rows), in fp64.
std::vector<std::vector<double>> nextTokenProbs(const model::Lfm2Model& m, const std::vector<std::vector<int64_t>>& seqs) {
    at::NoGradGuard noGrad;
    std::vector<std::vector<double>> out;
    for (const auto& s : seqs) {
        const at::Tensor logits = m.forward(at::tensor(s, at::kLong).unsqueeze(0)).squeeze(0).select(0, int64_t(s.size()) - 1).to(at::kDouble);
        const auto* l = logits.data_ptr<double>();
        const int64_t V = logits.size(0);
        double mx = -INFINITY, z = 0;
        for (int64_t v = 0; v < V; ++v) mx = std::max(mx, l[v]);
        for (int64_t v = 0; v < V; ++v) z += std::exp(l[v] - mx);
        std::vector<double> p(static_cast<size_t>(V));
        for (int64_t v = 0; v < V; ++v) p[size_t(v)] = std::exp(l[v] - mx) / z;
        out.push_back(std::move(p));
    }
    return out;
}

double klOf(const std::vector<double>& p, const std::vector<double>& q) {
    double k = 0;
    for (size_t v = 0; v < p.size(); ++v) k += p[v] * (std::log(p[v]) - std::log(q[v]));
    return k;
}

}  // namespace

class TestKlEstimate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { at::set_num_threads(2); }

    void zeroAgainstItself() {
        auto a = tinyModel(1);
        QCOMPARE(eval::sequenceKl(*a, *a, {5, 9, 17}, {30, 31, 2}), 0.0);
    }

    void oneTokenAnswerIsTheFirstTokenKl() {
        auto a = tinyModel(1), b = tinyModel(2);
        const std::vector<int64_t> prompt{5, 9, 17, 40};
        const auto p = nextTokenProbs(*a, {prompt}), q = nextTokenProbs(*b, {prompt});
        const double want = klOf(p[0], q[0]);
        QVERIFY(want > 0.01);
        for (int64_t y : {3, 77, 250}) {  // the sampled token does not matter for one token
            const double got = eval::sequenceKl(*a, *b, prompt, {y});
            QVERIFY2(std::abs(got - want) <= 1e-5 * want, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(want)));
        }
    }

    void expectationIsTheExactSequenceKl() {
        auto a = tinyModel(3), b = tinyModel(4);
        const std::vector<int64_t> prompt{7, 8, 9};
        const auto p1 = nextTokenProbs(*a, {prompt})[0], q1 = nextTokenProbs(*b, {prompt})[0];
        const int64_t V = int64_t(p1.size());
        std::vector<std::vector<int64_t>> withFirst;
        for (int64_t y1 = 0; y1 < V; ++y1) {
            auto s = prompt;
            s.push_back(y1);
            withFirst.push_back(s);
        }
        const auto p2 = nextTokenProbs(*a, withFirst), q2 = nextTokenProbs(*b, withFirst);
        // Exact KL of the two-token answer distributions: Σ_{y1,y2} p(y1,y2) log p(y1,y2)/q(y1,y2).
        double exact = 0;
        for (int64_t y1 = 0; y1 < V; ++y1)
            for (int64_t y2 = 0; y2 < V; ++y2) {
                const double pj = p1[size_t(y1)] * p2[size_t(y1)][size_t(y2)];
                const double qj = q1[size_t(y1)] * q2[size_t(y1)][size_t(y2)];
                exact += pj * (std::log(pj) - std::log(qj));
            }
        // The estimator's expectation over y ~ p: its term depends on y1 only.
        double expected = 0;
        for (int64_t y1 = 0; y1 < V; ++y1) expected += p1[size_t(y1)] * eval::sequenceKl(*a, *b, prompt, {y1, 0});
        qInfo("two-token answers: exact sequence KL %.6f nats, expectation of the estimator %.6f", exact, expected);
        QVERIFY(exact > 0.01);
        QVERIFY2(std::abs(expected - exact) <= 1e-5 * exact, qPrintable(QStringLiteral("%1 vs %2").arg(expected).arg(exact)));
    }
};

QTEST_GUILESS_MAIN(TestKlEstimate)
#include "tst_kl_estimate.moc"
