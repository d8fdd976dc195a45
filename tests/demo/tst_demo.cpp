// tst_demo — the bundled demo: the workspace builds from resources/demo from
// scratch (prompts, the demo model's candidate pairs, seed pairs with the
// demo annotator's votes, guidelines, the model version) and is reused as it
// is; the demo model answers in readable text; and a short DPO run on the
// seed pairs with the demo model raises the held-out implicit reward accuracy
// well above chance and makes curt or evasive answers rarer on unseen prompts.
#include "demo/demo_rubric.h"
#include "demo/demo_workspace.h"
#include "model/generate.h"
#include "model/lfm2.h"
#include "store/workspace.h"
#include "tokenizer/tokenizer.h"
#include "train/train_job.h"

#include <ATen/Parallel.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ps;

namespace {
QString resources() { return qEnvironmentVariable("PREFSTUDIO_SOURCE_DIR") + QStringLiteral("/resources"); }

// Two sampled answers (temperature 1, fixed seed) to each of the first 100
// demo prompts; returns how many are one of the corpus's curt or evasive
// answers (demo/demo_rubric.h), the answers the seed pairs reject.
int unhelpfulAnswers(const QString& modelDir) {
    auto m = model::Lfm2Model::load(modelDir);
    auto tok = tokenizer::Tokenizer::load(modelDir);
    if (!m || !tok) return -1;
    QFile f(resources() + QStringLiteral("/demo/prompts.jsonl"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    std::vector<std::vector<int64_t>> prompts;
    while (!f.atEnd() && prompts.size() < 100) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        const QString user = o.value(QStringLiteral("prompt")).toArray().at(0).toObject().value(QStringLiteral("content")).toString();
        const QString chat = QStringLiteral("<|startoftext|><|im_start|>user\n") + user + QStringLiteral("<|im_end|>\n<|im_start|>assistant\n");
        prompts.push_back(tok.value()->encode(chat, false).value());
    }
    model::GenerationConfig g;
    g.eosIds = m.value()->config().eosTokenIds;
    g.padId = m.value()->config().padTokenId;
    g.maxNewTokens = 64;
    g.numReturnSequences = 2;
    g.sampling.doSample = true;
    g.sampling.temperature = 1.0;
    g.sampling.seed = 11;
    auto r = model::generate(*m.value(), prompts, g);
    if (!r) return -1;
    int n = 0;
    for (const auto& s : r->sequences) n += demo::isCurtOrEvasive(QString::fromStdString(tok.value()->decode(s.tokens, true)));
    return n;
}

qint64 lines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    qint64 n = 0;
    while (!f.atEnd())
        if (!f.readLine().trimmed().isEmpty()) ++n;
    return n;
}
}  // namespace

