// tst_dpo_tokenize — TRL text/chat pairs to token ids by SPEC §5, with an
// LFM2-layout tokenizer (tests/tokenizer/data/lfm2-style, checked against HF
// tokenizers in tst_tokenizer_corpus), and a training run on text pairs.
#include "data/preference_record.h"
#include "model/config.h"
#include "model/create_model.h"
#include "tokenizer/tokenizer.h"
#include "train/dpo_batch.h"
#include "train/dpo_tokenize.h"
#include "train/train_job.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ps;

namespace {
QString tokenizerDir() { return qEnvironmentVariable("PREFSTUDIO_SOURCE_DIR") + QStringLiteral("/tests/tokenizer/data/lfm2-style"); }

std::vector<int64_t> ids(const tokenizer::Tokenizer& t, const QString& text) { return t.encode(text, false).value(); }

QJsonObject chatRecord(const QString& user, const QString& chosen, const QString& rejected) {
    QJsonObject o;
    o.insert(QStringLiteral("prompt"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), user}}});
    o.insert(QStringLiteral("chosen"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), chosen}}});
    o.insert(QStringLiteral("rejected"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), rejected}}});
    return o;
}
}  // namespace

class TestDpoTokenize : public QObject {
    Q_OBJECT
    std::shared_ptr<const tokenizer::Tokenizer> tok_;

private Q_SLOTS:
    void initTestCase() {
        auto t = tokenizer::Tokenizer::load(tokenizerDir());
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
        tok_ = t.value();
    }

    void chatPairFollowsTheConventions() {
        auto dt = train::DpoTokenizer::forModel(tokenizerDir());
        QVERIFY(dt.ok());
        auto rec = data::recordFromJson(chatRecord(QStringLiteral("Đơn hàng của tôi ở đâu?"), QStringLiteral("Bạn cho tôi xin mã đơn hàng nhé."),
                                                   QStringLiteral("Không biết.")),
                                        1 << 20);
        QVERIFY(rec.ok());
        auto e = dt->encode(rec.value(), 1);
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
        // Prompt: the ChatML rendering with the generation prompt, BOS first exactly once.
        std::vector<int64_t> expected = ids(*tok_, QStringLiteral("<|startoftext|><|im_start|>user\nĐơn hàng của tôi ở đâu?<|im_end|>\n<|im_start|>assistant\n"));
        QCOMPARE(e->prompt, expected);
        QCOMPARE(e->prompt.front(), int64_t(1));
        QVERIFY(e->prompt[1] != 1);
        // Completions: the text, then <|im_end|> (id 7).
        std::vector<int64_t> chosen = ids(*tok_, QStringLiteral("Bạn cho tôi xin mã đơn hàng nhé."));
        chosen.push_back(7);
        QCOMPARE(e->chosen, chosen);
        QCOMPARE(e->rejected.back(), int64_t(7));
    }

    void plainPairGetsBosAndEos() {
        auto dt = train::DpoTokenizer::forModel(tokenizerDir());
        QVERIFY(dt.ok());
        QJsonObject o{{QStringLiteral("prompt"), QStringLiteral("Hello")}, {QStringLiteral("chosen"), QStringLiteral(" Hi!")},
                      {QStringLiteral("rejected"), QStringLiteral(" Go away.")}};
        auto e = dt->encode(data::recordFromJson(o, 1 << 20).value(), 2);
        QVERIFY(e.ok());
        std::vector<int64_t> prompt{1};
        const auto hello = ids(*tok_, QStringLiteral("Hello"));
        prompt.insert(prompt.end(), hello.begin(), hello.end());
        QCOMPARE(e->prompt, prompt);
        QCOMPARE(e->chosen.back(), tok_->eosId().value());
    }

    void trainsOnATextFile() {
        QTemporaryDir dir;
        // A tiny LFM2 whose vocabulary covers the tokenizer, with the tokenizer files beside it.
        auto cfgJson = model::presetConfig(QStringLiteral("tiny")).value().toJson();
        cfgJson.insert(QStringLiteral("vocab_size"), 4352.0);
        auto cfg = model::Lfm2Config::fromJson(cfgJson);
        QVERIFY(cfg.ok());
        const QString modelDir = dir.filePath(QStringLiteral("model"));
        model::CreateModelOptions opts;
        opts.outDir = modelDir;
        opts.dtype = QStringLiteral("fp32");
        QVERIFY(model::createRandomModel(cfg.value(), opts).ok());
        for (const char* f : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"})
            QVERIFY(QFile::copy(tokenizerDir() + QLatin1Char('/') + QLatin1String(f), modelDir + QLatin1Char('/') + QLatin1String(f)));
        const QString data = dir.filePath(QStringLiteral("pairs.jsonl"));
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 12; ++i) {
            f.write(QJsonDocument(chatRecord(QStringLiteral("Where is order %1?").arg(i), QStringLiteral("Could you share the order number, please?"),
                                             QStringLiteral("No idea.")))
                        .toJson(QJsonDocument::Compact) +
                    "\n");
            f.write(QStringLiteral("{\"prompt\": \"Xin chào %1\", \"chosen\": \" Chào bạn!\", \"rejected\": \" Gì?\", \"preference\": \"%2\"}\n")
                        .arg(i)
                        .arg(i % 3 == 0 ? QStringLiteral("tie") : QString())
                        .replace(QStringLiteral(", \"preference\": \"\""), QString())
                        .toUtf8());
        }
        f.close();
        train::TrainJobSpec job;
        job.baseModelDir = modelDir;
        job.dataPath = data;
        job.runDir = dir.filePath(QStringLiteral("run"));
        job.config.lora = false;
        job.config.bf16 = false;
        job.config.maxSteps = 2;
        job.config.evalFraction = 0;
        job.config.batchSize = 4;
        job.config.gradAccum = 1;
        auto r = train::runTrainJob(job);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->trainPairs, int64_t(12 + 8));  // 4 ties carry no preference
        QVERIFY(QFile::exists(r->modelDir + QStringLiteral("/tokenizer.json")));  // the export is a complete model folder
    }

    void textWithoutTokenizerIsAClearError() {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("pairs.jsonl"));
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"prompt\": \"a\", \"chosen\": \"b\", \"rejected\": \"c\"}\n");
        f.close();
        auto r = train::readDpoJsonl(data, nullptr);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("no tokenizer")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDpoTokenize)
#include "tst_dpo_tokenize.moc"
