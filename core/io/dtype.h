// dtype.h — element types as named by the safetensors format.
#pragma once

#include <QString>
#include <cstddef>
#include <optional>

namespace ps::io {

enum class DType { BOOL, U8, I8, F8_E5M2, F8_E4M3, I16, U16, F16, BF16, I32, U32, F32, I64, U64, F64 };

// "F32" -> DType::F32; nullopt for names the format does not define.
std::optional<DType> dtypeFromName(const QString& name);
// DType::BF16 -> "BF16" (the safetensors spelling).
QString dtypeName(DType t);
// Bytes per element.
size_t dtypeSize(DType t);

}  // namespace ps::io
