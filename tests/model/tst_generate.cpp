// tst_generate — sampling processors against hand-derived values, and cached
// generation against full-sequence recomputation (no cache) of the same model.
#include "model/generate.h"
#include "model/lfm2.h"
#include "model/sampler.h"
#include "model/weights.h"

#include <ATen/core/grad_mode.h>
#include <ATen/Parallel.h>
#include <QtTest>
#include <cmath>

using namespace ps::model;

Q_DECLARE_METATYPE(std::vector<bool>)

class TestGenerate : public QObject {
    Q_OBJECT

    std::shared_ptr<Lfm2Model> model_;

    // logits (1, V) from probabilities.
    static at::Tensor logitsOf(std::vector<double> probs) {
        return at::log(at::tensor(probs, at::kDouble)).to(at::kFloat).unsqueeze(0);
    }
    static std::vector<bool> kept(const at::Tensor& logits) {
        std::vector<bool> k;
        for (int64_t i = 0; i < logits.size(1); ++i) k.push_back(std::isfinite(logits[0][i].item<float>()));
        return k;
    }
    // Argmax of the full (uncached) forward over prompt + generated tokens, at each generated position.
    std::vector<int64_t> greedyByRecompute(const std::vector<int64_t>& prompt, int64_t steps) {
        at::NoGradGuard g;
        std::vector<int64_t> seq = prompt;
        std::vector<int64_t> out;
        for (int64_t i = 0; i < steps; ++i) {
            const at::Tensor logits = model_->forward(at::tensor(seq, at::kLong).unsqueeze(0));
            const int64_t next = logits[0][static_cast<int64_t>(seq.size()) - 1].argmax().item<int64_t>();
            out.push_back(next);
            seq.push_back(next);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        at::set_num_threads(2);
        auto config = presetConfig(QStringLiteral("tiny"));
        QVERIFY(config.ok());
        // Larger weights than the default init make the logits peaked enough
        // that greedy ties between float paths cannot happen.
        Lfm2Weights w = randomWeights(config.value(), at::kFloat, 7);
        w.forEach([](const QString& name, at::Tensor& t) {
            if (!name.endsWith(QLatin1String("norm.weight"))) t = t * 20.0;
        });
        model_ = std::make_shared<Lfm2Model>(config.value(), std::move(w), at::kFloat);
    }

    void repetitionPenaltyMatchesDefinition() {
        // transformers: seen tokens with score < 0 are multiplied by the penalty, others divided.
        at::Tensor logits = at::tensor({2.0f, -1.0f, 0.5f, 3.0f}).unsqueeze(0);
        const at::Tensor history = at::tensor({0L, 1L, 1L, 3L}).unsqueeze(0);
        const at::Tensor mask = at::tensor({1, 1, 1, 0}, at::kInt).to(at::kBool).unsqueeze(0);  // token 3 is padding
        SamplingParams p;
        p.repetitionPenalty = 2.0;
        processLogits(logits, p, history, mask);
        QCOMPARE(logits[0][0].item<float>(), 1.0f);
        QCOMPARE(logits[0][1].item<float>(), -2.0f);
        QCOMPARE(logits[0][2].item<float>(), 0.5f);
        QCOMPARE(logits[0][3].item<float>(), 3.0f);
    }

    void temperatureDividesLogits() {
        at::Tensor logits = at::tensor({2.0f, -1.0f, 0.5f}).unsqueeze(0);
        SamplingParams p;
        p.doSample = true;
        p.temperature = 0.5;
        processLogits(logits, p, {}, {});
        QCOMPARE(logits[0][0].item<float>(), 4.0f);
        QCOMPARE(logits[0][1].item<float>(), -2.0f);
    }

    void topKKeepsKLargest() {
        at::Tensor logits = at::tensor({0.1f, 3.0f, -2.0f, 2.5f, 1.0f}).unsqueeze(0);
        SamplingParams p;
        p.doSample = true;
        p.topK = 2;
        processLogits(logits, p, {}, {});
        QCOMPARE(kept(logits), (std::vector<bool>{false, true, false, true, false}));
    }

    void topPKeepsSmallestNucleus_data() {
        QTest::addColumn<double>("topP");
        QTest::addColumn<std::vector<bool>>("expected");
        // probs 0.5, 0.3, 0.15, 0.05: ascending cumulative 0.05, 0.20, 0.50, 1.00;
        // tokens whose cumulative <= 1 - top_p are removed.
        QTest::newRow("0.8") << 0.8 << std::vector<bool>{true, true, false, false};
        QTest::newRow("0.85") << 0.85 << std::vector<bool>{true, true, true, false};
        QTest::newRow("0.4") << 0.4 << std::vector<bool>{true, false, false, false};
        QTest::newRow("0.99") << 0.99 << std::vector<bool>{true, true, true, true};
    }
    void topPKeepsSmallestNucleus() {
        QFETCH(double, topP);
        QFETCH(std::vector<bool>, expected);
        at::Tensor logits = logitsOf({0.5, 0.3, 0.15, 0.05});
        SamplingParams p;
        p.doSample = true;
        p.topP = topP;
        processLogits(logits, p, {}, {});
        QCOMPARE(kept(logits), expected);
    }

    void minPScalesByTopProbability() {
        // threshold = 0.2 * 0.5 = 0.1: only the 0.05 token goes.
        at::Tensor logits = logitsOf({0.5, 0.3, 0.15, 0.05});
        SamplingParams p;
        p.doSample = true;
        p.minP = 0.2;
        processLogits(logits, p, {}, {});
        QCOMPARE(kept(logits), (std::vector<bool>{true, true, true, false}));
    }

    void samplingFollowsTheDistribution() {
        // 20000 draws from probs (0.5, 0.3, 0.15, 0.05): each frequency within 5 standard errors.
        const std::vector<double> probs{0.5, 0.3, 0.15, 0.05};
        SamplingParams p;
        p.doSample = true;
        p.seed = 11;
        const int64_t N = 20000;
        Sampler sampler(p, std::vector<uint64_t>(1, 0));
        std::vector<int64_t> counts(4, 0);
        const at::Tensor logits = logitsOf(probs);
        for (int64_t i = 0; i < N; ++i) ++counts[static_cast<size_t>(sampler.sample(logits, {0}, {}, {})[0].item<int64_t>())];
        for (size_t i = 0; i < probs.size(); ++i) {
            const double f = double(counts[i]) / N, se = std::sqrt(probs[i] * (1 - probs[i]) / N);
            QVERIFY2(std::fabs(f - probs[i]) < 5 * se, qPrintable(QStringLiteral("token %1: %2 vs %3").arg(i).arg(f).arg(probs[i])));
        }
    }

    void greedyEqualsFullRecompute() {
        const std::vector<int64_t> prompt{1, 17, 42, 99, 5};
        GenerationConfig g;
        g.maxNewTokens = 12;
        auto r = generate(*model_, {prompt}, g);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->sequences.size(), size_t(1));
        QCOMPARE(r->sequences[0].tokens, greedyByRecompute(prompt, 12));
        QCOMPARE(r->sequences[0].finish, FinishReason::Length);
        QCOMPARE(r->stats.generatedTokens, int64_t(12));
        QCOMPARE(r->stats.promptTokens, int64_t(5));
    }

