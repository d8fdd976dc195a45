// grad_sync.h — tensor collectives for data-parallel training: broadcast of
// parameters (and optimizer state) from rank 0, and the bucketed all-reduce of
// gradients. Gradients are flattened into buckets of ~25 MB (as DDP does), each
// bucket is summed across ranks with one c10d all-reduce; the loss of every
// rank is already divided by the global batch size, so the sum is the global
// mean gradient and equals a single process's gradient for the same batch.
// With overlap on, a post-hook on each parameter's gradient accumulator starts
// a bucket's all-reduce during the last micro-batch's backward as soon as all
// of its gradients are final; buckets always start in the same order on every
// rank, because c10d pairs collectives by sequence. Internal to core (LibTorch).
#pragma once

#include "train/distributed.h"

#include <ATen/ATen.h>
#include <memory>
#include <vector>

namespace ps::train {

// Rank 0's values of `tensors` overwrite every rank's, in place (bucketed by dtype).
Status broadcastTensors(Communicator& comm, const std::vector<at::Tensor>& tensors, const QString& what,
                        int64_t bucketBytes = 25ll << 20);

class GradientAllReduce {
public:
    // `params`: leaf tensors that receive gradients, in the optimizer's order.
    GradientAllReduce(Communicator& comm, std::vector<at::Tensor> params, bool overlap, int64_t bucketBytes = 25ll << 20);
    ~GradientAllReduce();

    // Before each micro-batch's backward; `last` arms the hooks (earlier
    // micro-batches only accumulate locally, like DDP's no_sync).
    void beginMicroBatch(bool last);
    // After the last backward: starts the buckets not yet started, waits for
    // all, and writes the summed gradients back into .grad on every rank.
    Status finish();

    int64_t buckets() const;
    double exposedSeconds() const { return exposed_; }  // time finish() waited, last step
    double launchedEarly() const { return early_; }     // share of buckets started during backward, last step

    struct Impl;  // grad_sync.cpp (its hooks need the name)

private:
    std::unique_ptr<Impl> d;
    double exposed_ = 0, early_ = 0;
};

}  // namespace ps::train
