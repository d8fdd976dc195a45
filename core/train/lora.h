// lora.h — LoRA adapters on LFM2 projections: W' = W + (α/r)·B·A with A
// Kaiming-uniform (as PEFT) and B zero, so training starts at the base model.
// Adapters save and load as a PEFT folder (adapter_config.json +
// adapter_model.safetensors with PEFT key names). Internal to core (LibTorch).
#pragma once

#include "model/weights.h"
#include "util/result.h"

#include <QStringList>

namespace ps::train {

struct LoraSpec {
    int64_t r = 16;
    double alpha = 32.0;
    double dropout = 0.05;
    QStringList targets;  // module name suffixes: q_proj, k_proj, v_proj, out_proj, in_proj, w1, w2, w3
};

// Attaches fp32 adapters to every projection whose last name component is a
// target. A target that matches no module is an error (e.g. "o_proj": LFM2
// calls it out_proj). Returns the adapted module names.
Result<QStringList> attachLora(model::Lfm2Weights& weights, const LoraSpec& spec, uint64_t seed);

// Folds the adapters into the weights (W += scale·B·A, in W's dtype via fp32) and removes them.
void mergeLora(model::Lfm2Weights& weights);

// PEFT folder: adapter_config.json + adapter_model.safetensors
// (base_model.model.<module>.lora_A.weight / lora_B.weight).
Status savePeftAdapter(const QString& dir, model::Lfm2Weights& weights, const LoraSpec& spec, const QString& baseModel);
// Loads adapters saved by savePeftAdapter into already attached adapters (same spec).
Status loadPeftAdapterInto(const QString& dir, model::Lfm2Weights& weights);

}  // namespace ps::train
