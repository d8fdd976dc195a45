#include "model/create_model.h"

#include "io/safetensors.h"
#include "model/tensor_bridge.h"
#include "model/weights.h"
#include "util/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::model {

Status createRandomModel(const Lfm2Config& configIn, const CreateModelOptions& opt) {
    const auto dtype = parseDTypeName(opt.dtype);
    if (!dtype || (*dtype != at::kBFloat16 && *dtype != at::kFloat && *dtype != at::kHalf))
        return makeError(QCoreApplication::translate("ps::model", "unsupported dtype '%1' (use bf16, fp32 or fp16)").arg(opt.dtype));
    if (!QDir().mkpath(opt.outDir)) return makeError(QCoreApplication::translate("ps::model", "cannot create folder"), opt.outDir);
    Lfm2Config config = configIn;
    config.torchDtype = scalarTypeName(*dtype);
    try {
        Lfm2Weights w = randomWeights(config, *dtype, opt.seed);
        std::vector<io::TensorToWrite> out;
        Status status;
        w.forEach([&](const QString& name, at::Tensor& t) {
            t = t.contiguous();
            auto tw = tensorToWrite(name, t);
            if (!tw) status = tw.error();
            else out.push_back(tw.value());
        });
        PS_TRY(status);
        PS_TRY(io::writeCheckpoint(opt.outDir, out, {{QStringLiteral("format"), QStringLiteral("pt")}}, opt.maxShardBytes));
    } catch (const c10::Error& e) {
        return makeError(QString::fromStdString(e.what_without_backtrace()), opt.outDir);
    }
    const QDir dir(opt.outDir);
    PS_TRY(writeFileAtomically(dir.filePath(QStringLiteral("config.json")), QJsonDocument(config.toJson()).toJson()));
    QJsonObject gen;
    gen.insert(QStringLiteral("bos_token_id"), double(config.bosTokenId));
    gen.insert(QStringLiteral("eos_token_id"), double(config.eosTokenIds.empty() ? 7 : config.eosTokenIds.front()));
    gen.insert(QStringLiteral("pad_token_id"), double(config.padTokenId));
    return writeFileAtomically(dir.filePath(QStringLiteral("generation_config.json")), QJsonDocument(gen).toJson());
}

}  // namespace ps::model
