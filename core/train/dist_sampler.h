// dist_sampler.h — which training pairs each rank sees at each optimizer step.
// An epoch is a seeded shuffle of the training set, cut into global batches of
// batch_size × grad_accum × world_size pairs (the last one of an epoch may be
// short). Rank r takes its contiguous share of a global batch and cuts it into
// grad_accum micro-batches. The global batch therefore depends only on the
// seed and its size, never on how it is split: 2 ranks × 2 pairs equal 1 rank ×
// 2 micro-batches × 2 pairs. A short batch may leave a rank nothing to do;
// it still takes part in the collectives. LibTorch-free.
#pragma once

#include <cstdint>
#include <vector>

namespace ps::train {

// A shuffled order of [0, n) for epoch `epoch`, reproducible from the seed.
std::vector<int64_t> epochOrder(int64_t n, uint64_t seed, int64_t epoch);

class DistributedSampler {
public:
    DistributedSampler(int64_t pairs, int64_t batchSize, int64_t gradAccum, int worldSize, int rank, uint64_t seed);

    int64_t globalBatch() const { return batch_ * accum_ * world_; }
    int64_t stepsPerEpoch() const { return (n_ + globalBatch() - 1) / globalBatch(); }
    // Optimizer steps of the run: maxSteps when > 0, else ceil(epochs × steps per epoch).
    int64_t totalSteps(double epochs, int64_t maxSteps) const;
    double epochAfter(int64_t stepsDone) const { return static_cast<double>(stepsDone) / static_cast<double>(stepsPerEpoch()); }

    struct Micro {
        std::vector<int64_t> pairs;  // indices into the training set (may be empty)
        int64_t globalIndex = 0;     // position of this micro-batch in the run's global order (dropout seeding)
    };
    // This rank's grad_accum micro-batches of optimizer step `step` (0-based).
    std::vector<Micro> microBatches(int64_t step);

private:
    int64_t n_, batch_, accum_;
    int world_, rank_;
    uint64_t seed_;
    int64_t permEpoch_ = -1;
    std::vector<int64_t> perm_;
};

}  // namespace ps::train
