#include "model/tensor_bridge.h"

#include <QCoreApplication>
#include <memory>

namespace ps::model {

std::optional<at::ScalarType> toScalarType(io::DType t) {
    switch (t) {
        case io::DType::F32: return at::kFloat;
        case io::DType::F16: return at::kHalf;
        case io::DType::BF16: return at::kBFloat16;
        case io::DType::F64: return at::kDouble;
        case io::DType::I64: return at::kLong;
        case io::DType::I32: return at::kInt;
        case io::DType::I16: return at::kShort;
        case io::DType::I8: return at::kChar;
        case io::DType::U8: return at::kByte;
        case io::DType::BOOL: return at::kBool;
        default: return std::nullopt;
    }
}

std::optional<io::DType> toDType(at::ScalarType t) {
    switch (t) {
        case at::kFloat: return io::DType::F32;
        case at::kHalf: return io::DType::F16;
        case at::kBFloat16: return io::DType::BF16;
        case at::kDouble: return io::DType::F64;
        case at::kLong: return io::DType::I64;
        case at::kInt: return io::DType::I32;
        case at::kShort: return io::DType::I16;
        case at::kChar: return io::DType::I8;
        case at::kByte: return io::DType::U8;
        case at::kBool: return io::DType::BOOL;
        default: return std::nullopt;
    }
}

std::optional<at::ScalarType> parseDTypeName(const QString& n) {
    const QString s = n.toLower();
    if (s == QLatin1String("bf16") || s == QLatin1String("bfloat16")) return at::kBFloat16;
    if (s == QLatin1String("fp32") || s == QLatin1String("float32") || s == QLatin1String("f32") || s == QLatin1String("float"))
        return at::kFloat;
    if (s == QLatin1String("fp16") || s == QLatin1String("float16") || s == QLatin1String("f16") || s == QLatin1String("half"))
        return at::kHalf;
    if (s == QLatin1String("fp64") || s == QLatin1String("float64")) return at::kDouble;
    return std::nullopt;
}

QString scalarTypeName(at::ScalarType t) {
    switch (t) {
        case at::kBFloat16: return QStringLiteral("bfloat16");
        case at::kHalf: return QStringLiteral("float16");
        case at::kDouble: return QStringLiteral("float64");
        default: return QStringLiteral("float32");
    }
}

Result<at::Tensor> tensorFromEntry(const io::Checkpoint::Entry& e) {
    const auto st = toScalarType(e.info->dtype);
    if (!st)
        return makeError(QCoreApplication::translate("ps::model", "tensor '%1' has dtype %2, which Prefstudio cannot compute with")
                             .arg(e.info->name, io::dtypeName(e.info->dtype)));
    const auto opts = at::TensorOptions().dtype(*st).device(at::kCPU);
    void* ptr = const_cast<uint8_t*>(e.data());
    if (e.info->numel() == 0) return at::empty(e.info->shape, opts);
    if (reinterpret_cast<uintptr_t>(ptr) % io::dtypeSize(e.info->dtype) != 0) {
        // Misaligned (header length not a multiple of the element size): copy.
        at::Tensor t = at::empty(e.info->shape, opts);
        std::memcpy(t.data_ptr(), ptr, e.info->byteSize());
        return t;
    }
    auto keepAlive = new std::shared_ptr<const io::SafetensorsFile>(e.file);
    return at::from_blob(
        ptr, e.info->shape, [keepAlive](void*) { delete keepAlive; }, opts);
}

Result<io::TensorToWrite> tensorToWrite(const QString& name, const at::Tensor& t) {
    const auto dt = toDType(t.scalar_type());
    if (!dt || !t.is_contiguous() || !t.device().is_cpu())
        return makeError(QCoreApplication::translate("ps::model", "tensor '%1' cannot be written (dtype/layout)").arg(name));
    io::TensorToWrite w;
    w.name = name;
    w.dtype = *dt;
    w.shape.assign(t.sizes().begin(), t.sizes().end());
    w.data = t.data_ptr();
    w.bytes = static_cast<uint64_t>(t.numel()) * t.element_size();
    return w;
}

}  // namespace ps::model
