// reference_lfm2.h — a deliberately naive LFM2 forward in double precision,
// written from SPEC §3 (transformers' modeling_lfm2.py) for the numerics tests.
//
// What it is: one sequence, no cache, no padding, no batching; every norm,
// the short convolution, RoPE and attention are explicit loops over plain
// doubles. Only the dense projections x W^T use at::matmul (in double).
// What it is not: it shares no code with core/model/layers.h or lfm2.h, so a
// mistake there cannot cancel out here. Speed is secondary (the 350M shape
// with 10 tokens takes about ten seconds on two cores).
#pragma once

#include "model/config.h"

#include <ATen/ATen.h>
#include <QString>
#include <map>
#include <vector>

namespace ps::test {

// Checkpoint key -> tensor (any floating dtype; read as double).
using WeightMap = std::map<QString, at::Tensor>;

// ids (T) -> logits (T, V) in double. Layer kinds, eps, theta, heads, head_dim,
// conv_L_cache and tying come from `config`; widths from the weights' shapes.
at::Tensor referenceLogits(const WeightMap& weights, const model::Lfm2Config& config, const std::vector<int64_t>& ids);

// The building blocks, exposed for the unit tests. Rows are time steps.
// x (D) -> w * x / sqrt(mean(x^2) + eps).
std::vector<double> referenceRmsNorm(const std::vector<double>& x, const std::vector<double>& w, double eps);
// x (hd) at `position` -> x*cos + rotate_half(x)*sin with angle position * theta^(-2i/hd).
std::vector<double> referenceRope(const std::vector<double>& x, int64_t position, double theta);

}  // namespace ps::test
