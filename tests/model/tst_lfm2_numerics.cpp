// tst_lfm2_numerics.cpp — LFM2 numerics against independently derived values:
// closed forms for the building blocks, a naive double-precision reference
// (reference_lfm2.h) for whole-model logits, finite differences for
// gradients, cached == uncached and padded == unpadded equalities.
#include "model/reference_lfm2.h"

#include "model/config.h"
#include "model/create_model.h"
#include "model/layers.h"
#include "model/lfm2.h"
#include "model/weights.h"

#include <ATen/core/grad_mode.h>
#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace ps;
using namespace ps::model;

namespace {

Lfm2Config mustConfig(const Result<Lfm2Config>& r) {
    if (!r) qFatal("config: %s", qPrintable(r.error().toString()));
    return r.value();
}

QJsonObject tinyJson() { return mustConfig(presetConfig(QStringLiteral("tiny"))).raw; }

// Named tiny-model variants, each a config.json object as a user could write it.
Lfm2Config variant(const QString& name) {
    QJsonObject o = tinyJson();
    if (name == QLatin1String("tiny")) {
    } else if (name == QLatin1String("full_attn_idxs")) {
        // The older spelling of every key that has one.
        for (const char* k : {"layer_types", "hidden_size", "intermediate_size", "rope_theta", "tie_embedding"})
            o.remove(QLatin1String(k));
        o.insert(QStringLiteral("full_attn_idxs"), QJsonArray{0, 2});
        o.insert(QStringLiteral("block_dim"), 64);
        o.insert(QStringLiteral("block_ff_dim"), 192);
        o.insert(QStringLiteral("theta"), 10000.0);
        o.insert(QStringLiteral("tie_word_embeddings"), true);
    } else if (name == QLatin1String("mha")) {
        o.insert(QStringLiteral("num_key_value_heads"), 4);
    } else if (name == QLatin1String("conv_L4")) {
        o.insert(QStringLiteral("conv_L_cache"), 4);
    } else if (name == QLatin1String("untied")) {
        o.insert(QStringLiteral("tie_embedding"), false);
    } else if (name == QLatin1String("odd")) {
        // hidden 48 = 6 heads x 8, 3 kv heads, vocab not a power of two, three attention layers.
        o.insert(QStringLiteral("vocab_size"), 100);
        o.insert(QStringLiteral("hidden_size"), 48);
        o.insert(QStringLiteral("intermediate_size"), 200);
        o.insert(QStringLiteral("block_multiple_of"), 16);
        o.insert(QStringLiteral("num_attention_heads"), 6);
        o.insert(QStringLiteral("num_key_value_heads"), 3);
        o.insert(QStringLiteral("num_hidden_layers"), 5);
        o.insert(QStringLiteral("layer_types"),
                 QJsonArray{QStringLiteral("full_attention"), QStringLiteral("conv"), QStringLiteral("full_attention"),
                            QStringLiteral("conv"), QStringLiteral("full_attention")});
    } else {
        qFatal("unknown variant %s", qPrintable(name));
    }
    return mustConfig(Lfm2Config::fromJson(o));
}

// Weights whose every block contributes at order one: randomWeights' 0.02
// init leaves conv and feed-forward outputs at a few percent of the residual,
// which would let small mistakes hide under the tolerance. Projections are
// rescaled to std 1/sqrt(fan_in), embeddings (and lm_head) to std 1/sqrt(H),
// so logits are of order one (~N(0, 1)); norms (1 +- 0.1) and conv kernels as drawn.
Lfm2Weights strongWeights(const Lfm2Config& c, at::ScalarType dtype, uint64_t seed) {
    at::NoGradGuard noGrad;
    Lfm2Weights w = randomWeights(c, at::kFloat, seed);
    w.forEach([&](const QString& name, at::Tensor& t) {
        if (name == QLatin1String("model.embed_tokens.weight") || name == QLatin1String("lm_head.weight"))
            t = t * (1.0 / (0.02 * std::sqrt(static_cast<double>(c.hiddenSize))));
        else if (t.dim() == 2)
            t = t * (1.0 / (0.02 * std::sqrt(static_cast<double>(t.size(1)))));
        t = t.to(dtype).contiguous();
    });
    return w;
}

test::WeightMap weightMap(Lfm2Weights& w) {
    test::WeightMap m;
    w.forEach([&](const QString& name, at::Tensor& t) { m[name] = t; });
    return m;
}

std::vector<int64_t> randomIds(int64_t n, int64_t vocab, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int64_t> d(0, vocab - 1);
    std::vector<int64_t> ids(static_cast<size_t>(n));
    for (auto& i : ids) i = d(rng);
    return ids;
}

at::Tensor idsTensor(const std::vector<int64_t>& ids) { return at::tensor(ids, at::kLong).unsqueeze(0); }

// (T) ids -> (T, V) logits of the model, no cache, no mask.
at::Tensor modelLogits(const Lfm2Model& m, const std::vector<int64_t>& ids) {
    at::NoGradGuard noGrad;
    return m.forward(idsTensor(ids)).squeeze(0);
}

double maxAbsDiff(const at::Tensor& a, const at::Tensor& b) {
    return (a.to(at::kDouble) - b.to(at::kDouble)).abs().max().item<double>();
}
double maxAbs(const at::Tensor& a) { return a.to(at::kDouble).abs().max().item<double>(); }

// x (n) double -> tensor shaped `shape`.
at::Tensor fromVector(const std::vector<double>& v, at::IntArrayRef shape, at::ScalarType dtype) {
    return at::tensor(v, at::kDouble).view(shape).to(dtype);
}

}  // namespace

