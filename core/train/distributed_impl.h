// distributed_impl.h — the c10d objects behind a Communicator, shared by
// distributed.cpp and grad_sync.cpp only. Internal to core (LibTorch + c10d).
#pragma once

#include "train/distributed.h"

#include <ATen/ATen.h>
#include <torch/csrc/distributed/c10d/Store.hpp>
#include <torch/version.h>
// LibTorch 2 split c10d's process groups into a ProcessGroup front and one
// Backend per transport (ProcessGroupGloo and ProcessGroupNCCL are Backends);
// in 1.x they were ProcessGroups. The collectives used here are the same.
#if TORCH_VERSION_MAJOR >= 2
#include <torch/csrc/distributed/c10d/Backend.hpp>
namespace ps::train {
using C10dGroup = c10d::Backend;
}
#else
#include <torch/csrc/distributed/c10d/ProcessGroup.hpp>
namespace ps::train {
using C10dGroup = c10d::ProcessGroup;
}
#endif

#include <chrono>
#include <functional>

namespace ps::train {

struct Communicator::Impl {
    DistEnv env;
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<C10dGroup> group;
    std::chrono::milliseconds timeout{600000};
    // Where collective buffers live: CPU for Gloo; cuda:LOCAL_RANK for NCCL (PS_CUDA builds).
    at::Device device{at::kCPU};
    double commSeconds = 0;

    // Runs one collective and waits for it; c10d exceptions (a peer closed the
    // connection, a timeout) become an Error naming this rank and the stage.
    Status run(const QString& what, const std::function<c10::intrusive_ptr<c10d::Work>()>& op);
    Error lost(const QString& what, const QString& detail) const;
};

}  // namespace ps::train
