// tst_cuda — the model and the training step on a CUDA GPU give the numbers
// the CPU gives: logits of a padded batch, cached greedy and seeded sampled
// decoding, the DPO log-probs and every gradient of a full fine-tune, the
// checkpointed layer replaying LoRA dropout masks from the GPU's generator,
// bf16 autocast on the GPU, and weights saved from the GPU. fp32 comparisons
// run with TF32 off, so both devices do IEEE fp32 arithmetic and differ only
// by summation order. Skipped (not failed) where LibTorch has no CUDA or no
// GPU is present: CI machines have none; the lent GPU machine runs it.
#include "train/dpo_fixtures.h"
#include "model/generate.h"
#include "model/lfm2.h"
#include "model/weights.h"
#include "train/autocast.h"
#include "train/completion_logps.h"
#include "train/dpo_batch.h"
#include "train/lora.h"
#include "util/runtime.h"

#include <ATen/core/grad_mode.h>
#include <ATen/Context.h>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

using namespace ps;
using namespace ps::train;

namespace {

const at::Device kGpu(at::kCUDA, 0);

using dpo_test::randomBatch;
using dpo_test::relDiff;
using dpo_test::tinyModel;
using dpo_test::trainable;

struct Run {
    at::Tensor logps;
    std::vector<at::Tensor> grads;
};

// A DPO-like objective with a different weight per row; results on the host.
Run runStep(model::Lfm2Model& m, const DpoBatch& b, const ScoreOptions& o, bool bf16) {
    at::manual_seed(1234);
    std::vector<at::Tensor> params = trainable(m);
    for (auto& p : params) p.mutable_grad() = at::Tensor();
    Run r;
    at::Tensor loss;
    {
        AutocastGuard autocast(bf16, m.device().type());
        const CompletionScores s = scoreCompletions(m, b, o);
        r.logps = s.logps.detach().cpu();
        const at::Tensor coef = at::linspace(-1.0, 1.5, s.logps.size(0), s.logps.options());
        loss = (s.logps * coef).sum() / 7.0;
    }
    loss.backward();
    for (auto& p : params) r.grads.push_back(p.grad().defined() ? p.grad().cpu() : at::zeros_like(p).cpu());
    return r;
}

double worstGradient(const Run& got, const Run& want) {
    double worst = 0;
    for (size_t i = 0; i < got.grads.size(); ++i) worst = std::max(worst, relDiff(got.grads[i], want.grads[i]));
    return worst;
}

void requiresGrad(model::Lfm2Model& m) {
    m.weights().forEach([](const QString&, at::Tensor& t) { t.set_requires_grad(true); });
}

}  // namespace