    void batchedLeftPaddedEqualsAlone() {
        const std::vector<std::vector<int64_t>> prompts{{1, 2, 3, 4, 5, 6, 7}, {1, 200}, {1, 30, 31, 32}};
        GenerationConfig g;
        g.maxNewTokens = 8;
        auto batched = generate(*model_, prompts, g);
        QVERIFY(batched.ok());
        for (size_t i = 0; i < prompts.size(); ++i) {
            auto alone = generate(*model_, {prompts[i]}, g);
            QVERIFY(alone.ok());
            QCOMPARE(batched->sequences[i].tokens, alone->sequences[0].tokens);
            QCOMPARE(batched->sequences[i].tokens, greedyByRecompute(prompts[i], 8));
        }
    }

    void seededSamplingIsReproducibleAndBatchIndependent() {
        GenerationConfig g;
        g.maxNewTokens = 10;
        g.sampling.doSample = true;
        g.sampling.temperature = 1.5;
        g.sampling.seed = 1234;
        g.numReturnSequences = 3;
        const std::vector<int64_t> a{1, 9, 8, 7}, b{1, 50};
        auto first = generate(*model_, {a, b}, g);
        auto again = generate(*model_, {a, b}, g);
        auto aloneB = generate(*model_, {b}, g);
        QVERIFY(first.ok() && again.ok() && aloneB.ok());
        QCOMPARE(first->sequences.size(), size_t(6));
        for (size_t i = 0; i < 6; ++i) QCOMPARE(first->sequences[i].tokens, again->sequences[i].tokens);
        // Prompt b's candidates do not depend on prompt a sharing the batch.
        for (size_t c = 0; c < 3; ++c) {
            QCOMPARE(first->sequences[3 + c].promptIndex, int64_t(1));
            QCOMPARE(first->sequences[3 + c].candidate, int64_t(c));
            QCOMPARE(first->sequences[3 + c].tokens, aloneB->sequences[c].tokens);
        }
        // Candidates of one prompt differ from each other, and another seed changes them.
        QVERIFY(first->sequences[0].tokens != first->sequences[1].tokens);
        g.sampling.seed = 4321;
        auto other = generate(*model_, {a, b}, g);
        QVERIFY(other.ok());
        QVERIFY(other->sequences[0].tokens != first->sequences[0].tokens);
    }

