// tst_annotation_session — the Annotate tab's view-model without widgets, on
// real workspace files: the bounded keyset window over a long queue (forward
// and back across dropped pages), the side layout hash, undo of a pair that
// left the window, the Todo wrap-around, errors that must not count as votes,
// and timings on a 100k-pair workspace (PS_ANNOTATE_SCALE pairs).
#include "annotate_fixtures.h"
#include "annotation_session.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ps;
using namespace annotate_fixtures;
using store::QueueFilter;
using ui::AnnotationSession;
using ui::Pick;

class TestAnnotationSession : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    int file_ = 0;

    std::unique_ptr<store::Workspace> fresh(int pairs, Made* made = nullptr) {
        auto ws = open(dir_.filePath(QStringLiteral("s%1.prefstudio").arg(file_++)));
        Made m = makePairs(*ws, pairs);
        if (made) *made = m;
        return ws;
    }

private Q_SLOTS:
    void layoutHashIsBalancedAndStable() {
        int left = 0;
        for (store::Id id = 1; id <= 2000; ++id) left += AnnotationSession::leftIsAFor(id, QStringLiteral("alice"));
        QVERIFY2(left > 900 && left < 1100, qPrintable(QString::number(left)));
        // SHA-256 of "<id>\x1f<name>": a fixed value, the same in every process and Qt version.
        QCOMPARE(AnnotationSession::leftIsAFor(1, QStringLiteral("alice")), AnnotationSession::leftIsAFor(1, QStringLiteral("alice")));
        int same = 0;
        for (store::Id id = 1; id <= 200; ++id)
            same += AnnotationSession::leftIsAFor(id, QStringLiteral("alice")) == AnnotationSession::leftIsAFor(id, QStringLiteral("bob"));
        QVERIFY(same > 60 && same < 140);  // independent per annotator
    }

    void windowStaysBoundedForwardAndBack() {
        Made m;
        auto ws = fresh(1200, &m);
        AnnotationSession s;
        QVERIFY(s.setAnnotator(QStringLiteral("alice")).ok());
        QVERIFY(s.setWorkspace(ws.get()).ok());
        QVERIFY(s.setFilter(QueueFilter::All).ok());
        size_t maxWindow = 0;
        for (int i = 0; i < 1200; ++i) {
            QCOMPARE(s.current()->pairId, m.pairs[size_t(i)]);
            maxWindow = std::max(maxWindow, s.window().size());
            if (i < 1199) QVERIFY(s.next().ok());
        }
        QVERIFY(maxWindow <= size_t(AnnotationSession::kMaxWindow));
        QVERIFY(s.hasDroppedFront());
        QVERIFY(s.next().ok());
        QCOMPARE(s.state(), AnnotationSession::State::Finished);
        QVERIFY(s.previous().ok());
        for (int i = 1199; i >= 0; --i) {
            QCOMPARE(s.current()->pairId, m.pairs[size_t(i)]);
            QVERIFY(s.window().size() <= size_t(AnnotationSession::kMaxWindow));
            QVERIFY(s.previous().ok());
        }
        QCOMPARE(s.current()->pairId, m.pairs[0]);  // previous() at the very start stays
    }

    void undoBringsBackAPairThatLeftTheWindow() {
        Made m;
        auto ws = fresh(700, &m);
        AnnotationSession s;
        QVERIFY(s.setAnnotator(QStringLiteral("alice")).ok());
        QVERIFY(s.setWorkspace(ws.get()).ok());
        QSignalSpy undone(&s, &AnnotationSession::voteUndone);
        auto id = s.commit(Pick::Left);
        QVERIFY(id.ok());
        for (int i = 0; i < 650; ++i) QVERIFY(s.next().ok());
        QVERIFY(s.window().front().pairId != m.pairs[0]);
        auto r = s.undo();
        QVERIFY(r.ok());
        QCOMPARE(r->value(), *id);
        QCOMPARE(undone.count(), 1);
        QCOMPARE(s.current()->pairId, m.pairs[0]);
        QVERIFY(!s.myVote());
        QVERIFY(must(ws->vote(*id)).undoneAt.has_value());
        // Nothing left to undo: no error, nothing returned.
        auto none = s.undo();
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
    }

    void todoWrapsToPairsPassedOver() {
        Made m;
        auto ws = fresh(3, &m);
        AnnotationSession s;
        QVERIFY(s.setAnnotator(QStringLiteral("alice")).ok());
        QVERIFY(s.setWorkspace(ws.get()).ok());
        QSignalSpy notices(&s, &AnnotationSession::notice);
        QVERIFY(s.next().ok());
        QVERIFY(s.next().ok());
        QVERIFY(s.commit(Pick::Tie).ok());
        QCOMPARE(s.state(), AnnotationSession::State::Finished);
        QCOMPARE(s.remainingInFilter().value(), qint64(2));
        QVERIFY(s.next().ok());
        QCOMPARE(notices.count(), 1);
        QCOMPARE(s.current()->pairId, m.pairs[0]);
        QCOMPARE(int(s.window().size()), 2);
        QVERIFY(s.commit(Pick::Left).ok());
        QVERIFY(s.commit(Pick::Right).ok());
        QCOMPARE(s.state(), AnnotationSession::State::Finished);
        QVERIFY(s.next().ok());  // nothing left: stays finished
        QCOMPARE(s.remainingInFilter().value(), qint64(0));
        QVERIFY(s.reload().ok());
        QCOMPARE(s.state(), AnnotationSession::State::Empty);
    }

    void errorsAreNotVotes() {
        auto ws = fresh(2);
        AnnotationSession s;
        QVERIFY(s.setWorkspace(ws.get()).ok() == false);  // Todo needs an annotator
        QCOMPARE(s.state(), AnnotationSession::State::Empty);
        QVERIFY(s.setFilter(QueueFilter::All).ok());
        QVERIFY(s.current());
        auto noAnnotator = s.commit(Pick::Left);
        QVERIFY(!noAnnotator.ok());
        QVERIFY(s.setAnnotator(QStringLiteral("alice")).ok());
        auto noSelection = s.commitSelection();
        QVERIFY(!noSelection.ok());
        QVERIFY(noSelection.error().message.contains(QLatin1String("Pick an answer first")));
        s.beginEdit(true);
        auto empty = s.commitEdit(QStringLiteral("   "));
        QVERIFY(!empty.ok());
        QVERIFY(s.editing());
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM votes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(s.sessionVotes(), 0);
    }

    // Everything the view does per pair, on PS_ANNOTATE_SCALE (default 100k) pairs.
    void stayFluidOnALargeWorkspace() {
        const int n = qEnvironmentVariableIsSet("PS_ANNOTATE_SCALE") ? qEnvironmentVariableIntValue("PS_ANNOTATE_SCALE") : 100000;
        QElapsedTimer t;
        t.start();
        auto ws = open(dir_.filePath(QStringLiteral("large.prefstudio")));
        // Shaped like the store is sized for: a tenth as many prompts as pairs, five
        // answers per prompt and every pair of them (10 pairs a prompt).
        {
            const int prompts = (n + 9) / 10;
            std::vector<store::NewPrompt> newPrompts(static_cast<size_t>(prompts));
            for (int i = 0; i < prompts; ++i) newPrompts[size_t(i)].content.text = QStringLiteral("Large prompt %1").arg(i);
            const std::vector<store::Id> pids = must(ws->addPrompts(newPrompts));
            std::vector<store::NewGeneration> gs;
            gs.reserve(size_t(prompts) * 5);
            for (int i = 0; i < prompts; ++i)
                for (int k = 0; k < 5; ++k) {
                    store::NewGeneration g;
                    g.promptId = pids[size_t(i)];
                    g.text = QStringLiteral("answer %1 to prompt %2").arg(k).arg(i);
                    gs.push_back(std::move(g));
                }
            const std::vector<store::Id> gids = must(ws->addGenerations(gs));
            std::vector<store::NewPair> pairs;
            pairs.reserve(size_t(n));
            for (int i = 0; i < prompts && int(pairs.size()) < n; ++i)
                for (int a = 0; a < 5; ++a)
                    for (int b = a + 1; b < 5 && int(pairs.size()) < n; ++b)
                        pairs.push_back({pids[size_t(i)], gids[size_t(5 * i + a)], gids[size_t(5 * i + b)]});
            (void)must(ws->createPairs(pairs));
        }
        const qint64 fillMs = t.elapsed();
        AnnotationSession s;
        QVERIFY(s.setAnnotator(QStringLiteral("alice")).ok());
        t.restart();
        QVERIFY(s.setWorkspace(ws.get()).ok());
        const qint64 openMs = t.elapsed();
        t.restart();
        for (int i = 0; i < 40; ++i) QVERIFY(s.commit(i % 2 ? Pick::Left : Pick::Right).ok());
        const double voteMs = double(t.elapsed()) / 40;
        t.restart();
        for (int i = 0; i < 2000; ++i) QVERIFY(s.next().ok());
        const double nextMs = double(t.elapsed()) / 2000;
        t.restart();
        auto p = s.progress();
        QVERIFY(p.ok());
        const qint64 progressMs = t.elapsed();
        QCOMPARE(p->myVotes, qint64(40));
        QCOMPARE(p->myRemaining, qint64(n - 40));
        t.restart();
        QCOMPARE(s.remainingInFilter().value(), qint64(n - 40));
        const qint64 countMs = t.elapsed();
        t.restart();
        QVERIFY(s.setFilter(QueueFilter::Mine).ok());
        QCOMPARE(s.current()->pairId, s.window().front().pairId);
        const qint64 mineMs = t.elapsed();
        qInfo("%d pairs (filled in %lld ms): open %lld ms, vote %.1f ms, next %.2f ms, progress %lld ms, Todo count %lld ms, Mine filter %lld ms",
              n, fillMs, openMs, voteMs, nextMs, progressMs, countMs, mineMs);
        // "Fluid": what happens on a key press stays well under a frame budget of ~100 ms.
        QVERIFY(openMs < 1000);
        QVERIFY(nextMs < 20);
        QVERIFY(voteMs < 200);
        QVERIFY(progressMs < 1500);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationSession)
#include "tst_annotation_session.moc"
