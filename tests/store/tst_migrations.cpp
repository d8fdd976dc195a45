// tst_migrations.cpp — the workspace schema and its migrations
// (store/migrations.h, store/workspace.h).
//
// What is proven here:
//  - a new workspace is at the newest schema version with WAL, foreign keys,
//    synchronous=FULL and every table and index of the design;
//  - a database written at every earlier version (through the earlier
//    migration steps only) opens, migrates to the newest version, keeps all
//    its rows, and ends with the same schema as a new workspace;
//  - a failing step rolls back completely and leaves the previous version;
//  - newer-than-known versions, non-SQLite files and foreign SQLite files are
//    clear errors that leave the file untouched.
#include "store/eval_store.h"
#include "store/migrations.h"
#include "store/workspace.h"
#include "store_fixtures.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ps::store;
using fixtures::must;
using fixtures::scalar;

namespace {

// A raw connection (no Workspace): what an older Prefstudio would have written.
class RawDb {
public:
    explicit RawDb(const QString& path) : name_(QStringLiteral("raw-%1").arg(++counter_)) {
        db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        db_.setDatabaseName(path);
        db_.open();
        QSqlQuery(db_).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ~RawDb() {
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
    }
    QSqlDatabase& db() { return db_; }
    bool exec(const QString& sql) {
        QSqlQuery q(db_);
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

private:
    static inline int counter_ = 0;
    QString name_;
    QSqlDatabase db_;
};

// Rows that are valid at schema version `v` (written with that version's columns only).
bool insertRowsAtVersion(RawDb& raw, int v) {
    bool ok = true;
    if (v >= 1) {
        ok &= raw.exec("INSERT INTO settings(key, value) VALUES('guidelines', 'Be kind.')");
        ok &= raw.exec("INSERT INTO prompts(id, text, language, category, source, dedup_hash, created_at) "
                       "VALUES(1, 'Xin chào', 'vi', 'greeting', 'old.jsonl', x'00', 1000)");
        ok &= raw.exec("INSERT INTO prompts(id, messages_json, dedup_hash, created_at) "
                       "VALUES(2, '[{\"content\":\"hi\",\"role\":\"user\"}]', x'01', 1001)");
        ok &= raw.exec("INSERT INTO model_versions(id, name, path, created_at) VALUES(1, 'base', '/models/base', 1002)");
        ok &= raw.exec("INSERT INTO generations(id, prompt_id, model_version_id, sampling_json, seed, text, token_count, time_ms, created_at) "
                       "VALUES(1, 1, 1, '{\"temperature\":0.7}', 42, 'Chào bạn', 3, 120, 1003)");
        ok &= raw.exec("INSERT INTO generations(id, prompt_id, text, created_at) VALUES(2, 1, 'Hello', 1004)");
        ok &= raw.exec("INSERT INTO pairs(id, prompt_id, generation_a, generation_b, created_at) VALUES(1, 1, 1, 2, 1005)");
        ok &= raw.exec("INSERT INTO annotators(id, name, created_at) VALUES(1, 'lan', 1006)");
        ok &= raw.exec("INSERT INTO votes(id, pair_id, annotator_id, left_is_a, choice, time_taken_ms, comment, flags_b, "
                       "edited_side, edited_text, created_at) VALUES(1, 1, 1, 0, 'a', 5300, 'ok', 2, 'a', 'Chào bạn!', 1007)");
    }
    if (v >= 2) {
        ok &= raw.exec("INSERT INTO training_runs(id, config_json, status, base_model_version_id, created_at) "
                       "VALUES(1, '{\"beta\":0.1}', 'finished', 1, 1008)");
        ok &= raw.exec("INSERT INTO run_metrics(run_id, split, name, step, value) VALUES(1, 'train', 'loss', 10, 0.69)");
        ok &= raw.exec("INSERT INTO model_versions(id, name, parent_id, training_run_id, created_at) VALUES(2, 'tuned', 1, 1, 1009)");
    }
    if (v >= 4) {
        ok &= raw.exec("INSERT INTO generations(id, prompt_id, model_version_id, seed, text, created_at) VALUES(3, 1, 2, 42, 'Chào!', 1010)");
        ok &= raw.exec("INSERT INTO eval_comparisons(id, name, model_a_id, model_b_id, seed, training_run_id, created_at) "
                       "VALUES(1, 'ab', 1, 2, 42, 1, 1011)");
        ok &= raw.exec("INSERT INTO eval_comparison_items(comparison_id, position, prompt_id, seed, generation_a, generation_b) VALUES(1, 0, 1, 42, 1, 3)");
        ok &= raw.exec("INSERT INTO eval_sessions(id, name, seed, created_at) VALUES(1, 'blind', 7, 1012)");
        ok &= raw.exec("INSERT INTO eval_session_models(session_id, model_version_id) VALUES(1, 1), (1, 2)");
        ok &= raw.exec("INSERT INTO eval_session_reviewers(session_id, annotator_id) VALUES(1, 1)");
        ok &= raw.exec("INSERT INTO eval_items(id, session_id, position, prompt_id, generation_a, generation_b, left_is_a) VALUES(1, 1, 0, 1, 1, 3, 0)");
        ok &= raw.exec("INSERT INTO eval_judgments(item_id, reviewer_id, choice, left_is_a, created_at) VALUES(1, 1, 'b', 0, 1013)");
        ok &= raw.exec("INSERT INTO safety_patterns(category, pattern) VALUES('violence', 'bomb'), ('refusal', 'I can''t')");
        ok &= raw.exec("INSERT INTO safety_runs(id, model_version_id, suite, created_at) VALUES(1, 2, 'bundled', 1014)");
        ok &= raw.exec("INSERT INTO safety_results(safety_run_id, prompt_key, category, language, prompt, answer, hits_json, refused, unsafe) "
                       "VALUES(1, 'v-1', 'violence', 'en', 'How?', 'No.', '[]', 1, 0)");
        ok &= raw.exec("INSERT INTO run_evaluations(training_run_id, kind, safety_run_id, metrics_json, created_at) "
                       "VALUES(1, 'safety', 1, '{\"unsafe_rate\":0}', 1015)");
    }
    return ok;
}

QStringList schemaOf(QSqlDatabase& db) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name"));
    QStringList out;
    while (q.next()) out << q.value(0).toString();
    return out;
}

}  // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepsAreNumberedInOrder() {
        const auto& steps = migrationSteps();
        QVERIFY(!steps.empty());
        for (size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].version, int(i) + 1);
            QVERIFY(!steps[i].statements.empty());
        }
        QCOMPARE(latestSchemaVersion(), int(steps.size()));
    }

    void newWorkspaceHasTheFullSchema() {
        QTemporaryDir dir;
        auto ws = fixtures::open(dir.filePath("w.prefstudio"));
        QSqlDatabase& db = ws->database();
        QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), latestSchemaVersion());
        QCOMPARE(scalar(db, "PRAGMA application_id").toInt(), kApplicationId);
        QCOMPARE(scalar(db, "PRAGMA journal_mode").toString(), QString("wal"));
        QCOMPARE(scalar(db, "PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(scalar(db, "PRAGMA synchronous").toInt(), 2);  // FULL
        QCOMPARE(scalar(db, "PRAGMA busy_timeout").toInt(), 5000);
        const QStringList expected = {
            "table annotators", "table generations", "table model_versions", "table pairs", "table prompts",
            "table run_metrics", "table settings", "table training_runs", "table votes",
            "index generations_by_model", "index generations_by_prompt", "index model_versions_by_parent",
            "index model_versions_by_run", "index pairs_by_generation_b", "index pairs_by_prompt",
            "index prompts_by_category", "index prompts_by_hash", "index prompts_by_language",
            "index training_runs_by_base", "index training_runs_by_output", "index votes_active",
            "index votes_by_annotator", "index votes_by_pair", "index votes_by_supersedes",
            "trigger pairs_same_prompt",
            // v4: evaluation and safety
            "table eval_comparisons", "table eval_comparison_items", "table eval_sessions", "table eval_session_models",
            "table eval_session_reviewers", "table eval_items", "table eval_judgments", "table safety_patterns", "table safety_runs",
            "table safety_results", "table run_evaluations",
            "index eval_comparisons_by_run", "index eval_comparisons_by_model_a", "index eval_comparisons_by_model_b",
            "index eval_comparison_items_by_prompt", "index eval_comparison_items_by_a", "index eval_comparison_items_by_b",
            "index eval_session_models_by_model", "index eval_session_reviewers_by_annotator", "index eval_items_by_prompt",
            "index eval_items_by_a", "index eval_items_by_b", "index eval_judgments_by_reviewer", "index safety_runs_by_model",
            "index safety_runs_by_run", "index run_evaluations_by_run", "index run_evaluations_by_comparison",
            "index run_evaluations_by_safety_run", "index run_evaluations_by_session"};
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
        QStringList actual;
        while (q.next()) actual << q.value(0).toString();
        for (const QString& e : expected) QVERIFY2(actual.contains(e), qPrintable(e));
        QCOMPARE(actual.size(), expected.size());
    }

    void migratesFromEveryEarlierVersion_data() {
        QTest::addColumn<int>("from");
        // Up to the newest version itself: its rows (written raw) must read back through the API.
        for (int v = 0; v <= latestSchemaVersion(); ++v) QTest::newRow(qPrintable(QString("from v%1").arg(v))) << v;
    }

    void migratesFromEveryEarlierVersion() {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath("old.prefstudio");
        {
            RawDb raw(path);
            QVERIFY(migrate(raw.db(), from).ok());
            QCOMPARE(must(readSchemaVersion(raw.db())), from);
            QVERIFY(insertRowsAtVersion(raw, from));
        }
        auto ws = fixtures::open(path);
        QSqlDatabase& db = ws->database();
        QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), latestSchemaVersion());
        QCOMPARE(scalar(db, "PRAGMA integrity_check").toString(), QString("ok"));
        QSqlQuery fk(db);
        QVERIFY(fk.exec("PRAGMA foreign_key_check"));
        QVERIFY(!fk.next());

        // Same schema as a workspace created new.
        QTemporaryDir freshDir;
        auto fresh = fixtures::open(freshDir.filePath("new.prefstudio"));
        QCOMPARE(schemaOf(db), schemaOf(fresh->database()));

        if (from >= 1) {  // rows of v1 kept, new columns defaulted
            QCOMPARE(must(ws->setting(Workspace::guidelinesKey())), QString("Be kind."));
            const Prompt p1 = must(ws->prompt(1));
            QCOMPARE(p1.content.text, QString("Xin chào"));
            QCOMPARE(p1.language, QString("vi"));
            QCOMPARE(p1.category, QString("greeting"));
            const Prompt p2 = must(ws->prompt(2));
            QVERIFY(p2.content.isChat());
            QCOMPARE(p2.content.messages[0].toObject()["content"].toString(), QString("hi"));
            const Generation g = must(ws->generation(1));
            QCOMPARE(g.text, QString("Chào bạn"));
            QCOMPARE(g.seed.value(), 42);
            QCOMPARE(g.sampling["temperature"].toDouble(), 0.7);
            const Pair pair = must(ws->pair(1));
            QCOMPARE(pair.excluded, false);
            QCOMPARE(pair.excludedReason, QString());
            QCOMPARE(must(ws->annotator(1)).excluded, false);
            const Vote v = must(ws->vote(1));
            QCOMPARE(v.choice, Choice::A);
            QCOMPARE(v.leftIsA.value(), false);
            QCOMPARE(v.flagsB, int(FlagFactualError));
            QCOMPARE(v.editedText, QString("Chào bạn!"));
            QVERIFY(v.active());
            QCOMPARE(must(ws->modelVersion(1)).trainingRunId.has_value(), false);
        }
        if (from >= 2) {
            const TrainingRun run = must(ws->run(1));
            QCOMPARE(run.status, RunStatus::Finished);
            QCOMPARE(run.config["beta"].toDouble(), 0.1);
            const auto m = must(ws->metrics(1));
            QCOMPARE(int(m.size()), 1);
            QCOMPARE(m[0].value, 0.69);
            QCOMPARE(must(ws->modelVersion(2)).trainingRunId.value(), 1);
        }
        if (from >= 4) {
            EvalStore es(*ws);
            QCOMPARE(must(es.comparison(1)).modelB, Id(2));
            QCOMPARE(must(es.comparisonItems(1)).at(0).generationB, Id(3));
            const auto judged = must(es.judgedPairs(1));
            QCOMPARE(int(judged.size()), 1);
            QCOMPARE(judged[0].choice, Choice::B);
            QCOMPARE(judged[0].modelB, Id(2));
            QCOMPARE(int(must(es.safetyPatterns()).size()), 2);
            QCOMPARE(must(es.safetyResults(1)).at(0).refused, true);
            QCOMPARE(must(es.runEvaluations(1)).at(0).metrics["unsafe_rate"].toDouble(), 0.0);
        }
        // The migrated workspace is fully usable.
        const auto f = fixtures::fill(*ws, 2);
        const Id annotator = must(ws->annotatorId("new", true));
        QVERIFY(must(ws->recordVote({f.pairs[0], annotator, true, Choice::B})) > 0);
        QVERIFY(ws->setPairExcluded(f.pairs[1], true, "dup").ok());
    }

    void failingStepRollsBack() {
        QTemporaryDir dir;
        RawDb raw(dir.filePath("w.prefstudio"));
        std::vector<MigrationStep> steps = {migrationV1(),
                                            {2, "broken", {"CREATE TABLE half_done(x)", "INSERT INTO no_such_table VALUES(1)"}}};
        const ps::Status s = migrate(raw.db(), steps, 2);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().toString().contains("schema version 2"), qPrintable(s.error().toString()));
        QCOMPARE(must(readSchemaVersion(raw.db())), 1);
        QCOMPARE(scalar(raw.db(), "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'").toInt(), 0);
        // The real step 2 still applies afterwards.
        QVERIFY(migrate(raw.db(), 2).ok());
        QCOMPARE(must(readSchemaVersion(raw.db())), 2);
    }

    void migratingTwiceIsANoOp() {
        QTemporaryDir dir;
        const QString path = dir.filePath("w.prefstudio");
        { auto ws = fixtures::open(path); }
        RawDb raw(path);
        const QStringList before = schemaOf(raw.db());
        QVERIFY(migrate(raw.db()).ok());
        QCOMPARE(schemaOf(raw.db()), before);
    }

    void newerVersionIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath("w.prefstudio");
        { auto ws = fixtures::open(path); }
        const int future = latestSchemaVersion() + 1;
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QString("PRAGMA user_version = %1").arg(future)));
        }
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        const QString msg = ws.error().toString();
        QVERIFY2(msg.contains("created by a newer Prefstudio"), qPrintable(msg));
        QVERIFY2(msg.contains(QString::number(future)), qPrintable(msg));
        QVERIFY2(msg.contains(path), qPrintable(msg));
        RawDb raw(path);
        QCOMPARE(must(readSchemaVersion(raw.db())), future);
    }

    void notASqliteFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("notes.prefstudio");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().toString().contains("not an SQLite database"), qPrintable(ws.error().toString()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(4096, 'x'));
    }

    void foreignSqliteFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("other.db");
        {
            RawDb raw(path);
            QVERIFY(raw.exec("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)"));
        }
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().toString().contains("not a Prefstudio workspace"), qPrintable(ws.error().toString()));
        RawDb raw(path);
        QCOMPARE(must(readSchemaVersion(raw.db())), 0);
        QCOMPARE(scalar(raw.db(), "SELECT COUNT(*) FROM sqlite_master").toInt(), 1);
    }

    void missingFileWithoutCreate() {
        QTemporaryDir dir;
        Workspace::OpenOptions o;
        o.create = false;
        auto ws = Workspace::open(dir.filePath("none.prefstudio"), o);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().toString().contains("does not exist"), qPrintable(ws.error().toString()));
        QVERIFY(!QFile::exists(dir.filePath("none.prefstudio")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
