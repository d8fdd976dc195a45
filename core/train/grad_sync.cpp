#include "train/grad_sync.h"

#include "train/distributed_impl.h"

#include <ATen/core/grad_mode.h>
#include <torch/csrc/autograd/function.h>
#include <torch/csrc/autograd/function_hook.h>
#include <torch/csrc/autograd/variable.h>

#include <QCoreApplication>
#include <chrono>
#include <map>

namespace ps::train {

namespace {
double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }
}  // namespace

Status broadcastTensors(Communicator& comm, const std::vector<at::Tensor>& tensors, const QString& stage, int64_t bucketBytes) {
    if (comm.worldSize() == 1) return {};
    at::NoGradGuard noGrad;
    // Consecutive tensors of one dtype and device share a flat buffer of at most bucketBytes.
    size_t i = 0;
    while (i < tensors.size()) {
        std::vector<size_t> members;
        int64_t bytes = 0;
        const at::TensorOptions opts = tensors[i].options();
        while (i < tensors.size() && tensors[i].scalar_type() == opts.dtype().toScalarType() && tensors[i].device() == opts.device() &&
               (members.empty() || bytes + tensors[i].nbytes() <= static_cast<size_t>(bucketBytes))) {
            bytes += static_cast<int64_t>(tensors[i].nbytes());
            members.push_back(i++);
        }
        std::vector<at::Tensor> flat;
        for (size_t m : members) flat.push_back(tensors[m].detach().reshape(-1));
        std::vector<at::Tensor> buf{at::cat(flat).to(comm.impl().device)};
        PS_TRY(comm.impl().run(stage, [&] { return comm.impl().group->broadcast(buf, c10d::BroadcastOptions{}); }));
        int64_t off = 0;
        for (size_t m : members) {
            const at::Tensor& t = tensors[m];
            const_cast<at::Tensor&>(t).detach().copy_(buf[0].narrow(0, off, t.numel()).view(t.sizes()));
            off += t.numel();
        }
    }
    return {};
}

struct GradientAllReduce::Impl {
    struct Bucket {
        std::vector<size_t> params;  // indices into Impl::params
        std::vector<int64_t> offsets;
        at::Tensor flat;      // gradients, then one defined-flag per parameter
        int64_t flagsAt = 0;
        int pending = 0;  // parameters whose final gradient has not arrived
        c10::intrusive_ptr<c10d::Work> work;
        bool started = false;
    };
    Communicator* comm = nullptr;
    std::vector<at::Tensor> params;
    std::vector<size_t> bucketOf;
    std::vector<Bucket> buckets;
    std::vector<std::shared_ptr<torch::autograd::Node>> accumulators;  // kept alive: hooks live on them
    bool overlap = false, armed = false;
    size_t nextToStart = 0;
    int earlyStarts = 0;
    QString hookError;

    void start(Bucket& b) {
        at::NoGradGuard noGrad;
        for (size_t k = 0; k < b.params.size(); ++k) {
            const at::Tensor& p = params[b.params[k]];
            at::Tensor dst = b.flat.narrow(0, b.offsets[k], p.numel());
            const bool has = p.grad().defined();
            if (has)
                dst.view(p.sizes()).copy_(p.grad());
            else
                dst.zero_();  // no gradient on this rank (an empty shard, an unused module)
            // One flag per parameter after the values: a gradient that no rank has stays
            // undefined, so AdamW skips that parameter exactly as a single process would.
            b.flat[b.flagsAt + static_cast<int64_t>(k)].fill_(has ? 1.0 : 0.0);
        }
        std::vector<at::Tensor> t{b.flat};
        b.work = comm->impl().group->allreduce(t, c10d::AllreduceOptions{});
        b.started = true;
    }
    // Buckets start strictly in index order so every rank issues the same sequence.
    void startReady() {
        while (nextToStart < buckets.size() && buckets[nextToStart].pending == 0) {
            try {
                start(buckets[nextToStart]);
                ++earlyStarts;
            } catch (const std::exception& e) {
                hookError = QString::fromLocal8Bit(e.what());
                return;
            }
            ++nextToStart;
        }
    }
    void onGradReady(size_t param) {
        if (!armed) return;
        Bucket& b = buckets[bucketOf[param]];
        if (--b.pending == 0) startReady();
    }
};

namespace {
struct ReadyHook : torch::autograd::FunctionPostHook {
    GradientAllReduce::Impl* owner;
    size_t param;
    ReadyHook(GradientAllReduce::Impl* o, size_t p) : owner(o), param(p) {}
    torch::autograd::variable_list operator()(const torch::autograd::variable_list& outputs,
                                              const torch::autograd::variable_list&) override {
        owner->onGradReady(param);
        return outputs;
    }
};
}  // namespace

