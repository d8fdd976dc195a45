// tst_quality_report — computeQualityReport on a real SQLite workspace built
// through the store API (quality_fixture.h): known votes -> known report,
// figures worked out by hand below; exclusions on and off; cancel.
#include "quality/quality_report.h"
#include "quality_fixture.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace ps;
using namespace ps::quality;
using fixtures::must;

namespace {
bool near(double a, double b, double eps = 1e-9) { return std::fabs(a - b) <= eps; }
const AnnotatorStats& row(const QualityReport& r, const QString& name) {
    for (const AnnotatorStats& s : r.annotators)
        if (s.name == name) return s;
    qFatal("no annotator %s", qPrintable(name));
}
}  // namespace

class TestQualityReport : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<store::Workspace> ws_;
    quality_fixture::Built built_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        store::Workspace::OpenOptions o;
        o.instanceLock = false;
        ws_ = must(store::Workspace::open(dir_.filePath(QStringLiteral("q.prefstudio")), o));
        built_ = quality_fixture::build(*ws_);
    }

    void countsAndBias() {
        QualityOptions o;
        o.minVotesForOutlier = 1;
        std::vector<int> percents;
        QualityCallbacks cb;
        cb.progress = [&](const QualityProgress& p) { percents.push_back(p.percent); };
        const QualityReport r = must(computeQualityReport(*ws_, o, cb));
        QVERIFY(!percents.empty() && percents.back() == 100);
        QVERIFY(std::is_sorted(percents.begin(), percents.end()));

        QCOMPARE(r.prompts, int64_t(5));
        QCOMPARE(r.pairs, int64_t(6));
        QCOMPARE(r.excludedPairs, int64_t(1));
        QCOMPARE(r.countedPairs, int64_t(5));
        QCOMPARE(r.activeVotes, int64_t(17));
        // ann 5 + bob 5 + cat 4 on counted pairs (dan excluded, p6 excluded).
        QCOMPARE(r.countedVotes, int64_t(14));
        QCOMPARE(r.labeledPairs, int64_t(5));

        // Position: decisive counted votes with a side: p1 3, p2 3, p3 1 (bob), p4 3, p5 2 = 12.
        // Left picked: p1 bob (B shown left), cat (A left) = 2; p2 all 3; p3 bob 1; p4 cat 1; p5 ann 1 = 8.
        // p = 2 (495 + 220 + 66 + 12 + 1) / 4096 = 0.3876953125.
        QCOMPARE(r.position.leftPicks.successes, int64_t(8));
        QCOMPARE(r.position.leftPicks.trials, int64_t(12));
        QVERIFY(near(r.position.leftPicks.pValue, 0.3876953125));
        QCOMPARE(r.position.decisiveWithoutSide, int64_t(0));

        // Length: the long answer (28 chars, 6 words) won p1 ann+bob, p3 bob, p4 all 3, p5 ann = 7 of 12.
        // Means: chosen (7*28 + 5*10) / 12 = 20.5 chars, (7*6 + 5*2) / 12 = 52/12 words;
        // rejected (5*28 + 7*10) / 12 = 17.5 chars, 44/12 words. Ratio 2.8 -> the ">= 2" bucket.
        const LengthBias& lb = r.length;
        QCOMPARE(lb.longerWinsChars.successes, int64_t(7));
        QCOMPARE(lb.longerWinsChars.trials, int64_t(12));
        QCOMPARE(lb.longerWinsWords.successes, int64_t(7));
        QVERIFY(near(lb.meanCharsChosen, 20.5));
        QVERIFY(near(lb.meanCharsRejected, 17.5));
        QVERIFY(near(lb.meanWordsChosen, 52.0 / 12));
        QVERIFY(near(lb.meanWordsRejected, 44.0 / 12));
        QCOMPARE(lb.buckets.size(), size_t(5));
        QCOMPARE(lb.buckets.back().longerWins.successes, int64_t(7));
        QCOMPARE(lb.buckets.back().longerWins.trials, int64_t(12));
        QCOMPARE(lb.buckets.front().longerWins.trials, int64_t(0));
    }

    void agreement() {
        const QualityReport r = must(computeQualityReport(*ws_));
        // Non-skip counted labels: p1 ann B bob B cat A; p2 A A A; p3 ann T bob B; p4 B B B; p5 ann A bob B.
        // ann-bob on 5 items: agree p1 p2 p4 -> p_o = 0.6; ann A2 B2 T1, bob A1 B4:
        // p_e = (2*1 + 2*4) / 25 = 0.4; kappa = 0.2 / 0.6 = 1/3.
        // ann-cat (and bob-cat) on p1 p2 p4: agree 2 -> p_o = 2/3; A1 B2 vs A2 B1: p_e = 4/9; kappa = (2/9)/(5/9) = 0.4.
        const Id ann = built_.annotators[QStringLiteral("ann")], bob = built_.annotators[QStringLiteral("bob")],
                 cat = built_.annotators[QStringLiteral("cat")];
        QCOMPARE(r.agreement.pairs.size(), size_t(3));
        for (const AnnotatorPairKappa& k : r.agreement.pairs) {
            if (k.first == ann && k.second == bob) {
                QCOMPARE(k.cohen.items, int64_t(5));
                QVERIFY(near(k.cohen.observed, 0.6) && near(k.cohen.kappa, 1.0 / 3.0));
            } else {
                QVERIFY((k.first == ann || k.first == bob) && k.second == cat);
                QCOMPARE(k.cohen.items, int64_t(3));
                QVERIFY(near(k.cohen.kappa, 0.4));
            }
        }
        // Fleiss: P_i = 1/3 (p1: 2*1/(3*2)), 1, 0, 1, 0 -> P-bar = 7/15; ratings A 5, B 7, T 1 of 13:
        // P-bar_e = 75/169; kappa = (7/15 - 75/169) / (94/169) = 58 / 1410.
        const FleissResult& f = r.agreement.fleiss;
        QCOMPARE(f.items, int64_t(5));
        QCOMPARE(f.ratings, int64_t(13));
        QCOMPARE(f.minRaters, 2);
        QCOMPARE(f.maxRaters, 3);
        QVERIFY(near(f.observed, 7.0 / 15.0));
        QVERIFY(near(f.expected, 75.0 / 169.0));
        QVERIFY(near(f.kappa, 58.0 / 1410.0));
    }

    void contradictionsAndDuplicates() {
        const QualityReport r = must(computeQualityReport(*ws_));
        // p1 (A vs B), p3 (tie vs B), p5 (A vs B).
        QCOMPARE(r.contradictionCount, int64_t(3));
        QCOMPARE(r.oppositeContradictionCount, int64_t(2));
        QCOMPARE(r.contradictions.size(), size_t(3));
        QCOMPARE(r.contradictions[0].pairId, built_.pairs[0]);
        QCOMPARE(r.contradictions[0].votes.size(), size_t(3));
        QCOMPARE(r.contradictions[0].prompt, QStringLiteral("Where is my order?"));
        QCOMPARE(r.contradictions[1].pairId, built_.pairs[2]);
        QVERIFY(!r.contradictions[1].opposite);
        // bob preferred the long answer in p1 (B) and the short one in p5 (B, sides swapped); ann stayed consistent.
        QCOMPARE(r.selfContradictionCount, int64_t(1));
        QCOMPARE(r.selfContradictions[0].annotator, QStringLiteral("bob"));
        QCOMPARE(r.selfContradictions[0].firstPair, built_.pairs[0]);
        QCOMPARE(r.selfContradictions[0].secondPair, built_.pairs[4]);

        // P5 is P1 with spaces (same dedup hash); P3/P4 differ in the last word:
        // 9 bigrams each, 8 shared -> 8 / 10 = 0.8.
        QCOMPARE(r.duplicatePrompts, int64_t(1));
        QCOMPARE(r.duplicateGroups.size(), size_t(1));
        QCOMPARE(r.duplicateGroups[0].promptIds, (std::vector<Id>{built_.prompts[0], built_.prompts[4]}));
        QCOMPARE(r.nearDuplicateCount, int64_t(1));
        QCOMPARE(r.nearDuplicates[0].first, built_.prompts[2]);
        QCOMPARE(r.nearDuplicates[0].second, built_.prompts[3]);
        QVERIFY(near(r.nearDuplicates[0].jaccard, 0.8));
    }

    void diversity() {
        const QualityReport r = must(computeQualityReport(*ws_));
        const Diversity& d = r.diversity;
        // Prompt tokens: P1 4, P2 6, P3 10, P4 10, P5 4 = 34; distinct 4 + 6 + 9 ("my" seen) + 1 ("tier") = 20.
        // Bigrams: 3 + 5 + 9 + 9 + 3 = 29; distinct 3 + 5 + 9 + 1 ("premium tier") = 18.
        QCOMPARE(d.promptTokens, int64_t(34));
        QVERIFY(near(d.distinct1Prompts, 20.0 / 34.0));
        QVERIFY(near(d.distinct2Prompts, 18.0 / 29.0));
        // Answers in counted pairs: 4 short ("yes done") + 4 long ("yes it is done now thanks"); "Other" only in p6.
        // Unigrams 4*2 + 4*6 = 32, distinct 6; bigrams 4*1 + 4*5 = 24, distinct 6.
        QCOMPARE(d.answers, int64_t(8));
        QCOMPARE(d.answerTokens, int64_t(32));
        QVERIFY(near(d.distinct1Answers, 6.0 / 32.0));
        QVERIFY(near(d.distinct2Answers, 6.0 / 24.0));
        // Languages: en 4 prompts / 4 counted pairs, vi 1 / 1 (p6 excluded).
        QCOMPARE(d.languages.size(), size_t(2));
        QCOMPARE(d.languages[0].key, QStringLiteral("en"));
        QCOMPARE(d.languages[0].prompts, int64_t(4));
        QCOMPARE(d.languages[0].pairs, int64_t(4));
        QCOMPARE(d.languages[1].pairs, int64_t(1));
        // Categories by prompt count, then name: billing 2/2, shipping 2/2, account 1/1.
        QCOMPARE(d.categories.size(), size_t(3));
        QCOMPARE(d.categories[0].key, QStringLiteral("billing"));
        QCOMPARE(d.categories[1].key, QStringLiteral("shipping"));
        QCOMPARE(d.categories[1].pairs, int64_t(2));
        QCOMPARE(d.categories[2].key, QStringLiteral("account"));
    }

    void annotators() {
        QualityOptions o;
        o.minVotesForOutlier = 1;
        const QualityReport r = must(computeQualityReport(*ws_, o));
        QCOMPARE(r.annotators.size(), size_t(4));
        QCOMPARE(r.annotators[0].name, QStringLiteral("ann"));
        const AnnotatorStats& ann = row(r, QStringLiteral("ann"));
        QCOMPARE(ann.votes, int64_t(5));  // p6 is excluded
        QCOMPARE(ann.choices, (std::array<int64_t, 5>{2, 2, 1, 0, 0}));
        QCOMPARE(ann.medianSeconds, 3.0);  // 1 2 3 4 10
        QCOMPARE(ann.meanSeconds, 4.0);
        QCOMPARE(ann.leftPicks.successes, int64_t(2));  // p2, p5 of p1 p2 p4 p5
        QCOMPARE(ann.leftPicks.trials, int64_t(4));
        // Leave-one-out majority: p1 others B/A tie -> not counted; p2 A hit; p3 T vs B miss; p4 hit; p5 A vs B miss.
        QCOMPARE(ann.majorityAgreement.successes, int64_t(2));
        QCOMPARE(ann.majorityAgreement.trials, int64_t(4));
        const AnnotatorStats& cat = row(r, QStringLiteral("cat"));
        QCOMPARE(cat.choices, (std::array<int64_t, 5>{2, 1, 0, 0, 1}));
        QCOMPARE(cat.leftPicks.successes, int64_t(3));
        QCOMPARE(cat.majorityAgreement.successes, int64_t(2));  // p1 miss, p2 p4 hit
        QCOMPARE(cat.majorityAgreement.trials, int64_t(3));
        // dan (excluded) is still scored, against the others: p2 B vs A, p4 A vs B -> 0 of 2.
        const AnnotatorStats& dan = row(r, QStringLiteral("dan"));
        QVERIFY(dan.excluded);
        QCOMPARE(dan.excludedReason, QStringLiteral("too fast"));
        QCOMPARE(dan.votes, int64_t(2));
        QCOMPARE(dan.majorityAgreement.successes, int64_t(0));
        QCOMPARE(dan.majorityAgreement.trials, int64_t(2));
        // Speed (median s): ann 3, bob 4, cat 3, dan 0.5 -> median 3, |dev| 0 1 0 2.5 -> MAD 0.5;
        // z(dan) = 0.6745 * -2.5 / 0.5 = -3.3725 (not beyond 3.5), z(bob) = 1.349.
        QVERIFY(near(dan.speedZ, -3.3725));
        QVERIFY(!dan.speedOutlier);
        QVERIFY(near(row(r, QStringLiteral("bob")).speedZ, 1.349));
        // Agreement: 0.5 0.5 2/3 0 -> median 0.5, |dev| 0 0 1/6 0.5 -> MAD 1/12;
        // z(dan) = 0.6745 * -0.5 * 12 = -4.047 -> outlier; z(cat) = 0.6745 * (1/6) * 12 = 1.349.
        QVERIFY(near(dan.agreementZ, -4.047));
        QVERIFY(dan.agreementOutlier);
        QVERIFY(near(cat.agreementZ, 1.349));
        QVERIFY(!cat.agreementOutlier);
        // Default minimum of 10 votes: nobody is scored.
        const QualityReport d = must(computeQualityReport(*ws_));
        QVERIFY(std::isnan(row(d, QStringLiteral("ann")).speedZ));
    }

    void withoutExclusions() {
        QualityOptions o;
        o.respectExclusions = false;
        const QualityReport r = must(computeQualityReport(*ws_, o));
        QCOMPARE(r.countedPairs, int64_t(6));
        QCOMPARE(r.countedVotes, int64_t(17));
        // dan's votes make p2 and p4 contradictions too (p6 has one vote).
        QCOMPARE(r.contradictionCount, int64_t(5));
        QCOMPARE(r.diversity.answers, int64_t(9));  // "Other answer." of p6
        QCOMPARE(row(r, QStringLiteral("ann")).votes, int64_t(6));
    }

    void cancels() {
        std::atomic<bool> cancel{true};
        QualityCallbacks cb;
        cb.cancel = &cancel;
        auto r = computeQualityReport(*ws_, {}, cb);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("cancelled")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestQualityReport)
#include "tst_quality_report.moc"
