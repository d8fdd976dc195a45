#include "train/layer_checkpoint.h"

#include "train/autocast.h"

#include <ATen/core/grad_mode.h>
#include <ATen/autocast_mode.h>
#include <ATen/core/Generator.h>
#include <ATen/CPUGeneratorImpl.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/custom_function.h>

#include <mutex>

namespace ps::train {

using model::Lfm2Cache;
using model::Lfm2Model;

SharedPrefixSteps prepareSharedPrefix(const Lfm2Model& model, const at::Tensor& promptIds, const at::Tensor& promptMask,
                                      const at::Tensor& completionIds, const at::Tensor& completionMask) {
    const int64_t B = promptIds.size(0), Tp = promptIds.size(1), Tc = completionIds.size(1);
    // Bookkeeping only (key mask, next positions): no per-layer buffers.
    Lfm2Cache meta;
    meta.keyMask = at::zeros({B, Tp + Tc}, promptIds.options().dtype(at::kBool));
    meta.nextPosition = at::zeros({B}, promptIds.options().dtype(at::kLong));
    meta.capacity = Tp + Tc;
    SharedPrefixSteps s;
    s.promptBatch = B;
    s.perPrompt = completionIds.size(0) / std::max<int64_t>(B, 1);
    s.capacity = Tp + Tc;
    s.prompt = model.prepareStep(promptIds, promptMask, &meta);
    meta.length = Tp;
    if (s.perPrompt > 1) meta.repeatInterleave(s.perPrompt);
    s.completion = model.prepareStep(completionIds, completionMask, &meta);
    return s;
}

namespace {

// A cache holding only layer `index`'s state, empty: zero conv inputs (as a
// fresh sequence has) or zero-length keys/values.
Lfm2Cache layerCache(const Lfm2Model& model, int index, int64_t batch, int64_t capacity, at::ScalarType dtype) {
    const model::Lfm2Config& c = model.config();
    Lfm2Cache cache;
    const auto n = static_cast<size_t>(c.numHiddenLayers);
    cache.keys.resize(n);
    cache.values.resize(n);
    cache.conv.resize(n);
    cache.capacity = capacity;
    const auto i = static_cast<size_t>(index);
    const auto opts = at::TensorOptions().dtype(dtype).device(model.device());
    if (c.isAttention(index)) {
        cache.keys[i] = at::empty({batch, c.numKeyValueHeads, 0, c.headDim}, opts);
        cache.values[i] = at::empty({batch, c.numKeyValueHeads, 0, c.headDim}, opts);
    } else {
        cache.conv[i] = at::zeros({batch, c.convLCache - 1, c.hiddenSize}, opts);
    }
    return cache;
}

// The layer's parameters that receive gradients, in a fixed order.
std::vector<at::Tensor> trainableTensors(const model::Lfm2Layer& l) {
    std::vector<at::Tensor> out;
    auto add = [&out](const at::Tensor& t) {
        if (t.defined() && t.requires_grad()) out.push_back(t);
    };
    auto addLinear = [&add](const model::Linear& lin) {
        add(lin.weight);
        add(lin.lora_A);
        add(lin.lora_B);
    };
    add(l.operator_norm);
    add(l.ffn_norm);
    for (const model::Linear* lin : {&l.w1, &l.w2, &l.w3, &l.in_proj, &l.conv_out_proj, &l.q_proj, &l.k_proj, &l.v_proj, &l.out_proj})
        addLinear(*lin);
    add(l.conv);
    add(l.q_layernorm);
    add(l.k_layernorm);
    return out;
}

// What the backward needs besides the saved inputs.
struct LayerReplay : torch::CustomClassHolder {
    const Lfm2Model* model = nullptr;
    int index = 0;
    SharedPrefixSteps steps;
    at::Tensor rngState;  // the model device's default generator before the forward (dropout masks)
    AutocastState autocast;
};

// Dropout draws from the default generator of the device it runs on.
at::Tensor generatorState(at::Device device) {
    at::Generator gen = at::globalContext().defaultGenerator(device);
    std::lock_guard<std::mutex> lock(gen.mutex());
    return gen.get_state();
}

void setGeneratorState(at::Device device, const at::Tensor& state) {
    at::Generator gen = at::globalContext().defaultGenerator(device);
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(state);
}

struct CheckpointedLayer : torch::autograd::Function<CheckpointedLayer> {
    static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx, const at::Tensor& hp, const at::Tensor& hc,
                                                  at::TensorList params, c10::intrusive_ptr<LayerReplay> replay) {
        std::vector<at::Tensor> saved{hp, hc};
        saved.insert(saved.end(), params.begin(), params.end());
        ctx->save_for_backward(saved);
        const at::Device device = replay->model->device();
        replay->rngState = generatorState(device);
        replay->autocast = AutocastState::current(device.type());
        ctx->saved_data["replay"] = c10::IValue::make_capsule(replay);
        // The same code path as the recomputation (grad mode on), so the
        // backward differentiates exactly the values passed on here; the
        // layer's graph dies with this scope.
        at::AutoGradMode grad(true);
        auto [op, oc] = layerOverSharedPrefix(*replay->model, replay->index, hp.detach(), hc.detach(), replay->steps);
        return {op.detach(), oc.detach()};
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list gradOut) {
        const auto replay = c10::static_intrusive_pointer_cast<LayerReplay>(ctx->saved_data["replay"].toCapsule());
        const torch::autograd::variable_list saved = ctx->get_saved_variables();
        const at::Tensor hp = saved[0].detach().requires_grad_(true);
        const at::Tensor hc = saved[1].detach().requires_grad_(true);
        std::vector<at::Tensor> inputs{hp, hc};
        inputs.insert(inputs.end(), saved.begin() + 2, saved.end());

        const at::Device device = replay->model->device();
        const at::Tensor rngNow = generatorState(device);
        setGeneratorState(device, replay->rngState);
        std::pair<at::Tensor, at::Tensor> out;
        {
            AutocastReplay autocast(replay->autocast);
            at::AutoGradMode grad(true);
            out = layerOverSharedPrefix(*replay->model, replay->index, hp, hc, replay->steps);
        }
        setGeneratorState(device, rngNow);
        torch::autograd::variable_list grads =
            torch::autograd::grad({out.first, out.second}, inputs, {gradOut[0], gradOut[1]}, /*retain_graph=*/false,
                                  /*create_graph=*/false, /*allow_unused=*/true);
        grads.emplace_back();  // the replay argument
        return grads;
    }
};

}  // namespace

