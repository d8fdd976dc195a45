// tst_dpo — the DPO engine against independently derived values: each loss
// against its closed form, loss gradients against finite differences,
// prefix-shared completion log-probs against a plain per-sequence forward,
// LoRA merge against W + (α/r)BA, AdamW and schedules against their formulas,
// resume equality, and a tiny model that learns a clear preference.
#include "model/create_model.h"
#include "model/lfm2.h"
#include "model/weights.h"
#include "train/adamw.h"
#include "train/completion_logps.h"
#include "train/dpo_batch.h"
#include "train/dpo_loss.h"
#include "train/dpo_trainer.h"
#include "train/lora.h"

#include <ATen/core/grad_mode.h>
#include <ATen/Parallel.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <random>

using namespace ps;
using namespace ps::train;

namespace {
double logSigmoid(double x) { return x >= 0 ? -std::log1p(std::exp(-x)) : x - std::log1p(std::exp(x)); }

std::shared_ptr<model::Lfm2Model> tinyModel(uint64_t seed, at::ScalarType dtype = at::kFloat) {
    auto cfg = model::presetConfig(QStringLiteral("tiny"));
    model::Lfm2Weights w = model::randomWeights(cfg.value(), dtype, seed);
    // Stronger weights than the 0.02 init so every block matters.
    w.forEach([](const QString& name, at::Tensor& t) {
        if (!name.endsWith(QLatin1String("norm.weight"))) t = t * 10.0;
    });
    return std::make_shared<model::Lfm2Model>(cfg.value(), std::move(w), dtype);
}

// Synthetic preference: after a prompt, chosen answers repeat the "polite"
// tokens 40..49, rejected ones the "rude" tokens 60..69.
std::vector<DpoExample> politeData(int n, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<DpoExample> v;
    for (int i = 0; i < n; ++i) {
        DpoExample e;
        e.id = i;
        e.prompt = {1};
        const int len = 2 + static_cast<int>(rng() % 6);
        for (int k = 0; k < len; ++k) e.prompt.push_back(100 + static_cast<int64_t>(rng() % 100));
        const int clen = 3 + static_cast<int>(rng() % 4);
        for (int k = 0; k < clen; ++k) {
            e.chosen.push_back(40 + static_cast<int64_t>(rng() % 10));
            e.rejected.push_back(60 + static_cast<int64_t>(rng() % 10));
        }
        e.chosen.push_back(7);
        e.rejected.push_back(7);
        v.push_back(e);
    }
    return v;
}

// log p(completion | prompt) by one plain forward over prompt + completion (no padding, no cache).
double plainLogp(const model::Lfm2Model& m, const std::vector<int64_t>& prompt, const std::vector<int64_t>& completion) {
    at::NoGradGuard g;
    std::vector<int64_t> all = prompt;
    all.insert(all.end(), completion.begin(), completion.end());
    const at::Tensor logits = m.forward(at::tensor(all, at::kLong).unsqueeze(0)).squeeze(0).to(at::kDouble);
    const at::Tensor lp = at::log_softmax(logits, -1);
    double sum = 0;
    for (size_t t = 0; t < completion.size(); ++t) sum += lp[static_cast<int64_t>(prompt.size() + t - 1)][completion[t]].item<double>();
    return sum;
}
}  // namespace