class TestCuda : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (cudaDeviceCount() == 0) QSKIP("no CUDA GPU (CPU-only LibTorch or no device): nothing to compare");
        // IEEE fp32 on the GPU (TF32 would round matmul and convolution inputs to 10 mantissa bits).
        at::globalContext().setAllowTF32CuBLAS(false);
        at::globalContext().setAllowTF32CuDNN(false);
        qInfo("CUDA devices: %d", cudaDeviceCount());
    }

    void computeDeviceFollowsTheSetting() {
        QVERIFY(setComputeDevice(QStringLiteral("auto")).ok());
        QCOMPARE(computeDeviceName(), QStringLiteral("cuda:0"));
        QVERIFY(setComputeDevice(QStringLiteral("cpu")).ok());
        QCOMPARE(computeDeviceName(), QStringLiteral("cpu"));
        QVERIFY(!setComputeDevice(QStringLiteral("cuda:%1").arg(cudaDeviceCount())).ok());
        QVERIFY(!setComputeDevice(QStringLiteral("gpu")).ok());
        QVERIFY(setComputeDevice(QStringLiteral("cuda")).ok());
        QCOMPARE(qEnvironmentVariable("PREFSTUDIO_DEVICE"), QStringLiteral("cuda"));  // ranks started from here follow
    }

    void paddedForwardMatchesCpu() {
        at::NoGradGuard noGrad;
        auto cpu = tinyModel(3, at::kCPU), gpu = tinyModel(3, kGpu);
        QCOMPARE(gpu->device(), kGpu);
        // Left padding in row 0.
        const at::Tensor ids = at::tensor({0, 0, 5, 9, 11, 40, 7, 8, 9, 10, 11, 12}, at::kLong).view({2, 6});
        const at::Tensor mask = at::tensor({0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, at::kLong).view({2, 6}).to(at::kBool);
        const at::Tensor want = cpu->forward(ids, mask);
        const at::Tensor got = gpu->forward(ids.to(kGpu), mask.to(kGpu));
        QVERIFY(got.is_cuda());
        const double d = relDiff(got, want);
        qInfo("logits, relative max difference GPU vs CPU: %.3g", d);
        QVERIFY2(d < 1e-5, qPrintable(QString::number(d)));
    }

    void cachedDecodingMatchesCpu() {
        auto cpu = tinyModel(5, at::kCPU), gpu = tinyModel(5, kGpu);
        const std::vector<std::vector<int64_t>> prompts{{5, 6, 7}, {9, 10, 11, 12, 13, 14}, {20}};
        model::GenerationConfig greedy;
        greedy.maxNewTokens = 24;
        greedy.sampling.doSample = false;
        auto a = model::generate(*cpu, prompts, greedy), b = model::generate(*gpu, prompts, greedy);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().toString()));
        for (size_t i = 0; i < prompts.size(); ++i) QCOMPARE(b.value().sequences[i].tokens, a.value().sequences[i].tokens);

        // Seeded sampling of 3 candidates per prompt: the generators run on the host, so the same seed draws the same tokens.
        model::GenerationConfig sampled = greedy;
        sampled.sampling.doSample = true;
        sampled.sampling.temperature = 1.0;
        sampled.sampling.seed = 77;
        sampled.numReturnSequences = 3;
        a = model::generate(*cpu, prompts, sampled);
        b = model::generate(*gpu, prompts, sampled);
        QVERIFY(a.ok() && b.ok());
        for (size_t i = 0; i < a.value().sequences.size(); ++i) QCOMPARE(b.value().sequences[i].tokens, a.value().sequences[i].tokens);
    }

    void fullFineTuneGradientsMatchCpu() {
        auto cpu = tinyModel(11, at::kCPU), gpu = tinyModel(11, kGpu);
        requiresGrad(*cpu);
        requiresGrad(*gpu);
        cpu->setTraining(true);
        gpu->setTraining(true);
        const DpoBatch b = randomBatch(5, 2);
        for (bool checkpoint : {false, true}) {
            ScoreOptions o;
            o.checkpointLayers = checkpoint;
            o.headChunkRows = 7;  // several LM-head chunks
            const Run want = runStep(*cpu, b, o, false), got = runStep(*gpu, b, o, false);
            QCOMPARE(got.grads.size(), want.grads.size());
            const double dl = relDiff(got.logps, want.logps), dg = worstGradient(got, want);
            qInfo("checkpointing %d: log-probs %.3g, worst gradient %.3g (GPU vs CPU)", int(checkpoint), dl, dg);
            QVERIFY2(dl < 1e-5 && dg < 1e-4, qPrintable(QStringLiteral("%1 %2").arg(dl).arg(dg)));
        }
    }

    void checkpointReplaysGpuDropoutMasks() {
        // LoRA with dropout: the recomputation in the backward must draw the
        // same masks from the GPU generator, or the gradients differ by O(1).
        auto gpu = tinyModel(13, kGpu);
        LoraSpec spec;
        spec.r = 4;
        spec.alpha = 8;
        spec.dropout = 0.3;
        spec.targets = {QStringLiteral("q_proj"), QStringLiteral("v_proj"), QStringLiteral("in_proj"), QStringLiteral("w1")};
        QVERIFY(attachLora(gpu->weights(), spec, 3).ok());
        gpu->weights().forEachLinear([](const QString&, model::Linear& l) {
            if (l.lora_A.defined()) {
                QVERIFY(l.lora_A.is_cuda());
                l.lora_B = at::randn_like(l.lora_B) * 0.1;  // non-zero so A gets gradients too
                l.lora_A.set_requires_grad(true);
                l.lora_B.set_requires_grad(true);
            }
        });
        gpu->setTraining(true);
        const DpoBatch b = randomBatch(4, 9);
        ScoreOptions plain, ckpt;
        ckpt.checkpointLayers = true;
        const Run want = runStep(*gpu, b, plain, false), got = runStep(*gpu, b, ckpt, false);
        const double dl = relDiff(got.logps, want.logps), dg = worstGradient(got, want);
        qInfo("LoRA dropout 0.3 on the GPU, checkpointed vs plain: log-probs %.3g, worst gradient %.3g", dl, dg);
        QVERIFY2(dl < 1e-6 && dg < 1e-5, qPrintable(QStringLiteral("%1 %2").arg(dl).arg(dg)));
    }

    void bf16AutocastOnGpu() {
        auto gpu = tinyModel(17, kGpu), cpu = tinyModel(17, at::kCPU);
        requiresGrad(*gpu);
        requiresGrad(*cpu);
        const DpoBatch b = randomBatch(4, 5);
        ScoreOptions plain, ckpt;
        ckpt.checkpointLayers = true;
        const Run fp32 = runStep(*cpu, b, plain, false);
        const Run mixed = runStep(*gpu, b, plain, true), mixedCkpt = runStep(*gpu, b, ckpt, true);
        // Autocast really ran in bf16 (differs from fp32), and checkpointing replays it exactly enough.
        const double vsFp32 = relDiff(mixed.logps, fp32.logps), ck = relDiff(mixedCkpt.logps, mixed.logps);
        qInfo("bf16 autocast on the GPU: log-probs vs fp32 %.3g; checkpointed vs plain %.3g, worst gradient %.3g", vsFp32, ck,
              worstGradient(mixedCkpt, mixed));
        QVERIFY(vsFp32 > 1e-6 && vsFp32 < 5e-2);
        QVERIFY(ck < 2e-3);
        QVERIFY(worstGradient(mixedCkpt, mixed) < 2e-2);
    }

    void savedFromGpuLoadsOnCpu() {
        QTemporaryDir dir;
        auto gpu = tinyModel(19, kGpu);
        QVERIFY(gpu->save(dir.path()).ok());
        model::LoadOptions o;
        o.device = at::Device(at::kCPU);
        auto back = model::Lfm2Model::load(dir.path(), o);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back.value()->device(), at::Device(at::kCPU));
        auto cpu = tinyModel(19, at::kCPU);
        QCOMPARE(relDiff(back.value()->weights().embed_tokens, cpu->weights().embed_tokens), 0.0);
        o.device = kGpu;
        auto onGpu = model::Lfm2Model::load(dir.path(), o);
        QVERIFY(onGpu.ok());
        QVERIFY(onGpu.value()->weights().layers[0].w1.weight.is_cuda());
    }
};

QTEST_GUILESS_MAIN(TestCuda)
#include "tst_cuda.moc"
