// tst_sft — supervised fine-tuning against independently derived values: the
// step-0 loss equals the mean completion-token NLL of a plain forward +
// log_softmax gather; the loss falls on a tiny model; a cancelled and resumed
// run ends with the same weights as an uninterrupted one; and the TRL SFT
// formats (prompt/completion text or chat, messages) tokenize by SPEC §5.
#include "io/safetensors.h"
#include "model/create_model.h"
#include "model/lfm2.h"
#include "model/weights.h"
#include "tokenizer/tokenizer.h"
#include "train/dpo_tokenize.h"
#include "train/sft_data.h"
#include "train/sft_trainer.h"

#include <ATen/core/grad_mode.h>
#include <ATen/Parallel.h>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cstring>
#include <numeric>
#include <random>

using namespace ps;
using namespace ps::train;

namespace {

std::shared_ptr<model::Lfm2Model> tinyModel(uint64_t seed) {
    auto cfg = model::presetConfig(QStringLiteral("tiny"));
    model::Lfm2Weights w = model::randomWeights(cfg.value(), at::kFloat, seed);
    w.forEach([](const QString& name, at::Tensor& t) {
        if (!name.endsWith(QLatin1String("norm.weight"))) t = t * 10.0;
    });
    return std::make_shared<model::Lfm2Model>(cfg.value(), std::move(w), at::kFloat);
}

// Prompts of random tokens; completions that follow a rule (the prompt's last
// token + 1, +2, ...), so they are learnable; ending with EOS 7.
std::vector<SftExample> ruleData(int n, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<SftExample> v;
    for (int i = 0; i < n; ++i) {
        SftExample e;
        e.id = i;
        e.prompt = {1};
        const int len = 2 + static_cast<int>(rng() % 5);
        for (int k = 0; k < len; ++k) e.prompt.push_back(100 + static_cast<int64_t>(rng() % 50));
        const int clen = 2 + static_cast<int>(rng() % 4);
        for (int k = 0; k < clen; ++k) e.completion.push_back(e.prompt.back() + 1 + k);
        e.completion.push_back(7);
        v.push_back(e);
    }
    return v;
}

// Sum over completion tokens of -log p, by one plain forward over prompt + completion.
double plainNll(const model::Lfm2Model& m, const SftExample& e) {
    at::NoGradGuard g;
    std::vector<int64_t> all = e.prompt;
    all.insert(all.end(), e.completion.begin(), e.completion.end());
    const at::Tensor logits = m.forward(at::tensor(all, at::kLong).unsqueeze(0)).squeeze(0).to(at::kDouble);
    const at::Tensor lp = at::log_softmax(logits, -1);
    double nll = 0;
    for (size_t t = 0; t < e.completion.size(); ++t) nll -= lp[static_cast<int64_t>(e.prompt.size() + t - 1)][e.completion[t]].item<double>();
    return nll;
}

DpoConfig baseConfig() {
    DpoConfig c;
    c.lora = false;
    c.bf16 = false;
    c.evalFraction = 0;
    c.evalEvery = 0;
    c.saveEvery = 0;
    c.gradAccum = 1;
    c.warmupRatio = 0;
    c.scheduler = QStringLiteral("constant");
    return c;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestSft : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { at::set_num_threads(2); }

    void stepZeroLossIsMeanCompletionNll() {
        const std::vector<SftExample> data = ruleData(10, 1);
        auto m = tinyModel(3);
        double nll = 0, tokens = 0;
        for (const SftExample& e : data) {
            nll += plainNll(*m, e);
            tokens += static_cast<double>(e.completion.size());
        }
        QTemporaryDir dir;
        DpoConfig c = baseConfig();
        c.batchSize = 4;  // three micro-batches in one step: the loss is over all of the step's tokens
        c.gradAccum = 3;
        c.maxSteps = 1;
        c.learningRate = 1e-3;
        auto r = SftTrainer(m, c, QString(), dir.path()).train(data);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->history.size(), size_t(1));
        const double loss = r->history[0].values.at(QStringLiteral("loss"));
        QVERIFY2(std::abs(loss - nll / tokens) < 1e-4 * std::max(1.0, nll / tokens),
                 qPrintable(QStringLiteral("trainer %1, plain forward %2").arg(loss).arg(nll / tokens)));
        QCOMPARE(r->history[0].values.at(QStringLiteral("num_tokens")),
                 std::accumulate(data.begin(), data.end(), 0.0, [](double a, const SftExample& e) { return a + double(e.prompt.size() + e.completion.size()); }));
    }

    void lossDecreasesOnTinyModel() {
        QTemporaryDir dir;
        DpoConfig c = baseConfig();
        c.batchSize = 8;
        c.maxSteps = 40;
        c.learningRate = 3e-3;
        c.evalFraction = 0.2;
        auto r = SftTrainer(tinyModel(5), c, QString(), dir.path()).train(ruleData(40, 2));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        std::vector<double> train, eval;
        for (const MetricRow& row : r->history) (row.split == QLatin1String("train") ? train : eval).push_back(row.values.at(QStringLiteral("loss")));
        QCOMPARE(train.size(), size_t(40));
        QCOMPARE(eval.size(), size_t(1));
        const double first = (train[0] + train[1] + train[2]) / 3, last = (train[37] + train[38] + train[39]) / 3;
        QVERIFY2(last < 0.5 * first, qPrintable(QStringLiteral("loss %1 -> %2").arg(first).arg(last)));
        QVERIFY(QFile::exists(r->modelDir + QStringLiteral("/model.safetensors")));
    }