    void stopsAtEosAndKeepsIt() {
        const std::vector<int64_t> prompt{1, 17, 42};
        const std::vector<int64_t> greedy = greedyByRecompute(prompt, 4);
        GenerationConfig g;
        g.maxNewTokens = 10;
        g.eosIds = {greedy[2]};
        auto r = generate(*model_, {prompt, {1, 5}}, g);
        QVERIFY(r.ok());
        const auto& s = r->sequences[0];
        QCOMPARE(s.finish, FinishReason::Eos);
        // Generation stops at the first occurrence of the EOS id.
        const auto firstEos = std::find(greedy.begin(), greedy.end(), greedy[2]) - greedy.begin();
        QCOMPARE(s.tokens, std::vector<int64_t>(greedy.begin(), greedy.begin() + firstEos + 1));
        // The other sequence continues unaffected by the first one leaving the batch.
        const auto& o = r->sequences[1];
        if (o.finish == FinishReason::Length) QCOMPARE(o.tokens, greedyByRecompute({1, 5}, 10));
    }

    void streamsTokensInOrderAndCancels() {
        GenerationConfig g;
        g.maxNewTokens = 50;
        std::atomic<bool> cancel{false};
        std::vector<int64_t> streamed;
        auto r = generate(
            *model_, {{1, 2, 3}}, g,
            [&](int64_t seq, int64_t tok) {
                QCOMPARE(seq, int64_t(0));
                streamed.push_back(tok);
                if (streamed.size() == 4) cancel = true;
            },
            &cancel);
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        QCOMPARE(r->sequences[0].finish, FinishReason::Cancelled);
        QCOMPARE(r->sequences[0].tokens, streamed);
        QCOMPARE(streamed.size(), size_t(4));
    }

    void stopWhenEndsASequence() {
        GenerationConfig g;
        g.maxNewTokens = 20;
        g.stopWhen = [](int64_t, const std::vector<int64_t>& toks) { return toks.size() >= 3; };
        auto r = generate(*model_, {{1, 2, 3}}, g);
        QVERIFY(r.ok());
        QCOMPARE(r->sequences[0].finish, FinishReason::Stop);
        QCOMPARE(r->sequences[0].tokens.size(), size_t(3));
    }

    void rejectsBadRequests() {
        GenerationConfig g;
        QVERIFY(!generate(*model_, {}, g).ok());
        QVERIFY(!generate(*model_, {{}}, g).ok());
        auto r = generate(*model_, {{1, 256}}, g);  // vocab is 256
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("256")));
        g.sampling.doSample = true;
        g.sampling.temperature = 0;
        QVERIFY(!generate(*model_, {{1}}, g).ok());
    }
};

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
