#include "train/dist_sampler.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace ps::train {

std::vector<int64_t> epochOrder(int64_t n, uint64_t seed, int64_t epoch) {
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(seed * 1000003ull + static_cast<uint64_t>(epoch));
    std::shuffle(order.begin(), order.end(), rng);
    return order;
}

DistributedSampler::DistributedSampler(int64_t pairs, int64_t batchSize, int64_t gradAccum, int worldSize, int rank, uint64_t seed)
    : n_(std::max<int64_t>(1, pairs)), batch_(std::max<int64_t>(1, batchSize)), accum_(std::max<int64_t>(1, gradAccum)),
      world_(std::max(1, worldSize)), rank_(rank), seed_(seed) {}

int64_t DistributedSampler::totalSteps(double epochs, int64_t maxSteps) const {
    if (maxSteps > 0) return maxSteps;
    return std::max<int64_t>(1, static_cast<int64_t>(std::ceil(epochs * static_cast<double>(stepsPerEpoch()) - 1e-9)));
}

std::vector<DistributedSampler::Micro> DistributedSampler::microBatches(int64_t step) {
    const int64_t epoch = step / stepsPerEpoch(), within = step % stepsPerEpoch();
    if (epoch != permEpoch_) {
        perm_ = epochOrder(n_, seed_, epoch);
        permEpoch_ = epoch;
    }
    const int64_t g0 = within * globalBatch();                    // first position of the global batch
    const int64_t r0 = g0 + static_cast<int64_t>(rank_) * batch_ * accum_;  // first position of this rank's share
    std::vector<Micro> out(static_cast<size_t>(accum_));
    for (int64_t m = 0; m < accum_; ++m) {
        Micro& micro = out[static_cast<size_t>(m)];
        micro.globalIndex = (step * world_ + rank_) * accum_ + m;
        for (int64_t k = r0 + m * batch_; k < std::min(n_, r0 + (m + 1) * batch_); ++k) micro.pairs.push_back(perm_[static_cast<size_t>(k)]);
    }
    return out;
}

}  // namespace ps::train