    void resumeAfterCancelEqualsUninterruptedRun() {
        QTemporaryDir dir;
        DpoConfig c = baseConfig();
        c.batchSize = 3;
        c.gradAccum = 2;
        c.maxSteps = 6;
        c.learningRate = 1e-2;
        c.scheduler = QStringLiteral("cosine");
        c.warmupSteps = 2;
        const std::vector<SftExample> data = ruleData(14, 3);
        auto straight = SftTrainer(tinyModel(8), c, QString(), dir.filePath(QStringLiteral("a"))).train(data);
        QVERIFY(straight.ok());
        std::atomic<bool> cancel{false};
        TrainCallbacks cb;
        cb.cancel = &cancel;
        cb.progress = [&](const TrainProgress& p) {
            if (p.phase == QLatin1String("train") && p.done == 3) cancel = true;
        };
        auto first = SftTrainer(tinyModel(8), c, QString(), dir.filePath(QStringLiteral("b"))).train(data, cb);
        QVERIFY(first.ok());
        QVERIFY(first->cancelled);
        QCOMPARE(first->steps, int64_t(3));
        auto second = SftTrainer(tinyModel(8), c, QString(), dir.filePath(QStringLiteral("b"))).train(data);
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
        QCOMPARE(second->resumedFrom, int64_t(3));
        QCOMPARE(second->steps, int64_t(6));
        QCOMPARE(readAll(second->modelDir + QStringLiteral("/model.safetensors")), readAll(straight->modelDir + QStringLiteral("/model.safetensors")));
        QCOMPARE(second->history.size(), straight->history.size());
        for (size_t i = 0; i < straight->history.size(); ++i)
            QCOMPARE(second->history[i].values.at(QStringLiteral("loss")), straight->history[i].values.at(QStringLiteral("loss")));
        // A DPO run folder's checkpoint is not resumed as SFT: the settings differ.
    }

    void readsTrlSftFormats() {
        const QString modelDir = qEnvironmentVariable("PREFSTUDIO_SOURCE_DIR") + QStringLiteral("/tests/tokenizer/data/lfm2-style");
        auto tok = DpoTokenizer::forModel(modelDir);
        QVERIFY2(tok.ok(), qPrintable(tok.ok() ? QString() : tok.error().toString()));
        auto t = tokenizer::Tokenizer::load(modelDir);
        QVERIFY(t.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sft.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"prompt": "Hello", "completion": " world"})"
                "\n"
                R"({"prompt": [{"role": "user", "content": "Xin chào"}], "completion": [{"role": "assistant", "content": "Chào bạn!"}]})"
                "\n\n"
                R"({"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Xin chào"}, {"role": "assistant", "content": "Chào bạn!"}]})"
                "\n"
                R"({"messages": [{"role": "user", "content": "Xin chào"}, {"role": "assistant", "content": "Chào bạn!"}]})"
                "\n");
        f.close();
        auto ex = readSftJsonl(path, tok.value());
        QVERIFY2(ex.ok(), qPrintable(ex.ok() ? QString() : ex.error().toString()));
        QCOMPARE(ex->size(), size_t(4));
        const int64_t bos = *t.value()->bosId(), imEnd = *t.value()->tokenToId("<|im_end|>");
        // Text: BOS + prompt; completion + EOS (the config's eos_token).
        const auto& a = (*ex)[0];
        QCOMPARE(a.prompt.front(), bos);
        QCOMPARE(a.id, int64_t(1));
        std::vector<int64_t> world = t.value()->encode(std::string(" world"), false).value();
        world.push_back(*t.value()->eosId());
        QCOMPARE(a.completion, world);
        // Chat: the chat template with the generation prompt; completion + <|im_end|>.
        const auto& b = (*ex)[1];
        QCOMPARE(QString::fromStdString(t.value()->decode(b.prompt)), QStringLiteral("<|startoftext|><|im_start|>user\nXin chào<|im_end|>\n<|im_start|>assistant\n"));
        QCOMPARE(b.completion.back(), imEnd);
        QCOMPARE(QString::fromStdString(t.value()->decode(b.completion)), QStringLiteral("Chào bạn!<|im_end|>"));
        // messages: the last assistant turn is the completion, the rest the prompt (system included).
        QVERIFY(QString::fromStdString(t.value()->decode((*ex)[2].prompt)).contains(QStringLiteral("<|im_start|>system\nBe brief.<|im_end|>")));
        QCOMPARE((*ex)[3].prompt, b.prompt);
        QCOMPARE((*ex)[3].completion, b.completion);

        // Errors name the line.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"prompt": "a", "completion": "b"})" "\n" R"({"prompt": "only a prompt"})" "\n");
        f.close();
        auto bad = readSftJsonl(path, tok.value());
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith(QStringLiteral("line 2:")), qPrintable(bad.error().message));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"messages": [{"role": "user", "content": "no answer"}]})" "\n");
        f.close();
        bad = readSftJsonl(path, tok.value());
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("assistant")), qPrintable(bad.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSft)
#include "tst_sft.moc"