class TestDemo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { at::set_num_threads(2); }

    void workspaceBuildsFromScratchAndIsReused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo/demo.prefstudio"));
        const QString demoDir = resources() + QStringLiteral("/demo");
        const qint64 nPrompts = lines(demoDir + QStringLiteral("/prompts.jsonl"));
        const qint64 nCandidates = lines(demoDir + QStringLiteral("/candidates.jsonl"));
        const qint64 nSeed = lines(demoDir + QStringLiteral("/seed_pairs.jsonl"));
        QVERIFY(nPrompts >= 200 && nSeed >= 200 && nCandidates == nPrompts);
        qint64 nDistinct = 0;  // prompts whose two candidates differ: only those become pairs
        {
            QFile f(demoDir + QStringLiteral("/candidates.jsonl"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            while (!f.atEnd()) {
                const QJsonArray c = QJsonDocument::fromJson(f.readLine()).object().value(QStringLiteral("candidates")).toArray();
                if (c.size() >= 2 && c[0].toObject().value(QStringLiteral("text")) != c[1].toObject().value(QStringLiteral("text"))) ++nDistinct;
            }
        }
        QVERIFY(nDistinct > nCandidates * 3 / 4);

        auto r = demo::ensureDemoWorkspace(path, resources());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(r->created);
        QCOMPARE(r->prompts, nPrompts + nSeed);  // the seed pairs' prompts are not among the workspace prompts
        QCOMPARE(r->pairs, nDistinct + nSeed);
        QCOMPARE(r->votes, nSeed);
        QVERIFY(!QFile::exists(path + QStringLiteral(".building")));

        {
            store::Workspace::OpenOptions o;
            o.create = false;
            auto ws = store::Workspace::open(path, o);
            QVERIFY(ws.ok());
            auto g = ws.value()->setting(store::Workspace::guidelinesKey());
            QVERIFY(g.ok());
            QVERIFY(g->contains(QStringLiteral("order number")));
            QVERIFY(g->contains(QStringLiteral("mã đơn hàng")));
            auto versions = ws.value()->modelVersions();
            QVERIFY(versions.ok());
            QCOMPARE(versions->size(), size_t(1));
            QCOMPARE(versions->front().name, QStringLiteral("demo-base"));
            QCOMPARE(versions->front().id, r->modelVersionId);
            QCOMPARE(QDir(versions->front().path).absolutePath(), QDir(resources() + QStringLiteral("/demo/model")).absolutePath());
            // The candidates are the demo model's generations; the queue has unlabelled pairs for a new annotator.
            QSqlQuery q(ws.value()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM generations WHERE model_version_id = %1").arg(r->modelVersionId)) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 2 * nDistinct);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT language), COUNT(DISTINCT category) FROM prompts")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(q.value(1).toInt() >= 6);
            auto annotator = ws.value()->annotatorId(QStringLiteral("someone"), true);
            QVERIFY(annotator.ok());
            auto todo = ws.value()->queueCount(store::QueueFilter::Unlabeled);
            QVERIFY(todo.ok());
            QCOMPARE(todo.value(), nDistinct);
            auto prefs = ws.value()->preferencePairs();
            QVERIFY(prefs.ok());
            QCOMPARE(qint64(prefs->size()), nSeed);
        }

        // Idempotent: a second call reuses the workspace untouched.
        const QDateTime modified = QFileInfo(path).lastModified();
        auto again = demo::ensureDemoWorkspace(path, resources());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QVERIFY(!again->created);
        QCOMPARE(again->prompts, r->prompts);
        QCOMPARE(again->pairs, r->pairs);
        QCOMPARE(again->votes, r->votes);
        QCOMPARE(again->modelVersionId, r->modelVersionId);
        QCOMPARE(QFileInfo(path).lastModified(), modified);

        // Missing resources: a clear error, nothing written.
        auto missing = demo::ensureDemoWorkspace(dir.filePath(QStringLiteral("other.prefstudio")), dir.filePath(QStringLiteral("nowhere")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("PREFSTUDIO_RESOURCES")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other.prefstudio"))));
    }

    void demoModelAnswersInReadableText() {
        const QString dir = resources() + QStringLiteral("/demo/model");
        auto m = model::Lfm2Model::load(dir);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        auto tok = tokenizer::Tokenizer::load(dir);
        QVERIFY(tok.ok());
        QVERIFY(m.value()->config().parameterCount() < 10'000'000);
        auto prompt = tok.value()->encode(std::string("<|startoftext|><|im_start|>user\nWhere is my order #12345?<|im_end|>\n<|im_start|>assistant\n"), false);
        QVERIFY(prompt.ok());
        model::GenerationConfig g;
        g.eosIds = m.value()->config().eosTokenIds;
        g.padId = m.value()->config().padTokenId;
        g.maxNewTokens = 60;
        g.sampling.doSample = false;
        auto r = model::generate(*m.value(), {prompt.value()}, g);
        QVERIFY(r.ok());
        const QString text = QString::fromStdString(tok.value()->decode(r->sequences[0].tokens, true));
        QVERIFY2(r->sequences[0].finish == model::FinishReason::Eos, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("#12345")) || text.contains(QStringLiteral("order")), qPrintable(text));
    }

    // A DPO run on the seed pairs (full fine-tuning, 80 % train / 20 % held
    // out) moves the held-out implicit reward accuracy well above chance.
    void dpoOnSeedPairsLearnsHeldOutPreference() {
        QTemporaryDir dir;
        train::TrainJobSpec job;
        job.baseModelDir = resources() + QStringLiteral("/demo/model");
        job.dataPath = resources() + QStringLiteral("/demo/seed_pairs.jsonl");
        job.runDir = dir.filePath(QStringLiteral("run"));
        job.config = demo::demoTrainConfig();  // what the Train view starts from with --demo
        job.config.maxSteps = 15;               // 120 of the 320 training pairs: the test's time budget
        job.config.evalEvery = 0;
        job.config.saveEvery = 0;
        job.config.threads = 2;
        QElapsedTimer timer;
        timer.start();
        auto r = train::runTrainJob(job);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const train::MetricRow* eval = nullptr;
        for (const auto& row : r->train.history)
            if (row.split == QLatin1String("eval")) eval = &row;
        QVERIFY(eval);
        const double acc = eval->values.at(QStringLiteral("rewards/accuracies"));
        qInfo() << "held-out pairs" << r->train.evalPairs << "accuracy" << acc << "margin" << eval->values.at(QStringLiteral("rewards/margins"))
                << "in" << timer.elapsed() / 1000.0 << "s";
        QVERIFY(r->train.evalPairs >= 60);
        QVERIFY2(acc >= 0.8, qPrintable(QString::number(acc)));
        QVERIFY(eval->values.at(QStringLiteral("rewards/margins")) > 0);

        // Before/after on prompts DPO never saw (the workspace prompts): sampled
        // answers of the tuned model are curt or evasive far less often.
        const int base = unhelpfulAnswers(job.baseModelDir), tuned = unhelpfulAnswers(r->train.modelDir);
        qInfo() << "curt or evasive answers out of 200: base" << base << "tuned" << tuned;
        QVERIFY2(base >= 8 && 2 * tuned <= base, qPrintable(QStringLiteral("base %1, tuned %2").arg(base).arg(tuned)));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
