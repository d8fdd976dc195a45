// tst_workspace.cpp — the Workspace API (store/workspace.h): every call's
// effect is checked with direct SQL on the same file.
//
// What is proven here:
//  - prompts (text and chat), dedup hashes, model versions, generations and
//    pairs land with every column; bulk calls are one transaction (one bad
//    item, nothing stored); invalid references are clear errors;
//  - a vote is committed when recordVote returns (a second connection sees
//    it); re-voting supersedes; undo walks back like a stack and reactivates
//    superseded votes;
//  - queue filters, keyset paging, counts and progress;
//  - exclusions, settings, training runs and metrics (NaN kept);
//  - explicit transactions and savepoints; two connections on one file;
//  - a second studio instance is refused by the lock; a writer blocked by
//    another connection's write transaction waits up to busy_timeout and then
//    fails with a clear "busy" error, or succeeds when the lock is released.
#include "store/workspace.h"
#include "store_fixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <cmath>
#include <thread>
#include <sys/file.h>
#include <unistd.h>

using namespace ps::store;
using fixtures::count;
using fixtures::must;
using fixtures::scalar;

class TestWorkspace : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int n_ = 0;
    QString freshPath() { return dir_.filePath(QStringLiteral("w%1.prefstudio").arg(++n_)); }

    QVariant sql(Workspace& ws, const QString& q) { return scalar(ws.database(), q); }

    std::vector<Id> ids(const std::vector<QueueItem>& items) {
        std::vector<Id> out;
        for (const auto& i : items) out.push_back(i.pairId);
        return out;
    }

