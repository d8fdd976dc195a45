#include "train/lora.h"

#include "io/safetensors.h"
#include "model/tensor_bridge.h"
#include "util/atomic_file.h"

#include <ATen/core/grad_mode.h>
#include <ATen/CPUGeneratorImpl.h>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace ps::train {

namespace {
QString peftKey(const QString& module, const char* ab) {
    return QStringLiteral("base_model.model.%1.%2.weight").arg(module, QLatin1String(ab));
}
}  // namespace

Result<QStringList> attachLora(model::Lfm2Weights& weights, const LoraSpec& spec, uint64_t seed) {
    if (spec.r <= 0) return makeError(QCoreApplication::translate("ps::train::Lora", "LoRA rank must be positive"));
    QSet<QString> unmatched(spec.targets.begin(), spec.targets.end());
    QStringList adapted;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    at::NoGradGuard noGrad;
    weights.forEachLinear([&](const QString& module, model::Linear& l) {
        const QString leaf = module.section(QLatin1Char('.'), -1);
        if (!spec.targets.contains(leaf)) return;
        unmatched.remove(leaf);
        const int64_t out = l.weight.size(0), in = l.weight.size(1);
        // PEFT: kaiming_uniform_(a=sqrt(5)) -> U(-1/sqrt(in), 1/sqrt(in)).
        const double bound = 1.0 / std::sqrt(static_cast<double>(in));
        // Drawn on the host generator, then moved: the same seed gives the same adapters on every device.
        l.lora_A = at::empty({spec.r, in}, at::kFloat).uniform_(-bound, bound, gen).to(l.weight.device());
        l.lora_B = at::zeros({out, spec.r}, l.weight.options().dtype(at::kFloat));
        l.loraScale = spec.alpha / static_cast<double>(spec.r);
        l.loraDropout = spec.dropout;
        adapted << module;
    });
    if (!unmatched.isEmpty()) {
        QStringList names(unmatched.begin(), unmatched.end());
        names.sort();
        return makeError(QCoreApplication::translate("ps::train::Lora",
                                                     "LoRA target module(s) %1 match no LFM2 module; LFM2 has q_proj, k_proj, "
                                                     "v_proj, out_proj, in_proj, w1, w2, w3")
                             .arg(names.join(QStringLiteral(", "))));
    }
    return adapted;
}

void mergeLora(model::Lfm2Weights& weights) {
    at::NoGradGuard noGrad;
    weights.forEachLinear([](const QString&, model::Linear& l) {
        if (!l.lora_A.defined()) return;
        const at::Tensor delta = at::matmul(l.lora_B.to(at::kFloat), l.lora_A.to(at::kFloat)) * l.loraScale;
        l.weight = (l.weight.to(at::kFloat) + delta).to(l.weight.scalar_type());
        l.lora_A = at::Tensor();
        l.lora_B = at::Tensor();
        l.loraScale = 0;
    });
}

Status savePeftAdapter(const QString& dir, model::Lfm2Weights& weights, const LoraSpec& spec, const QString& baseModel) {
    if (!QDir().mkpath(dir)) return makeError(QCoreApplication::translate("ps::train::Lora", "cannot create folder"), dir);
    std::vector<at::Tensor> keep;
    std::vector<io::TensorToWrite> out;
    Status status;
    weights.forEachLinear([&](const QString& module, model::Linear& l) {
        if (!l.lora_A.defined() || !status.ok()) return;
        for (const auto& [t, ab] : {std::pair<at::Tensor, const char*>{l.lora_A, "lora_A"}, {l.lora_B, "lora_B"}}) {
            at::Tensor c = t.detach().to(at::kCPU).to(at::kFloat).contiguous();
            keep.push_back(c);
            auto w = model::tensorToWrite(peftKey(module, ab), c);
            if (!w) status = w.error();
            else out.push_back(w.value());
        }
    });
    PS_TRY(status);
    PS_TRY(io::writeSafetensors(QDir(dir).filePath(QStringLiteral("adapter_model.safetensors")), out,
                                {{QStringLiteral("format"), QStringLiteral("pt")}}));
    QJsonObject c;
    c.insert(QStringLiteral("peft_type"), QStringLiteral("LORA"));
    c.insert(QStringLiteral("task_type"), QStringLiteral("CAUSAL_LM"));
    c.insert(QStringLiteral("base_model_name_or_path"), baseModel);
    c.insert(QStringLiteral("r"), double(spec.r));
    c.insert(QStringLiteral("lora_alpha"), spec.alpha);
    c.insert(QStringLiteral("lora_dropout"), spec.dropout);
    c.insert(QStringLiteral("target_modules"), QJsonArray::fromStringList(spec.targets));
    c.insert(QStringLiteral("bias"), QStringLiteral("none"));
    c.insert(QStringLiteral("fan_in_fan_out"), false);
    c.insert(QStringLiteral("inference_mode"), true);
    c.insert(QStringLiteral("init_lora_weights"), true);
    c.insert(QStringLiteral("use_rslora"), false);
    c.insert(QStringLiteral("use_dora"), false);
    c.insert(QStringLiteral("modules_to_save"), QJsonValue::Null);
    c.insert(QStringLiteral("layers_to_transform"), QJsonValue::Null);
    c.insert(QStringLiteral("layers_pattern"), QJsonValue::Null);
    c.insert(QStringLiteral("rank_pattern"), QJsonObject());
    c.insert(QStringLiteral("alpha_pattern"), QJsonObject());
    c.insert(QStringLiteral("revision"), QJsonValue::Null);
    return writeFileAtomically(QDir(dir).filePath(QStringLiteral("adapter_config.json")), QJsonDocument(c).toJson());
}

Status loadPeftAdapterInto(const QString& dir, model::Lfm2Weights& weights) {
    auto ckpt = io::Checkpoint::openFile(QDir(dir).filePath(QStringLiteral("adapter_model.safetensors")));
    if (!ckpt) return ckpt.error();
    Status status;
    int loaded = 0;
    at::NoGradGuard noGrad;
    weights.forEachLinear([&](const QString& module, model::Linear& l) {
        if (!l.lora_A.defined() || !status.ok()) return;
        for (auto [target, ab] : {std::pair<at::Tensor*, const char*>{&l.lora_A, "lora_A"}, {&l.lora_B, "lora_B"}}) {
            const QString key = peftKey(module, ab);
            const io::Checkpoint::Entry* e = ckpt->find(key);
            if (!e) {
                status = makeError(QCoreApplication::translate("ps::train::Lora", "adapter tensor '%1' is missing").arg(key), dir);
                return;
            }
            auto t = model::tensorFromEntry(*e);
            if (!t) {
                status = t.error();
                return;
            }
            if (t.value().sizes() != target->sizes()) {
                status = makeError(QCoreApplication::translate("ps::train::Lora", "adapter tensor '%1' has the wrong shape").arg(key), dir);
                return;
            }
            target->copy_(t.value());
            ++loaded;
        }
    });
    PS_TRY(status);
    if (loaded != ckpt->size())
        return makeError(QCoreApplication::translate("ps::train::Lora", "the adapter holds tensors for modules that are not adapted"), dir);
    return {};
}

}  // namespace ps::train
