#include "train/dpo_config.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ps::train {

namespace {
struct LossRow {
    DpoLoss loss;
    const char* name;
};
constexpr LossRow kLosses[] = {{DpoLoss::Sigmoid, "sigmoid"}, {DpoLoss::Robust, "robust"}, {DpoLoss::Hinge, "hinge"},
                               {DpoLoss::Ipo, "ipo"},         {DpoLoss::SigmoidNorm, "sigmoid_norm"}, {DpoLoss::Simpo, "simpo"}};
}  // namespace

QString lossName(DpoLoss loss) {
    for (const auto& r : kLosses)
        if (r.loss == loss) return QLatin1String(r.name);
    return {};
}

Result<DpoLoss> lossFromName(const QString& name) {
    for (const auto& r : kLosses)
        if (name == QLatin1String(r.name)) return r.loss;
    QStringList names;
    for (const auto& r : kLosses) names << QLatin1String(r.name);
    return makeError(QCoreApplication::translate("ps::train::DpoConfig", "unknown loss '%1'; choose one of: %2")
                         .arg(name, names.join(QStringLiteral(", "))));
}

bool lossUsesAverageLogps(DpoLoss loss) { return loss == DpoLoss::Ipo || loss == DpoLoss::SigmoidNorm || loss == DpoLoss::Simpo; }

QJsonObject DpoConfig::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("loss_type"), lossName(loss));
    o.insert(QStringLiteral("beta"), beta);
    o.insert(QStringLiteral("label_smoothing"), labelSmoothing);
    o.insert(QStringLiteral("simpo_gamma"), simpoGamma);
    o.insert(QStringLiteral("rpo_alpha"), rpoAlpha);
    o.insert(QStringLiteral("max_prompt_length"), double(maxPromptLength));
    o.insert(QStringLiteral("max_completion_length"), double(maxCompletionLength));
    o.insert(QStringLiteral("max_length"), double(maxLength));
    o.insert(QStringLiteral("eval_fraction"), evalFraction);
    o.insert(QStringLiteral("seed"), double(seed));
    o.insert(QStringLiteral("lora"), lora);
    o.insert(QStringLiteral("lora_r"), double(loraR));
    o.insert(QStringLiteral("lora_alpha"), loraAlpha);
    o.insert(QStringLiteral("lora_dropout"), loraDropout);
    o.insert(QStringLiteral("lora_target_modules"), QJsonArray::fromStringList(loraTargets));
    o.insert(QStringLiteral("bf16"), bf16);
    o.insert(QStringLiteral("gradient_checkpointing"), gradientCheckpointing);
    o.insert(QStringLiteral("learning_rate"), learningRate);
    o.insert(QStringLiteral("weight_decay"), weightDecay);
    o.insert(QStringLiteral("adam_beta1"), adamBeta1);
    o.insert(QStringLiteral("adam_beta2"), adamBeta2);
    o.insert(QStringLiteral("adam_epsilon"), adamEpsilon);
    o.insert(QStringLiteral("lr_scheduler_type"), scheduler);
    o.insert(QStringLiteral("warmup_ratio"), warmupRatio);
    o.insert(QStringLiteral("warmup_steps"), double(warmupSteps));
    o.insert(QStringLiteral("per_device_train_batch_size"), double(batchSize));
    o.insert(QStringLiteral("gradient_accumulation_steps"), double(gradAccum));
    o.insert(QStringLiteral("num_train_epochs"), epochs);
    o.insert(QStringLiteral("max_steps"), double(maxSteps));
    o.insert(QStringLiteral("max_grad_norm"), maxGradNorm);
    o.insert(QStringLiteral("eval_steps"), double(evalEvery));
    o.insert(QStringLiteral("save_steps"), double(saveEvery));
    o.insert(QStringLiteral("logging_steps"), double(logEvery));
    o.insert(QStringLiteral("threads"), threads);
    return o;
}

