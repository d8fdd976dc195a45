// dpo_fixtures.h — a tiny random LFM2 whose every block matters, random
// prefix-shared DPO batches, the trainable tensors of a model and a relative
// difference, for the tests that compare two ways of computing a DPO step
// (tst_memory_savers: checkpointed vs plain; tst_cuda: GPU vs CPU).
#pragma once

#include "model/create_model.h"
#include "model/lfm2.h"
#include "model/weights.h"
#include "train/dpo_batch.h"

#include <algorithm>
#include <memory>
#include <random>
#include <vector>

namespace dpo_test {

// `scale` multiplies every weight but the norms: large enough that every block
// matters and the next-token distributions are peaked.
inline std::shared_ptr<ps::model::Lfm2Model> tinyModel(uint64_t seed, at::Device device = at::kCPU, double scale = 10.0) {
    auto cfg = ps::model::presetConfig(QStringLiteral("tiny"));
    ps::model::Lfm2Weights w = ps::model::randomWeights(cfg.value(), at::kFloat, seed);
    w.forEach([scale](const QString& name, at::Tensor& t) {
        if (!name.endsWith(QLatin1String("norm.weight"))) t = t * scale;
    });
    auto m = std::make_shared<ps::model::Lfm2Model>(cfg.value(), std::move(w), at::kFloat);
    m->to(device);
    return m;
}

// Prompts and completions of different lengths (left-padded prompts, right-padded completions).
inline ps::train::DpoBatch randomBatch(int n, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<ps::train::DpoExample> ex;
    for (int i = 0; i < n; ++i) {
        ps::train::DpoExample e;
        e.id = i;
        for (int k = 0, len = 2 + int(rng() % 7); k < len; ++k) e.prompt.push_back(3 + int64_t(rng() % 200));
        for (int k = 0, len = 1 + int(rng() % 9); k < len; ++k) e.chosen.push_back(3 + int64_t(rng() % 200));
        for (int k = 0, len = 1 + int(rng() % 9); k < len; ++k) e.rejected.push_back(3 + int64_t(rng() % 200));
        ex.push_back(e);
    }
    std::vector<const ps::train::DpoExample*> ptrs;
    for (const auto& e : ex) ptrs.push_back(&e);
    return ps::train::collate(ptrs, 0);
}

// Every trainable tensor of the model (weights that require grad, then LoRA A/B).
inline std::vector<at::Tensor> trainable(ps::model::Lfm2Model& m) {
    std::vector<at::Tensor> out;
    m.weights().forEach([&](const QString&, at::Tensor& t) {
        if (t.requires_grad()) out.push_back(t);
    });
    m.weights().forEachLinear([&](const QString&, ps::model::Linear& l) {
        if (l.lora_A.defined() && l.lora_A.requires_grad()) {
            out.push_back(l.lora_A);
            out.push_back(l.lora_B);
        }
    });
    return out;
}

// max |a - b| / max |b|, in fp64 on the host.
inline double relDiff(const at::Tensor& a, const at::Tensor& b) {
    const at::Tensor x = a.cpu().to(at::kDouble), y = b.cpu().to(at::kDouble);
    const double scale = std::max(1e-12, y.abs().max().item<double>());
    return (x - y).abs().max().item<double>() / scale;
}

}  // namespace dpo_test
