// tst_candidate_job — the candidate-generation job against a real tiny LFM2
// model, a real tokenizer and a real SQLite workspace: what lands in the
// store, reproducible seeds, cancel and resume without duplicates, two-model
// mode, and clear errors for bad model folders.
#include "gen/candidate_job.h"
#include "gen/prompt_encoder.h"
#include "model/generate.h"
#include "model/lfm2.h"
#include "store/prompt_list.h"
#include "store/workspace.h"
#include "tokenizer/tokenizer.h"

#include "gen/model_fixture.h"

#include <ATen/Parallel.h>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ps;

namespace {

struct GenRow {
    store::Id id, promptId, version;
    QString text;
    qint64 seed;
    int tokens;
    qint64 timeMs;
    QJsonObject sampling;
};

std::vector<GenRow> generationsOf(store::Workspace& ws, store::Id promptId) {
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral("SELECT id FROM generations WHERE prompt_id = ? ORDER BY id"));
    q.addBindValue(promptId);
    q.exec();
    std::vector<GenRow> out;
    while (q.next()) {
        auto g = ws.generation(q.value(0).toLongLong());
        out.push_back({g->id, g->promptId, g->modelVersionId.value_or(0), g->text, g->seed.value_or(-1), g->tokenCount.value_or(-1),
                       g->timeMs.value_or(-1), g->sampling});
    }
    return out;
}

std::vector<std::pair<store::Id, store::Id>> pairsOf(store::Workspace& ws, store::Id promptId) {
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral("SELECT generation_a, generation_b FROM pairs WHERE prompt_id = ? ORDER BY id"));
    q.addBindValue(promptId);
    q.exec();
    std::vector<std::pair<store::Id, store::Id>> out;
    while (q.next()) out.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

// A second connection to an existing workspace (the job holds none after it returns).
Result<std::unique_ptr<store::Workspace>> reopen(const QString& path) {
    store::Workspace::OpenOptions o;
    o.create = false;
    o.instanceLock = false;
    return store::Workspace::open(path, o);
}

qint64 count(store::Workspace& ws, const QString& sql) {
    QSqlQuery q(ws.database());
    q.exec(sql);
    q.next();
    return q.value(0).toLongLong();
}

}  // namespace

class TestCandidateJob : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString modelA_, modelB_;

    // A new workspace with `n` prompts: text ones and every third a chat.
    QString makeWorkspace(const QString& name, int n, std::vector<store::Id>* ids = nullptr) {
        const QString path = dir_.filePath(name);
        auto ws = store::Workspace::open(path);
        if (!ws) return {};
        std::vector<store::NewPrompt> prompts;
        for (int i = 0; i < n; ++i) {
            store::NewPrompt p;
            if (i % 3 == 2)
                p.content.messages = QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), QStringLiteral("Xin chào, đơn hàng %1 ở đâu?").arg(i)}}};
            else
                p.content.text = QStringLiteral("Where is my order number %1?").arg(i);
            p.language = i % 3 == 2 ? QStringLiteral("vi") : QStringLiteral("en");
            p.category = QStringLiteral("orders");
            prompts.push_back(p);
        }
        auto added = ws.value()->addPrompts(prompts);
        if (!added) return {};
        if (ids) *ids = added.value();
        return path;
    }

    gen::CandidateJobSpec spec(const QString& ws, std::vector<QString> models, int n = 0) {
        gen::CandidateJobSpec s;
        s.workspacePath = ws;
        for (const QString& m : models) s.sources.push_back({m, std::nullopt});
        s.candidatesPerSource = n;
        s.sampling.temperature = 1.0;
        s.sampling.maxNewTokens = 8;
        s.seed = 5;
        s.scope = gen::PromptScope::All;
        return s;
    }

