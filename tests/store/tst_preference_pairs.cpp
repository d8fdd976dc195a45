// tst_preference_pairs.cpp — how votes become training examples
// (Workspace::preferencePairs), against hand-computed expectations.
//
// One pair with generation A = "A" and B = "B". Each row lists the votes in
// order ("lan:a" = Lan votes A; "lan:a:edit=a:A+" = Lan votes A and rewrites
// side A as "A+"; "lan:undo" = Lan undoes her last vote), who is excluded,
// the options, and the expected examples as "chosen>rejected[/outcome][/edit]".
// Rules under test: plurality of non-skip votes decides, equal top counts
// decide nothing, a re-vote replaces the earlier one, undone votes and
// excluded annotators/pairs do not count, ties / both-bad / skips only on
// request, every edit adds an example with the edit as chosen.
#include "store/workspace.h"
#include "store_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace ps::store;
using fixtures::must;

namespace {
QString outcomeName(Choice c) {
    switch (c) {
    case Choice::Tie: return "/tie";
    case Choice::BothBad: return "/both_bad";
    case Choice::Skip: return "/skip";
    default: return QString();
    }
}
}  // namespace

class TestPreferencePairs : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    int n_ = 0;

private Q_SLOTS:
    void examples_data() {
        QTest::addColumn<QStringList>("votes");
        QTest::addColumn<QStringList>("excludedAnnotators");
        QTest::addColumn<bool>("pairExcluded");
        QTest::addColumn<QString>("options");  // letters: t ties, b both-bad, s skips, E no edits, X ignore exclusions
        QTest::addColumn<QStringList>("expected");
        using L = QStringList;
        QTest::newRow("single A") << L{"lan:a"} << L{} << false << "" << L{"A>B"};
        QTest::newRow("single B") << L{"lan:b"} << L{} << false << "" << L{"B>A"};
        QTest::newRow("majority 2 of 3") << L{"lan:a", "minh:b", "hoa:a"} << L{} << false << "" << L{"A>B"};
        QTest::newRow("1-1 split decides nothing") << L{"lan:a", "minh:b"} << L{} << false << "" << L{};
        QTest::newRow("three-way split") << L{"lan:a", "minh:b", "hoa:tie"} << L{} << false << "t" << L{};
        QTest::newRow("plurality over tie") << L{"lan:a", "minh:a", "hoa:b", "an:tie"} << L{} << false << "" << L{"A>B"};
        QTest::newRow("tie left out") << L{"lan:tie"} << L{} << false << "" << L{};
        QTest::newRow("tie on request") << L{"lan:tie"} << L{} << false << "t" << L{"A>B/tie"};
        QTest::newRow("tie majority") << L{"lan:tie", "minh:tie", "hoa:a"} << L{} << false << "t" << L{"A>B/tie"};
        QTest::newRow("both bad left out") << L{"lan:both_bad"} << L{} << false << "t" << L{};
        QTest::newRow("both bad on request") << L{"lan:both_bad"} << L{} << false << "b" << L{"A>B/both_bad"};
        QTest::newRow("skip only") << L{"lan:skip"} << L{} << false << "tb" << L{};
        QTest::newRow("skip on request") << L{"lan:skip", "minh:skip"} << L{} << false << "s" << L{"A>B/skip"};
        QTest::newRow("skips do not count") << L{"lan:skip", "minh:skip", "hoa:b"} << L{} << false << "s" << L{"B>A"};
        QTest::newRow("re-vote replaces") << L{"lan:a", "lan:b"} << L{} << false << "" << L{"B>A"};
        QTest::newRow("undone vote") << L{"lan:a", "lan:undo", "minh:b"} << L{} << false << "" << L{"B>A"};
        QTest::newRow("undo restores superseded") << L{"lan:a", "lan:b", "lan:undo"} << L{} << false << "" << L{"A>B"};
        QTest::newRow("excluded annotator") << L{"lan:a", "minh:b", "hoa:b"} << L{"minh"} << false << "" << L{};
        QTest::newRow("exclusions ignored") << L{"lan:a", "minh:b", "hoa:b"} << L{"minh"} << false << "X" << L{"B>A"};
        QTest::newRow("excluded pair") << L{"lan:a"} << L{} << true << "tbs" << L{};
        QTest::newRow("edit of the winner") << L{"lan:a:edit=a:A+"} << L{} << false << "" << L{"A>B", "A+>B/edit"};
        QTest::newRow("edit of the loser") << L{"lan:a:edit=b:B fixed"} << L{} << false << "" << L{"A>B", "B fixed>B/edit"};
        QTest::newRow("edit with B winning") << L{"lan:b:edit=b:B+"} << L{} << false << "" << L{"B>A", "B+>A/edit"};
        QTest::newRow("edit on a tie") << L{"lan:tie:edit=a:A+"} << L{} << false << "" << L{"A+>A/edit"};
        QTest::newRow("edit on both bad") << L{"lan:both_bad:edit=b:good"} << L{} << false << "b" << L{"A>B/both_bad", "good>B/edit"};
        QTest::newRow("edit on a skip") << L{"lan:skip:edit=a:A+"} << L{} << false << "" << L{"A+>A/edit"};
        QTest::newRow("unchanged edit") << L{"lan:a:edit=a:A"} << L{} << false << "" << L{"A>B"};
        QTest::newRow("edits off") << L{"lan:a:edit=a:A+"} << L{} << false << "E" << L{"A>B"};
        QTest::newRow("edits of several") << L{"lan:a:edit=a:A1", "minh:a:edit=a:A2"} << L{} << false << "" << L{"A>B", "A1>B/edit", "A2>B/edit"};
        QTest::newRow("edit in a split pair") << L{"lan:a:edit=a:A+", "minh:b"} << L{} << false << "" << L{"A+>B/edit"};
        QTest::newRow("edit by excluded") << L{"lan:a:edit=a:A+", "minh:a"} << L{"lan"} << false << "" << L{"A>B"};
        QTest::newRow("undone edit") << L{"lan:a:edit=a:A+", "lan:undo"} << L{} << false << "" << L{};
    }

    void examples() {
        QFETCH(QStringList, votes);
        QFETCH(QStringList, excludedAnnotators);
        QFETCH(bool, pairExcluded);
        QFETCH(QString, options);
        QFETCH(QStringList, expected);

        auto ws = fixtures::open(dir_.filePath(QStringLiteral("p%1.prefstudio").arg(++n_)));
        const Id prompt = must(ws->addPrompt({{"Q", {}}}));
        const auto gens = must(ws->addGenerations({{prompt, {}, {}, {}, "A"}, {prompt, {}, {}, {}, "B"}}));
        const Id pair = must(ws->createPair({prompt, gens[0], gens[1]}));
        std::map<QString, Id> annotators;
        auto annotator = [&](const QString& name) {
            if (!annotators.count(name)) annotators[name] = must(ws->addAnnotator(name));
            return annotators[name];
        };
        for (const QString& spec : votes) {
            const QStringList parts = spec.split(':');
            const Id who = annotator(parts[0]);
            if (parts[1] == "undo") {
                QVERIFY(must(ws->undoLastVote(who)).has_value());
                continue;
            }
            NewVote v{pair, who, true, choiceFromName(parts[1]).value()};
            if (parts.size() > 2) {
                v.editedSide = parts[2] == "edit=a" ? Side::A : Side::B;
                v.editedText = parts[3];
            }
            must(ws->recordVote(v));
        }
        for (const QString& name : excludedAnnotators) QVERIFY(ws->setAnnotatorExcluded(annotator(name), true).ok());
        if (pairExcluded) QVERIFY(ws->setPairExcluded(pair, true).ok());

        PreferenceOptions o;
        o.includeTies = options.contains('t');
        o.includeBothBad = options.contains('b');
        o.includeSkips = options.contains('s');
        o.editsAsChosen = !options.contains('E');
        o.respectExclusions = !options.contains('X');
        QStringList actual;
        for (const PreferenceExample& e : must(ws->preferencePairs(o))) {
            QCOMPARE(e.pairId, pair);
            QCOMPARE(e.prompt.text, QString("Q"));
            actual << e.chosen + ">" + e.rejected + (e.fromEdit ? QString("/edit") : outcomeName(e.outcome));
        }
        QCOMPARE(actual, expected);
    }

    void voteCountsAndPromptFields() {
        auto ws = fixtures::open(dir_.filePath("fields.prefstudio"));
        NewPrompt chat;
        chat.content.messages = QJsonArray{QJsonObject{{"role", "user"}, {"content", "Xin chào"}}};
        chat.language = "vi";
        chat.category = "greeting";
        const auto prompts = must(ws->addPrompts({chat, {{"second", {}}}}));
        const auto g = must(ws->addGenerations({{prompts[0], {}, {}, {}, "A"}, {prompts[0], {}, {}, {}, "B"},
                                                {prompts[1], {}, {}, {}, "C"}, {prompts[1], {}, {}, {}, "D"}}));
        const auto pairs = must(ws->createPairs({{prompts[0], g[0], g[1]}, {prompts[1], g[2], g[3]}}));
        const Id lan = must(ws->addAnnotator("lan")), minh = must(ws->addAnnotator("minh")), hoa = must(ws->addAnnotator("hoa"));
        must(ws->recordVote({pairs[1], lan, true, Choice::B}));
        must(ws->recordVote({pairs[0], lan, true, Choice::B}));
        must(ws->recordVote({pairs[0], minh, false, Choice::B}));
        must(ws->recordVote({pairs[0], hoa, true, Choice::A}));
        const auto ex = must(ws->preferencePairs());
        QCOMPARE(int(ex.size()), 2);
        QCOMPARE(ex[0].pairId, pairs[0]);  // pair order, not vote order
        QVERIFY(ex[0].prompt.isChat());
        QCOMPARE(ex[0].prompt.messages, chat.content.messages);
        QCOMPARE(ex[0].language, QString("vi"));
        QCOMPARE(ex[0].category, QString("greeting"));
        QCOMPARE(ex[0].chosen, QString("B"));
        QCOMPARE(ex[0].rejected, QString("A"));
        QCOMPARE(ex[0].outcome, Choice::B);
        QCOMPARE(ex[0].votesForOutcome, 2);
        QCOMPARE(ex[0].votesCounted, 3);
        QCOMPARE(ex[1].chosen, QString("D"));
        QCOMPARE(ex[1].votesForOutcome, 1);
    }
};

QTEST_GUILESS_MAIN(TestPreferencePairs)
#include "tst_preference_pairs.moc"
