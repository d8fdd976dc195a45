// tst_eval_stats — the statistics of evaluation against hand-computed values:
// Wilson intervals, the paired bootstrap (fixed seed; properties and a case
// whose distribution is known), Bradley–Terry (closed form for two players,
// fixed-point equations for three), McNemar, Levenshtein, word diff, distinct-n.
#include "eval/bradley_terry.h"
#include "eval/stats.h"
#include "eval/text_metrics.h"

#include <QtTest>
#include <cmath>

using namespace ps::eval;

class TestEvalStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wilson_data() {
        QTest::addColumn<double>("k");
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        // Hand-computed with z = 1.959964: center = (p + z²/2n)/(1 + z²/n), half = z/(1+z²/n)·sqrt(p(1-p)/n + z²/4n²).
        QTest::newRow("8/10") << 8.0 << 10.0 << 0.4902 << 0.9433;
        QTest::newRow("0/10") << 0.0 << 10.0 << 0.0 << 0.2775;
        QTest::newRow("10/10") << 10.0 << 10.0 << 0.7225 << 1.0;
        QTest::newRow("50/100") << 50.0 << 100.0 << 0.4038 << 0.5962;
        QTest::newRow("1/2") << 1.0 << 2.0 << 0.0945 << 0.9055;
    }
    void wilson() {
        QFETCH(double, k);
        QFETCH(double, n);
        QFETCH(double, lo);
        QFETCH(double, hi);
        const Interval w = wilsonInterval(k, n);
        QVERIFY2(std::abs(w.lo - lo) < 5e-5, qPrintable(QString::number(w.lo, 'f', 6)));
        QVERIFY2(std::abs(w.hi - hi) < 5e-5, qPrintable(QString::number(w.hi, 'f', 6)));
    }

    void wilsonEdgeCases() {
        const Interval none = wilsonInterval(0, 0);
        QCOMPARE(none.lo, 0.0);
        QCOMPARE(none.hi, 1.0);
        // Win rate with ties as halves: 6 wins, 2 ties, 2 losses -> 7 of 10.
        WinTieLoss w{6, 2, 2};
        QCOMPARE(w.winRate(), 0.7);
        QCOMPARE(w.netPreference(), 0.4);
        const Interval a = w.wilson(), b = wilsonInterval(7, 10);
        QCOMPARE(a.lo, b.lo);
        QCOMPARE(a.hi, b.hi);
    }

    void bootstrapKnownDistribution() {
        // Two prompts, one won, one lost: a resample holds 0, 1 or 2 wins with
        // probabilities 1/4, 1/2, 1/4 -> win rates 0, 0.5, 1. The 2.5 % and
        // 97.5 % quantiles of that are 0 and 1; P(rate > 0.5) = 1/4.
        const std::vector<WinTieLoss> v{{1, 0, 0}, {0, 0, 1}};
        const BootstrapResult r = pairedBootstrap(v, 4000, 7);
        QCOMPARE(r.winRate, 0.5);
        QCOMPARE(r.winRateCi.lo, 0.0);
        QCOMPARE(r.winRateCi.hi, 1.0);
        QVERIFY2(std::abs(r.probWinRateAboveHalf - 0.25) < 0.03, qPrintable(QString::number(r.probWinRateAboveHalf)));
        QCOMPARE(r.netPreferenceCi.lo, -1.0);
        QCOMPARE(r.netPreferenceCi.hi, 1.0);
    }

    void bootstrapProperties() {
        // All prompts won: every resample has win rate 1.
        const BootstrapResult all = pairedBootstrap(std::vector<WinTieLoss>(5, WinTieLoss{2, 0, 0}), 500, 1);
        QCOMPARE(all.winRateCi.lo, 1.0);
        QCOMPARE(all.winRateCi.hi, 1.0);
        QCOMPARE(all.probWinRateAboveHalf, 1.0);
        // 30 prompts, 20 won: interval contains the estimate, is inside [0,1],
        // is reproducible with the same seed and (for another seed) close.
        std::vector<WinTieLoss> v;
        for (int i = 0; i < 30; ++i) v.push_back(i < 20 ? WinTieLoss{1, 0, 0} : WinTieLoss{0, 0, 1});
        const BootstrapResult a = pairedBootstrap(v, 2000, 42), b = pairedBootstrap(v, 2000, 42), c = pairedBootstrap(v, 2000, 43);
        QCOMPARE(a.winRateCi.lo, b.winRateCi.lo);
        QCOMPARE(a.winRateCi.hi, b.winRateCi.hi);
        QVERIFY(a.winRateCi.lo < 2.0 / 3 && 2.0 / 3 < a.winRateCi.hi);
        QVERIFY(a.winRateCi.lo > 0.4 && a.winRateCi.hi < 0.9);
        QVERIFY(std::abs(a.winRateCi.lo - c.winRateCi.lo) < 0.05);
        // For independent binary outcomes the bootstrap is close to Wilson.
        const Interval w = wilsonInterval(20, 30);
        QVERIFY(std::abs(a.winRateCi.lo - w.lo) < 0.06 && std::abs(a.winRateCi.hi - w.hi) < 0.06);
    }

    void quantiles() {
        const std::vector<double> s{1, 2, 3, 4};
        QCOMPARE(quantileSorted(s, 0.0), 1.0);
        QCOMPARE(quantileSorted(s, 1.0), 4.0);
        QCOMPARE(quantileSorted(s, 0.5), 2.5);
        QCOMPARE(quantileSorted(s, 1.0 / 3), 2.0);
    }

    void bradleyTerryTwoPlayers() {
        // Closed form: p1 / (p1 + p2) = w / (w + l); with ties as halves, (w + t/2) / n.
        BtOptions o;
        o.priorTies = 0;
        const BtFit f = fitBradleyTerry(2, {{0, 1, 7, 3, 0}}, o);
        QVERIFY(f.converged);
        QVERIFY(std::abs(f.strength[0] / (f.strength[0] + f.strength[1]) - 0.7) < 1e-9);
        QVERIFY(std::abs(f.strength[0] * f.strength[1] - 1.0) < 1e-9);  // geometric mean 1
        QVERIFY(std::abs(f.rating[0] - f.rating[1] - 400 * std::log10(7.0 / 3.0)) < 1e-6);
        QVERIFY(std::abs(f.rating[0] + f.rating[1] - 2000) < 1e-6);
        const BtFit t = fitBradleyTerry(2, {{0, 1, 5, 1, 4}}, o);  // (5 + 2) / 10
        QVERIFY(std::abs(t.strength[0] / (t.strength[0] + t.strength[1]) - 0.7) < 1e-9);
    }

    void bradleyTerryThreePlayersFixedPoint() {
        // The MLE satisfies W_i = sum_j N_ij p_i / (p_i + p_j) for every i.
        const std::vector<BtMatch> m{{0, 1, 6, 2, 2}, {1, 2, 5, 3, 0}, {0, 2, 4, 1, 1}};
        BtOptions o;
        o.priorTies = 0;
        const BtFit f = fitBradleyTerry(3, m, o);
        QVERIFY(f.converged);
        double W[3] = {0, 0, 0}, N[3][3] = {};
        for (const BtMatch& x : m) {
            W[x.i] += x.winsI + 0.5 * x.ties;
            W[x.j] += x.winsJ + 0.5 * x.ties;
            N[x.i][x.j] += x.winsI + x.winsJ + x.ties;
            N[x.j][x.i] += x.winsI + x.winsJ + x.ties;
        }
        for (int i = 0; i < 3; ++i) {
            double expected = 0;
            for (int j = 0; j < 3; ++j)
                if (j != i) expected += N[i][j] * f.strength[i] / (f.strength[i] + f.strength[j]);
            QVERIFY2(std::abs(expected - W[i]) < 1e-8, qPrintable(QString("%1 vs %2").arg(expected).arg(W[i])));
        }
        QVERIFY(f.rating[0] > f.rating[1] && f.rating[1] > f.rating[2]);
    }

    void bradleyTerryPriorKeepsUnbeatenFinite() {
        const BtFit f = fitBradleyTerry(2, {{0, 1, 5, 0, 0}});  // default prior 0.5 virtual tie
        QVERIFY(f.converged);
        // (5 + 0.25) / 5.5 by the closed form with the prior's tie counted.
        QVERIFY(std::abs(f.strength[0] / (f.strength[0] + f.strength[1]) - 5.25 / 5.5) < 1e-9);
    }

    void leaderboardIntervals() {
        std::vector<std::vector<BtMatch>> perPrompt;
        for (int k = 0; k < 20; ++k) perPrompt.push_back({{0, 1, k < 14 ? 1.0 : 0.0, k < 14 ? 0.0 : 1.0, 0}, {1, 2, k < 12 ? 1.0 : 0.0, k < 12 ? 0.0 : 1.0, 0}});
        const BtLeaderboard lb = bradleyTerryLeaderboard(3, perPrompt, {}, 300, 5);
        QCOMPARE(lb.resamples, 300);
        for (int i = 0; i < 3; ++i) QVERIFY(lb.ratingCi[i].lo <= lb.fit.rating[i] + 1e-9 && lb.fit.rating[i] <= lb.ratingCi[i].hi + 1e-9);
        QVERIFY(lb.fit.rating[0] > lb.fit.rating[2]);
    }

    void mcnemar() {
        QCOMPARE(mcnemarOneSided(0, 0), 1.0);
        QVERIFY(std::abs(mcnemarOneSided(5, 0) - 1.0 / 32) < 1e-12);
        QVERIFY(std::abs(mcnemarOneSided(3, 1) - 5.0 / 16) < 1e-12);  // P(X>=3 | n=4) = (4+1)/16
        QCOMPARE(mcnemarOneSided(0, 4), 1.0);
    }

    void levenshtein_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("d");
        QTest::newRow("kitten") << "kitten" << "sitting" << 3;
        QTest::newRow("empty") << "" << "abc" << 3;
        QTest::newRow("same") << "Xin chào" << "Xin chào" << 0;
        QTest::newRow("flaw") << "flaw" << "lawn" << 2;
        QTest::newRow("vietnamese") << "Chào bạn" << "Chao ban" << 2;
        // NFD input counts like NFC: one character changed, not two.
        QTest::newRow("nfd") << QString("cafe\u0301") << QString("cafe") << 1;
        QTest::newRow("emoji") << QString("ok 👍") << QString("ok 👎") << 1;
    }
    void levenshtein() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, d);
        const EditDistance e = ps::eval::levenshtein(a, b);
        QCOMPARE(e.distance, d);
        QVERIFY(!e.capped);
        QCOMPARE(ps::eval::levenshtein(b, a).distance, d);
    }

    void levenshteinBound() {
        const QString a(5000, QLatin1Char('a')), b(5000, QLatin1Char('b'));
        const EditDistance e = ps::eval::levenshtein(a, b, 100);
        QVERIFY(e.capped);
        QCOMPARE(e.distance, 100);
        // Within the bound the banded result equals the full one.
        QString c = a;
        c[10] = QLatin1Char('x');
        c.insert(2000, QStringLiteral("yy"));
        const EditDistance f = ps::eval::levenshtein(a, c, 50);
        QVERIFY(!f.capped);
        QCOMPARE(f.distance, 3);
        QVERIFY(ps::eval::levenshtein(QString(300, 'a'), QString(10, 'a'), 100).capped);  // length difference alone exceeds it
    }

    void wordDiffSegments() {
        const auto d = wordDiff(QStringLiteral("The cat sat on the mat."), QStringLiteral("The dog sat on a mat!"));
        QString before, after;
        QStringList ops;
        for (const DiffSegment& s : d) {
            if (s.op != DiffOp::Insert) before += s.text;
            if (s.op != DiffOp::Delete) after += s.text;
            ops << QString("%1:%2").arg(s.op == DiffOp::Equal ? "=" : s.op == DiffOp::Delete ? "-" : "+", s.text);
        }
        QCOMPARE(before, QStringLiteral("The cat sat on the mat."));
        QCOMPARE(after, QStringLiteral("The dog sat on a mat!"));
        QCOMPARE(ops.join("|"), QStringLiteral("=:The |-:cat|+:dog|=: sat on |-:the|+:a|=: mat|-:.|+:!"));
        QCOMPARE(diffTokens(QStringLiteral("Xin chào, bạn!")), (QStringList{"Xin", " ", "chào", ",", " ", "bạn", "!"}));
        // Too large for the exact LCS: still a valid diff (prefix/suffix kept).
        const auto big = wordDiff(QStringLiteral("a b c x"), QStringLiteral("a d e x"), 1);
        QCOMPARE(big.front().text, QStringLiteral("a "));
        QCOMPARE(big.back().text, QStringLiteral(" x"));
    }

    void distinct() {
        QCOMPARE(distinctN({QStringLiteral("a b a b")}, 1), 0.5);          // {a, b} of 4
        QCOMPARE(distinctN({QStringLiteral("a b a b")}, 2), 2.0 / 3.0);    // {ab, ba} of 3
        QCOMPARE(distinctN({QStringLiteral("Xin chào"), QStringLiteral("xin CHÀO")}, 2), 0.5);
        QCOMPARE(distinctN({}, 1), 0.0);
        QCOMPARE(wordCount(QStringLiteral("Hello, world! 42")), 3);
        QCOMPARE(characterCount(QString("e\u0301")), 1);
    }
};

QTEST_GUILESS_MAIN(TestEvalStats)
#include "tst_eval_stats.moc"
