#include "train/distributed.h"

#include "train/distributed_impl.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef PS_WITH_NCCL
#include <ATen/Context.h>
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <chrono>
#include <csignal>

namespace ps::train {

namespace {

double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

Result<int> intVar(const QProcessEnvironment& env, const char* name, int lo, int hi) {
    bool ok = false;
    const QString s = env.value(QLatin1String(name));
    const int v = s.toInt(&ok);
    if (!ok || v < lo || v > hi)
        return makeError(QCoreApplication::translate("ps::train::Distributed", "%1 must be a whole number from %2 to %3, not '%4'")
                             .arg(QLatin1String(name))
                             .arg(lo)
                             .arg(hi)
                             .arg(s));
    return v;
}

QString what(const std::exception& e) {
    if (const auto* ce = dynamic_cast<const c10::Error*>(&e)) return QString::fromStdString(ce->what_without_backtrace()).trimmed();
    return QString::fromLocal8Bit(e.what()).trimmed();
}

bool isLoopback(const QString& host) {
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

}  // namespace

Result<DistEnv> distEnvFromEnvironment() {
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    DistEnv d;
    const bool any = env.contains(QStringLiteral("RANK")) || env.contains(QStringLiteral("WORLD_SIZE"));
    if (!any) return d;
    for (const char* v : {"RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT"})
        if (!env.contains(QLatin1String(v)))
            return makeError(QCoreApplication::translate("ps::train::Distributed",
                                                         "%1 is not set; a distributed run needs RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT")
                                 .arg(QLatin1String(v)));
    auto world = intVar(env, "WORLD_SIZE", 1, 65536);
    if (!world) return world.error();
    d.worldSize = world.value();
    auto rank = intVar(env, "RANK", 0, d.worldSize - 1);
    if (!rank) return rank.error();
    d.rank = rank.value();
    if (env.contains(QStringLiteral("LOCAL_RANK"))) {
        auto local = intVar(env, "LOCAL_RANK", 0, 65535);
        if (!local) return local.error();
        d.localRank = local.value();
    }
    auto port = intVar(env, "MASTER_PORT", 1, 65535);
    if (!port) return port.error();
    d.masterPort = port.value();
    d.masterAddr = env.value(QStringLiteral("MASTER_ADDR")).trimmed();
    if (d.masterAddr.isEmpty())
        return makeError(QCoreApplication::translate("ps::train::Distributed", "MASTER_ADDR is empty"));
    if (env.contains(QStringLiteral("PS_DIST_TIMEOUT"))) {
        auto t = intVar(env, "PS_DIST_TIMEOUT", 1, 86400);
        if (!t) return t.error();
        d.timeoutSeconds = t.value();
    }
    return d;
}

Error Communicator::Impl::lost(const QString& stage, const QString& detail) const {
    return makeError(QCoreApplication::translate("ps::train::Distributed",
                                                 "rank %1 of %2 lost contact with the other processes while %3: a process died, was "
                                                 "stopped or the network failed (%4)")
                         .arg(env.rank)
                         .arg(env.worldSize)
                         .arg(stage, detail));
}

Status Communicator::Impl::run(const QString& stage, const std::function<c10::intrusive_ptr<c10d::Work>()>& op) {
    const double t0 = now();
    try {
        c10::intrusive_ptr<c10d::Work> work = op();
        work->wait(timeout);
    } catch (const std::exception& e) {
        commSeconds += now() - t0;
        return lost(stage, what(e));
    }
    commSeconds += now() - t0;
    return {};
}

Communicator::Communicator() : d(std::make_unique<Impl>()) {}
Communicator::~Communicator() {
    // The group (its Gloo threads and sockets) goes before the store it rendezvoused through.
    try {
        d->group.reset();
        d->store.reset();
    } catch (...) {
    }
}

Result<std::shared_ptr<Communicator>> Communicator::connect(const DistEnv& env) {
    // A peer that dies leaves its sockets closed; Gloo's next write to one would
    // raise SIGPIPE and kill this rank before it can report the lost peer.
    // Python (and so torchrun) ignores SIGPIPE; a C++ rank must do it itself.
    std::signal(SIGPIPE, SIG_IGN);
    std::shared_ptr<Communicator> c(new Communicator());
    Impl& s = *c->d;
    s.env = env;
    s.timeout = std::chrono::milliseconds(static_cast<int64_t>(env.timeoutSeconds) * 1000);
    QString stage = QCoreApplication::translate("ps::train::Distributed", "meeting at %1:%2").arg(env.masterAddr).arg(env.masterPort);
    try {
        c10d::TCPStoreOptions opts;
        opts.port = static_cast<uint16_t>(env.masterPort);
        opts.isServer = env.rank == 0;
        opts.numWorkers = static_cast<size_t>(env.worldSize);
        opts.waitWorkers = true;
        opts.timeout = s.timeout;
        auto tcp = c10::make_intrusive<c10d::TCPStore>(env.masterAddr.toStdString(), opts);
        s.store = c10::make_intrusive<c10d::PrefixStore>("prefstudio", tcp);

#ifdef PS_WITH_NCCL
        // A CUDA build uses NCCL when this rank has a GPU (PS_DIST_BACKEND=gloo forces Gloo).
        if (at::hasCUDA() && qEnvironmentVariable("PS_DIST_BACKEND") != QLatin1String("gloo")) {
            stage = QCoreApplication::translate("ps::train::Distributed", "connecting the NCCL process group");
            auto nccl = c10d::ProcessGroupNCCL::Options::create();
            nccl->timeout = s.timeout;
            s.device = at::Device(at::kCUDA, static_cast<c10::DeviceIndex>(env.localRank));
            s.group = c10::make_intrusive<c10d::ProcessGroupNCCL>(s.store, env.rank, env.worldSize, nccl);
            return c;
        }
#endif
        stage = QCoreApplication::translate("ps::train::Distributed", "connecting the Gloo process group");
        auto gloo = c10d::ProcessGroupGloo::Options::create(s.timeout);
        // The interface: GLOO_SOCKET_IFNAME as torch.distributed reads it; loopback
        // when the master is on this machine; else the address this host's name resolves to.
        const QString ifname = qEnvironmentVariable("GLOO_SOCKET_IFNAME");
        if (!ifname.isEmpty())
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(ifname.split(QLatin1Char(',')).first().toStdString()));
        else if (isLoopback(env.masterAddr))
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        gloo->threads = 2;
        s.group = c10::make_intrusive<c10d::ProcessGroupGloo>(s.store, env.rank, env.worldSize, gloo);
    } catch (const std::exception& e) {
        return makeError(QCoreApplication::translate("ps::train::Distributed", "rank %1 of %2 could not join the group while %3: %4")
                             .arg(env.rank)
                             .arg(env.worldSize)
                             .arg(stage, what(e)));
    }
    return c;
}

int Communicator::rank() const { return d->env.rank; }
int Communicator::worldSize() const { return d->env.worldSize; }

Status Communicator::barrier(const QString& stage) {
    return d->run(stage, [&] { return d->group->barrier(c10d::BarrierOptions{}); });
}

namespace {
Status reduceDoubles(Communicator::Impl& s, std::vector<double>& values, c10d::ReduceOp op, const QString& stage) {
    if (values.empty()) return {};
    const at::Tensor host = at::from_blob(values.data(), {static_cast<int64_t>(values.size())}, at::kDouble);
    std::vector<at::Tensor> t{s.device.is_cpu() ? host : host.to(s.device)};
    c10d::AllreduceOptions o;
    o.reduceOp = op;
    PS_TRY(s.run(stage, [&] { return s.group->allreduce(t, o); }));
    if (!s.device.is_cpu()) host.copy_(t[0].cpu());
    return {};
}
}  // namespace

Status Communicator::allReduceSum(std::vector<double>& values, const QString& stage) {
    return reduceDoubles(*d, values, c10d::ReduceOp::SUM, stage);
}

Status Communicator::allReduceMax(std::vector<double>& values, const QString& stage) {
    return reduceDoubles(*d, values, c10d::ReduceOp::MAX, stage);
}

Status Communicator::broadcastBytes(QByteArray& bytes, const QString& stage) {
    std::vector<at::Tensor> len{at::tensor({static_cast<int64_t>(bytes.size())}, at::kLong).to(d->device)};
    PS_TRY(d->run(stage, [&] { return d->group->broadcast(len, c10d::BroadcastOptions{}); }));
    const int64_t n = len[0].item<int64_t>();
    if (n == 0) {
        bytes.clear();
        return {};
    }
    bytes.resize(static_cast<qsizetype>(n));
    const at::Tensor host = at::from_blob(bytes.data(), {n}, at::kByte);
    std::vector<at::Tensor> data{host.to(d->device)};
    PS_TRY(d->run(stage, [&] { return d->group->broadcast(data, c10d::BroadcastOptions{}); }));
    if (!d->device.is_cpu()) host.copy_(data[0].cpu());
    return {};
}

double Communicator::takeCommSeconds() {
    const double s = d->commSeconds;
    d->commSeconds = 0;
    return s;
}

void Communicator::addCommSeconds(double s) { d->commSeconds += s; }

}  // namespace ps::train
