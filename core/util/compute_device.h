// compute_device.h — the process-wide compute device (see setComputeDevice in
// util/runtime.h) as a LibTorch device, for core's model and training code.
// Internal to core (LibTorch).
#pragma once

#include <c10/core/Device.h>

namespace ps {

// The device models load on when the caller names none.
c10::Device computeDevice();

}  // namespace ps