class TestDpo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { at::set_num_threads(2); }

    void lossesMatchClosedForms_data() {
        QTest::addColumn<QString>("loss");
        QTest::addColumn<double>("smoothing");
        for (const char* l : {"sigmoid", "robust", "hinge", "ipo", "sigmoid_norm", "simpo"}) {
            QTest::newRow(l) << QString::fromLatin1(l) << 0.0;
            if (QLatin1String(l) == QLatin1String("sigmoid") || QLatin1String(l) == QLatin1String("robust"))
                QTest::newRow((std::string(l) + "+ls").c_str()) << QString::fromLatin1(l) << 0.2;
        }
    }
    void lossesMatchClosedForms() {
        QFETCH(QString, loss);
        QFETCH(double, smoothing);
        DpoConfig c;
        c.loss = lossFromName(loss).value();
        c.beta = 0.3;
        c.labelSmoothing = smoothing;
        c.simpoGamma = 0.7;
        const std::vector<double> pc{-10, -4, -7}, pr{-9, -8, -7}, rc{-11, -5, -6}, rr{-9, -6, -8}, nc{4, 2, 5}, nr{3, 6, 5};
        PairLogps pol{at::tensor(pc, at::kDouble), at::tensor(pr, at::kDouble), at::tensor(nc, at::kDouble), at::tensor(nr, at::kDouble)};
        PairLogps ref{at::tensor(rc, at::kDouble), at::tensor(rr, at::kDouble), at::tensor(nc, at::kDouble), at::tensor(nr, at::kDouble)};
        const DpoLossOutput out = dpoLoss(c, pol, ref);
        const double b = c.beta, e = smoothing;
        for (int i = 0; i < 3; ++i) {
            const bool avg = loss == QLatin1String("ipo") || loss == QLatin1String("sigmoid_norm") || loss == QLatin1String("simpo");
            const double PC = avg ? pc[i] / nc[i] : pc[i], PR = avg ? pr[i] / nr[i] : pr[i];
            const double RC = avg ? rc[i] / nc[i] : rc[i], RR = avg ? rr[i] / nr[i] : rr[i];
            const double z = (PC - PR) - (RC - RR);
            double expected = 0;
            if (loss == QLatin1String("sigmoid") || loss == QLatin1String("sigmoid_norm"))
                expected = -logSigmoid(b * z) * (1 - e) - logSigmoid(-b * z) * e;
            else if (loss == QLatin1String("robust"))
                expected = (-logSigmoid(b * z) * (1 - e) + logSigmoid(-b * z) * e) / (1 - 2 * e);
            else if (loss == QLatin1String("hinge"))
                expected = std::max(0.0, 1 - b * z);
            else if (loss == QLatin1String("ipo"))
                expected = (z - 1 / (2 * b)) * (z - 1 / (2 * b));
            else if (loss == QLatin1String("simpo"))
                expected = -logSigmoid(b * (PC - PR) - 0.7);
            QVERIFY2(std::fabs(out.losses[i].item<double>() - expected) < 1e-12,
                     qPrintable(QStringLiteral("%1 vs %2").arg(out.losses[i].item<double>()).arg(expected)));
            const double rewC = loss == QLatin1String("simpo") ? b * PC : b * (PC - RC);
            QVERIFY(std::fabs(out.chosenRewards[i].item<double>() - rewC) < 1e-12);
        }
    }

    void lossGradientMatchesFiniteDifferences() {
        DpoConfig c;
        c.beta = 0.5;
        c.labelSmoothing = 0.1;
        for (const char* name : {"sigmoid", "robust", "ipo", "simpo"}) {
            c.loss = lossFromName(QLatin1String(name)).value();
            at::Tensor pc = at::tensor({-3.0, -5.0}, at::kDouble).requires_grad_(true);
            const at::Tensor pr = at::tensor({-4.0, -2.5}, at::kDouble), n = at::tensor({3.0, 4.0}, at::kDouble);
            const PairLogps ref{at::tensor({-3.5, -4.0}, at::kDouble), at::tensor({-4.2, -3.0}, at::kDouble), n, n};
            dpoLoss(c, PairLogps{pc, pr, n, n}, ref).losses.sum().backward();
            for (int i = 0; i < 2; ++i) {
                const double h = 1e-6;
                auto lossAt = [&](double delta) {
                    at::Tensor p = pc.detach().clone();
                    p[i] += delta;
                    return dpoLoss(c, PairLogps{p, pr, n, n}, ref).losses.sum().item<double>();
                };
                const double fd = (lossAt(h) - lossAt(-h)) / (2 * h);
                QVERIFY2(std::fabs(fd - pc.grad()[i].item<double>()) < 1e-7, name);
            }
        }
    }

    void truncationFollowsTrl() {
        DpoConfig c;
        c.maxPromptLength = 3;
        c.maxCompletionLength = 4;
        c.maxLength = 6;
        DpoExample e{{1, 2, 3, 4, 5}, {10, 11, 12, 13, 14}, {20, 21}, 0};
        const DpoExample t = truncateExample(e, c);
        QCOMPARE(t.prompt, (std::vector<int64_t>{3, 4, 5}));  // keeps the end
        QCOMPARE(t.chosen, (std::vector<int64_t>{10, 11, 12}));  // keeps the start, 3 + 3 <= 6
        QCOMPARE(t.rejected, (std::vector<int64_t>{20, 21}));
    }

    void prefixSharedLogpsEqualPlainForward() {
        auto m = tinyModel(3);
        const std::vector<DpoExample> data = politeData(5, 9);
        std::vector<const DpoExample*> batch;
        for (const auto& e : data) batch.push_back(&e);
        at::NoGradGuard g;
        const CompletionScores s = scoreCompletions(*m, collate(batch, 0));
        for (size_t i = 0; i < data.size(); ++i) {
            const double c = plainLogp(*m, data[i].prompt, data[i].chosen), r = plainLogp(*m, data[i].prompt, data[i].rejected);
            QVERIFY2(std::fabs(s.chosen(s.logps)[static_cast<int64_t>(i)].item<double>() - c) < 2e-4 * std::max(1.0, std::fabs(c)),
                     qPrintable(QStringLiteral("%1 vs %2").arg(s.chosen(s.logps)[static_cast<int64_t>(i)].item<double>()).arg(c)));
            QVERIFY(std::fabs(s.rejected(s.logps)[static_cast<int64_t>(i)].item<double>() - r) < 2e-4 * std::max(1.0, std::fabs(r)));
            QCOMPARE(s.chosen(s.tokens)[static_cast<int64_t>(i)].item<float>(), float(data[i].chosen.size()));
        }
    }

    void prefixSharedGradientsEqualPlainForward() {
        // d(sum of completion log-probs)/d(weights) through the shared prompt equals the plain computation.
        auto m = tinyModel(5);
        const std::vector<DpoExample> data = politeData(3, 4);
        std::vector<const DpoExample*> batch;
        for (const auto& e : data) batch.push_back(&e);
        at::Tensor& w = m->weights().layers[1].q_proj.weight;
        at::Tensor& conv = m->weights().layers[0].in_proj.weight;
        w.set_requires_grad(true);
        conv.set_requires_grad(true);
        scoreCompletions(*m, collate(batch, 0)).logps.sum().backward();
        const at::Tensor gw = w.grad().clone(), gc = conv.grad().clone();
        w.mutable_grad() = at::Tensor();
        conv.mutable_grad() = at::Tensor();
        at::Tensor total = at::zeros({}, at::kFloat);
        for (const auto& e : data)
            for (const auto* comp : {&e.chosen, &e.rejected}) {
                std::vector<int64_t> all = e.prompt;
                all.insert(all.end(), comp->begin(), comp->end());
                const at::Tensor lp = at::log_softmax(m->forward(at::tensor(all, at::kLong).unsqueeze(0)).squeeze(0), -1);
                for (size_t t = 0; t < comp->size(); ++t) total = total + lp[static_cast<int64_t>(e.prompt.size() + t - 1)][(*comp)[t]];
            }
        total.backward();
        QVERIFY((gw - w.grad()).abs().max().item<float>() < 1e-4 * std::max(1.0f, gw.abs().max().item<float>()));
        QVERIFY((gc - conv.grad()).abs().max().item<float>() < 1e-4 * std::max(1.0f, gc.abs().max().item<float>()));
    }

    void loraMergeEqualsBasePlusScaledBA() {
        auto m = tinyModel(6);
        model::Lfm2Weights& w = m->weights();
        const at::Tensor before = w.layers[1].q_proj.weight.clone();
        LoraSpec spec;
        spec.r = 4;
        spec.alpha = 8;
        spec.targets = {QStringLiteral("q_proj"), QStringLiteral("w2"), QStringLiteral("in_proj")};
        auto adapted = attachLora(w, spec, 1);
        QVERIFY(adapted.ok());
        QCOMPARE(adapted->size(), qsizetype(2 + 4 + 2));  // q_proj in 2 attention layers, w2 in 4, in_proj in 2 conv layers
        at::NoGradGuard g;
        w.layers[1].q_proj.lora_B.normal_(0, 0.1);  // B starts at zero; make the adapter act
        const at::Tensor A = w.layers[1].q_proj.lora_A.clone(), B = w.layers[1].q_proj.lora_B.clone();
        const at::Tensor ids = at::tensor({1L, 5L, 9L, 120L}).unsqueeze(0);
        const at::Tensor withAdapters = m->forward(ids);
        mergeLora(w);
        QVERIFY(!w.layers[1].q_proj.lora_A.defined());
        const at::Tensor expected = before + at::matmul(B, A) * 2.0;  // alpha / r = 2
        QVERIFY((w.layers[1].q_proj.weight - expected).abs().max().item<float>() < 1e-6);
        QVERIFY((m->forward(ids) - withAdapters).abs().max().item<float>() < 1e-4);
    }

    void peftAdapterRoundTrips() {
        QTemporaryDir dir;
        auto m = tinyModel(8);
        LoraSpec spec;
        spec.r = 2;
        spec.targets = {QStringLiteral("w1"), QStringLiteral("out_proj")};
        QVERIFY(attachLora(m->weights(), spec, 1).ok());
        {
            at::NoGradGuard g;
            m->weights().layers[0].w1.lora_B.normal_(0, 0.1);
        }
        QVERIFY(savePeftAdapter(dir.path(), m->weights(), spec, QStringLiteral("base")).ok());
        auto other = tinyModel(8);
        QVERIFY(attachLora(other->weights(), spec, 99).ok());  // different A, zero B
        QVERIFY(loadPeftAdapterInto(dir.path(), other->weights()).ok());
        QVERIFY(at::equal(other->weights().layers[0].w1.lora_A, m->weights().layers[0].w1.lora_A));
        QVERIFY(at::equal(other->weights().layers[0].w1.lora_B, m->weights().layers[0].w1.lora_B));
        QFile cfg(dir.filePath(QStringLiteral("adapter_config.json")));
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(cfg.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("peft_type")).toString(), QStringLiteral("LORA"));
        QCOMPARE(o.value(QStringLiteral("r")).toInt(), 2);
        // An adapter for other modules does not load silently.
        auto third = tinyModel(8);
        spec.targets = {QStringLiteral("w1")};
        QVERIFY(attachLora(third->weights(), spec, 1).ok());
        QVERIFY(!loadPeftAdapterInto(dir.path(), third->weights()).ok());
    }

    void loraRejectsTargetsLfm2DoesNotHave() {
        auto m = tinyModel(6);
        LoraSpec spec;
        spec.targets = {QStringLiteral("q_proj"), QStringLiteral("o_proj")};
        auto r = attachLora(m->weights(), spec, 1);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("o_proj")), qPrintable(r.error().message));
    }

    void adamwMatchesTheFormula() {
        at::Tensor p = at::tensor({1.0f, -2.0f}).requires_grad_(true);
        AdamW opt({{QStringLiteral("p"), p, true}}, 0.9, 0.999, 1e-8, 0.1);
        double m[2] = {0, 0}, v[2] = {0, 0}, x[2] = {1.0, -2.0};
        const double grads[2][2] = {{0.5, -1.0}, {0.25, 2.0}};
        for (int step = 1; step <= 2; ++step) {
            p.mutable_grad() = at::tensor({float(grads[step - 1][0]), float(grads[step - 1][1])});
            opt.step(0.01);
            for (int i = 0; i < 2; ++i) {
                const double g = grads[step - 1][i];
                x[i] *= 1 - 0.01 * 0.1;
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                const double mh = m[i] / (1 - std::pow(0.9, step)), vh = v[i] / (1 - std::pow(0.999, step));
                x[i] -= 0.01 * mh / (std::sqrt(vh) + 1e-8);
            }
        }
        QVERIFY(std::fabs(p[0].item<float>() - x[0]) < 1e-6);
        QVERIFY(std::fabs(p[1].item<float>() - x[1]) < 1e-6);
    }

    void clippingScalesToMaxNorm() {
        at::Tensor a = at::zeros({2}).requires_grad_(true), b = at::zeros({1}).requires_grad_(true);
        AdamW opt({{QStringLiteral("a"), a, true}, {QStringLiteral("b"), b, true}}, 0.9, 0.999, 1e-8, 0);
        a.mutable_grad() = at::tensor({3.0f, 0.0f});
        b.mutable_grad() = at::tensor({4.0f});
        QCOMPARE(opt.clipGradNorm(1.0), 5.0);
        QVERIFY(std::fabs(a.grad()[0].item<float>() - 0.6f) < 1e-6);
        QVERIFY(std::fabs(b.grad()[0].item<float>() - 0.8f) < 1e-6);
    }

    void schedulesMatchTransformers() {
        DpoConfig c;
        c.learningRate = 1.0;
        c.warmupSteps = 2;
        c.scheduler = QStringLiteral("linear");
        QCOMPARE(scheduledLearningRate(c, 0, 10), 0.0);
        QCOMPARE(scheduledLearningRate(c, 1, 10), 0.5);
        QCOMPARE(scheduledLearningRate(c, 2, 10), 1.0);
        QCOMPARE(scheduledLearningRate(c, 6, 10), 0.5);
        c.scheduler = QStringLiteral("cosine");
        QVERIFY(std::fabs(scheduledLearningRate(c, 6, 10) - 0.5) < 1e-12);
        QVERIFY(std::fabs(scheduledLearningRate(c, 4, 10) - 0.5 * (1 + std::cos(M_PI * 0.25))) < 1e-12);
        c.warmupSteps = 0;
        c.warmupRatio = 0.1;
        QCOMPARE(warmupStepsFor(c, 25), int64_t(3));  // ceil(2.5), as transformers
    }

    void configRoundTripsAndRejectsUnknownKeys() {
        DpoConfig c;
        c.loss = DpoLoss::Ipo;
        c.beta = 0.25;
        c.loraTargets = {QStringLiteral("w1")};
        auto back = DpoConfig::fromJson(c.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), c.toJson());
        QJsonObject bad = c.toJson();
        bad.insert(QStringLiteral("betta"), 0.1);
        auto r = DpoConfig::fromJson(bad);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("betta")));
    }

    void firstStepLossIsLn2AndTrainingLearnsThePreference() {
        QTemporaryDir dir;
        auto base = tinyModel(11);
        DpoConfig c;
        c.lora = false;
        c.bf16 = false;
        c.learningRate = 3e-3;
        c.warmupSteps = 2;
        c.batchSize = 4;
        c.gradAccum = 1;
        c.maxSteps = 30;
        c.evalEvery = 0;
        c.saveEvery = 0;
        c.evalFraction = 0.25;
        c.beta = 0.1;
        DpoTrainer trainer(base, c, QString(), dir.filePath(QStringLiteral("run")));
        std::vector<MetricRow> rows;
        TrainCallbacks cb;
        cb.metrics = [&](const MetricRow& r) { rows.push_back(r); };
        auto r = trainer.train(politeData(64, 1), cb);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->trainPairs, int64_t(48));
        QCOMPARE(r->evalPairs, int64_t(16));
        QVERIFY(rows.size() >= 2);
        // Before any update the policy is the reference: every logit is 0, loss ln 2.
        QVERIFY2(std::fabs(rows.front().values.at(QStringLiteral("loss")) - std::log(2.0)) < 1e-5,
                 qPrintable(QString::number(rows.front().values.at(QStringLiteral("loss")), 'g', 10)));
        QVERIFY(std::fabs(rows.front().values.at(QStringLiteral("rewards/margins"))) < 1e-5);
        const MetricRow& ev = rows.back();
        QCOMPARE(ev.split, QStringLiteral("eval"));
        QVERIFY2(ev.values.at(QStringLiteral("rewards/accuracies")) >= 0.9,
                 qPrintable(QString::number(ev.values.at(QStringLiteral("rewards/accuracies")))));
        QVERIFY(ev.values.at(QStringLiteral("rewards/margins")) > 0);
        QVERIFY(ev.values.at(QStringLiteral("loss")) < std::log(2.0));
        for (const char* key : {"loss", "rewards/chosen", "rewards/rejected", "rewards/accuracies", "rewards/margins", "logps/chosen",
                                "logps/rejected", "logits/chosen", "logits/rejected"})
            QVERIFY2(ev.values.count(QLatin1String(key)), key);
        QVERIFY(rows.front().values.count(QStringLiteral("grad_norm")) && rows.front().values.count(QStringLiteral("learning_rate")));
        // The exported folder loads with the base keys and shapes and holds the trained weights.
        auto exported = model::Lfm2Model::load(r->modelDir, {at::kFloat});
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().toString()));
        QCOMPARE(model::expectedTensors(exported.value()->config()).size(), model::expectedTensors(base->config()).size());
    }

    void resumeAfterCancelEqualsUninterruptedRun() {
        QTemporaryDir dir;
        DpoConfig c;
        c.lora = true;
        c.loraR = 4;
        c.loraAlpha = 8;
        c.loraDropout = 0.1;  // exercises the per-step dropout seeding
        c.bf16 = false;
        c.learningRate = 1e-2;
        c.batchSize = 2;
        c.gradAccum = 2;
        c.maxSteps = 6;
        c.evalEvery = 0;
        c.saveEvery = 0;
        c.evalFraction = 0;
        const std::vector<DpoExample> data = politeData(12, 2);
        auto straight = DpoTrainer(tinyModel(12), c, QString(), dir.filePath(QStringLiteral("a"))).train(data);
        QVERIFY(straight.ok());

        std::atomic<bool> cancel{false};
        TrainCallbacks cb;
        cb.cancel = &cancel;
        cb.progress = [&](const TrainProgress& p) {
            if (p.phase == QLatin1String("train") && p.done == 3) cancel = true;
        };
        auto first = DpoTrainer(tinyModel(12), c, QString(), dir.filePath(QStringLiteral("b"))).train(data, cb);
        QVERIFY(first.ok());
        QVERIFY(first->cancelled);
        QCOMPARE(first->steps, int64_t(3));
        auto second = DpoTrainer(tinyModel(12), c, QString(), dir.filePath(QStringLiteral("b"))).train(data);
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
        QCOMPARE(second->resumedFrom, int64_t(3));
        QCOMPARE(second->steps, int64_t(6));
        // Same adapters, bit for bit.
        auto a = io::Checkpoint::openFile(straight->adapterDir + QStringLiteral("/adapter_model.safetensors"));
        auto b = io::Checkpoint::openFile(second->adapterDir + QStringLiteral("/adapter_model.safetensors"));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->names(), b->names());
        QVERIFY(a->names().contains(QStringLiteral("base_model.model.model.layers.1.self_attn.q_proj.lora_A.weight")));
        for (const QString& n : a->names())
            QVERIFY2(std::memcmp(a->find(n)->data(), b->find(n)->data(), a->find(n)->info->byteSize()) == 0, qPrintable(n));
        // The train metrics of the resumed run continue the interrupted one's history.
        QCOMPARE(second->history.size(), straight->history.size());
    }
};

QTEST_GUILESS_MAIN(TestDpo)
#include "tst_dpo.moc"
