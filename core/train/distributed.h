// distributed.h — data-parallel training across processes and machines on
// PyTorch's c10d: torchrun-style environment (RANK, WORLD_SIZE, LOCAL_RANK,
// MASTER_ADDR, MASTER_PORT), rendezvous through c10d::TCPStore hosted by rank 0,
// and a Gloo process group (NCCL in a CUDA build when tensors live on the GPU).
// Every collective has a timeout, and a dead peer turns into an Error that says
// so instead of a hang. This header is LibTorch-free: metrics, flags and bytes;
// tensor collectives (parameters, bucketed gradients) are in grad_sync.h.
// Not here: the per-rank data sampler (dist_sampler.h) and the launcher that
// spawns local ranks (app/cmd_launch.cpp).
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace ps::train {

struct DistEnv {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    QString masterAddr = QStringLiteral("127.0.0.1");
    int masterPort = 29500;
    int timeoutSeconds = 600;  // rendezvous and every collective (PS_DIST_TIMEOUT)
    bool distributed() const { return worldSize > 1; }
};

// Reads the torchrun variables. None set: a single process (worldSize 1).
// Partly set or malformed (RANK without WORLD_SIZE, RANK >= WORLD_SIZE, a port
// out of range): an error naming the variable, never a silent single run.
Result<DistEnv> distEnvFromEnvironment();

// One process's membership of the group. Collectives must be called in the
// same order on every rank (c10d matches them by sequence).
class Communicator {
public:
    // Rendezvous: rank 0 hosts the TCPStore at MASTER_ADDR:MASTER_PORT and waits
    // for the others (up to the timeout); then the Gloo group connects all pairs.
    static Result<std::shared_ptr<Communicator>> connect(const DistEnv& env);
    ~Communicator();
    Communicator(const Communicator&) = delete;
    Communicator& operator=(const Communicator&) = delete;

    int rank() const;
    int worldSize() const;
    bool isMain() const { return rank() == 0; }

    // `what` names the stage for the error ("reducing metrics").
    Status barrier(const QString& what);
    Status allReduceSum(std::vector<double>& values, const QString& what);
    Status allReduceMax(std::vector<double>& values, const QString& what);
    // Rank 0's bytes end up on every rank (any length).
    Status broadcastBytes(QByteArray& bytes, const QString& what);

    // Wall time spent inside collectives since the last call (seconds); for
    // the communication-time figure in progress and benchmarks.
    double takeCommSeconds();
    void addCommSeconds(double s);

    struct Impl;  // c10d types; distributed_impl.h
    Impl& impl() { return *d; }

private:
    Communicator();
    std::unique_ptr<Impl> d;
};

}  // namespace ps::train