private Q_SLOTS:
    void initTestCase() {
        at::set_num_threads(1);  // tiny model: threads only add overhead
        QVERIFY(dir_.isValid());
        modelA_ = dir_.filePath(QStringLiteral("modelA"));
        modelB_ = dir_.filePath(QStringLiteral("modelB"));
        QVERIFY(gen_test::makeTinyModel(modelA_, 1));
        QVERIFY(gen_test::makeTinyModel(modelB_, 2));
    }

    void generationsAndPairsLandWithTheirFields() {
        std::vector<store::Id> ids;
        const QString path = makeWorkspace(QStringLiteral("fields.prefstudio"), 3, &ids);
        QVERIFY(!path.isEmpty());
        auto s = spec(path, {modelA_}, 3);
        std::vector<gen::PromptCandidates> done;
        std::vector<gen::CandidateProgress> progress;
        gen::CandidateCallbacks cb;
        cb.promptDone = [&](const gen::PromptCandidates& pc) { done.push_back(pc); };
        cb.progress = [&](const gen::CandidateProgress& p) { progress.push_back(p); };
        auto r = gen::runCandidateJob(s, cb);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->promptsDone, qint64(3));
        QCOMPARE(r->generations, qint64(9));
        QCOMPARE(r->pairs, qint64(9));  // 3 per prompt: (0,1) (0,2) (1,2)
        QVERIFY(!r->cancelled);
        QCOMPARE(done.size(), size_t(3));
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back().promptsDone, qint64(3));
        QCOMPARE(progress.back().promptsTotal, qint64(3));
        QVERIFY(progress.back().tokensPerSecond > 0);
        QCOMPARE(progress.back().etaSeconds, 0.0);

        auto ws = reopen(path);
        QVERIFY(ws.ok());
        auto versions = ws.value()->modelVersions();
        QCOMPARE(versions->size(), size_t(1));
        QCOMPARE(versions->front().name, QStringLiteral("modelA"));
        QCOMPARE(versions->front().path, QFileInfo(modelA_).canonicalFilePath());
        QCOMPARE(r->modelVersionIds, std::vector<store::Id>{versions->front().id});

        auto model = model::Lfm2Model::load(modelA_);
        QVERIFY(model.ok());
        auto encoder = gen::PromptEncoder::forModel(modelA_);
        QVERIFY(encoder.ok());
        for (store::Id pid : ids) {
            const auto gens = generationsOf(*ws.value(), pid);
            QCOMPARE(gens.size(), size_t(3));
            auto prompt = ws.value()->prompt(pid);
            auto promptIds = encoder->encode(prompt->content);
            QVERIFY(promptIds.ok());
            for (int k = 0; k < 3; ++k) {
                const GenRow& g = gens[size_t(k)];
                QCOMPARE(g.version, versions->front().id);
                QCOMPARE(g.seed, qint64(5 + k));
                QVERIFY(g.tokens >= 1 && g.tokens <= 8);
                QVERIFY(g.timeMs >= 0);
                QCOMPARE(g.sampling.value(QStringLiteral("candidate")).toInt(), k);
                QCOMPARE(g.sampling.value(QStringLiteral("temperature")).toDouble(), 1.0);
                QCOMPARE(g.sampling.value(QStringLiteral("max_new_tokens")).toInt(), 8);
                QCOMPARE(g.sampling.value(QStringLiteral("do_sample")).toBool(), true);
                QCOMPARE(g.sampling.value(QStringLiteral("job")).toString(), r->jobKey);
                // The stored seed reproduces the candidate: a one-candidate generate with that seed.
                model::GenerationConfig cfg;
                cfg.eosIds = model.value()->config().eosTokenIds;
                cfg.sampling.doSample = true;
                cfg.sampling.temperature = 1.0;
                cfg.sampling.seed = static_cast<uint64_t>(g.seed);
                cfg.maxNewTokens = 8;
                auto one = model::generate(*model.value(), {promptIds.value()}, cfg);
                QVERIFY(one.ok());
                QCOMPARE(int(one->sequences[0].tokens.size()), g.tokens);
                QCOMPARE(QString::fromStdString(encoder->tokenizer()->decode(one->sequences[0].tokens, true)), g.text);
            }
            const auto pairs = pairsOf(*ws.value(), pid);
            const std::vector<std::pair<store::Id, store::Id>> expected{
                {gens[0].id, gens[1].id}, {gens[0].id, gens[2].id}, {gens[1].id, gens[2].id}};
            QCOMPARE(pairs, expected);
        }
        // Different seeds gave different candidates somewhere (8 random tokens from 4352).
        QVERIFY(generationsOf(*ws.value(), ids[0])[0].text != generationsOf(*ws.value(), ids[0])[1].text);
    }

    void sameSeedSameTextOnAnotherWorkspace() {
        const QString a = makeWorkspace(QStringLiteral("seedA.prefstudio"), 2);
        const QString b = makeWorkspace(QStringLiteral("seedB.prefstudio"), 2);
        QVERIFY(gen::runCandidateJob(spec(a, {modelA_})).ok());
        QVERIFY(gen::runCandidateJob(spec(b, {modelA_})).ok());
        auto wa = reopen(a);
        auto wb = reopen(b);
        for (store::Id pid : {1, 2}) {
            const auto ga = generationsOf(*wa.value(), pid), gb = generationsOf(*wb.value(), pid);
            QCOMPARE(ga.size(), size_t(2));
            QCOMPARE(gb.size(), size_t(2));
            for (size_t k = 0; k < 2; ++k) QCOMPARE(ga[k].text, gb[k].text);
        }
    }

    void adjacentPairingAndPerCandidateTemperatures() {
        std::vector<store::Id> ids;
        const QString path = makeWorkspace(QStringLiteral("adjacent.prefstudio"), 1, &ids);
        auto s = spec(path, {modelA_}, 3);
        s.pairing = gen::PairingRule::Adjacent;
        s.temperatures = {0.5, 1.0, 1.5};
        auto r = gen::runCandidateJob(s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->pairs, qint64(2));
        auto ws = reopen(path);
        const auto gens = generationsOf(*ws.value(), ids[0]);
        QCOMPARE(gens[0].sampling.value(QStringLiteral("temperature")).toDouble(), 0.5);
        QCOMPARE(gens[2].sampling.value(QStringLiteral("temperature")).toDouble(), 1.5);
        const std::vector<std::pair<store::Id, store::Id>> expected{{gens[0].id, gens[1].id}, {gens[1].id, gens[2].id}};
        QCOMPARE(pairsOf(*ws.value(), ids[0]), expected);
    }

    void cancelKeepsFinishedPromptsAndRerunCompletesWithoutDuplicates() {
        std::vector<store::Id> ids;
        const QString path = makeWorkspace(QStringLiteral("cancel.prefstudio"), 5, &ids);
        auto s = spec(path, {modelA_});
        s.sampling.maxNewTokens = 16;
        std::atomic<bool> cancel{false};
        gen::CandidateCallbacks cb;
        cb.cancel = &cancel;
        // Cancel while the third prompt is streaming: it must be dropped whole.
        cb.progress = [&](const gen::CandidateProgress& p) {
            if (p.promptsDone == 2 && !p.streaming.empty() && !p.streaming[0].isEmpty()) cancel = true;
        };
        auto r = gen::runCandidateJob(s, cb);
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        QCOMPARE(r->promptsDone, qint64(2));
        {
            auto ws = reopen(path);
            QCOMPARE(count(*ws.value(), QStringLiteral("SELECT COUNT(*) FROM generations")), qint64(4));
            QCOMPARE(count(*ws.value(), QStringLiteral("SELECT COUNT(*) FROM pairs")), qint64(2));
            QCOMPARE(generationsOf(*ws.value(), ids[2]).size(), size_t(0));
        }
        // The same job again: the two finished prompts are skipped, the rest done.
        auto again = gen::runCandidateJob(s);
        QVERIFY(again.ok());
        QCOMPARE(again->promptsSkipped, qint64(2));
        QCOMPARE(again->promptsDone, qint64(3));
        QCOMPARE(again->jobKey, r->jobKey);
        auto ws = reopen(path);
        QCOMPARE(count(*ws.value(), QStringLiteral("SELECT COUNT(*) FROM generations")), qint64(10));
        QCOMPARE(count(*ws.value(), QStringLiteral("SELECT COUNT(*) FROM pairs")), qint64(5));
        QCOMPARE(count(*ws.value(), QStringLiteral("SELECT MAX(c) FROM (SELECT COUNT(*) c FROM generations GROUP BY prompt_id)")), qint64(2));
        QCOMPARE(ws.value()->modelVersions()->size(), size_t(1));  // the folder was registered once
        // A third run has nothing left; other settings (another seed) are another job.
        auto third = gen::runCandidateJob(s);
        QCOMPARE(third->promptsDone, qint64(0));
        QCOMPARE(third->promptsSkipped, qint64(5));
        s.seed = 6;
        s.limit = 2;
        auto other = gen::runCandidateJob(s);
        QCOMPARE(other->promptsDone, qint64(2));
        QVERIFY(other->jobKey != r->jobKey);
    }

    void unpairedScopeAndFilters() {
        std::vector<store::Id> ids;
        const QString path = makeWorkspace(QStringLiteral("unpaired.prefstudio"), 6, &ids);
        auto s = spec(path, {modelA_});
        s.scope = gen::PromptScope::Unpaired;
        s.language = QStringLiteral("vi");  // prompts 3 and 6
        auto r = gen::runCandidateJob(s);
        QVERIFY(r.ok());
        QCOMPARE(r->promptsDone, qint64(2));
        s.language.clear();
        s.seed = 99;  // another job: "unpaired" alone now leaves out the two vi prompts
        auto rest = gen::runCandidateJob(s);
        QCOMPARE(rest->promptsDone, qint64(4));
        auto ws = reopen(path);
        store::PromptFilter f;
        f.unpairedOnly = true;
        QCOMPARE(store::countPrompts(*ws.value(), f).value(), qint64(0));
        auto rows = store::listPrompts(*ws.value(), {}, 0, 10);
        QCOMPARE(rows->size(), size_t(6));
        QCOMPARE(rows->at(2).generations, qint64(2));
        QCOMPARE(rows->at(2).pairs, qint64(1));
        QVERIFY(rows->at(2).chat);
        QVERIFY(rows->at(2).preview.startsWith(QStringLiteral("user: Xin chào")));
    }

    void twoModelsOneCandidateEach() {
        std::vector<store::Id> ids;
        const QString path = makeWorkspace(QStringLiteral("two.prefstudio"), 2, &ids);
        auto r = gen::runCandidateJob(spec(path, {modelA_, modelB_}));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->generations, qint64(4));
        QCOMPARE(r->pairs, qint64(2));
        QCOMPARE(r->modelVersionIds.size(), size_t(2));
        auto ws = reopen(path);
        for (store::Id pid : ids) {
            const auto gens = generationsOf(*ws.value(), pid);
            QCOMPARE(gens.size(), size_t(2));
            QCOMPARE(gens[0].version, r->modelVersionIds[0]);
            QCOMPARE(gens[1].version, r->modelVersionIds[1]);
            QCOMPARE(gens[0].seed, gens[1].seed);  // same seed on both models: a fair comparison
        }
        // A registered version as a source uses its folder and registers nothing new.
        std::vector<store::Id> more;
        {
            auto w = reopen(path);
            store::NewPrompt p;
            p.content.text = QStringLiteral("One more question");
            QVERIFY(w.value()->addPrompt(p).ok());
        }
        gen::CandidateJobSpec byVersion = spec(path, {});
        byVersion.sources = {{QString(), r->modelVersionIds[1]}, {modelA_, std::nullopt}};
        byVersion.scope = gen::PromptScope::Unpaired;
        auto r2 = gen::runCandidateJob(byVersion);
        QVERIFY2(r2.ok(), qPrintable(r2.ok() ? QString() : r2.error().toString()));
        QCOMPARE(r2->promptsDone, qint64(1));
        QCOMPARE(ws.value()->modelVersions()->size(), size_t(2));
    }

    void badModelFoldersAreClearErrors() {
        const QString path = makeWorkspace(QStringLiteral("bad.prefstudio"), 1);
        auto missing = gen::runCandidateJob(spec(path, {dir_.filePath(QStringLiteral("nowhere"))}));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().toString().contains(QLatin1String("does not exist")), qPrintable(missing.error().toString()));

        const QString noTok = dir_.filePath(QStringLiteral("noTokenizer"));
        QVERIFY(gen_test::makeTinyModel(noTok, 3, false));
        auto r = gen::runCandidateJob(spec(path, {noTok}));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(QLatin1String("tokenizer")), qPrintable(r.error().toString()));

        const QString notModel = dir_.filePath(QStringLiteral("notAModel"));
        QVERIFY(QDir().mkpath(notModel));
        auto nm = gen::runCandidateJob(spec(path, {notModel}));
        QVERIFY(!nm.ok());
        QVERIFY2(nm.error().toString().contains(QLatin1String("config.json")), qPrintable(nm.error().toString()));

        // Greedy decoding cannot give two different candidates.
        auto greedy = spec(path, {modelA_});
        greedy.sampling.temperature = 0.0;
        auto g = gen::runCandidateJob(greedy);
        QVERIFY(!g.ok());
        QVERIFY2(g.error().toString().contains(QLatin1String("greedy")), qPrintable(g.error().toString()));

        QVERIFY(!gen::validateCandidateJob(spec(path, {modelA_}, 1)).ok());  // one candidate: no pair
        auto ws = reopen(path);
        QCOMPARE(count(*ws.value(), QStringLiteral("SELECT COUNT(*) FROM generations")), qint64(0));
        // Nothing was registered for the folders that failed to load.
        // (Kept in a variable: Result::value() && returns a reference into the temporary,
        // which a range-for would use after it is gone — found by ASan.)
        const auto versions = ws.value()->modelVersions();
        QVERIFY(versions.ok());
        for (const store::ModelVersion& v : versions.value()) QVERIFY(v.name != QLatin1String("noTokenizer"));
    }
};

QTEST_GUILESS_MAIN(TestCandidateJob)
#include "tst_candidate_job.moc"