class TestLfm2Numerics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { at::set_num_threads(2); }

    // ---- building blocks against closed forms ----

    void rmsNormClosedForm() {
        // x = (3, 4): mean(x^2) = 12.5, so y = w * x / sqrt(12.5 + eps).
        const at::Tensor x = at::tensor({3.0, 4.0}, at::kFloat);
        const at::Tensor w = at::tensor({1.0, 2.0}, at::kFloat);
        const at::Tensor y = rmsNorm(x, w, 0.0);
        QCOMPARE(y.scalar_type(), at::kFloat);
        const double r = 1.0 / std::sqrt(12.5);  // 0.282842712...
        // fp32: within two units in the last place (2^-22 relative).
        QVERIFY(std::fabs(y[0].item<double>() - 3.0 * r) < 2.5e-7 * 3.0 * r);
        QVERIFY(std::fabs(y[1].item<double>() - 8.0 * r) < 2.5e-7 * 8.0 * r);
        QVERIFY(std::fabs(y[1].item<double>() - 2.2627417) < 1e-6);
        // eps enters under the root: x = (1, 1, 1, 1), eps = 3 -> x / 2.
        const at::Tensor y2 = rmsNorm(at::ones({4}, at::kFloat), at::ones({4}, at::kFloat), 3.0);
        QVERIFY(maxAbsDiff(y2, at::full({4}, 0.5)) < 1e-7);
        // Constant rows normalise to the weight; each row of a batch on its own.
        const at::Tensor rows = at::tensor({2.0, 2.0, 2.0, -5.0, -5.0, -5.0}, at::kFloat).view({2, 3});
        const at::Tensor w3 = at::tensor({0.5, 1.0, 1.5}, at::kFloat);
        const at::Tensor y3 = rmsNorm(rows, w3, 0.0);
        QVERIFY(maxAbsDiff(y3[0], w3) < 1e-7);
        QVERIFY(maxAbsDiff(y3[1], -w3) < 1e-7);
        // The reference's own RMSNorm agrees with the closed form.
        const auto ref = test::referenceRmsNorm({3.0, 4.0}, {1.0, 2.0}, 1e-5);
        QVERIFY(std::fabs(ref[0] - 3.0 / std::sqrt(12.5 + 1e-5)) < 1e-15);
        QVERIFY(std::fabs(ref[1] - 8.0 / std::sqrt(12.5 + 1e-5)) < 1e-15);
        // bf16 in, bf16 out (the normalisation runs in fp32).
        const at::Tensor yb = rmsNorm(x.to(at::kBFloat16), w.to(at::kBFloat16), 0.0);
        QCOMPARE(yb.scalar_type(), at::kBFloat16);
        QVERIFY(maxAbsDiff(yb, y) < 0.01 * 2.3);
    }

    void ropeIsRotationByPositionTimesInvFreq_data() {
        QTest::addColumn<int>("headDim");
        QTest::addColumn<double>("theta");
        QTest::addColumn<int>("position");
        QTest::newRow("hd8 p0") << 8 << 1e6 << 0;
        QTest::newRow("hd8 p1") << 8 << 1e6 << 1;
        QTest::newRow("hd8 p17") << 8 << 1e6 << 17;
        QTest::newRow("hd16 theta1e4 p7") << 16 << 1e4 << 7;
        QTest::newRow("hd64 p500") << 64 << 1e6 << 500;
        QTest::newRow("hd64 p1000") << 64 << 1e6 << 1000;
    }
    void ropeIsRotationByPositionTimesInvFreq() {
        QFETCH(int, headDim);
        QFETCH(double, theta);
        QFETCH(int, position);
        const int half = headDim / 2;
        const auto [cos, sin] = ropeTables(at::full({1, 1}, position, at::kLong), headDim, theta, at::kFloat);
        // The angles are formed in fp32 (as transformers does): their error grows with the position.
        const double tol = 1e-6 + 4e-7 * position;
        for (int i = 0; i < headDim; ++i) {
            at::Tensor e = at::zeros({1, 1, 1, headDim}, at::kFloat);
            e[0][0][0][i] = 1.0;
            const at::Tensor y = applyRope(e, cos, sin).view({headDim}).to(at::kDouble);
            // Closed form: pair (j, j + half) rotates by angle p * theta^(-2j/d).
            const int j = i % half;
            const double angle = position * std::pow(theta, -2.0 * j / headDim);
            std::vector<double> expected(static_cast<size_t>(headDim), 0.0);
            if (i < half) {
                expected[j] = std::cos(angle);
                expected[j + half] = std::sin(angle);
            } else {
                expected[j + half] = std::cos(angle);
                expected[j] = -std::sin(angle);
            }
            const double diff = maxAbsDiff(y, at::tensor(expected, at::kDouble));
            if (diff > tol) QFAIL(qPrintable(QStringLiteral("unit vector %1: max diff %2 > %3").arg(i).arg(diff).arg(tol)));
            // The reference's RoPE gives the same closed form in double.
            std::vector<double> ev(static_cast<size_t>(headDim), 0.0);
            ev[i] = 1.0;
            const auto r = test::referenceRope(ev, position, theta);
            for (int d = 0; d < headDim; ++d) QVERIFY(std::fabs(r[d] - expected[d]) < 1e-12);
        }
    }

    void ropePreservesNormsAndDependsOnRelativePosition() {
        const int64_t hd = 16;
        auto gen = at::make_generator<at::CPUGeneratorImpl>(7);
        const at::Tensor x = at::empty({2, 3, 5, hd}, at::kFloat).normal_(0, 1, gen);
        const at::Tensor pos = at::randint(0, 2000, {2, 5}, gen, at::kLong);
        const auto [cos, sin] = ropeTables(pos, hd, 1e6, at::kFloat);
        const at::Tensor y = applyRope(x, cos, sin);
        const at::Tensor nx = x.to(at::kDouble).norm(2, -1), ny = y.to(at::kDouble).norm(2, -1);
        QVERIFY(((nx - ny).abs() / nx).max().item<double>() < 2e-6);

        // <R(m) q, R(n) k> = <q, R(n - m) k>: only the offset matters.
        const at::Tensor q = at::empty({1, 1, 1, hd}, at::kFloat).normal_(0, 1, gen);
        const at::Tensor k = at::empty({1, 1, 1, hd}, at::kFloat).normal_(0, 1, gen);
        auto rope = [&](const at::Tensor& v, int64_t p) {
            const auto [c, s] = ropeTables(at::full({1, 1}, p, at::kLong), hd, 1e6, at::kFloat);
            return applyRope(v, c, s).to(at::kDouble);
        };
        const double scale = q.norm().item<double>() * k.norm().item<double>();
        for (auto [m, n] : std::vector<std::pair<int64_t, int64_t>>{{3, 10}, {0, 7}, {20, 27}, {41, 48}}) {
            const double lhs = (rope(q, m) * rope(k, n)).sum().item<double>();
            const double rhs = (q.to(at::kDouble) * rope(k, n - m)).sum().item<double>();
            QVERIFY2(std::fabs(lhs - rhs) < 1e-5 * scale, qPrintable(QStringLiteral("m=%1 n=%2: %3 vs %4").arg(m).arg(n).arg(lhs).arg(rhs)));
        }
    }

    void causalDepthwiseConvMatchesLoops_data() {
        QTest::addColumn<int>("L");
        QTest::addColumn<int>("T");
        QTest::newRow("L1") << 1 << 5;
        QTest::newRow("L3") << 3 << 6;
        QTest::newRow("L4 T1") << 4 << 1;
        QTest::newRow("L4") << 4 << 9;
    }
    void causalDepthwiseConvMatchesLoops() {
        QFETCH(int, L);
        QFETCH(int, T);
        const int64_t B = 2, H = 5;
        auto gen = at::make_generator<at::CPUGeneratorImpl>(11);
        const at::Tensor seq = at::empty({B, T + L - 1, H}, at::kDouble).normal_(0, 1, gen);
        const at::Tensor w = at::empty({H, 1, L}, at::kDouble).uniform_(-1, 1, gen);
        const at::Tensor out = causalDepthwiseConv(seq, w);
        QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{B, T, H}));
        auto s = seq.accessor<double, 3>();
        auto wa = w.accessor<double, 3>();
        auto o = out.accessor<double, 3>();
        for (int64_t b = 0; b < B; ++b)
            for (int64_t t = 0; t < T; ++t)
                for (int64_t h = 0; h < H; ++h) {
                    double acc = 0;
                    for (int64_t k = 0; k < L; ++k) acc += wa[h][0][k] * s[b][t + k][h];
                    QVERIFY(std::fabs(acc - o[b][t][h]) < 1e-13);
                }
        // transformers' form: Conv1d(H, H, L, groups=H, padding=L-1) on the new inputs, first T outputs
        // (the L-1 history rows of `seq` set to zero).
        at::Tensor fresh = seq.clone();
        fresh.narrow(1, 0, L - 1).zero_();
        const at::Tensor viaConv1d = at::conv1d(fresh.narrow(1, L - 1, T).transpose(1, 2), w, {}, 1, L - 1, 1, H).narrow(2, 0, T).transpose(1, 2);
        QVERIFY(maxAbsDiff(causalDepthwiseConv(fresh, w), viaConv1d) < 1e-13);
    }

    void attentionWithOneKeyReturnsItsValue() {
        // softmax over a single key is 1, so every query head returns the value of its kv head.
        auto gen = at::make_generator<at::CPUGeneratorImpl>(3);
        const int64_t nh = 4, nkv = 2, hd = 8;
        const at::Tensor q = at::empty({1, nh, 1, hd}, at::kFloat).normal_(0, 3, gen);
        const at::Tensor k = at::empty({1, nkv, 1, hd}, at::kFloat).normal_(0, 3, gen);
        const at::Tensor v = at::empty({1, nkv, 1, hd}, at::kFloat).normal_(0, 1, gen);
        const at::Tensor out = groupedAttention(q, k, v, {});
        QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{1, 1, nh * hd}));
        for (int64_t h = 0; h < nh; ++h) {
            const int64_t kvHead = h / (nh / nkv);  // heads 0,1 -> kv 0; 2,3 -> kv 1
            QVERIFY(maxAbsDiff(out[0][0].narrow(0, h * hd, hd), v[0][kvHead][0]) < 1e-7);
        }
    }

    void attentionWithTwoKnownScores() {
        // hd = 4 (scale 1/2), 2 query heads sharing 1 kv head.
        // head 0: q = (2,0,0,0) -> scores (1, 0); head 1: q = (0,0,4,0) -> scores (0, 2).
        const at::Tensor q = at::tensor({2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0}, at::kFloat).view({1, 2, 1, 4});
        const at::Tensor k = at::tensor({1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0}, at::kFloat).view({1, 1, 2, 4});
        const at::Tensor v = at::tensor({1.0, 2.0, 3.0, 4.0, -1.0, 0.0, 5.0, 2.0}, at::kFloat).view({1, 1, 2, 4});
        const double e = std::exp(1.0), e2 = std::exp(2.0);
        const double p0[2] = {e / (1 + e), 1 / (1 + e)}, p1[2] = {1 / (1 + e2), e2 / (1 + e2)};
        const double v0[4] = {1, 2, 3, 4}, v1[4] = {-1, 0, 5, 2};
        std::vector<double> expected;
        for (int d = 0; d < 4; ++d) expected.push_back(p0[0] * v0[d] + p0[1] * v1[d]);
        for (int d = 0; d < 4; ++d) expected.push_back(p1[0] * v0[d] + p1[1] * v1[d]);
        const at::Tensor out = groupedAttention(q, k, v, {});
        QVERIFY(maxAbsDiff(out.view({8}), at::tensor(expected, at::kDouble)) < 1e-6);

        // Two queries with a causal bias: query 0 sees key 0 only (output v0), query 1 as above.
        const at::Tensor q2 = at::cat({q, q}, 2);  // (1,2,2,4)
        at::Tensor bias = at::zeros({1, 1, 2, 2}, at::kFloat);
        bias[0][0][0][1] = -std::numeric_limits<float>::infinity();
        const at::Tensor out2 = groupedAttention(q2, k, v, bias);  // (1,2,8)
        const at::Tensor v0t = at::tensor({1.0, 2.0, 3.0, 4.0}, at::kDouble);
        QVERIFY(maxAbsDiff(out2[0][0].narrow(0, 0, 4), v0t) < 1e-7);
        QVERIFY(maxAbsDiff(out2[0][0].narrow(0, 4, 4), v0t) < 1e-7);
        QVERIFY(maxAbsDiff(out2[0][1], at::tensor(expected, at::kDouble)) < 1e-6);
    }

    // ---- whole model against the double reference ----

    void logitsMatchReference_data() {
        QTest::addColumn<QString>("name");
        for (const char* n : {"tiny", "full_attn_idxs", "mha", "conv_L4", "untied", "odd"}) QTest::newRow(n) << QString::fromLatin1(n);
    }
    void logitsMatchReference() {
        QFETCH(QString, name);
        const Lfm2Config c = variant(name);
        if (name == QLatin1String("full_attn_idxs")) {
            QCOMPARE(c.ropeTheta, 10000.0);
            QCOMPARE(c.hiddenSize, int64_t(64));
            QVERIFY(c.isAttention(0) && !c.isAttention(1) && c.isAttention(2) && !c.isAttention(3));
        }
        if (name == QLatin1String("untied")) QVERIFY(!c.tieEmbedding);
        Lfm2Weights w = strongWeights(c, at::kFloat, 42);
        QCOMPARE(w.lm_head.defined(), !c.tieEmbedding);
        const test::WeightMap map = weightMap(w);
        const std::vector<int64_t> ids = randomIds(13, c.vocabSize, 5);
        Lfm2Model m(c, w, at::kFloat);
        const at::Tensor got = modelLogits(m, ids);
        const at::Tensor ref = test::referenceLogits(map, c, ids);
        QCOMPARE(got.sizes().vec(), (std::vector<int64_t>{13, c.vocabSize}));
        const double diff = maxAbsDiff(got, ref);
        qInfo("%s: max|logit| %.3f, max|fp32 - reference| %.3g", qPrintable(name), maxAbs(ref), diff);
        QVERIFY2(diff <= 1e-4, qPrintable(QStringLiteral("max diff %1").arg(diff)));

        // Save + load gives the same logits, bit for bit.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Status s = m.save(dir.path());
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
        auto loaded = Lfm2Model::load(dir.path());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded.value()->dtype(), at::kFloat);
        QCOMPARE(loaded.value()->config().layerKinds, c.layerKinds);
        QCOMPARE(loaded.value()->config().ropeTheta, c.ropeTheta);
        QCOMPARE(loaded.value()->config().tieEmbedding, c.tieEmbedding);
        QVERIFY(at::equal(modelLogits(*loaded.value(), ids), got));
    }

    void logits350mShapeMatchReference() {
        const Lfm2Config c = mustConfig(presetConfig(QStringLiteral("350m")));
        QCOMPARE(c.ffDim(), int64_t(4608));
        QElapsedTimer timer;
        timer.start();
        Lfm2Weights w = randomWeights(c, at::kFloat, 350);
        const qint64 initMs = timer.restart();
        const std::vector<int64_t> ids = randomIds(10, c.vocabSize, 350);
        Lfm2Model m(c, w, at::kFloat);
        const at::Tensor got = modelLogits(m, ids);
        const qint64 modelMs = timer.restart();
        const at::Tensor ref = test::referenceLogits(weightMap(w), c, ids);
        const qint64 refMs = timer.restart();
        const double diff = maxAbsDiff(got, ref);
        qInfo("350m: init %lld ms, fp32 forward %lld ms, reference %lld ms; max|logit| %.3f, max|diff| %.3g", initMs, modelMs, refMs,
              maxAbs(ref), diff);
        QVERIFY2(diff <= 1e-4, qPrintable(QStringLiteral("max diff %1").arg(diff)));
        QCOMPARE(got.argmax(-1).to(at::kLong).equal(ref.argmax(-1)), true);
    }

    // ---- cache and padding equalities (fp32) ----

    void cachedDecodingMatchesFullSequence_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<int>>("chunks");
        QTest::newRow("tiny one by one") << QStringLiteral("tiny") << QList<int>(12, 1);
        QTest::newRow("tiny prefill 5 then singles") << QStringLiteral("tiny") << QList<int>{5, 1, 1, 1, 1, 1, 1, 1};
        QTest::newRow("tiny chunks 3+4+5") << QStringLiteral("tiny") << QList<int>{3, 4, 5};
        QTest::newRow("conv_L4 one by one") << QStringLiteral("conv_L4") << QList<int>(12, 1);
        QTest::newRow("conv_L4 2+1+...+7") << QStringLiteral("conv_L4") << QList<int>{2, 1, 1, 1, 7};
        QTest::newRow("odd prefill 6 then singles") << QStringLiteral("odd") << QList<int>{6, 1, 1, 1, 1, 1, 1};
    }
    void cachedDecodingMatchesFullSequence() {
        QFETCH(QString, name);
        QFETCH(QList<int>, chunks);
        const Lfm2Config c = variant(name);
        Lfm2Model m(c, strongWeights(c, at::kFloat, 9), at::kFloat);
        const std::vector<int64_t> ids = randomIds(12, c.vocabSize, 13);
        const at::Tensor full = modelLogits(m, ids);
        at::NoGradGuard noGrad;
        Lfm2Cache cache = m.makeCache(1, 2);  // small: the buffers must grow
        int64_t pos = 0;
        double worst = 0;
        for (int n : chunks) {
            const std::vector<int64_t> part(ids.begin() + pos, ids.begin() + pos + n);
            const at::Tensor step = m.forward(idsTensor(part), {}, &cache).squeeze(0);
            worst = std::max(worst, maxAbsDiff(step, full.narrow(0, pos, n)));
            pos += n;
            QCOMPARE(cache.length, pos);
        }
        QCOMPARE(pos, int64_t(12));
        qInfo("%s: max|cached - full| %.3g (max|logit| %.2f)", qPrintable(name), worst, maxAbs(full));
        QVERIFY2(worst <= 1e-5, qPrintable(QStringLiteral("max diff %1").arg(worst)));
    }

    void paddingInvariance_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("left");
        QTest::newRow("tiny left") << QStringLiteral("tiny") << true;
        QTest::newRow("tiny right") << QStringLiteral("tiny") << false;
        QTest::newRow("conv_L4 left") << QStringLiteral("conv_L4") << true;
        QTest::newRow("odd right") << QStringLiteral("odd") << false;
    }
    void paddingInvariance() {
        QFETCH(QString, name);
        QFETCH(bool, left);
        const Lfm2Config c = variant(name);
        Lfm2Model m(c, strongWeights(c, at::kFloat, 21), at::kFloat);
        const std::vector<int64_t> lens{11, 6, 3};
        const int64_t Tmax = 11, B = 3;
        // Padding slots hold arbitrary ids: the mask alone must hide them.
        at::Tensor ids = at::tensor(randomIds(B * Tmax, c.vocabSize, 77), at::kLong).view({B, Tmax});
        at::Tensor mask = at::zeros({B, Tmax}, at::kLong);
        std::vector<std::vector<int64_t>> seqs;
        for (int64_t b = 0; b < B; ++b) {
            const int64_t n = lens[b], off = left ? Tmax - n : 0;
            seqs.push_back(randomIds(n, c.vocabSize, 100 + b));
            ids[b].narrow(0, off, n).copy_(at::tensor(seqs[b], at::kLong));
            mask[b].narrow(0, off, n).fill_(1);
        }
        at::NoGradGuard noGrad;
        const at::Tensor batch = m.forward(ids, mask);  // (B,Tmax,V)
        double worst = 0;
        for (int64_t b = 0; b < B; ++b) {
            const int64_t n = lens[b], off = left ? Tmax - n : 0;
            worst = std::max(worst, maxAbsDiff(batch[b].narrow(0, off, n), modelLogits(m, seqs[b])));
        }
        QVERIFY(std::isfinite(batch.abs().max().item<double>()));  // padding rows stay finite too
        qInfo("%s %s padding: max diff %.3g", qPrintable(name), left ? "left" : "right", worst);
        QVERIFY2(worst <= 1e-5, qPrintable(QStringLiteral("max diff %1").arg(worst)));
    }

    void leftPaddedCachedDecoding_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("explicitStepMask");
        QTest::newRow("tiny") << QStringLiteral("tiny") << false;
        QTest::newRow("tiny step mask") << QStringLiteral("tiny") << true;
        QTest::newRow("conv_L4") << QStringLiteral("conv_L4") << false;
    }
    void leftPaddedCachedDecoding() {
        QFETCH(QString, name);
        QFETCH(bool, explicitStepMask);
        const Lfm2Config c = variant(name);
        Lfm2Model m(c, strongWeights(c, at::kFloat, 5), at::kFloat);
        const std::vector<int64_t> lens{7, 4, 2};
        const int64_t B = 3, P = 7, steps = 4;
        at::Tensor ids = at::full({B, P}, c.padTokenId, at::kLong);
        at::Tensor mask = at::zeros({B, P}, at::kLong);
        std::vector<std::vector<int64_t>> full;  // prompt + continuation per sequence
        for (int64_t b = 0; b < B; ++b) {
            full.push_back(randomIds(lens[b] + steps, c.vocabSize, 300 + b));
            ids[b].narrow(0, P - lens[b], lens[b]).copy_(at::tensor(std::vector<int64_t>(full[b].begin(), full[b].begin() + lens[b]), at::kLong));
            mask[b].narrow(0, P - lens[b], lens[b]).fill_(1);
        }
        std::vector<at::Tensor> alone;
        for (int64_t b = 0; b < B; ++b) alone.push_back(modelLogits(m, full[b]));
        at::NoGradGuard noGrad;
        Lfm2Cache cache = m.makeCache(B, 4);
        const at::Tensor prefill = m.forward(ids, mask, &cache);
        double worst = 0;
        for (int64_t b = 0; b < B; ++b)
            worst = std::max(worst, maxAbsDiff(prefill[b].narrow(0, P - lens[b], lens[b]), alone[b].narrow(0, 0, lens[b])));
        for (int64_t s = 0; s < steps; ++s) {
            at::Tensor tok = at::empty({B, 1}, at::kLong);
            for (int64_t b = 0; b < B; ++b) tok[b][0] = full[b][lens[b] + s];
            const at::Tensor out = m.forward(tok, explicitStepMask ? at::ones({B, 1}, at::kLong) : at::Tensor(), &cache);
            for (int64_t b = 0; b < B; ++b) worst = std::max(worst, maxAbsDiff(out[b][0], alone[b][lens[b] + s]));
        }
        qInfo("%s left-padded prefill + %lld decode steps: max diff %.3g", qPrintable(name), static_cast<long long>(steps), worst);
        QVERIFY2(worst <= 1e-5, qPrintable(QStringLiteral("max diff %1").arg(worst)));
    }

    // ---- gradients (fp64) against central differences ----

    void gradientsMatchFiniteDifferences() {
        const Lfm2Config c = variant(QStringLiteral("tiny"));
        Lfm2Model m(c, strongWeights(c, at::kDouble, 17), at::kDouble);
        const std::vector<int64_t> ids = randomIds(7, c.vocabSize, 19);
        auto gen = at::make_generator<at::CPUGeneratorImpl>(23);
        const at::Tensor R = at::empty({1, 7, c.vocabSize}, at::kDouble).normal_(0, 1, gen);
        auto loss = [&] { return (m.forward(idsTensor(ids)) * R).sum(); };

        const QStringList names{QStringLiteral("model.layers.0.conv.in_proj.weight"), QStringLiteral("model.layers.0.conv.conv.weight"),
                                QStringLiteral("model.layers.2.conv.out_proj.weight"), QStringLiteral("model.layers.1.self_attn.q_proj.weight"),
                                QStringLiteral("model.layers.1.self_attn.q_layernorm.weight"),
                                QStringLiteral("model.layers.3.self_attn.k_layernorm.weight"),
                                QStringLiteral("model.layers.3.self_attn.v_proj.weight"), QStringLiteral("model.layers.2.feed_forward.w1.weight"),
                                QStringLiteral("model.embed_tokens.weight"), QStringLiteral("model.embedding_norm.weight")};
        std::map<QString, at::Tensor> params;
        m.weights().forEach([&](const QString& n, at::Tensor& t) {
            if (names.contains(n)) {
                t.requires_grad_(true);
                params[n] = t;
            }
        });
        QCOMPARE(static_cast<int>(params.size()), names.size());
        const at::Tensor L = loss();
        QCOMPARE(L.scalar_type(), at::kDouble);
        L.backward();

        at::NoGradGuard noGrad;
        std::mt19937_64 rng(29);
        const double h = 1e-5;
        double worst = 0;
        for (const auto& [name, t] : params) {
            const at::Tensor grad = t.grad().view({-1});
            const at::Tensor flat = t.detach().view({-1});
            std::vector<int64_t> entries;
            for (int i = 0; i < 4; ++i) entries.push_back(std::uniform_int_distribution<int64_t>(0, flat.numel() - 1)(rng));
            if (name == QLatin1String("model.embed_tokens.weight"))  // also rows the input uses (input + tied head paths)
                for (int i = 0; i < 3; ++i) entries.push_back(ids[i] * c.hiddenSize + i * 5);
            for (int64_t e : entries) {
                const double orig = flat[e].item<double>();
                flat[e] = orig + h;
                const double up = loss().item<double>();
                flat[e] = orig - h;
                const double down = loss().item<double>();
                flat[e] = orig;
                const double fd = (up - down) / (2 * h), ad = grad[e].item<double>();
                const double rel = std::fabs(fd - ad) / std::max({std::fabs(fd), std::fabs(ad), 1e-9});
                worst = std::max(worst, rel);
                QVERIFY2(rel < 1e-6, qPrintable(QStringLiteral("%1[%2]: autograd %3, finite difference %4, rel %5").arg(name).arg(e).arg(ad, 0, 'g', 12).arg(fd, 0, 'g', 12).arg(rel)));
            }
        }
        qInfo("fp64 gradients: worst relative error %.3g over %d parameters", worst, static_cast<int>(params.size()));
    }

    // ---- bf16 ----

    void bf16AgainstReference_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("length");
        QTest::newRow("tiny T13") << QStringLiteral("tiny") << 13;
        QTest::newRow("tiny T6 (few rows: bf16 kernel if the CPU has it)") << QStringLiteral("tiny") << 6;
        QTest::newRow("untied T13") << QStringLiteral("untied") << 13;
        QTest::newRow("odd T9") << QStringLiteral("odd") << 9;
    }
    void bf16AgainstReference() {
        QFETCH(QString, name);
        QFETCH(int, length);
        const Lfm2Config c = variant(name);
        // The reference runs on the bf16-rounded weights, so only bf16 activations differ.
        Lfm2Weights w = strongWeights(c, at::kBFloat16, 31);
        Lfm2Model m(c, w, at::kBFloat16);
        const std::vector<int64_t> ids = randomIds(length, c.vocabSize, 37);
        const at::Tensor got = modelLogits(m, ids);
        QCOMPARE(got.scalar_type(), at::kBFloat16);
        const at::Tensor ref = test::referenceLogits(weightMap(w), c, ids);
        const double diff = maxAbsDiff(got, ref), scale = maxAbs(ref);
        const double agree = got.to(at::kDouble).argmax(-1).eq(ref.argmax(-1)).to(at::kDouble).mean().item<double>();
        qInfo("%s bf16: max|logit| %.3f, max|bf16 - reference| %.3g (%.2f%% of max), argmax agreement %.0f%%", qPrintable(name), scale, diff,
              100 * diff / scale, 100 * agree);
        // bf16 keeps 8 significant bits (relative rounding 2^-9 = 0.2%) at every stored activation;
        // over 4-5 layers this accumulates to 2-3% of max|logit| (measured: 0.067-0.107 at
        // max|logit| ~3.5), so 5% + 0.05 leaves a 2x margin while a real error (tens of percent) fails.
        QVERIFY2(diff < 0.05 * scale + 0.05, qPrintable(QStringLiteral("max diff %1, max logit %2").arg(diff).arg(scale)));
        QVERIFY2(agree >= 0.75, qPrintable(QStringLiteral("argmax agreement %1").arg(agree)));
    }

    void bf16CheckpointLoadsAsFp32AndBf16() {
        const Lfm2Config c = variant(QStringLiteral("tiny"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CreateModelOptions o;
        o.outDir = dir.path();
        o.seed = 4;
        o.dtype = QStringLiteral("bf16");
        const Status s = createRandomModel(c, o);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
        LoadOptions asF32, asBf16;
        asF32.dtype = at::kFloat;
        asBf16.dtype = at::kBFloat16;
        auto f32 = Lfm2Model::load(dir.path(), asF32);
        auto b16 = Lfm2Model::load(dir.path(), asBf16);
        auto native = Lfm2Model::load(dir.path());
        QVERIFY(f32.ok() && b16.ok() && native.ok());
        QCOMPARE(native.value()->dtype(), at::kBFloat16);
        test::WeightMap a = weightMap(f32.value()->weights()), b = weightMap(b16.value()->weights());
        Lfm2Weights drawn = randomWeights(c, at::kBFloat16, 4);
        test::WeightMap d = weightMap(drawn);
        QCOMPARE(a.size(), d.size());
        for (const auto& [name, t] : a) {
            QCOMPARE(t.scalar_type(), at::kFloat);
            QCOMPARE(b.at(name).scalar_type(), at::kBFloat16);
            QVERIFY2(at::equal(t, b.at(name).to(at::kFloat)), qPrintable(name));
            QVERIFY2(at::equal(t, d.at(name).to(at::kFloat)), qPrintable(name));
        }
        // The fp32 model on these (bf16-valued) weights matches the reference tightly.
        const std::vector<int64_t> ids = randomIds(9, c.vocabSize, 41);
        const at::Tensor ref = test::referenceLogits(d, c, ids);
        const double diff = maxAbsDiff(modelLogits(*f32.value(), ids), ref);
        qInfo("bf16 checkpoint loaded as fp32: max|diff| %.3g (max|logit| %.3f)", diff, maxAbs(ref));
        QVERIFY(diff <= 1e-4);
        const double diffB = maxAbsDiff(modelLogits(*b16.value(), ids), ref);
        QVERIFY2(diffB < 0.05 * maxAbs(ref) + 0.05, qPrintable(QStringLiteral("bf16 max diff %1").arg(diffB)));
    }
};

QTEST_GUILESS_MAIN(TestLfm2Numerics)
#include "tst_lfm2_numerics.moc"
