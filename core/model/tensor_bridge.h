// tensor_bridge.h — between safetensors entries (io/) and LibTorch tensors.
// Internal to core: includes LibTorch.
#pragma once

#include "io/safetensors.h"

#include <ATen/ATen.h>
#include <optional>

namespace ps::model {

std::optional<at::ScalarType> toScalarType(io::DType t);
std::optional<io::DType> toDType(at::ScalarType t);
// "bf16"/"bfloat16" -> kBFloat16, "fp32"/"float32" -> kFloat, "fp16"/"float16" -> kHalf.
std::optional<at::ScalarType> parseDTypeName(const QString& name);
QString scalarTypeName(at::ScalarType t);  // kBFloat16 -> "bfloat16" (config.json spelling)

// A tensor viewing the mapped file (no copy); the file stays mapped while the
// tensor lives. Data that is not aligned to its element size is copied.
Result<at::Tensor> tensorFromEntry(const io::Checkpoint::Entry& entry);

// Describes a contiguous CPU tensor for io::writeSafetensors (tensor must outlive the call).
Result<io::TensorToWrite> tensorToWrite(const QString& name, const at::Tensor& contiguousCpu);

}  // namespace ps::model
