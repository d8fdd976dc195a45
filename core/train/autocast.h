// autocast.h — scoped bf16 autocast on CPU: matmuls and linears run in bf16
// while parameters (and their gradients) stay fp32. Thread-local, like torch.autocast.
#pragma once

#include <ATen/autocast_mode.h>

namespace ps::train {

class AutocastGuard {
public:
    explicit AutocastGuard(bool enabled) : enabled_(enabled), previous_(at::autocast::is_cpu_enabled()) {
        if (!enabled_) return;
        at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
        at::autocast::set_cpu_enabled(true);
        at::autocast::increment_nesting();
    }
    ~AutocastGuard() {
        if (!enabled_) return;
        // Leaving the outermost region drops the cached bf16 copies of the weights.
        if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
        at::autocast::set_cpu_enabled(previous_);
    }
    AutocastGuard(const AutocastGuard&) = delete;
    AutocastGuard& operator=(const AutocastGuard&) = delete;

private:
    bool enabled_;
    bool previous_;
};

// Sets an autocast state exactly (on or off, with its dtype) for a scope: a
// custom backward recomputing the forward (activation checkpointing, chunked
// LM head) replays the forward's state, since the backward runs outside the
// caller's AutocastGuard. Drops the bf16 weight copies made inside it.
class AutocastReplay {
public:
    AutocastReplay(bool enabled, at::ScalarType dtype)
        : previousEnabled_(at::autocast::is_cpu_enabled()), previousDtype_(at::autocast::get_autocast_cpu_dtype()) {
        at::autocast::set_autocast_cpu_dtype(dtype);
        at::autocast::set_cpu_enabled(enabled);
        at::autocast::increment_nesting();
    }
    ~AutocastReplay() {
        if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
        at::autocast::set_cpu_enabled(previousEnabled_);
        at::autocast::set_autocast_cpu_dtype(previousDtype_);
    }
    AutocastReplay(const AutocastReplay&) = delete;
    AutocastReplay& operator=(const AutocastReplay&) = delete;

private:
    bool previousEnabled_;
    at::ScalarType previousDtype_;
};

}  // namespace ps::train
