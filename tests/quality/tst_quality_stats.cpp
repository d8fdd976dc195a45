// tst_quality_stats — every statistic of core/quality against values computed
// by hand (the arithmetic is in the comments) or, for the large binomial case,
// with exact integers in Python (sum of C(n, k) over qualifying k, / 2^n).
#include "quality/agreement.h"
#include "quality/near_duplicates.h"
#include "quality/proportion.h"
#include "quality/robust.h"
#include "quality/text_stats.h"

#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <set>

using namespace ps::quality;

class TestQualityStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void binomialTest_data() {
        QTest::addColumn<qint64>("successes");
        QTest::addColumn<qint64>("trials");
        QTest::addColumn<double>("p0");
        QTest::addColumn<double>("expected");
        // 9 of 10: P(X >= 9) + P(X <= 1) = (C(10,9) + C(10,10) + C(10,1) + C(10,0)) / 2^10 = 22 / 1024.
        QTest::newRow("9 of 10") << qint64(9) << qint64(10) << 0.5 << 0.021484375;
        QTest::newRow("1 of 10 (mirror)") << qint64(1) << qint64(10) << 0.5 << 0.021484375;
        // 5 of 10 is the mode: every outcome is at most as likely -> 1.
        QTest::newRow("5 of 10") << qint64(5) << qint64(10) << 0.5 << 1.0;
        // 8 of 12: 2 (C(12,8) + C(12,9) + C(12,10) + C(12,11) + C(12,12)) / 4096 = 2 (495+220+66+12+1) / 4096 = 1588 / 4096.
        QTest::newRow("8 of 12") << qint64(8) << qint64(12) << 0.5 << 0.3876953125;
        // 10 of 10: P(X=10) + P(X=0) = 2 / 1024.
        QTest::newRow("10 of 10") << qint64(10) << qint64(10) << 0.5 << 0.001953125;
        QTest::newRow("no trials") << qint64(0) << qint64(0) << 0.5 << 1.0;
        // Asymmetric p0 = 0.3, 6 of 10: P(6) = 0.036756909; the upper tail 6..10 sums to
        // 0.036756909 + 0.009001692 + 0.0014467005 + 0.000137781 + 0.0000059049 = 0.0473489874
        // and of the lower tail only P(0) = 0.7^10 = 0.0282475249 is not above P(6): 0.0755965123.
        QTest::newRow("6 of 10, p0 0.3") << qint64(6) << qint64(10) << 0.3 << 0.0755965123;
        // 51 000 of 100 000 (Python, exact integers): 2.588716038346898e-10.
        QTest::newRow("51000 of 100000") << qint64(51000) << qint64(100000) << 0.5 << 2.588716038346898e-10;
    }
    void binomialTest() {
        QFETCH(qint64, successes);
        QFETCH(qint64, trials);
        QFETCH(double, p0);
        QFETCH(double, expected);
        const double p = binomialTestTwoSided(successes, trials, p0);
        QVERIFY2(std::fabs(p - expected) <= 1e-9 * std::max(1.0, expected) + expected * 1e-6, qPrintable(QString::number(p, 'g', 17)));
    }

    void wilsonInterval95() {
        // 9 of 10, z = 1.959964: p = 0.9, z²/n = 0.384146, denominator 1.384146,
        // centre (0.9 + 0.192073) / 1.384146 = 0.788987,
        // half 1.959964 / 1.384146 * sqrt(0.009 + 0.0096036) = 0.193137 -> [0.595850, 0.982124].
        Interval i = wilsonInterval(9, 10);
        QVERIFY(std::fabs(i.low - 0.5958499732) < 1e-9);
        QVERIFY(std::fabs(i.high - 0.9821237869) < 1e-9);
        // 0 of 10: centre = half = 0.192073 / 1.384146 -> [0, 2 * 0.138766] = [0, 0.277533].
        i = wilsonInterval(0, 10);
        QCOMPARE(i.low, 0.0);
        QVERIFY(std::fabs(i.high - 0.2775327999) < 1e-9);
        const ProportionTest t = testProportion(8, 12);
        QCOMPARE(t.rate, 8.0 / 12.0);
        QVERIFY(std::fabs(t.ci95.low - 0.3906220889) < 1e-9 && std::fabs(t.ci95.high - 0.8618799089) < 1e-9);
        QVERIFY(std::isnan(testProportion(0, 0).rate));
    }

    void cohenKappa2x2() {
        // Wikipedia's example: yes/yes 20, yes/no 5, no/yes 10, no/no 15 (50 items).
        // p_o = 35/50 = 0.7; rater 1 says yes 25/50, rater 2 30/50:
        // p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
        const CohenResult r = cohenKappa(std::vector<std::vector<int64_t>>{{20, 5}, {10, 15}});
        QCOMPARE(r.items, int64_t(50));
        QVERIFY(std::fabs(r.observed - 0.7) < 1e-12);
        QVERIFY(std::fabs(r.expected - 0.5) < 1e-12);
        QVERIFY(std::fabs(r.kappa - 0.4) < 1e-12);
    }

    void cohenKappa4x4FromLabels() {
        // Labels A=0, B=1, tie=2, both-bad=3 on 10 items:
        //   rater 1: A A A A B B B T T X
        //   rater 2: A A A B B B A T X X
        // Agreements: 3 (A) + 2 (B) + 1 (T) + 1 (X) = 7 -> p_o = 0.7.
        // Marginals rater 1: A 4, B 3, T 2, X 1; rater 2: A 4, B 3, T 1, X 2.
        // p_e = (16 + 9 + 2 + 2) / 100 = 0.29; kappa = (0.7 - 0.29) / 0.71 = 0.5774647887.
        std::vector<std::pair<int, int>> labels = {{0, 0}, {0, 0}, {0, 0}, {0, 1}, {1, 1}, {1, 1}, {1, 0}, {2, 2}, {2, 3}, {3, 3}};
        const CohenResult r = cohenKappa(labels, 4);
        QCOMPARE(r.items, int64_t(10));
        QVERIFY(std::fabs(r.observed - 0.7) < 1e-12);
        QVERIFY(std::fabs(r.expected - 0.29) < 1e-12);
        QVERIFY(std::fabs(r.kappa - 0.41 / 0.71) < 1e-12);
    }

    void cohenKappaUndefined() {
        // Both raters always say A: p_o = p_e = 1, kappa is 0/0.
        QVERIFY(std::isnan(cohenKappa(std::vector<std::pair<int, int>>{{0, 0}, {0, 0}}, 4).kappa));
        QVERIFY(std::isnan(cohenKappa(std::vector<std::pair<int, int>>{}, 4).kappa));
    }

    void fleissKappaWikipediaExample() {
        // Fleiss (1971) as worked on Wikipedia: 10 subjects, 14 raters, 5 categories.
        // P_i = sum_j n_ij (n_ij - 1) / (14 * 13), e.g. subject 1: 14*13/182 = 1, subject 2:
        // (2+30+12+2)/182 = 0.253; P-bar = 3.78021978/10 = 0.378022.
        // p_j = (20, 28, 39, 21, 32) / 140; P-bar_e = (400+784+1521+441+1024)/19600 = 0.212755.
        // kappa = (0.378022 - 0.212755) / (1 - 0.212755) = 4211/20059 = 0.2099307044.
        const std::vector<std::vector<int>> counts = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                                                      {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        const FleissResult r = fleissKappa(counts);
        QCOMPARE(r.items, int64_t(10));
        QCOMPARE(r.ratings, int64_t(140));
        QCOMPARE(r.minRaters, 14);
        QCOMPARE(r.maxRaters, 14);
        QVERIFY(std::fabs(r.observed - 0.378021978021978) < 1e-12);
        QVERIFY(std::fabs(r.expected - 0.21275510204081632) < 1e-12);
        QVERIFY(std::fabs(r.kappa - 4211.0 / 20059.0) < 1e-12);
    }

    void fleissKappaUnequalRaters() {
        // Items (A, B, tie, both-bad): [2,0,0,0] P = 2/2 = 1; [1,1,0,0] P = 0;
        // [2,1,0,0] P = (2*1)/(3*2) = 1/3; [1,0,0,0] has one rating and is skipped.
        // P-bar = (1 + 0 + 1/3) / 3 = 4/9. Ratings of counted items: A 5, B 2 of 7:
        // P-bar_e = 25/49 + 4/49 = 29/49; kappa = (4/9 - 29/49) / (20/49) = -13/36.
        const FleissResult r = fleissKappa({{2, 0, 0, 0}, {1, 1, 0, 0}, {2, 1, 0, 0}, {1, 0, 0, 0}});
        QCOMPARE(r.items, int64_t(3));
        QCOMPARE(r.ratings, int64_t(7));
        QCOMPARE(r.minRaters, 2);
        QCOMPARE(r.maxRaters, 3);
        QVERIFY(std::fabs(r.observed - 4.0 / 9.0) < 1e-12);
        QVERIFY(std::fabs(r.expected - 29.0 / 49.0) < 1e-12);
        QVERIFY(std::fabs(r.kappa + 13.0 / 36.0) < 1e-12);
        QVERIFY(std::isnan(fleissKappa({{1, 0, 0, 0}}).kappa));
    }

    void textLengthsAndTokens() {
        QCOMPARE(charCount(QStringLiteral("chào")), int64_t(4));
        QCOMPARE(charCount(QStringLiteral("a\U0001F600")), int64_t(2));  // the emoji is one code point, two UTF-16 units
        QCOMPARE(wordCount(QStringLiteral("  e-mail,  ok\n")), int64_t(2));
        QCOMPARE(wordTokens(QStringLiteral("Xin chào, BẠN!")), (QStringList{QStringLiteral("xin"), QStringLiteral("chào"), QStringLiteral("bạn")}));
        // NFD input (a + combining grave) gives the same token as NFC.
        QCOMPARE(wordTokens(QStringLiteral("cha\u0300o")), QStringList{QStringLiteral("chào")});
    }

    void distinctN() {
        // "the cat sat" + "the cat ran": unigrams the cat sat the cat ran -> 4 distinct / 6 = 2/3;
        // bigrams "the cat" "cat sat" "the cat" "cat ran" -> 3 distinct / 4 = 0.75.
        // N-grams do not cross texts: no "sat the".
        DistinctNgrams d1(1), d2(2);
        for (const char* t : {"The cat sat.", "the cat ran"}) {
            d1.add(wordTokens(QString::fromUtf8(t)));
            d2.add(wordTokens(QString::fromUtf8(t)));
        }
        QCOMPARE(d1.total(), int64_t(6));
        QCOMPARE(d1.distinct(), int64_t(4));
        QCOMPARE(d1.ratio(), 4.0 / 6.0);
        QCOMPARE(d2.total(), int64_t(4));
        QCOMPARE(d2.ratio(), 0.75);
        DistinctNgrams empty(2);
        empty.add(QStringList{QStringLiteral("one")});
        QCOMPARE(empty.ratio(), 0.0);
    }

    void distinctNManyTexts() {
        // 300 000 n-grams pass the compaction threshold several times: 1000 distinct words.
        DistinctNgrams d(1);
        for (int i = 0; i < 3000; ++i) {
            QStringList t;
            for (int j = 0; j < 100; ++j) t << QStringLiteral("w%1").arg((i * 100 + j) % 1000);
            d.add(t);
        }
        QCOMPARE(d.total(), int64_t(300000));
        QCOMPARE(d.distinct(), int64_t(1000));
    }

    void jaccardOfShingles() {
        // 16 words, last word changed: 15 bigrams each, 14 shared -> 14 / (15 + 15 - 14) = 0.875.
        const QStringList a = wordTokens(QStringLiteral("How do I reset my password if I no longer have access to my email account"));
        const QStringList b = wordTokens(QStringLiteral("How do I reset my password if I no longer have access to my email inbox"));
        QCOMPARE(jaccard(shingles(a, 2), shingles(b, 2)), 0.875);
        // A text shorter than the shingle is one shingle of all its words.
        QCOMPARE(shingles(wordTokens(QStringLiteral("hello")), 2).size(), size_t(1));
        QCOMPARE(jaccard({}, {}), 0.0);
    }

    void minHashFindsOneWordEdits() {
        const std::vector<QString> texts = {
            QStringLiteral("How do I reset my password if I no longer have access to my email account"),  // 0
            QStringLiteral("What is the weather like in Hanoi during the rainy season"),                   // 1
            QStringLiteral("How do I reset my password if I no longer have access to my email inbox"),    // 2: last word edited
            QStringLiteral("How do I change my password if I no longer have access to my email account"), // 3: middle word edited
            QStringLiteral("Làm sao để đổi mật khẩu khi tôi không còn truy cập được email"),               // 4
        };
        std::vector<QStringList> tokens;
        for (const QString& t : texts) tokens.push_back(wordTokens(t));
        const auto found = findNearDuplicates(tokens, NearDuplicateOptions{});
        // 0-2: 0.875 (above). 0-3: "reset" changed, two bigrams differ: 13 / 17 = 0.7647.
        // 2-3: both edits: 12 shared of 15 + 15 -> 12 / 18 = 0.6667. Nothing with 1 or 4.
        QCOMPARE(found.size(), size_t(3));
        QCOMPARE(found[0].first, 0);
        QCOMPARE(found[0].second, 2);
        QCOMPARE(found[0].jaccard, 0.875);
        QCOMPARE(found[1].first, 0);
        QCOMPARE(found[1].second, 3);
        QVERIFY(std::fabs(found[1].jaccard - 13.0 / 17.0) < 1e-12);
        QCOMPARE(found[2].first, 2);
        QCOMPARE(found[2].second, 3);
        QVERIFY(std::fabs(found[2].jaccard - 12.0 / 18.0) < 1e-12);
    }

    void minHashAgreesWithBruteForce() {
        // 600 templated prompts (a few words varied each): MinHash + LSH must find
        // the same pairs as comparing all 179 700 pairs exactly, clearly above the
        // threshold (J >= 0.7; the LSH miss probability there is 1 - (1 - 0.7^4)^32 < 1e-4).
        QRandomGenerator rng(7);
        const QStringList words = QString::fromLatin1("order refund shipping address password account invoice plan upgrade cancel "
                                                      "delivery tracking number card payment store gift return exchange warranty")
                                      .split(QLatin1Char(' '));
        std::vector<QStringList> texts;
        for (int i = 0; i < 600; ++i) {
            QStringList t = QString::fromLatin1("please help me with my %1 because the %2 did not arrive and i need the %3 today for the %4")
                                .arg(words[int(rng.bounded(20))], words[int(rng.bounded(20))], words[int(rng.bounded(20))], words[int(rng.bounded(20))])
                                .split(QLatin1Char(' '));
            texts.push_back(t);
        }
        NearDuplicateOptions o;
        o.threshold = 0.7;
        const auto found = findNearDuplicates(texts, o);
        std::vector<std::vector<uint64_t>> sets;
        for (const QStringList& t : texts) sets.push_back(shingles(t, o.shingleWords));
        std::set<std::pair<int, int>> expected, got;
        for (int i = 0; i < 600; ++i)
            for (int j = i + 1; j < 600; ++j)
                if (jaccard(sets[size_t(i)], sets[size_t(j)]) >= o.threshold) expected.insert({i, j});
        for (const auto& p : found) got.insert({p.first, p.second});
        QVERIFY(!expected.empty());
        QCOMPARE(got, expected);
    }

    void robustZ() {
        // {10, 12, 11, 13, 12, 40}: sorted 10 11 12 12 13 40, median 12; |deviations| sorted
        // 0 0 1 1 2 28, MAD = 1. z(40) = 0.6745 * 28 / 1 = 18.886; z(10) = 0.6745 * -2 = -1.349.
        const std::vector<double> v = {10, 12, 11, 13, 12, 40};
        QCOMPARE(median(v), 12.0);
        QCOMPARE(medianAbsoluteDeviation(v), 1.0);
        const auto z = robustZScores(v);
        QVERIFY(std::fabs(z[5] - 0.6745 * 28) < 1e-12);
        QVERIFY(std::fabs(z[0] + 0.6745 * 2) < 1e-12);
        QVERIFY(std::fabs(z[5]) > kOutlierZ && std::fabs(z[0]) < kOutlierZ);
        // MAD = 0 ({5,5,5,5,9}): mean absolute deviation 4/5 = 0.8, z(9) = 4 / (1.253314 * 0.8) = 3.98942.
        const auto z2 = robustZScores({5, 5, 5, 5, 9});
        QVERIFY(std::fabs(z2[4] - 4.0 / (1.253314 * 0.8)) < 1e-12);
        QCOMPARE(z2[0], 0.0);
        QVERIFY(std::isnan(robustZScores({1, 2})[0]));
        QVERIFY(std::isnan(median({})));
    }
};

QTEST_GUILESS_MAIN(TestQualityStats)
#include "tst_quality_stats.moc"