std::pair<at::Tensor, at::Tensor> layerOverSharedPrefix(const Lfm2Model& model, int index, const at::Tensor& hp, const at::Tensor& hc,
                                                        const SharedPrefixSteps& steps) {
    Lfm2Cache cache = layerCache(model, index, steps.promptBatch, steps.capacity, model.dtype());
    const at::Tensor hpOut = model.forwardLayer(index, hp, steps.prompt, &cache);  // (B,Tp,H)
    if (steps.perPrompt > 1) cache.repeatInterleave(steps.perPrompt);  // each prompt's state, for each of its continuations
    const at::Tensor hcOut = model.forwardLayer(index, hc, steps.completion, &cache);  // (2B,Tc,H)
    return {hpOut, hcOut};
}

std::pair<at::Tensor, at::Tensor> checkpointedLayerOverSharedPrefix(const Lfm2Model& model, int index, const at::Tensor& hp,
                                                                    const at::Tensor& hc, const SharedPrefixSteps& steps) {
    auto replay = c10::make_intrusive<LayerReplay>();
    replay->model = &model;
    replay->index = index;
    replay->steps = steps;
    const std::vector<at::Tensor> params = trainableTensors(model.weights().layers[static_cast<size_t>(index)]);
    torch::autograd::variable_list out = CheckpointedLayer::apply(hp, hc, at::TensorList(params), replay);
    return {out[0], out[1]};
}

}  // namespace ps::train
