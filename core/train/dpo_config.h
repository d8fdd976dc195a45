// dpo_config.h — every setting of a DPO run, recorded with its results so runs
// can be compared as controlled experiments. Names and defaults follow TRL's
// DPOConfig where TRL has the setting. LibTorch-free.
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ps::train {

enum class DpoLoss { Sigmoid, Robust, Hinge, Ipo, SigmoidNorm, Simpo };
QString lossName(DpoLoss loss);                       // "sigmoid", ...
Result<DpoLoss> lossFromName(const QString& name);
// Losses that work on log-probs averaged over completion tokens.
bool lossUsesAverageLogps(DpoLoss loss);
// SimPO needs no reference model.
inline bool lossIsReferenceFree(DpoLoss loss) { return loss == DpoLoss::Simpo; }

struct DpoConfig {
    // Loss
    DpoLoss loss = DpoLoss::Sigmoid;
    double beta = 0.1;
    double labelSmoothing = 0.0;  // sigmoid / robust
    double simpoGamma = 0.5;      // SimPO target margin γ
    double rpoAlpha = 0.0;        // 0: off; else adds rpo_alpha × NLL of chosen

    // Data (token counts; 0 = no limit)
    int64_t maxPromptLength = 512;      // keeps the END of the prompt
    int64_t maxCompletionLength = 0;    // keeps the START of completions
    int64_t maxLength = 1024;           // prompt + completion
    double evalFraction = 0.1;          // held-out share of the pairs
    uint64_t seed = 42;

    // Model
    bool lora = true;
    int64_t loraR = 16;
    double loraAlpha = 32.0;
    double loraDropout = 0.05;
    QStringList loraTargets{QStringLiteral("q_proj"), QStringLiteral("k_proj"), QStringLiteral("v_proj"),
                            QStringLiteral("out_proj"), QStringLiteral("in_proj"), QStringLiteral("w1"),
                            QStringLiteral("w2"), QStringLiteral("w3")};
    bool bf16 = true;  // bf16 autocast with fp32 master weights
    // Keep only each layer's inputs for the backward and recompute the rest
    // (TRL's name). Same results, ~1/3 more compute, a fraction of the memory.
    bool gradientCheckpointing = true;

    // Optimisation
    double learningRate = 1e-6;
    double weightDecay = 0.0;
    double adamBeta1 = 0.9;
    double adamBeta2 = 0.999;
    double adamEpsilon = 1e-8;
    QString scheduler = QStringLiteral("linear");  // linear | cosine | constant
    double warmupRatio = 0.1;
    int64_t warmupSteps = 0;   // overrides warmupRatio when > 0
    int64_t batchSize = 2;     // pairs per micro-batch
    int64_t gradAccum = 8;
    double epochs = 3.0;
    int64_t maxSteps = 0;      // > 0 overrides epochs
    double maxGradNorm = 1.0;  // 0: no clipping

    // Run bookkeeping
    int64_t evalEvery = 50;    // optimizer steps; 0: only at the end
    int64_t saveEvery = 100;   // optimizer steps; 0: only at the end
    int64_t logEvery = 1;
    int threads = 0;           // 0: all cores

    QJsonObject toJson() const;
    // Unknown keys are errors (a typo must not silently train with a default).
    static Result<DpoConfig> fromJson(const QJsonObject& json);
    Status validate() const;
};

}  // namespace ps::train
