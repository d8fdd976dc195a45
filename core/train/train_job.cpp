#include "train/train_job.h"

#include "model/config.h"
#include "model/lfm2.h"
#include "train/dpo_data.h"
#include "train/dpo_tokenize.h"
#include "train/sft_trainer.h"

#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ps::train {

Status validateTrainJob(const TrainJobSpec& spec) {
    PS_TRY(spec.config.validate());
    if (!QFileInfo(spec.dataPath).isFile())
        return makeError(QCoreApplication::translate("ps::train::TrainJob", "the data file does not exist"), spec.dataPath);
    if (spec.runDir.isEmpty()) return makeError(QCoreApplication::translate("ps::train::TrainJob", "no run folder given"));
    auto cfg = model::Lfm2Config::fromFile(QDir(spec.baseModelDir).filePath(QStringLiteral("config.json")));
    if (!cfg) return cfg.error();
    return {};
}

Result<TrainResult> runTrainJob(const TrainJobSpec& spec, const TrainCallbacks& callbacks) {
    PS_TRY(validateTrainJob(spec));
    // Text pairs are tokenized with the base model's own tokenizer and chat template.
    std::optional<DpoTokenizer> tok;
    const QDir modelDir(spec.baseModelDir);
    if (modelDir.exists(QStringLiteral("tokenizer.json")) || modelDir.exists(QStringLiteral("tokenizer.model"))) {
        auto t = DpoTokenizer::forModel(spec.baseModelDir);
        if (!t) return t.error();
        tok = t.value();
    }
    auto data = readDpoJsonl(spec.dataPath, tok ? &*tok : nullptr);
    if (!data) return data.error();
    if (callbacks.log) callbacks.log(QCoreApplication::translate("ps::train::TrainJob", "loading %1").arg(spec.baseModelDir));
    auto base = model::Lfm2Model::load(spec.baseModelDir);
    if (!base) return base.error();
    DpoTrainer trainer(base.value(), spec.config, spec.baseModelDir, spec.runDir);
    return trainer.train(data.value(), callbacks);
}

Result<TrainResult> runSftJob(const SftJobSpec& spec, const TrainCallbacks& callbacks) {
    PS_TRY(validateTrainJob(spec));
    auto tok = DpoTokenizer::forModel(spec.baseModelDir);
    if (!tok) return tok.error();
    auto data = readSftJsonl(spec.dataPath, tok.value());
    if (!data) return data.error();
    if (callbacks.log) callbacks.log(QCoreApplication::translate("ps::train::TrainJob", "loading %1").arg(spec.baseModelDir));
    auto base = model::Lfm2Model::load(spec.baseModelDir);
    if (!base) return base.error();
    SftTrainer trainer(base.value(), spec.config, spec.baseModelDir, spec.runDir);
    return trainer.train(data.value(), callbacks);
}

}  // namespace ps::train
