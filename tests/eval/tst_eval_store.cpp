// tst_eval_store — the evaluation tables through EvalStore and the eval/
// functions that use them: before/after comparisons, blind sessions (side
// assignment drawn from the seed and recorded, screen choices mapped to A/B,
// reviewers and closed sessions enforced), session results, the empirical
// annotation metrics against hand-counted values, HTML reports that escape
// every model and user text, and the judgments CSV.
#include "eval/annotation_metrics.h"
#include "eval/blind_session.h"
#include "eval/html_report.h"
#include "eval/session_report.h"
#include "store/eval_store.h"
#include "store/store_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ps;
using namespace ps::store;
using fixtures::must;

namespace {
struct World {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    Id base = 0, tuned = 0;
    std::vector<Id> prompts;
    Id lan = 0, minh = 0, outsider = 0;
    std::map<Id, QString> text;  // generation id -> text
};

// 4 prompts; each model answers each prompt twice.
void build(World& w, const QString& tunedName = QStringLiteral("tuned")) {
    w.ws = fixtures::open(w.dir.filePath("w.prefstudio"));
    w.base = must(w.ws->addModelVersion({"base", "/models/base", std::nullopt, std::nullopt}));
    w.tuned = must(w.ws->addModelVersion({tunedName, "/models/tuned", w.base, std::nullopt}));
    for (int i = 0; i < 4; ++i) {
        NewPrompt p;
        p.content.text = QString("question %1").arg(i);
        const Id pid = must(w.ws->addPrompt(p));
        w.prompts.push_back(pid);
        for (Id m : {w.base, w.tuned})
            for (int k = 0; k < 2; ++k) {
                NewGeneration g;
                g.promptId = pid;
                g.modelVersionId = m;
                g.text = QString("%1 answer %2.%3").arg(m == w.base ? "base" : "tuned").arg(i).arg(k);
                w.text[must(w.ws->addGeneration(g))] = g.text;
            }
    }
    w.lan = must(w.ws->addAnnotator("lan"));
    w.minh = must(w.ws->addAnnotator("minh"));
    w.outsider = must(w.ws->addAnnotator("outsider"));
}

eval::SessionSpec spec(const World& w, uint64_t seed) {
    eval::SessionSpec s;
    s.name = "blind";
    s.modelVersions = {w.base, w.tuned};
    s.prompts = w.prompts;
    s.reviewers = {w.lan, w.minh};
    s.answersPerPrompt = 2;
    s.seed = seed;
    return s;
}
}  // namespace

class TestEvalStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void comparisonRoundTrip() {
        World w;
        build(w);
        EvalStore es(*w.ws);
        NewComparison c;
        c.name = "ab";
        c.modelA = w.base;
        c.modelB = w.tuned;
        c.sampling = QJsonObject{{"temperature", 0.7}};
        c.seed = 42;
        const Id id = must(es.addComparison(c, {{0, w.prompts[0], 42, 1, 3}, {1, w.prompts[1], 43, 5, 7}}));
        const Comparison back = must(es.comparison(id));
        QCOMPARE(back.modelB, w.tuned);
        QCOMPARE(back.sampling["temperature"].toDouble(), 0.7);
        const auto items = must(es.comparisonItems(id));
        QCOMPARE(int(items.size()), 2);
        QCOMPARE(items[1].seed, qint64(43));
        QCOMPARE(items[1].generationB, Id(7));
        QVERIFY(!es.comparison(999).ok());
        // A comparison naming a missing generation is refused as a whole.
        QVERIFY(!es.addComparison(c, {{0, w.prompts[0], 1, 1, 999}}).ok());
        QCOMPARE(int(must(es.comparisons()).size()), 1);
    }

    void sessionRandomizesSidesAndRecordsThem() {
        World w;
        build(w);
        EvalStore es(*w.ws);
        const Id s1 = must(eval::createBlindSession(*w.ws, spec(w, 7)));
        const Id s2 = must(eval::createBlindSession(*w.ws, spec(w, 7)));
        const auto i1 = must(es.sessionItems(s1)), i2 = must(es.sessionItems(s2));
        QCOMPARE(int(i1.size()), 8);  // 4 prompts x 1 model pair x 2 answers
        int left = 0;
        for (size_t k = 0; k < i1.size(); ++k) {
            QCOMPARE(i1[k].position, int(k));
            QCOMPARE(i1[k].leftIsA, i2[k].leftIsA);  // same seed, same draw
            QCOMPARE(i1[k].generationA, i2[k].generationA);
            QVERIFY(w.text[i1[k].generationA].startsWith("base"));
            QVERIFY(w.text[i1[k].generationB].startsWith("tuned"));
            left += i1[k].leftIsA;
        }
        QVERIFY2(left > 0 && left < 8, "both side assignments occur");
        const Session s = must(es.session(s1));
        QCOMPARE(s.modelVersions, (std::vector<Id>{w.base, w.tuned}));
        QCOMPARE(s.reviewers, (std::vector<Id>{w.lan, w.minh}));
        QCOMPARE(s.answersPerPrompt, 2);
        QCOMPARE(s.seed, qint64(7));
        // Too few answers: a clear error.
        eval::SessionSpec three = spec(w, 1);
        three.answersPerPrompt = 3;
        auto bad = eval::createBlindSession(*w.ws, three);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains("has 2 answer(s)"), qPrintable(bad.error().message));
    }

    void judgmentsMapScreenSidesAndRespectTheSession() {
        World w;
        build(w);
        EvalStore es(*w.ws);
        const Id sid = must(eval::createBlindSession(*w.ws, spec(w, 11)));
        const auto items = must(es.sessionItems(sid));
        // lan always clicks the side that shows the tuned answer.
        for (int k = 0; k < 8; ++k) {
            const auto next = must(es.nextBlindItem(sid, w.lan));
            QVERIFY(next.has_value());
            QCOMPARE(next->position, k);
            const SessionItem& it = items[size_t(k)];
            QCOMPARE(next->left, w.text[it.leftIsA ? it.generationA : it.generationB]);
            QCOMPARE(next->right, w.text[it.leftIsA ? it.generationB : it.generationA]);
            const ScreenChoice c = next->left.startsWith("tuned") ? ScreenChoice::Left : ScreenChoice::Right;
            QVERIFY(must(es.recordJudgment(next->itemId, w.lan, c, 1500)) > 0);
        }
        QVERIFY(!must(es.nextBlindItem(sid, w.lan)).has_value());
        // minh: ties everywhere; a re-judgment replaces the earlier one.
        QVERIFY(must(es.recordJudgment(items[0].id, w.minh, ScreenChoice::Left)) > 0);
        for (const auto& it : items) QVERIFY(must(es.recordJudgment(it.id, w.minh, ScreenChoice::Tie)) > 0);
        QCOMPARE(int(must(es.judgmentsForItem(items[0].id)).size()), 2);
        const SessionProgress p = must(es.sessionProgress(sid, w.minh));
        QCOMPARE(p.items, qint64(8));
        QCOMPARE(p.judgments, qint64(16));
        QCOMPARE(p.myRemaining, qint64(0));
        // Someone outside the reviewer list cannot judge.
        auto outsider = es.recordJudgment(items[0].id, w.outsider, ScreenChoice::Left);
        QVERIFY(!outsider.ok());
        QVERIFY2(outsider.error().message.contains("not part of"), qPrintable(outsider.error().message));

        const auto judged = must(es.judgedPairs(sid));
        QCOMPARE(int(judged.size()), 16);
        for (const JudgedPair& j : judged) {
            QCOMPARE(j.modelA, w.base);
            QCOMPARE(j.modelB, w.tuned);
            QVERIFY(j.choice == (j.reviewerId == w.lan ? Choice::B : Choice::Tie));
        }
        // Results: tuned vs base, 8 wins + 8 ties -> win rate 0.75, Wilson(12, 16).
        const eval::SessionResults r = eval::computeSessionResults({w.base, w.tuned}, judged, 500, 3);
        QCOMPARE(int(r.pairwise.size()), 1);
        const eval::PairwiseResult& pr = r.pairwise[0];
        QCOMPARE(pr.modelX, w.base);
        QCOMPARE(pr.modelY, w.tuned);
        QCOMPARE(pr.counts.wins, 8.0);
        QCOMPARE(pr.counts.ties, 8.0);
        QCOMPARE(pr.counts.losses, 0.0);
        QCOMPARE(pr.counts.winRate(), 0.75);
        QVERIFY(std::abs(pr.wilson.lo - eval::wilsonInterval(12, 16).lo) < 1e-12);
        QCOMPARE(pr.prompts, 4);
        // Every prompt has 2 wins + 2 ties: all resamples give 0.75.
        QCOMPARE(pr.bootstrap.winRateCi.lo, 0.75);
        QCOMPARE(pr.bootstrap.winRateCi.hi, 0.75);
        QCOMPARE(r.leaderboard.front().model, w.tuned);
        QCOMPARE(r.decisive, 8);
        QCOMPARE(r.perReviewer.at(w.lan), 8);

        // A closed session takes no judgments and offers no items.
        QVERIFY(es.setSessionStatus(sid, SessionStatus::Closed).ok());
        QVERIFY(!es.recordJudgment(items[1].id, w.lan, ScreenChoice::Left).ok());
        QVERIFY(!must(es.nextBlindItem(sid, w.outsider)).has_value());
    }

    void threeModelSessionAndLeaderboard() {
        World w;
        build(w);
        const Id third = must(w.ws->addModelVersion({"third", "/models/third", w.tuned, std::nullopt}));
        for (Id p : w.prompts) {
            NewGeneration g;
            g.promptId = p;
            g.modelVersionId = third;
            g.text = "third answer";
            w.text[must(w.ws->addGeneration(g))] = g.text;
        }
        EvalStore es(*w.ws);
        QCOMPARE(must(eval::promptsAnsweredByAll(*w.ws, {w.base, w.tuned, third}, 1)).size(), size_t(4));
        QCOMPARE(must(eval::promptsAnsweredByAll(*w.ws, {w.base, w.tuned, third}, 2)).size(), size_t(0));
        eval::SessionSpec s3 = spec(w, 5);
        s3.modelVersions = {w.base, w.tuned, third};
        s3.answersPerPrompt = 1;
        s3.reviewers = {};  // anyone may judge
        const Id sid = must(eval::createBlindSession(*w.ws, s3));
        const auto items = must(es.sessionItems(sid));
        QCOMPARE(int(items.size()), 12);  // 4 prompts x 3 model pairs
        // The outsider may judge (no reviewer list): always the answer of the "later" model by text: third > tuned > base.
        auto rank = [&](Id g) { const QString& t = w.text[g]; return t.startsWith("third") ? 2 : t.startsWith("tuned") ? 1 : 0; };
        for (const SessionItem& it : items) {
            const Id leftGen = it.leftIsA ? it.generationA : it.generationB, rightGen = it.leftIsA ? it.generationB : it.generationA;
            must(es.recordJudgment(it.id, w.outsider, rank(leftGen) > rank(rightGen) ? ScreenChoice::Left : ScreenChoice::Right));
        }
        const eval::SessionResults r = eval::computeSessionResults({w.base, w.tuned, third}, must(es.judgedPairs(sid)), 300, 1);
        QCOMPARE(int(r.pairwise.size()), 3);
        for (const auto& p : r.pairwise) QCOMPARE(p.counts.winRate(), 1.0);  // the later model of each pair always wins
        QCOMPARE(r.leaderboard[0].model, third);
        QCOMPARE(r.leaderboard[1].model, w.tuned);
        QCOMPARE(r.leaderboard[2].model, w.base);
        QCOMPARE(r.leaderboard[0].wins, 8.0);
        QVERIFY(r.leaderboard[0].rating > r.leaderboard[1].rating + 100);  // finite thanks to the prior, clearly apart
    }

    void annotationMetricsByHand() {
        World w;
        build(w);
        // Pairs base vs tuned on prompts 0..2.
        auto gen = [&](int prompt, bool tuned) {
            for (const auto& [id, t] : w.text)
                if (t == QString("%1 answer %2.0").arg(tuned ? "tuned" : "base").arg(prompt)) return id;
            return Id(0);
        };
        std::vector<Id> pairs;
        for (int i = 0; i < 3; ++i) pairs.push_back(must(w.ws->createPair({w.prompts[size_t(i)], gen(i, false), gen(i, true)})));
        // Vote 1: tuned (b) chosen as is. Vote 2: base (a) chosen but edited ("base answer 1.0" -> "base answer 1.0!!": distance 2).
        // Vote 3: tuned chosen, base flagged unsafe. Vote by minh on pair 0: skip (not counted).
        NewVote v1{pairs[0], w.lan, true, Choice::B};
        NewVote v2{pairs[1], w.lan, false, Choice::A};
        v2.editedSide = Side::A;
        v2.editedText = "base answer 1.0!!";
        NewVote v3{pairs[2], w.lan, true, Choice::B};
        v3.flagsA = FlagUnsafe;
        NewVote v4{pairs[0], w.minh, true, Choice::Skip};
        for (const NewVote& v : {v1, v2, v3, v4}) must(w.ws->recordVote(v));
        const auto metrics = must(eval::annotationMetrics(*w.ws));
        QCOMPARE(int(metrics.size()), 2);
        const eval::ModelAnnotationMetrics& b = metrics[0].modelVersionId == w.base ? metrics[0] : metrics[1];
        const eval::ModelAnnotationMetrics& t = metrics[0].modelVersionId == w.tuned ? metrics[0] : metrics[1];
        QCOMPARE(b.counts.shown, qint64(3));
        QCOMPARE(b.counts.accepted, qint64(0));  // chosen once, but edited
        QCOMPARE(b.counts.edited, qint64(1));
        QCOMPARE(b.counts.meanEditDistance(), 2.0);
        QCOMPARE(b.counts.flagged, qint64(1));
        QCOMPARE(t.counts.shown, qint64(3));
        QCOMPARE(t.counts.accepted, qint64(2));
        QCOMPARE(t.counts.acceptanceRate(), 2.0 / 3.0);
        QCOMPARE(t.counts.edited, qint64(0));
        QCOMPARE(t.counts.flagRate(), 0.0);
        // Lengths: "base answer i.k" is 15 characters, "tuned answer i.k" 16.
        QCOMPARE(b.generations, qint64(8));
        QCOMPARE(b.meanLength, 15.0);
        QCOMPARE(t.meanLength, 16.0);
        QVERIFY(t.lengthVsParent.has_value());
        QCOMPARE(*t.lengthVsParent, 16.0 / 15.0);
        QCOMPARE(int(t.buckets.size()), 1);
        QCOMPARE(t.buckets[0].counts.shown, qint64(3));
    }

    void reportsEscapeModelAndUserText() {
        World w;
        build(w, "<script>alert('name')</script>");
        EvalStore es(*w.ws);
        // A generation whose text is a script.
        NewGeneration g;
        g.promptId = w.prompts[0];
        g.modelVersionId = w.tuned;
        g.text = "<script>alert('answer')</script>";
        must(w.ws->addGeneration(g));
        const Id sid = must(eval::createBlindSession(*w.ws, spec(w, 1)));
        for (const auto& it : must(es.sessionItems(sid))) must(es.recordJudgment(it.id, w.lan, ScreenChoice::Left));
        // A safety run with a script in the answer, for both models.
        std::vector<SafetyResult> rs{{"k1", "violence", "en", "<b>prompt</b>", "<script>alert('safety')</script>", {"violence"}, false, true, 5}};
        must(es.addSafetyRun({w.base, "s", {}, {}, 0, std::nullopt}, rs));
        must(es.addSafetyRun({w.tuned, "s", {}, {}, 0, std::nullopt}, rs));
        const eval::SessionReport report = must(eval::buildSessionReport(*w.ws, sid, 200, 1));
        QCOMPARE(int(report.safety.size()), 1);
        // Without a session: every version's evidence, each tuned version against its parent.
        const eval::SessionReport overview = must(eval::buildWorkspaceEvidence(*w.ws));
        QCOMPARE(overview.session.id, Id(0));
        QVERIFY(overview.results.pairwise.empty());
        QCOMPARE(int(overview.modelNames.size()), 2);
        QCOMPARE(int(overview.safety.size()), 1);
        QCOMPARE(overview.safety[0].baseModel, w.base);
        QCOMPARE(overview.safety[0].tunedModel, w.tuned);
        QCOMPARE(overview.safety[0].comparison.overall.tunedRate, report.safety[0].comparison.overall.tunedRate);
        const QString html = eval::sessionReportHtml(report);
        QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
        QVERIFY(html.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"));
        QVERIFY(html.contains("<svg"));
        QVERIFY(html.contains("Bradley"));

        eval::BeforeAfterRun run;
        run.options.modelA = "/m/<a>";
        run.options.modelB = "/m/b";
        eval::BeforeAfterItem it;
        it.prompt.key = "p<1>";
        it.prompt.content.text = "<script>alert('prompt')</script>";
        it.a.text = "<script>alert('a')</script> same";
        it.b.text = "<img src=x onerror=alert(1)> same";
        run.items.push_back(it);
        const QString ba = eval::beforeAfterHtml(run, eval::computeMetrics(run, nullptr));
        QVERIFY(!ba.contains("<script", Qt::CaseInsensitive));
        QVERIFY(!ba.contains("<img", Qt::CaseInsensitive));
        QVERIFY(ba.contains("<del>&lt;script&gt;alert(&#39;a&#39;)&lt;/script&gt;</del>") || ba.contains("&lt;script&gt;"));
        QVERIFY(ba.contains("<ins>"));

        eval::SafetyReportInput in;
        in.modelName = "<i>m</i>";
        in.results = rs;
        const QString sh = eval::safetyHtml(in);
        QVERIFY(!sh.contains("<script", Qt::CaseInsensitive));
        QVERIFY(!sh.contains("<i>m</i>"));
        QVERIFY(sh.contains("&lt;script&gt;alert(&#39;safety&#39;)&lt;/script&gt;"));
        QCOMPARE(eval::htmlEscape("a&b<c>\"d'"), QString("a&amp;b&lt;c&gt;&quot;d&#39;"));

        // CSV: a header and one row per judgment; names with quotes/commas quoted.
        const QString csv = must(eval::sessionJudgmentsCsv(*w.ws, sid));
        const QStringList lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 8);
        QVERIFY(lines[0].startsWith("item,position,prompt_id,model_a,model_b,left_model,reviewer,choice,winner"));
        QVERIFY(lines[1].contains(",lan,"));
    }
};

QTEST_GUILESS_MAIN(TestEvalStore)
#include "tst_eval_store.moc"
