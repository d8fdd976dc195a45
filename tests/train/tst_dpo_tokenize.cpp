// tst_dpo_tokenize — TRL text/chat pairs to token ids by SPEC §5, with an
// LFM2-layout tokenizer (tests/tokenizer/data/lfm2-style, checked against HF
// tokenizers in tst_tokenizer_corpus), and a training run on text pairs.
#include "data/preference_record.h"
#include "model/config.h"
#include "model/create_model.h"
#include "store/eval_store.h"
#include "store/workspace.h"
#include "store/store_fixtures.h"
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
// A tiny LFM2 whose vocabulary covers the tokenizer, with the tokenizer files beside it.
bool makeTinyTextModel(const QString& modelDir) {
    auto cfgJson = model::presetConfig(QStringLiteral("tiny")).value().toJson();
    cfgJson.insert(QStringLiteral("vocab_size"), 4352.0);
    auto cfg = model::Lfm2Config::fromJson(cfgJson);
    if (!cfg) return false;
    model::CreateModelOptions opts;
    opts.outDir = modelDir;
    opts.dtype = QStringLiteral("fp32");
    if (!model::createRandomModel(cfg.value(), opts)) return false;
    for (const char* f : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"})
        if (!QFile::copy(tokenizerDir() + QLatin1Char('/') + QLatin1String(f), modelDir + QLatin1Char('/') + QLatin1String(f))) return false;
    return true;
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
        const QString modelDir = dir.filePath(QStringLiteral("model"));
        QVERIFY(makeTinyTextModel(modelDir));
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
        QCOMPARE(r->train.trainPairs, int64_t(12 + 8));  // 4 ties carry no preference
        QVERIFY(QFile::exists(r->train.modelDir + QStringLiteral("/tokenizer.json")));  // the export is a complete model folder
    }

    void trainsOnWorkspaceVotesAndRecordsTheRun() {
        QTemporaryDir dir;
        const QString modelDir = dir.filePath(QStringLiteral("model"));
        QVERIFY(makeTinyTextModel(modelDir));
        const QString wsPath = dir.filePath(QStringLiteral("ws.prefstudio"));
        auto ws = fixtures::open(wsPath);
        const store::Id ann = fixtures::must(ws->annotatorId(QStringLiteral("lan"), true));
        const store::Id other = fixtures::must(ws->annotatorId(QStringLiteral("excluded"), true));
        std::vector<store::Id> pairs;
        for (int i = 0; i < 14; ++i) {
            store::NewPrompt np;
            np.content.text = QStringLiteral("Where is my order %1?").arg(i);
            const store::Id prompt = fixtures::must(ws->addPrompt(np));
            store::NewGeneration polite{prompt, std::nullopt, {}, std::nullopt, QStringLiteral(" Could you share the order number, please?")};
            store::NewGeneration rude{prompt, std::nullopt, {}, std::nullopt, QStringLiteral(" No idea.")};
            const bool politeIsA = i % 2 == 0;
            const store::Id ga = fixtures::must(ws->addGeneration(politeIsA ? polite : rude));
            const store::Id gb = fixtures::must(ws->addGeneration(politeIsA ? rude : polite));
            pairs.push_back(fixtures::must(ws->createPair({prompt, ga, gb})));
            store::NewVote v;
            v.pairId = pairs.back();
            v.annotatorId = ann;
            v.leftIsA = true;
            v.choice = i == 13 ? store::Choice::Tie : (politeIsA ? store::Choice::A : store::Choice::B);
            fixtures::must(ws->recordVote(v));
        }
        // Left out of training: an excluded pair, and the votes of an excluded annotator.
        fixtures::must(ws->setPairExcluded(pairs[0], true, QStringLiteral("duplicate")));
        // Pair 1 (polite answer = B): a counter-vote would make it a 1:1 tie and drop it, unless its annotator is excluded.
        store::NewVote extra;
        extra.pairId = pairs[1];
        extra.annotatorId = other;
        extra.choice = store::Choice::A;
        fixtures::must(ws->recordVote(extra));
        fixtures::must(ws->setAnnotatorExcluded(other, true));

        train::TrainJobSpec job;
        job.baseModelDir = modelDir;
        job.workspacePath = wsPath;
        job.runDir = dir.filePath(QStringLiteral("run"));
        job.config.lora = true;
        job.config.bf16 = false;
        job.config.maxSteps = 2;
        job.config.evalFraction = 0.25;
        job.config.evalEvery = 1;
        job.config.batchSize = 2;
        job.config.gradAccum = 1;
        job.evalPrompts = 3;  // continuous evaluation, kept small
        job.safetyPerCategory = 1;
        // The studio keeps its own connection (and the instance lock) open meanwhile.
        auto r = train::runTrainJob(job);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->train.trainPairs + r->train.evalPairs, int64_t(12));  // 14 - excluded pair - tie
        QVERIFY(r->workspaceRunId > 0);
        QVERIFY(r->modelVersionId.has_value());

        const store::TrainingRun run = fixtures::must(ws->run(r->workspaceRunId));
        QCOMPARE(run.status, store::RunStatus::Finished);
        QCOMPARE(run.outputModelVersionId, r->modelVersionId);
        QCOMPARE(run.config.value(QStringLiteral("max_steps")).toInt(), 2);
        const store::ModelVersion tuned = fixtures::must(ws->modelVersion(*r->modelVersionId));
        QCOMPARE(QFileInfo(tuned.path).canonicalFilePath(), QFileInfo(r->train.modelDir).canonicalFilePath());
        QCOMPARE(tuned.trainingRunId, std::optional<store::Id>(r->workspaceRunId));
        QVERIFY(tuned.parentId.has_value());
        QCOMPARE(QFileInfo(fixtures::must(ws->modelVersion(*tuned.parentId)).path).canonicalFilePath(), QFileInfo(modelDir).canonicalFilePath());
        QCOMPARE(run.baseModelVersionId, tuned.parentId);
        // The continuous evaluation is attached to the run: a before/after comparison of
        // base and tuned model on prompts without votes, and the safety runs.
        QVERIFY2(r->evaluationError.isEmpty(), qPrintable(r->evaluationError));
        QVERIFY(r->comparisonId.has_value());
        store::EvalStore evalStore(*ws);
        const auto comparison = fixtures::must(evalStore.comparison(*r->comparisonId));
        QCOMPARE(fixtures::must(evalStore.comparisonItems(*r->comparisonId)).size(), size_t(3));
        const auto evaluations = fixtures::must(evalStore.runEvaluations(r->workspaceRunId));
        QVERIFY(evaluations.size() >= 2);  // comparison + safety
        (void)comparison;
        const auto train = fixtures::must(ws->metrics(r->workspaceRunId, store::Split::Train, QStringLiteral("loss")));
        QCOMPARE(train.size(), size_t(2));
        QVERIFY(!fixtures::must(ws->metrics(r->workspaceRunId, store::Split::Eval, QStringLiteral("rewards/accuracies"))).empty());
    }

    void workspaceWithoutVotesIsAClearError() {
        QTemporaryDir dir;
        const QString modelDir = dir.filePath(QStringLiteral("model"));
        QVERIFY(makeTinyTextModel(modelDir));
        const QString wsPath = dir.filePath(QStringLiteral("empty.prefstudio"));
        { auto ws = fixtures::open(wsPath); }
        train::TrainJobSpec job;
        job.baseModelDir = modelDir;
        job.workspacePath = wsPath;
        job.runDir = dir.filePath(QStringLiteral("run"));
        auto r = train::runTrainJob(job);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(QStringLiteral("no decided pairs")), qPrintable(r.error().toString()));
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