private Q_SLOTS:
    void settings() {
        auto ws = fixtures::open(freshPath());
        QCOMPARE(must(ws->setting("guidelines", "none")), QString("none"));
        QVERIFY(ws->setSetting(Workspace::guidelinesKey(), "Prefer short, correct answers.").ok());
        QVERIFY(ws->setSetting("empty", QString()).ok());
        QCOMPARE(sql(*ws, "SELECT value FROM settings WHERE key = 'guidelines'").toString(), QString("Prefer short, correct answers."));
        QVERIFY(ws->setSetting(Workspace::guidelinesKey(), "v2").ok());
        QCOMPARE(must(ws->setting(Workspace::guidelinesKey())), QString("v2"));
        QCOMPARE(count(*ws, "settings"), 2);
    }

    void prompts() {
        auto ws = fixtures::open(freshPath());
        NewPrompt text;
        text.content.text = "Tôi muốn đổi mật khẩu";
        text.language = "vi";
        text.category = "account";
        text.source = "demo";
        NewPrompt chat;
        chat.content.messages = QJsonArray{QJsonObject{{"role", "system"}, {"content", "Be brief."}},
                                           QJsonObject{{"role", "user"}, {"content", "Reset my password"}}};
        const auto ids = must(ws->addPrompts({text, chat}));
        QCOMPARE(int(ids.size()), 2);
        QCOMPARE(sql(*ws, QString("SELECT text FROM prompts WHERE id = %1").arg(ids[0])).toString(), text.content.text);
        QVERIFY(sql(*ws, QString("SELECT messages_json FROM prompts WHERE id = %1").arg(ids[0])).isNull());
        QCOMPARE(sql(*ws, QString("SELECT language || '/' || category || '/' || source FROM prompts WHERE id = %1").arg(ids[0])).toString(),
                 QString("vi/account/demo"));
        QVERIFY(sql(*ws, QString("SELECT text FROM prompts WHERE id = %1").arg(ids[1])).isNull());
        QVERIFY(sql(*ws, QString("SELECT messages_json FROM prompts WHERE id = %1").arg(ids[1])).toString().contains("Reset my password"));
        QVERIFY(sql(*ws, QString("SELECT created_at FROM prompts WHERE id = %1").arg(ids[1])).toLongLong() > 1600000000000LL);
        const Prompt back = must(ws->prompt(ids[1]));
        QCOMPARE(back.content.messages, chat.content.messages);
        QCOMPARE(back.dedupHash.size(), 32);
        QCOMPARE(must(ws->promptCount()), 2);
    }

    void promptDedupHash() {
        // NFC vs NFD and surrounding space hash alike; other text does not.
        const QString nfc = QString::fromUtf8("Chào bạn");
        const QString nfd = nfc.normalized(QString::NormalizationForm_D);
        QVERIFY(nfc != nfd);
        PromptContent a{nfc, {}}, b{"  " + nfd + "\n", {}}, c{"Chào bạn!", {}};
        QCOMPARE(Workspace::promptHash(a), Workspace::promptHash(b));
        QVERIFY(Workspace::promptHash(a) != Workspace::promptHash(c));
        // A chat prompt never hashes like the text of its message.
        PromptContent chat{{}, QJsonArray{QJsonObject{{"role", "user"}, {"content", nfc}}}};
        QVERIFY(Workspace::promptHash(chat) != Workspace::promptHash(a));

        auto ws = fixtures::open(freshPath());
        const Id id = must(ws->addPrompt({a}));
        QCOMPARE(must(ws->findPromptByHash(Workspace::promptHash(b))).value(), id);
        QVERIFY(!must(ws->findPromptByHash(Workspace::promptHash(c))).has_value());
    }

    void bulkPromptsAreAllOrNothing() {
        auto ws = fixtures::open(freshPath());
        NewPrompt ok;
        ok.content.text = "fine";
        NewPrompt empty;
        NewPrompt both;
        both.content.text = "x";
        both.content.messages = QJsonArray{QJsonObject{{"role", "user"}, {"content", "y"}}};
        auto r = ws->addPrompts({ok, ok, empty});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains("the prompt is empty"), qPrintable(r.error().toString()));
        QVERIFY(!ws->addPrompts({ok, both}).ok());
        QCOMPARE(count(*ws, "prompts"), 0);
    }

    void modelVersionsAndGenerations() {
        auto ws = fixtures::open(freshPath());
        const Id base = must(ws->addModelVersion({"LFM2-350M", "/models/lfm2-350m", {}, {}}));
        const Id tuned = must(ws->addModelVersion({"tuned-1", "/ws/tuned-1", base, {}}));
        QCOMPARE(sql(*ws, QString("SELECT parent_id FROM model_versions WHERE id = %1").arg(tuned)).toLongLong(), base);
        auto dup = ws->addModelVersion({"tuned-1", "", {}, {}});
        QVERIFY(!dup.ok());
        QVERIFY2(dup.error().toString().contains("already taken"), qPrintable(dup.error().toString()));
        QVERIFY(!ws->addModelVersion({"orphan", "", Id(999), {}}).ok());
        QCOMPARE(int(must(ws->modelVersions()).size()), 2);

        const Id prompt = must(ws->addPrompt({{"hello", {}}}));
        NewGeneration g;
        g.promptId = prompt;
        g.modelVersionId = tuned;
        g.sampling = QJsonObject{{"temperature", 0.8}, {"top_p", 0.95}};
        g.seed = 1234;
        g.text = "Hi there";
        g.tokenCount = 3;
        g.timeMs = 250;
        g.source = "generate";
        const Id gen = must(ws->addGeneration(g));
        QCOMPARE(sql(*ws, QString("SELECT sampling_json FROM generations WHERE id = %1").arg(gen)).toString(),
                 QString("{\"temperature\":0.8,\"top_p\":0.95}"));
        QCOMPARE(sql(*ws, QString("SELECT seed || ',' || token_count || ',' || time_ms || ',' || model_version_id FROM generations WHERE id = %1").arg(gen))
                     .toString(),
                 QString("1234,3,250,%1").arg(tuned));
        const Generation back = must(ws->generation(gen));
        QCOMPARE(back.text, g.text);
        QCOMPARE(back.seed.value(), 1234);
        QCOMPARE(back.tokenCount.value(), 3);

        NewGeneration bad = g;
        bad.promptId = 999;
        auto r = ws->addGenerations({g, bad});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains("prompt 999"), qPrintable(r.error().toString()));
        QCOMPARE(count(*ws, "generations"), 1);
    }

    void pairs() {
        auto ws = fixtures::open(freshPath());
        const auto f = fixtures::fill(*ws, 2);
        QCOMPARE(count(*ws, "pairs"), 2);
        const Pair p = must(ws->pair(f.pairs[0]));
        QCOMPARE(p.promptId, f.prompts[0]);
        QCOMPARE(sql(*ws, QString("SELECT text FROM generations WHERE id = %1").arg(p.generationA)).toString(), QString("a 0"));
        // Generations of another prompt, the same generation twice, a repeated pair.
        const Pair q = must(ws->pair(f.pairs[1]));
        auto cross = ws->createPair({f.prompts[0], p.generationA, q.generationB});
        QVERIFY(!cross.ok());
        QVERIFY2(cross.error().toString().contains("answers another prompt"), qPrintable(cross.error().toString()));
        QVERIFY(!ws->createPair({f.prompts[0], p.generationA, p.generationA}).ok());
        auto again = ws->createPair({f.prompts[0], p.generationA, p.generationB});
        QVERIFY(!again.ok());
        QVERIFY2(again.error().toString().contains("already exists"), qPrintable(again.error().toString()));
        QVERIFY(!ws->createPair({f.prompts[0], p.generationA, 999}).ok());
        // The reverse order is a different pair (sides are shown randomized anyway).
        QVERIFY(ws->createPair({f.prompts[0], p.generationB, p.generationA}).ok());
        QCOMPARE(count(*ws, "pairs"), 3);
        // The database itself refuses a cross-prompt pair.
        QSqlQuery raw(ws->database());
        QVERIFY(!raw.exec(QString("INSERT INTO pairs(prompt_id, generation_a, generation_b, created_at) VALUES(%1, %2, %3, 0)")
                              .arg(f.prompts[1])
                              .arg(p.generationA)
                              .arg(q.generationB)));
    }

    void annotators() {
        auto ws = fixtures::open(freshPath());
        const Id lan = must(ws->addAnnotator("  Lan "));
        QCOMPARE(sql(*ws, QString("SELECT name FROM annotators WHERE id = %1").arg(lan)).toString(), QString("Lan"));
        auto dup = ws->addAnnotator("Lan");
        QVERIFY(!dup.ok());
        QVERIFY2(dup.error().toString().contains("already exists"), qPrintable(dup.error().toString()));
        QVERIFY(!ws->addAnnotator("  ").ok());
        QCOMPARE(must(ws->annotatorId("Lan", false)), lan);
        QVERIFY(!ws->annotatorId("Minh", false).ok());
        const Id minh = must(ws->annotatorId("Minh", true));
        QVERIFY(minh != lan);
        QCOMPARE(int(must(ws->annotators()).size()), 2);
    }

    void recordVoteStoresEveryField() {
        auto ws = fixtures::open(freshPath());
        const auto f = fixtures::fill(*ws, 1);
        const Id lan = must(ws->addAnnotator("Lan"));
        NewVote v;
        v.pairId = f.pairs[0];
        v.annotatorId = lan;
        v.leftIsA = false;
        v.choice = Choice::B;
        v.timeTakenMs = 4200;
        v.comment = "B is more polite";
        v.flagsA = FlagUnsafe | FlagOffTopic;
        v.flagsB = FlagOther;
        v.editedSide = Side::B;
        v.editedText = "b 0, edited";
        const Id id = must(ws->recordVote(v));
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QString("SELECT pair_id, annotator_id, left_is_a, choice, time_taken_ms, comment, flags_a, flags_b, "
                               "edited_side, edited_text, created_at, undone_at, superseded_at, supersedes_id FROM votes WHERE id = %1")
                           .arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), f.pairs[0]);
        QCOMPARE(q.value(1).toLongLong(), lan);
        QCOMPARE(q.value(2).toInt(), 0);
        QCOMPARE(q.value(3).toString(), QString("b"));
        QCOMPARE(q.value(4).toLongLong(), 4200);
        QCOMPARE(q.value(5).toString(), QString("B is more polite"));
        QCOMPARE(q.value(6).toInt(), 5);
        QCOMPARE(q.value(7).toInt(), 8);
        QCOMPARE(q.value(8).toString(), QString("b"));
        QCOMPARE(q.value(9).toString(), QString("b 0, edited"));
        QVERIFY(q.value(10).toLongLong() > 0);
        QVERIFY(q.value(11).isNull());
        QVERIFY(q.value(12).isNull());
        QVERIFY(q.value(13).isNull());

        // A minimal vote: no side shown (imported), no time, no edit.
        const Id id2 = must(ws->recordVote({f.pairs[0], must(ws->addAnnotator("import")), std::nullopt, Choice::Tie}));
        QVERIFY(sql(*ws, QString("SELECT left_is_a FROM votes WHERE id = %1").arg(id2)).isNull());
        QVERIFY(sql(*ws, QString("SELECT edited_text FROM votes WHERE id = %1").arg(id2)).isNull());
        const Vote back = must(ws->vote(id));
        QCOMPARE(back.choice, Choice::B);
        QCOMPARE(back.editedSide.value(), Side::B);
        QCOMPARE(back.leftIsA.value(), false);
    }

    void invalidVotes_data() {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such pair") << 0 << "pair 999 does not exist";
        QTest::newRow("no such annotator") << 1 << "annotator 999 does not exist";
        QTest::newRow("unknown flag") << 2 << "unknown vote flags";
        QTest::newRow("empty edit") << 3 << "the edited answer is empty";
        QTest::newRow("edit without side") << 4 << "needs the side";
        QTest::newRow("negative time") << 5 << "cannot be negative";
    }

    void invalidVotes() {
        QFETCH(int, what);
        QFETCH(QString, message);
        auto ws = fixtures::open(freshPath());
        const auto f = fixtures::fill(*ws, 1);
        NewVote v{f.pairs[0], must(ws->addAnnotator("Lan")), true, Choice::A};
        switch (what) {
        case 0: v.pairId = 999; break;
        case 1: v.annotatorId = 999; break;
        case 2: v.flagsA = 16; break;
        case 3: v.editedSide = Side::A; break;
        case 4: v.editedText = "text"; break;
        case 5: v.timeTakenMs = -1; break;
        }
        auto r = ws->recordVote(v);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(message), qPrintable(r.error().toString()));
        QVERIFY2(r.error().toString().contains("recording a vote"), qPrintable(r.error().toString()));
        QCOMPARE(count(*ws, "votes"), 0);
    }

    void voteIsCommittedWhenRecorded() {
        const QString path = freshPath();
        auto ws = fixtures::open(path);
        const auto f = fixtures::fill(*ws, 1);
        auto other = fixtures::open(path);  // another connection (a trainer thread, a second reader)
        const Id id = must(ws->recordVote({f.pairs[0], must(ws->addAnnotator("Lan")), true, Choice::A}));
        QCOMPARE(scalar(other->database(), QString("SELECT choice FROM votes WHERE id = %1").arg(id)).toString(), QString("a"));
    }

    void revoteSupersedesAndUndoRestores() {
        auto ws = fixtures::open(freshPath());
        const auto f = fixtures::fill(*ws, 2);
        const Id lan = must(ws->addAnnotator("Lan"));
        const Id minh = must(ws->addAnnotator("Minh"));
        const Id v1 = must(ws->recordVote({f.pairs[0], lan, true, Choice::A}));
        const Id v2 = must(ws->recordVote({f.pairs[1], lan, false, Choice::B}));
        const Id m1 = must(ws->recordVote({f.pairs[0], minh, true, Choice::Tie}));
        const Id v3 = must(ws->recordVote({f.pairs[0], lan, false, Choice::B}));  // Lan changes her mind
        QVERIFY(!sql(*ws, QString("SELECT superseded_at FROM votes WHERE id = %1").arg(v1)).isNull());
        QCOMPARE(sql(*ws, QString("SELECT supersedes_id FROM votes WHERE id = %1").arg(v3)).toLongLong(), v1);
        QCOMPARE(count(*ws, "votes", QString("pair_id = %1 AND annotator_id = %2 AND undone_at IS NULL AND superseded_at IS NULL")
                                         .arg(f.pairs[0])
                                         .arg(lan)),
                 1);
        // The database itself refuses two active votes of one annotator on one pair.
        QSqlQuery raw(ws->database());
        QVERIFY(!raw.exec(QString("INSERT INTO votes(pair_id, annotator_id, choice, created_at) VALUES(%1, %2, 'a', 0)").arg(f.pairs[0]).arg(lan)));

        // Undo #1: v3 undone, v1 active again.
        QCOMPARE(must(ws->undoLastVote(lan)).value(), v3);
        QVERIFY(!sql(*ws, QString("SELECT undone_at FROM votes WHERE id = %1").arg(v3)).isNull());
        QVERIFY(sql(*ws, QString("SELECT superseded_at FROM votes WHERE id = %1").arg(v1)).isNull());
        QCOMPARE(must(ws->votesForPair(f.pairs[0])).size(), size_t(2));  // v1 and m1
        // Undo #2 and #3: v2, then v1. Minh's vote is untouched.
        QCOMPARE(must(ws->undoLastVote(lan)).value(), v2);
        QCOMPARE(must(ws->undoLastVote(lan)).value(), v1);
        QVERIFY(!must(ws->undoLastVote(lan)).has_value());
        QCOMPARE(count(*ws, "votes", "undone_at IS NULL AND superseded_at IS NULL"), 1);
        QVERIFY(must(ws->vote(m1)).active());
        QCOMPARE(must(ws->votesForPair(f.pairs[0], false)).size(), size_t(3));
        // Nothing is ever deleted.
        QCOMPARE(count(*ws, "votes"), 4);
    }

    void queueFilters() {
        auto ws = fixtures::open(freshPath());
        const auto f = fixtures::fill(*ws, 6);
        const auto& p = f.pairs;
        const Id lan = must(ws->addAnnotator("Lan"));
        const Id minh = must(ws->addAnnotator("Minh"));
        must(ws->recordVote({p[0], lan, true, Choice::A}));
        must(ws->recordVote({p[0], minh, true, Choice::B}));  // disagreement
        must(ws->recordVote({p[1], lan, true, Choice::A}));
        must(ws->recordVote({p[1], minh, false, Choice::A}));  // agreement
        NewVote flagged{p[2], minh, true, Choice::B};
        flagged.flagsA = FlagUnsafe;
        must(ws->recordVote(flagged));
        must(ws->recordVote({p[3], lan, true, Choice::Skip}));  // a skip is not a label
        must(ws->recordVote({p[4], minh, true, Choice::Tie}));
        must(ws->recordVote({p[4], lan, true, Choice::Skip}));  // skips never disagree
        QVERIFY(ws->setPairExcluded(p[5], true, "duplicate prompt").ok());

        auto q = [&](QueueFilter filter, std::optional<Id> ann = std::nullopt, bool excluded = false) {
            QueueQuery query;
            query.filter = filter;
            query.annotatorId = ann;
            query.includeExcluded = excluded;
            return ids(must(ws->queue(query)));
        };
        using V = std::vector<Id>;
        QCOMPARE(q(QueueFilter::Todo, lan), (V{p[2]}));
        QCOMPARE(q(QueueFilter::Todo, minh), (V{p[3]}));
        QCOMPARE(q(QueueFilter::Todo, minh, true), (V{p[3], p[5]}));
        QCOMPARE(q(QueueFilter::Mine, lan), (V{p[0], p[1], p[3], p[4]}));
        QCOMPARE(q(QueueFilter::Unlabeled), (V{p[3]}));
        QCOMPARE(q(QueueFilter::Flagged), (V{p[2]}));
        QCOMPARE(q(QueueFilter::Disagreements), (V{p[0]}));
        QCOMPARE(q(QueueFilter::All), (V{p[0], p[1], p[2], p[3], p[4]}));
        QCOMPARE(q(QueueFilter::All, std::nullopt, true).size(), size_t(6));
        QCOMPARE(must(ws->queueCount(QueueFilter::Mine, lan)), 4);
        QCOMPARE(must(ws->queueCount(QueueFilter::All, std::nullopt, true)), 6);
        QVERIFY(!ws->queue(QueueQuery{QueueFilter::Todo}).ok());  // needs an annotator

        // Item contents.
        QueueQuery one;
        one.filter = QueueFilter::All;
        one.limit = 1;
        const QueueItem it = must(ws->queue(one)).front();
        QCOMPARE(it.pairId, p[0]);
        QCOMPARE(it.prompt.text, QString("prompt 0"));
        QCOMPARE(it.textA, QString("a 0"));
        QCOMPARE(it.textB, QString("b 0"));
        QCOMPARE(it.language, QString("en"));
        QCOMPARE(it.activeVotes, 2);

        // The next pair for an annotator follows her votes.
        QCOMPARE(must(ws->nextPair(lan))->pairId, p[2]);
        must(ws->recordVote({p[2], lan, true, Choice::A}));
        QVERIFY(!must(ws->nextPair(lan)).has_value());
        must(ws->undoLastVote(lan));
        QCOMPARE(must(ws->nextPair(lan))->pairId, p[2]);
    }

    void queuePaging() {
        auto ws = fixtures::open(freshPath());
        const auto f = fixtures::fill(*ws, 25);
        QueueQuery q;
        q.filter = QueueFilter::All;
        q.limit = 10;
        std::vector<Id> seen;
        for (;;) {
            const auto page = must(ws->queue(q));
            if (page.empty()) break;
            QVERIFY(page.size() <= 10);
            for (const auto& it : page) seen.push_back(it.pairId);
            q.afterPairId = page.back().pairId;
        }
        QCOMPARE(seen, f.pairs);
    }

    void progress() {
        auto ws = fixtures::open(freshPath());
        const auto f = fixtures::fill(*ws, 5);
        const Id lan = must(ws->addAnnotator("Lan"));
        const Id minh = must(ws->addAnnotator("Minh"));
        must(ws->recordVote({f.pairs[0], lan, true, Choice::A}));
        must(ws->recordVote({f.pairs[1], lan, true, Choice::Skip}));
        must(ws->recordVote({f.pairs[2], lan, true, Choice::B}));
        must(ws->recordVote({f.pairs[2], minh, true, Choice::B}));
        must(ws->recordVote({f.pairs[4], lan, true, Choice::B}));
        QVERIFY(ws->setPairExcluded(f.pairs[4], true).ok());
        const Progress all = must(ws->progress());
        QCOMPARE(all.pairs, 5);
        QCOMPARE(all.excludedPairs, 1);
        QCOMPARE(all.labeledPairs, 2);  // pairs 0 and 2; 1 only skipped, 4 excluded
        const Progress mine = must(ws->progress(lan));
        QCOMPARE(mine.myVotes, 3);
        QCOMPARE(mine.mySkips, 1);
        QCOMPARE(mine.myRemaining, 1);
        QCOMPARE(mine.myVotesLastHour, 3);
        QCOMPARE(must(ws->progress(minh)).myRemaining, 3);
    }

    void exclusions() {
        auto ws = fixtures::open(freshPath());
        const auto f = fixtures::fill(*ws, 1);
        const Id lan = must(ws->addAnnotator("Lan"));
        QVERIFY(ws->setAnnotatorExcluded(lan, true, "random clicking").ok());
        QCOMPARE(sql(*ws, QString("SELECT excluded || ':' || excluded_reason FROM annotators WHERE id = %1").arg(lan)).toString(),
                 QString("1:random clicking"));
        QVERIFY(ws->setAnnotatorExcluded(lan, false).ok());
        QCOMPARE(sql(*ws, QString("SELECT excluded || ':' || excluded_reason FROM annotators WHERE id = %1").arg(lan)).toString(), QString("0:"));
        QVERIFY(ws->setPairExcluded(f.pairs[0], true, "near-duplicate").ok());
        QCOMPARE(must(ws->pair(f.pairs[0])).excludedReason, QString("near-duplicate"));
        QVERIFY(!ws->setPairExcluded(999, true).ok());
        QVERIFY(!ws->setAnnotatorExcluded(999, true).ok());
    }

    void runsAndMetrics() {
        auto ws = fixtures::open(freshPath());
        const Id base = must(ws->addModelVersion({"base", "/m/base", {}, {}}));
        const Id run = must(ws->createRun({QJsonObject{{"beta", 0.1}, {"loss_type", "sigmoid"}}, base}));
        TrainingRun r = must(ws->run(run));
        QCOMPARE(r.status, RunStatus::Pending);
        QVERIFY(!r.startedAt && !r.finishedAt);
        QCOMPARE(sql(*ws, QString("SELECT config_json FROM training_runs WHERE id = %1").arg(run)).toString(),
                 QString("{\"beta\":0.1,\"loss_type\":\"sigmoid\"}"));

        QVERIFY(ws->setRunStatus(run, RunStatus::Running).ok());
        r = must(ws->run(run));
        QVERIFY(r.startedAt.has_value());
        const qint64 started = *r.startedAt;
        QVERIFY(ws->setRunCheckpoint(run, "/ws/runs/1/step-100").ok());
        QVERIFY(ws->setRunStatus(run, RunStatus::Failed, "killed").ok());
        r = must(ws->run(run));
        QVERIFY(r.finishedAt.has_value());
        QCOMPARE(r.error, QString("killed"));
        // Resumed: started_at kept, finished_at cleared until it ends.
        QVERIFY(ws->setRunStatus(run, RunStatus::Running).ok());
        r = must(ws->run(run));
        QCOMPARE(*r.startedAt, started);
        QVERIFY(!r.finishedAt.has_value());
        QCOMPARE(r.error, QString());
        QCOMPARE(r.checkpointPath, QString("/ws/runs/1/step-100"));
        const Id tuned = must(ws->addModelVersion({"tuned", "/ws/tuned", base, run}));
        QVERIFY(ws->setRunOutput(run, tuned).ok());
        QVERIFY(!ws->setRunOutput(run, 999).ok());
        QVERIFY(ws->setRunStatus(run, RunStatus::Finished).ok());
        r = must(ws->run(run));
        QCOMPARE(r.outputModelVersionId.value(), tuned);
        QCOMPARE(r.status, RunStatus::Finished);
        QVERIFY(!ws->setRunStatus(999, RunStatus::Running).ok());

        QVERIFY(ws->addMetrics(run, {{1, Split::Train, "loss", 0.693}, {2, Split::Train, "loss", std::nan("")},
                                     {2, Split::Train, "rewards/accuracies", 0.5}, {2, Split::Eval, "loss", 0.7}})
                    .ok());
        QVERIFY(ws->addMetrics(run, {{1, Split::Train, "loss", 0.6}}).ok());  // a resumed run rewrites step 1
        QCOMPARE(count(*ws, "run_metrics"), 4);
        QVERIFY(sql(*ws, "SELECT value FROM run_metrics WHERE step = 2 AND name = 'loss' AND split = 'train'").isNull());
        const auto loss = must(ws->metrics(run, Split::Train, "loss"));
        QCOMPARE(int(loss.size()), 2);
        QCOMPARE(loss[0].value, 0.6);
        QVERIFY(std::isnan(loss[1].value));
        QCOMPARE(int(must(ws->metrics(run)).size()), 4);
        QCOMPARE(int(must(ws->metrics(run, Split::Eval)).size()), 1);
        auto bad = ws->addMetrics(999, {{1, Split::Train, "loss", 1.0}});
        QVERIFY(!bad.ok());
        QCOMPARE(int(must(ws->runs()).size()), 1);
    }

    void transactionsAndSavepoints() {
        auto ws = fixtures::open(freshPath());
        {
            auto tx = ws->begin();
            QVERIFY(tx.ok());
            must(ws->addPrompt({{"rolled back", {}}}));
        }  // destroyed uncommitted
        QCOMPARE(count(*ws, "prompts"), 0);
        {
            auto tx = ws->begin();
            must(ws->addPrompt({{"kept", {}}}));
            {
                auto inner = ws->begin();
                must(ws->addPrompt({{"inner, rolled back", {}}}));
                inner->rollback();
            }
            QVERIFY(!ws->addPrompts({{{"ok", {}}}, {{"", {}}}}).ok());  // a failing nested call undoes only itself
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(count(*ws, "prompts"), 1);
        QCOMPARE(sql(*ws, "SELECT text FROM prompts").toString(), QString("kept"));
    }

    void trainerThreadHasItsOwnConnection() {
        const QString path = freshPath();
        auto gui = fixtures::open(path, true);
        const auto f = fixtures::fill(*gui, 3);
        const Id run = must(gui->createRun({}));
        bool threadOk = false;
        std::thread trainer([&] {
            Workspace::OpenOptions o;
            o.instanceLock = false;  // same studio instance
            auto ws = Workspace::open(path, o);
            if (!ws) return;
            const auto examples = (*ws)->preferencePairs();
            std::vector<MetricPoint> points;
            for (int step = 0; step < 50; ++step) points.push_back({step, Split::Train, "loss", 1.0 / (step + 1)});
            threadOk = examples.ok() && (*ws)->addMetrics(run, points).ok() && (*ws)->setRunStatus(run, RunStatus::Finished).ok();
        });
        const Id lan = must(gui->addAnnotator("Lan"));
        for (Id p : f.pairs) must(gui->recordVote({p, lan, true, Choice::A}));  // voting goes on meanwhile
        trainer.join();
        QVERIFY(threadOk);
        QCOMPARE(count(*gui, "run_metrics"), 50);
        QCOMPARE(count(*gui, "votes"), 3);
    }

    void secondInstanceIsRefused() {
        const QString path = freshPath();
        {
            auto first = fixtures::open(path, true);
            QVERIFY(QFile::exists(Workspace::lockFilePath(path)));
            Workspace::OpenOptions o;
            o.instanceLock = true;
            auto second = Workspace::open(path, o);
            QVERIFY(!second.ok());
            const QString msg = second.error().toString();
            QVERIFY2(msg.contains("already open in another Prefstudio instance"), qPrintable(msg));
            QVERIFY2(msg.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(msg));
        }
        QVERIFY(!QFile::exists(Workspace::lockFilePath(path)));
        auto again = fixtures::open(path, true);  // free once the first instance closed
        QVERIFY(again != nullptr);
    }

    // A lock file without content (its writer was killed right after creating
    // it) is taken over once nobody flocks it; while a holder flocks it, it is not.
    void unreadableLockFiles() {
        const QString path = freshPath();
        { auto ws = fixtures::open(path); }
        const QString lockPath = Workspace::lockFilePath(path);
        QFile lockFile(lockPath);
        QVERIFY(lockFile.open(QIODevice::WriteOnly));  // empty, as left by a kill
        const int fd = lockFile.handle();
        QVERIFY(::flock(fd, LOCK_EX | LOCK_NB) == 0);  // ... but still held
        Workspace::OpenOptions o;
        o.instanceLock = true;
        auto held = Workspace::open(path, o);
        QVERIFY(!held.ok());
        QVERIFY2(held.error().toString().contains("already open in another Prefstudio instance"), qPrintable(held.error().toString()));
        QVERIFY(QFile::exists(lockPath));
        ::flock(fd, LOCK_UN);
        lockFile.close();  // now nobody holds it: a stale leftover
        QElapsedTimer t;
        t.start();
        auto taken = Workspace::open(path, o);
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(taken.error().toString()));
        QVERIFY(t.elapsed() < 1000);
        qint64 pid = 0;
        QString host, app;
        QLockFile check(lockPath);
        QVERIFY(check.getLockInfo(&pid, &host, &app));
        QCOMPARE(pid, QCoreApplication::applicationPid());
    }

    void readOnlyWorkspaceFolder() {
        if (::geteuid() == 0) QSKIP("root ignores file permissions");
        QTemporaryDir ro;
        const QString path = ro.filePath("w.prefstudio");
        { auto ws = fixtures::open(path); }
        QFile::setPermissions(ro.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        auto ws = Workspace::open(path);
        QFile::setPermissions(ro.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().toString().contains("read-only"), qPrintable(ws.error().toString()));
    }

    // Another connection holds a write transaction: a vote waits for
    // busy_timeout, then fails clearly, with nothing written.
    void busyDatabaseFailsClearly() {
        const QString path = freshPath();
        auto holder = fixtures::open(path);
        const auto f = fixtures::fill(*holder, 1);
        const Id lan = must(holder->addAnnotator("Lan"));
        auto ws = fixtures::open(path, false, 300);
        auto tx = holder->begin();
        QVERIFY(tx.ok());
        must(holder->addPrompt({{"held", {}}}));
        QElapsedTimer t;
        t.start();
        auto r = ws->recordVote({f.pairs[0], lan, true, Choice::A});
        const qint64 waited = t.elapsed();
        QVERIFY(!r.ok());
        const QString msg = r.error().toString();
        QVERIFY2(msg.contains("recording a vote") && msg.contains("busy"), qPrintable(msg));
        QVERIFY2(waited >= 250, qPrintable(QString::number(waited)));
        QVERIFY(tx->commit().ok());
        QCOMPARE(count(*ws, "votes"), 0);
        QVERIFY(ws->recordVote({f.pairs[0], lan, true, Choice::A}).ok());  // the connection is fine afterwards
    }

    // The lock is released within busy_timeout: the vote waits and lands.
    void busyDatabaseRetriesWithinTimeout() {
        const QString path = freshPath();
        auto ws = fixtures::open(path, false, 5000);
        const auto f = fixtures::fill(*ws, 1);
        const Id lan = must(ws->addAnnotator("Lan"));
        std::atomic<bool> holding{false};
        std::thread other([&] {
            auto h = Workspace::open(path, Workspace::OpenOptions{true, false, 5000});
            if (!h) return;
            auto tx = (*h)->begin();
            (void)(*h)->addPrompt({{"held", {}}});
            holding = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            (void)tx->commit();
        });
        while (!holding) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        QElapsedTimer t;
        t.start();
        auto r = ws->recordVote({f.pairs[0], lan, true, Choice::A});
        const qint64 waited = t.elapsed();
        other.join();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QVERIFY2(waited >= 150, qPrintable(QString::number(waited)));
        QCOMPARE(count(*ws, "votes"), 1);
        QCOMPARE(count(*ws, "prompts"), 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
