// autocast.h — scoped bf16 autocast on the model's device (CPU or CUDA):
// matmuls and linears run in bf16 while parameters (and their gradients) stay
// fp32. Thread-local, like torch.autocast. The per-device-type calls are
// wrapped here because LibTorch renamed them in 2.4 (is_cpu_enabled ->
// is_autocast_enabled(device_type)).
#pragma once

#include <ATen/autocast_mode.h>
#include <torch/version.h>

namespace ps::train {

namespace autocast_api {
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
inline bool enabled(c10::DeviceType t) { return at::autocast::is_autocast_enabled(t); }
inline void setEnabled(c10::DeviceType t, bool on) { at::autocast::set_autocast_enabled(t, on); }
inline at::ScalarType dtype(c10::DeviceType t) { return at::autocast::get_autocast_dtype(t); }
inline void setDtype(c10::DeviceType t, at::ScalarType d) { at::autocast::set_autocast_dtype(t, d); }
#else
inline bool enabled(c10::DeviceType t) { return t == c10::kCUDA ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled(); }
inline void setEnabled(c10::DeviceType t, bool on) {
    if (t == c10::kCUDA) at::autocast::set_enabled(on);
    else at::autocast::set_cpu_enabled(on);
}
inline at::ScalarType dtype(c10::DeviceType t) {
    return t == c10::kCUDA ? at::autocast::get_autocast_gpu_dtype() : at::autocast::get_autocast_cpu_dtype();
}
inline void setDtype(c10::DeviceType t, at::ScalarType d) {
    if (t == c10::kCUDA) at::autocast::set_autocast_gpu_dtype(d);
    else at::autocast::set_autocast_cpu_dtype(d);
}
#endif
}  // namespace autocast_api

// The autocast state of one device type, to record in a custom autograd
// Function's forward and replay in its backward.
struct AutocastState {
    c10::DeviceType deviceType = c10::kCPU;
    bool enabled = false;
    at::ScalarType dtype = at::kBFloat16;
    static AutocastState current(c10::DeviceType t) { return {t, autocast_api::enabled(t), autocast_api::dtype(t)}; }
};

class AutocastGuard {
public:
    AutocastGuard(bool enabled, c10::DeviceType deviceType)
        : enabled_(enabled), deviceType_(deviceType), previous_(autocast_api::enabled(deviceType)) {
        if (!enabled_) return;
        autocast_api::setDtype(deviceType_, at::kBFloat16);
        autocast_api::setEnabled(deviceType_, true);
        at::autocast::increment_nesting();
    }
    ~AutocastGuard() {
        if (!enabled_) return;
        // Leaving the outermost region drops the cached bf16 copies of the weights.
        if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
        autocast_api::setEnabled(deviceType_, previous_);
    }
    AutocastGuard(const AutocastGuard&) = delete;
    AutocastGuard& operator=(const AutocastGuard&) = delete;

private:
    bool enabled_;
    c10::DeviceType deviceType_;
    bool previous_;
};

// Sets an autocast state exactly (on or off, with its dtype) for a scope: a
// custom backward recomputing the forward (activation checkpointing, chunked
// LM head) replays the forward's state, since the backward runs outside the
// caller's AutocastGuard. Drops the bf16 weight copies made inside it.
class AutocastReplay {
public:
    explicit AutocastReplay(const AutocastState& s) : state_(s), previous_(AutocastState::current(s.deviceType)) {
        autocast_api::setDtype(s.deviceType, s.dtype);
        autocast_api::setEnabled(s.deviceType, s.enabled);
        at::autocast::increment_nesting();
    }
    ~AutocastReplay() {
        if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
        autocast_api::setEnabled(previous_.deviceType, previous_.enabled);
        autocast_api::setDtype(previous_.deviceType, previous_.dtype);
    }
    AutocastReplay(const AutocastReplay&) = delete;
    AutocastReplay& operator=(const AutocastReplay&) = delete;

private:
    AutocastState state_;
    AutocastState previous_;
};

}  // namespace ps::train
