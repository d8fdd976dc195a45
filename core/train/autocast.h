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

}  // namespace ps::train
