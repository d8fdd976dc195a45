// tst_dist_sampler — the per-rank sampler: every split of a global batch
// (ranks × micro-batches × pairs) sees the same pairs in the same order as
// one process, each pair once per epoch, short last batches included.
#include "train/dist_sampler.h"

#include <QtTest>

#include <set>

using ps::train::DistributedSampler;

namespace {
// Pairs of step `step` in global order: rank 0's micro-batches, then rank 1's, ...
std::vector<int64_t> globalBatch(int64_t n, int64_t bs, int64_t accum, int world, int64_t step) {
    std::vector<int64_t> all;
    for (int r = 0; r < world; ++r) {
        DistributedSampler s(n, bs, accum, world, r, 42);
        for (const auto& m : s.microBatches(step)) all.insert(all.end(), m.pairs.begin(), m.pairs.end());
    }
    return all;
}
}  // namespace

class TestDistSampler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsOfOneGlobalBatchAgree_data() {
        QTest::addColumn<int>("n");
        QTest::newRow("divisible") << 24;
        QTest::newRow("short last batch") << 10;
        QTest::newRow("fewer pairs than a batch") << 3;
    }
    void splitsOfOneGlobalBatchAgree() {
        QFETCH(int, n);
        // Global batch 8: 1×8×1, 1×2×4, 2×2×2, 4×2×1, 8×1×1.
        const struct { int64_t bs, accum; int world; } splits[] = {{8, 1, 1}, {2, 4, 1}, {2, 2, 2}, {2, 1, 4}, {1, 1, 8}};
        DistributedSampler one(n, 8, 1, 1, 0, 42);
        QCOMPARE(one.stepsPerEpoch(), int64_t((n + 7) / 8));
        for (int64_t step = 0; step < 3 * one.stepsPerEpoch(); ++step) {
            const auto ref = globalBatch(n, 8, 1, 1, step);
            for (const auto& sp : splits) QCOMPARE(globalBatch(n, sp.bs, sp.accum, sp.world, step), ref);
        }
        // Each epoch visits every pair exactly once.
        for (int64_t epoch = 0; epoch < 3; ++epoch) {
            std::multiset<int64_t> seen;
            for (int64_t s = epoch * one.stepsPerEpoch(); s < (epoch + 1) * one.stepsPerEpoch(); ++s)
                for (int64_t i : globalBatch(n, 2, 2, 2, s)) seen.insert(i);
            QCOMPARE(int(seen.size()), n);
            QCOMPARE(int(std::set<int64_t>(seen.begin(), seen.end()).size()), n);
        }
    }
    void microBatchPositionsAreGlobal() {
        // The dropout seed follows the micro-batch's place in the global order,
        // so 2 ranks × 1 micro-batch seed like 1 process × 2 micro-batches.
        DistributedSampler r0(20, 2, 1, 2, 0, 1), r1(20, 2, 1, 2, 1, 1), single(20, 2, 2, 1, 0, 1);
        for (int64_t step = 0; step < 4; ++step) {
            const auto s = single.microBatches(step);
            QCOMPARE(r0.microBatches(step)[0].globalIndex, s[0].globalIndex);
            QCOMPARE(r1.microBatches(step)[0].globalIndex, s[1].globalIndex);
        }
    }
    void totalSteps() {
        DistributedSampler s(10, 2, 2, 1, 0, 1);  // 3 global batches per epoch (4, 4, 2)
        QCOMPARE(s.totalSteps(3.0, 0), int64_t(9));
        QCOMPARE(s.totalSteps(0.5, 0), int64_t(2));
        QCOMPARE(s.totalSteps(3.0, 5), int64_t(5));
        QCOMPARE(s.epochAfter(3), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestDistSampler)
#include "tst_dist_sampler.moc"
