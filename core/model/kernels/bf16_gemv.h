// bf16_gemv.h — y = x W^T for a few rows of bf16 activations (decode).
//
// LibTorch's bf16 linear falls from ~25-30 GB/s of weights with 1-2 rows to
// ~4 GB/s with 4-8 rows (SPEC §2), which makes batched candidate generation
// slow. This kernel streams W once for all rows with AVX-512 BF16 dot
// products (vdpbf16ps), fp32 accumulation, and splits output rows across the
// intra-op threads. It is used only when the CPU has avx512_bf16, under
// no-grad, for contiguous bf16 inputs with M <= kMaxRows rows.
#pragma once

#include <ATen/ATen.h>

namespace ps::model::kernels {

constexpr int64_t kMaxRows = 8;

// True when bf16FewRowsLinear can compute at::linear(x, w) for these tensors:
// x (..., K) bf16 with at most kMaxRows rows, w (N, K) bf16 contiguous (any K; the tail is masked),
// no input requiring grad under GradMode, CPU support.
bool bf16FewRowsApplicable(const at::Tensor& x, const at::Tensor& w);

// x (..., K) bf16, w (N, K) bf16 -> (..., N) bf16; equals at::linear(x, w)
// up to fp32 summation order (outputs rounded to bf16 once).
at::Tensor bf16FewRowsLinear(const at::Tensor& x, const at::Tensor& w);

// Lets tests and benchmarks compare against LibTorch (default: enabled).
void setBf16KernelEnabled(bool enabled);
bool bf16KernelEnabled();

}  // namespace ps::model::kernels