GradientAllReduce::GradientAllReduce(Communicator& comm, std::vector<at::Tensor> params, bool overlap, int64_t bucketBytes)
    : d(std::make_unique<Impl>()) {
    d->comm = &comm;
    d->params = std::move(params);
    d->overlap = overlap;
    d->bucketOf.assign(d->params.size(), 0);
    // Reverse order: backward produces the last layers' gradients first.
    int64_t bytes = 0;
    for (size_t j = d->params.size(); j-- > 0;) {
        const at::Tensor& p = d->params[j];
        const int64_t nb = p.numel() * static_cast<int64_t>(sizeof(float));
        if (d->buckets.empty() || (bytes + nb > bucketBytes && !d->buckets.back().params.empty())) {
            d->buckets.emplace_back();
            bytes = 0;
        }
        Impl::Bucket& b = d->buckets.back();
        b.offsets.push_back(b.params.empty() ? 0 : b.offsets.back() + d->params[b.params.back()].numel());
        b.params.push_back(j);
        d->bucketOf[j] = d->buckets.size() - 1;
        bytes += nb;
    }
    for (Impl::Bucket& b : d->buckets) {
        int64_t n = 0;
        for (size_t j : b.params) n += d->params[j].numel();
        b.flagsAt = n;
        n += static_cast<int64_t>(b.params.size());
        // On the collective's device: the parameters' own for Gloo on CPU or
        // NCCL on GPU parameters; staged through it for NCCL with CPU parameters.
        b.flat = at::zeros({n}, at::TensorOptions().dtype(at::kFloat).device(comm.impl().device));
    }
    if (overlap) {
        for (size_t j = 0; j < d->params.size(); ++j) {
            auto acc = torch::autograd::impl::grad_accumulator(d->params[j]);
            if (!acc) continue;
            acc->add_post_hook(std::make_unique<ReadyHook>(d.get(), j));
            d->accumulators.push_back(std::move(acc));
        }
    }
}

GradientAllReduce::~GradientAllReduce() {
    // Hooks point at Impl: disarm them before it goes (the accumulators may outlive us).
    d->armed = false;
    for (Impl::Bucket& b : d->buckets)
        if (b.work) try {
                b.work->wait();
            } catch (...) {
            }
}

int64_t GradientAllReduce::buckets() const { return static_cast<int64_t>(d->buckets.size()); }

void GradientAllReduce::beginMicroBatch(bool last) {
    if (!last || !d->overlap) {
        d->armed = false;
        return;
    }
    d->armed = true;
    d->nextToStart = 0;
    d->earlyStarts = 0;
    d->hookError.clear();
    for (Impl::Bucket& b : d->buckets) {
        b.pending = static_cast<int>(b.params.size());
        b.started = false;
        b.work.reset();
    }
}

Status GradientAllReduce::finish() {
    const double t0 = now();
    const QString stage = QCoreApplication::translate("ps::train::Distributed", "summing gradients");
    Impl& s = *d;
    if (!s.overlap || !s.armed) {
        s.nextToStart = 0;
        s.earlyStarts = 0;
        for (Impl::Bucket& b : s.buckets) b.started = false;
    }
    const int early = s.earlyStarts;
    s.armed = false;
    if (!s.hookError.isEmpty()) return s.comm->impl().lost(stage, s.hookError);
    Status st;
    try {
        for (; s.nextToStart < s.buckets.size(); ++s.nextToStart) s.start(s.buckets[s.nextToStart]);
    } catch (const std::exception& e) {
        st = s.comm->impl().lost(stage, QString::fromLocal8Bit(e.what()));
    }
    at::NoGradGuard noGrad;
    for (Impl::Bucket& b : s.buckets) {
        if (!b.work) continue;
        if (st.ok()) {
            try {
                b.work->wait(s.comm->impl().timeout);
            } catch (const std::exception& e) {
                const auto* ce = dynamic_cast<const c10::Error*>(&e);
                st = s.comm->impl().lost(stage, ce ? QString::fromStdString(ce->what_without_backtrace()) : QString::fromLocal8Bit(e.what()));
            }
        }
        b.work.reset();
        if (!st.ok()) continue;
        for (size_t k = 0; k < b.params.size(); ++k) {
            at::Tensor& p = s.params[b.params[k]];
            if (b.flat[b.flagsAt + static_cast<int64_t>(k)].item<float>() == 0.0f) continue;  // no rank had one
            const at::Tensor src = b.flat.narrow(0, b.offsets[k], p.numel()).view(p.sizes());
            if (p.grad().defined())
                p.mutable_grad().copy_(src);
            else
                p.mutable_grad() = src.clone();
        }
    }
    exposed_ = now() - t0;
    early_ = s.buckets.empty() ? 0 : static_cast<double>(early) / static_cast<double>(s.buckets.size());
    s.comm->addCommSeconds(exposed_);
    return st;
}

}  // namespace ps::train
