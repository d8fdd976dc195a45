#include "io/dtype.h"

#include <array>
#include <utility>

namespace ps::io {

namespace {
struct DTypeRow {
    DType type;
    const char* name;
    size_t size;
};
constexpr std::array<DTypeRow, 15> kTypes{{
    {DType::BOOL, "BOOL", 1}, {DType::U8, "U8", 1},     {DType::I8, "I8", 1},
    {DType::F8_E5M2, "F8_E5M2", 1}, {DType::F8_E4M3, "F8_E4M3", 1},
    {DType::I16, "I16", 2},   {DType::U16, "U16", 2},   {DType::F16, "F16", 2},
    {DType::BF16, "BF16", 2}, {DType::I32, "I32", 4},   {DType::U32, "U32", 4},
    {DType::F32, "F32", 4},   {DType::I64, "I64", 8},   {DType::U64, "U64", 8},
    {DType::F64, "F64", 8},
}};
}  // namespace

std::optional<DType> dtypeFromName(const QString& name) {
    for (const auto& row : kTypes)
        if (name == QLatin1String(row.name)) return row.type;
    return std::nullopt;
}

QString dtypeName(DType t) {
    for (const auto& row : kTypes)
        if (row.type == t) return QLatin1String(row.name);
    return QStringLiteral("?");
}

size_t dtypeSize(DType t) {
    for (const auto& row : kTypes)
        if (row.type == t) return row.size;
    return 0;
}

}  // namespace ps::io