Result<DpoConfig> DpoConfig::fromJson(const QJsonObject& o) {
    DpoConfig c;
    const QJsonObject defaults = c.toJson();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!defaults.contains(it.key()))
            return makeError(QCoreApplication::translate("ps::train::DpoConfig", "unknown setting '%1'").arg(it.key()));
        const QJsonValue def = defaults.value(it.key());
        if (def.type() != it->type())
            return makeError(QCoreApplication::translate("ps::train::DpoConfig", "setting '%1' has the wrong type").arg(it.key()));
    }
    auto num = [&o](const char* k, double d) { return o.value(QLatin1String(k)).toDouble(d); };
    auto integer = [&o](const char* k, int64_t d) { return static_cast<int64_t>(o.value(QLatin1String(k)).toDouble(double(d))); };
    if (o.contains(QStringLiteral("loss_type"))) {
        auto l = lossFromName(o.value(QStringLiteral("loss_type")).toString());
        if (!l) return l.error();
        c.loss = l.value();
    }
    c.beta = num("beta", c.beta);
    c.labelSmoothing = num("label_smoothing", c.labelSmoothing);
    c.simpoGamma = num("simpo_gamma", c.simpoGamma);
    c.rpoAlpha = num("rpo_alpha", c.rpoAlpha);
    c.maxPromptLength = integer("max_prompt_length", c.maxPromptLength);
    c.maxCompletionLength = integer("max_completion_length", c.maxCompletionLength);
    c.maxLength = integer("max_length", c.maxLength);
    c.evalFraction = num("eval_fraction", c.evalFraction);
    c.seed = static_cast<uint64_t>(integer("seed", static_cast<int64_t>(c.seed)));
    c.lora = o.value(QStringLiteral("lora")).toBool(c.lora);
    c.loraR = integer("lora_r", c.loraR);
    c.loraAlpha = num("lora_alpha", c.loraAlpha);
    c.loraDropout = num("lora_dropout", c.loraDropout);
    if (o.contains(QStringLiteral("lora_target_modules"))) {
        c.loraTargets.clear();
        for (const QJsonValue& v : o.value(QStringLiteral("lora_target_modules")).toArray()) c.loraTargets << v.toString();
    }
    c.bf16 = o.value(QStringLiteral("bf16")).toBool(c.bf16);
    c.gradientCheckpointing = o.value(QStringLiteral("gradient_checkpointing")).toBool(c.gradientCheckpointing);
    c.learningRate = num("learning_rate", c.learningRate);
    c.weightDecay = num("weight_decay", c.weightDecay);
    c.adamBeta1 = num("adam_beta1", c.adamBeta1);
    c.adamBeta2 = num("adam_beta2", c.adamBeta2);
    c.adamEpsilon = num("adam_epsilon", c.adamEpsilon);
    c.scheduler = o.value(QStringLiteral("lr_scheduler_type")).toString(c.scheduler);
    c.warmupRatio = num("warmup_ratio", c.warmupRatio);
    c.warmupSteps = integer("warmup_steps", c.warmupSteps);
    c.batchSize = integer("per_device_train_batch_size", c.batchSize);
    c.gradAccum = integer("gradient_accumulation_steps", c.gradAccum);
    c.epochs = num("num_train_epochs", c.epochs);
    c.maxSteps = integer("max_steps", c.maxSteps);
    c.maxGradNorm = num("max_grad_norm", c.maxGradNorm);
    c.evalEvery = integer("eval_steps", c.evalEvery);
    c.saveEvery = integer("save_steps", c.saveEvery);
    c.logEvery = integer("logging_steps", c.logEvery);
    c.threads = static_cast<int>(integer("threads", c.threads));
    PS_TRY(c.validate());
    return c;
}

Status DpoConfig::validate() const {
    auto bad = [](const char* text) { return makeError(QCoreApplication::translate("ps::train::DpoConfig", text)); };
    if (!(beta > 0)) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "beta must be positive"));
    if (labelSmoothing < 0 || labelSmoothing >= 0.5) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "label_smoothing must be in [0, 0.5)"));
    if (rpoAlpha < 0) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "rpo_alpha must not be negative"));
    if (maxPromptLength < 0 || maxCompletionLength < 0 || maxLength < 0) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "length limits must not be negative"));
    if (evalFraction < 0 || evalFraction >= 1) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "eval_fraction must be in [0, 1)"));
    if (lora && (loraR <= 0 || !(loraAlpha > 0))) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "lora_r and lora_alpha must be positive"));
    if (loraDropout < 0 || loraDropout >= 1) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "lora_dropout must be in [0, 1)"));
    if (lora && loraTargets.isEmpty()) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "lora_target_modules is empty"));
    if (!(learningRate > 0)) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "learning_rate must be positive"));
    if (weightDecay < 0) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "weight_decay must not be negative"));
    if (adamBeta1 < 0 || adamBeta1 >= 1 || adamBeta2 < 0 || adamBeta2 >= 1 || !(adamEpsilon > 0))
        return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "Adam betas must be in [0, 1) and epsilon positive"));
    if (scheduler != QLatin1String("linear") && scheduler != QLatin1String("cosine") && scheduler != QLatin1String("constant"))
        return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "lr_scheduler_type must be linear, cosine or constant"));
    if (warmupRatio < 0 || warmupRatio > 1 || warmupSteps < 0) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "warmup must be in [0, 1] (ratio) or non-negative (steps)"));
    if (batchSize <= 0 || gradAccum <= 0) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "batch size and gradient accumulation must be positive"));
    if (!(epochs > 0) && maxSteps <= 0) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "num_train_epochs or max_steps must be positive"));
    if (maxGradNorm < 0) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "max_grad_norm must not be negative"));
    if (evalEvery < 0 || saveEvery < 0 || logEvery <= 0) return bad(QT_TRANSLATE_NOOP("ps::train::DpoConfig", "eval/save steps must not be negative, logging steps positive"));
    return {};
}

}  // namespace ps::train
