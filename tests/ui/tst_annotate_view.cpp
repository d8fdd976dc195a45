// tst_annotate_view — the Annotate tab driven through its real widgets with
// key presses and clicks, on a real workspace file; every assertion about a
// vote reads it back from SQLite.
//
// Covered: picks by 1/2/←/→/T/B/S mapped through the left/right layout,
// quick mode on and off (select, flags, comment, Ctrl+Enter), keys typed in
// the comment and edit boxes not voting, editing (Esc cancels, Ctrl+Enter
// votes for the edited side), undo, re-voting (supersedes), navigation, the
// queue filters, guidelines, empty states, a busy database and a full disk
// shown as errors with nothing advanced or lost, 20 pairs labelled by keyboard only, the Annotate tab
// in MainWindow, a screenshot of a realistic pair, and SIGKILLs of an
// offscreen annotation process (tests/crash/annotate_loop.cpp) that must not
// lose a printed vote.
#include "annotate_fixtures.h"
#include "annotate_view.h"
#include "main_window.h"
#include "util/i18n.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QThread>
#include <QToolButton>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace ps;
using namespace annotate_fixtures;
using store::Choice;
using store::Side;
using ui::AnnotateView;
using ui::Pick;

namespace {

// A workspace file with `n` pairs and an Annotate view on it, shown and active.
struct Env {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<store::Workspace> ws;
    Made made;
    std::unique_ptr<AnnotateView> view;

    explicit Env(int n, const QString& annotator = QStringLiteral("alice"), int busyTimeoutMs = 5000) {
        path = dir.filePath(QStringLiteral("annotate.prefstudio"));
        ws = open(path, busyTimeoutMs);
        if (n > 0) made = makePairs(*ws, n);
        view = std::make_unique<AnnotateView>();
        view->setQuickMode(true);
        view->setAnnotator(annotator);
        view->setWorkspace(ws.get());
        view->resize(1300, 800);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get())) qWarning("annotate view not active");
    }
    ~Env() { view.reset(); }

    ui::AnnotationSession* s() const { return view->session(); }
    template <typename T>
    T* w(const char* name) const {
        T* c = view->findChild<T*>(QLatin1String(name));
        if (!c) qFatal("no widget %s", name);
        return c;
    }
    int index(store::Id pairId) const { return int(std::find(made.pairs.begin(), made.pairs.end(), pairId) - made.pairs.begin()); }
    qint64 votes(const QString& where = QString()) const {
        QSqlQuery q(ws->database());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM votes %1").arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
        q.next();
        return q.value(0).toLongLong();
    }
    store::Vote lastVote() const {
        QSqlQuery q(ws->database());
        q.exec(QStringLiteral("SELECT MAX(id) FROM votes"));
        q.next();
        return must(ws->vote(q.value(0).toLongLong()));
    }
    void key(int k, Qt::KeyboardModifiers m = Qt::NoModifier) const { QTest::keyClick(view.get(), Qt::Key(k), m); }
};

Choice expected(Pick p, bool leftIsA) {
    switch (p) {
    case Pick::Left: return leftIsA ? Choice::A : Choice::B;
    case Pick::Right: return leftIsA ? Choice::B : Choice::A;
    case Pick::Tie: return Choice::Tie;
    case Pick::BothBad: return Choice::BothBad;
    case Pick::Skip: return Choice::Skip;
    }
    return Choice::Skip;
}

struct KeyPick {
    int key;
    Pick pick;
};
const KeyPick kKeys[] = {{Qt::Key_1, Pick::Left},  {Qt::Key_2, Pick::Right},  {Qt::Key_Left, Pick::Left}, {Qt::Key_Right, Pick::Right},
                         {Qt::Key_T, Pick::Tie},   {Qt::Key_B, Pick::BothBad}, {Qt::Key_S, Pick::Skip}};

}  // namespace

class TestAnnotateView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("PrefstudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_annotate_view"));
        QSettings().clear();
    }

    void emptyStates() {
        AnnotateView view;
        view.show();
        auto* title = view.findChild<QLabel*>(QStringLiteral("emptyTitle"));
        QCOMPARE(title->text(), QStringLiteral("No workspace is open"));
        QVERIFY(title->isVisible());

        Env e(0);
        QCOMPARE(e.w<QLabel>("emptyTitle")->text(), QStringLiteral("No pairs to compare yet"));
        QVERIFY(e.w<QLabel>("emptyText")->text().contains(QLatin1String("Import prompts and generate candidate answers")));
        makePairs(*e.ws, 1);
        QVERIFY(e.s()->reload().ok());
        QVERIFY(e.w<QTextBrowser>("leftAnswer")->isVisible());
        e.key(Qt::Key_1);
        QCOMPARE(e.votes(), qint64(1));
        QCOMPARE(e.w<QLabel>("emptyTitle")->text(), QStringLiteral("Queue finished"));
        // Other filters say "nothing here" rather than "done".
        e.w<QComboBox>("queueFilter")->setCurrentIndex(3);  // Flagged
        QCOMPARE(e.w<QLabel>("emptyTitle")->text(), QStringLiteral("Nothing in this queue"));
        e.view->setWorkspace(nullptr);
        QCOMPARE(e.w<QLabel>("emptyTitle")->text(), QStringLiteral("No workspace is open"));
    }

    void quickModePicksMapThroughTheLayout() {
        Env e(int(std::size(kKeys)));
        QVERIFY(e.view->quickMode());
        int seenLeftA = 0;
        for (const KeyPick& k : kKeys) {
            const store::QueueItem* it = e.s()->current();
            QVERIFY(it);
            const store::Id pair = it->pairId;
            const int i = e.index(pair);
            const bool leftIsA = e.s()->leftIsA();
            seenLeftA += leftIsA;
            QCOMPARE(leftIsA, ui::AnnotationSession::leftIsAFor(pair, QStringLiteral("alice")));
            // What is on screen is what the layout says.
            QCOMPARE(e.w<QTextBrowser>("leftAnswer")->toPlainText().trimmed(), answerText(leftIsA ? 'A' : 'B', i));
            QCOMPARE(e.w<QTextBrowser>("rightAnswer")->toPlainText().trimmed(), answerText(leftIsA ? 'B' : 'A', i));
            QTest::qWait(2);
            e.key(k.key);
            const store::Vote v = e.lastVote();
            QCOMPARE(v.pairId, pair);
            QVERIFY(v.leftIsA.has_value());
            QCOMPARE(*v.leftIsA, leftIsA);
            QCOMPARE(v.choice, expected(k.pick, leftIsA));
            QVERIFY(v.timeTakenMs && *v.timeTakenMs >= 2);
            QVERIFY(v.active());
            QCOMPARE(v.flagsA, 0);
            QCOMPARE(v.flagsB, 0);
            QVERIFY(!v.editedSide);
        }
        QCOMPARE(e.votes(), qint64(std::size(kKeys)));
        qInfo("generation A was on the left in %d of %d pairs", seenLeftA, int(std::size(kKeys)));
    }

    void layoutIsStableWhenReopened() {
        Env e(30);
        std::vector<bool> first;
        for (int i = 0; i < 30; ++i) {
            first.push_back(e.s()->leftIsA());
            QVERIFY(e.s()->next().ok());
        }
        e.view->setWorkspace(e.ws.get());  // reopen
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(e.s()->leftIsA(), first[size_t(i)]);
            QVERIFY(e.s()->next().ok());
        }
        const int lefts = int(std::count(first.begin(), first.end(), true));
        QVERIFY2(lefts > 5 && lefts < 25, qPrintable(QString::number(lefts)));  // both layouts occur
        // Another annotator gets its own layout for the same pairs.
        int differs = 0;
        for (int i = 0; i < 30; ++i)
            differs += ui::AnnotationSession::leftIsAFor(e.made.pairs[size_t(i)], QStringLiteral("bob")) != first[size_t(i)];
        QVERIFY(differs > 0);
    }

    void selectFlagCommentThenConfirm() {
        Env e(4);
        e.view->setQuickMode(false);
        const store::Id pair = e.s()->current()->pairId;
        const bool leftIsA = e.s()->leftIsA();
        auto click = [](QWidget* w) { QTest::mouseClick(w, Qt::LeftButton, Qt::NoModifier, QPoint(8, w->height() / 2)); };
        click(e.w<QCheckBox>("leftFlagUnsafe"));
        click(e.w<QCheckBox>("leftFlagOther"));
        click(e.w<QCheckBox>("rightFlagFactualError"));
        click(e.w<QCheckBox>("rightFlagOffTopic"));
        click(e.w<QCheckBox>("rightFlagOther"));
        click(e.w<QCheckBox>("rightFlagOther"));  // on and off again
        QCOMPARE(e.s()->flags(true), store::FlagUnsafe | store::FlagOther);
        QCOMPARE(e.s()->flags(false), store::FlagFactualError | store::FlagOffTopic);

        // Typing in the comment box: letters and digits that are shortcuts elsewhere stay text.
        auto* comment = e.w<QLineEdit>("commentEdit");
        QTest::mouseClick(comment, Qt::LeftButton);
        QVERIFY(comment->hasFocus());
        const QString text = QStringLiteral("Left 1 cites the wrong menu; 2 is right. TBSEU");
        QTest::keyClicks(comment, text);
        QTest::keyClick(comment, Qt::Key_Left);
        QTest::keyClick(comment, Qt::Key_Right);
        QCOMPARE(comment->text(), text);
        QCOMPARE(e.votes(), qint64(0));
        QVERIFY(!e.s()->selection());
        // Esc leaves the box; then 2 only selects (quick mode off).
        QTest::keyClick(comment, Qt::Key_Escape);
        QVERIFY(!comment->hasFocus());
        e.key(Qt::Key_2);
        QCOMPARE(e.votes(), qint64(0));
        QCOMPARE(e.s()->selection(), std::optional<Pick>(Pick::Right));
        QVERIFY(e.w<QPushButton>("pickRight")->isChecked());
        QVERIFY(e.w<QFrame>("rightPane")->property("selected").toBool());
        QVERIFY(!e.w<QFrame>("leftPane")->property("selected").toBool());
        e.key(Qt::Key_1);  // changing one's mind is free before confirming
        e.key(Qt::Key_Right);
        QCOMPARE(e.votes(), qint64(0));
        QTest::qWait(2);
        e.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(e.votes(), qint64(1));
        const store::Vote v = e.lastVote();
        QCOMPARE(v.pairId, pair);
        QCOMPARE(v.choice, leftIsA ? Choice::B : Choice::A);
        const int leftFlags = store::FlagUnsafe | store::FlagOther, rightFlags = store::FlagFactualError | store::FlagOffTopic;
        QCOMPARE(v.flagsA, leftIsA ? leftFlags : rightFlags);
        QCOMPARE(v.flagsB, leftIsA ? rightFlags : leftFlags);
        QCOMPARE(v.comment, text);
        QVERIFY(*v.timeTakenMs > 0);

        // Next pair: the pending state starts empty; pick with the mouse, confirm from inside the comment box.
        QVERIFY(e.s()->current()->pairId != pair);
        QCOMPARE(comment->text(), QString());
        QCOMPARE(e.s()->flags(true), 0);
        QVERIFY(!e.w<QCheckBox>("leftFlagUnsafe")->isChecked());
        QTest::mouseClick(e.w<QPushButton>("pickTie"), Qt::LeftButton);
        QCOMPARE(e.votes(), qint64(1));
        QTest::mouseClick(comment, Qt::LeftButton);
        QTest::keyClicks(comment, QStringLiteral("both fine"));
        QTest::keyClick(comment, Qt::Key_Enter, Qt::ControlModifier);  // keypad Enter works too
        QCOMPARE(e.votes(), qint64(2));
        QCOMPARE(e.lastVote().choice, Choice::Tie);
        QCOMPARE(e.lastVote().comment, QStringLiteral("both fine"));
        QVERIFY(!comment->hasFocus());  // the keys pick again on the new pair

        // Flags by keyboard: Alt+1..4 left, Alt+5..8 right; a second press clears.
        const bool leftIsA3 = e.s()->leftIsA();
        e.key(Qt::Key_1, Qt::AltModifier);
        e.key(Qt::Key_6, Qt::AltModifier);
        e.key(Qt::Key_8, Qt::AltModifier);
        e.key(Qt::Key_8, Qt::AltModifier);
        QVERIFY(e.w<QCheckBox>("leftFlagUnsafe")->isChecked());
        QVERIFY(e.w<QCheckBox>("rightFlagFactualError")->isChecked());
        e.key(Qt::Key_T);
        e.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(e.votes(), qint64(3));
        QCOMPARE(e.lastVote().flagsA, leftIsA3 ? int(store::FlagUnsafe) : int(store::FlagFactualError));
        QCOMPARE(e.lastVote().flagsB, leftIsA3 ? int(store::FlagFactualError) : int(store::FlagUnsafe));

        // Ctrl+Enter with nothing selected: an error, no vote.
        e.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(e.votes(), qint64(3));
        QVERIFY(e.view->errorText().contains(QLatin1String("Pick an answer first")));
    }

    void editingAnAnswer() {
        Env e(4);
        e.view->setQuickMode(false);
        auto* leftEditor = e.w<QPlainTextEdit>("leftEditor");
        auto* rightEditor = e.w<QPlainTextEdit>("rightEditor");
        // E without a selection edits the left answer; typed shortcut letters stay text; Esc cancels.
        e.key(Qt::Key_E);
        QVERIFY(e.s()->editing());
        QVERIFY(leftEditor->isVisible());
        QVERIFY(leftEditor->hasFocus());
        QCOMPARE(leftEditor->toPlainText(), e.s()->leftText());
        QTest::keyClicks(leftEditor, QStringLiteral(" 1 2 T B S E U"));
        QTest::keyClick(leftEditor, Qt::Key_Left);
        QCOMPARE(e.votes(), qint64(0));
        QTest::keyClick(leftEditor, Qt::Key_Escape);
        QVERIFY(!e.s()->editing());
        QVERIFY(!leftEditor->isVisible());
        QCOMPARE(e.votes(), qint64(0));

        // Select right, E edits the right answer, Ctrl+Enter votes for it with the edit.
        const store::Id pair = e.s()->current()->pairId;
        const bool leftIsA = e.s()->leftIsA();
        e.key(Qt::Key_2);
        e.key(Qt::Key_E);
        QVERIFY(rightEditor->isVisible());
        QCOMPARE(rightEditor->toPlainText(), e.s()->rightText());
        rightEditor->selectAll();
        const QString edited = QStringLiteral("Open Settings > Account > Reset password, then follow the e-mail link.");
        QTest::keyClicks(rightEditor, edited);
        QTest::keyClick(rightEditor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(e.votes(), qint64(1));
        store::Vote v = e.lastVote();
        QCOMPARE(v.pairId, pair);
        QCOMPARE(v.choice, leftIsA ? Choice::B : Choice::A);
        QVERIFY(v.editedSide);
        QCOMPARE(*v.editedSide, leftIsA ? Side::B : Side::A);
        QCOMPARE(v.editedText, edited);
        QVERIFY(!e.s()->editing());
        QVERIFY(!rightEditor->isVisible());

        // An emptied edit is refused and stays open; quick mode: E then Ctrl+Enter.
        e.view->setQuickMode(true);
        const bool leftIsA2 = e.s()->leftIsA();
        e.key(Qt::Key_E);
        leftEditor->selectAll();
        QTest::keyClick(leftEditor, Qt::Key_Backspace);
        QTest::keyClick(leftEditor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(e.votes(), qint64(1));
        QVERIFY(e.s()->editing());
        QVERIFY(e.view->errorText().contains(QLatin1String("empty")));
        e.key(Qt::Key_1);  // picks wait until the edit is finished
        QCOMPARE(e.votes(), qint64(1));
        QTest::keyClicks(leftEditor, QStringLiteral("Rewritten left answer."));
        QTest::keyClick(leftEditor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(e.votes(), qint64(2));
        v = e.lastVote();
        QCOMPARE(v.choice, leftIsA2 ? Choice::A : Choice::B);
        QCOMPARE(*v.editedSide, leftIsA2 ? Side::A : Side::B);
        QCOMPARE(v.editedText, QStringLiteral("Rewritten left answer."));

        // Saving an unchanged text is an ordinary vote for that side.
        e.key(Qt::Key_E);
        QTest::keyClick(leftEditor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(e.votes(), qint64(3));
        QVERIFY(!e.lastVote().editedSide);
    }

    void undoAndRevote() {
        Env e(6);
        std::vector<store::Id> shown;
        for (int k : {Qt::Key_1, Qt::Key_2, Qt::Key_T}) {
            shown.push_back(e.s()->current()->pairId);
            e.key(k);
        }
        QCOMPARE(e.votes(), qint64(3));
        const store::Id v3 = e.lastVote().id;
        e.key(Qt::Key_U);
        QVERIFY(must(e.ws->vote(v3)).undoneAt.has_value());  // the undone vote stays, marked
        QCOMPARE(e.s()->current()->pairId, shown[2]);  // the undone pair is shown again
        QVERIFY(!e.s()->myVote());
        QVERIFY(e.w<QLabel>("noticeLabel")->text().contains(QLatin1String("undone")));
        e.key(Qt::Key_U);
        QCOMPARE(e.s()->current()->pairId, shown[1]);
        QCOMPARE(e.votes(QStringLiteral("undone_at IS NULL AND superseded_at IS NULL")), qint64(1));
        e.key(Qt::Key_S);
        QCOMPARE(e.lastVote().pairId, shown[1]);
        QCOMPARE(e.lastVote().choice, Choice::Skip);
        QCOMPARE(e.s()->current()->pairId, shown[2]);

        // Back to the first pair: the earlier vote is shown; a new vote supersedes it.
        e.key(Qt::Key_PageUp);
        e.key(Qt::Key_PageUp);
        QCOMPARE(e.s()->current()->pairId, shown[0]);
        QVERIFY(e.s()->myVote());
        const store::Id first = e.s()->myVote()->id;
        QCOMPARE(e.s()->selection(), std::optional<Pick>(Pick::Left));
        QVERIFY(e.w<QLabel>("voteInfo")->text().contains(QLatin1String("Your vote on this pair: left is better")));
        const bool leftIsA = e.s()->leftIsA();
        e.key(Qt::Key_B);
        const store::Vote again = e.lastVote();
        QCOMPARE(again.pairId, shown[0]);
        QCOMPARE(again.choice, Choice::BothBad);
        QCOMPARE(*again.leftIsA, leftIsA);
        QCOMPARE(again.supersedesId, std::optional<store::Id>(first));
        QVERIFY(must(e.ws->vote(first)).supersededAt.has_value());
        // Undo of the re-vote brings the superseded one back.
        e.key(Qt::Key_U);
        QVERIFY(must(e.ws->vote(first)).active());
        QCOMPARE(e.s()->current()->pairId, shown[0]);
        QCOMPARE(e.s()->selection(), std::optional<Pick>(Pick::Left));
    }

    void navigationAndEndOfQueue() {
        Env e(4);
        const store::Id p0 = e.s()->current()->pairId;
        e.key(Qt::Key_PageDown);
        e.key(Qt::Key_PageDown);
        QCOMPARE(e.s()->current()->pairId, e.made.pairs[2]);
        e.key(Qt::Key_PageUp);
        QCOMPARE(e.s()->current()->pairId, e.made.pairs[1]);
        QCOMPARE(e.votes(), qint64(0));
        QCOMPARE(e.w<QListWidget>("queueList")->currentRow(), 1);
        // Clicking in the queue list jumps there.
        auto* list = e.w<QListWidget>("queueList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(list->item(3)).center());
        QCOMPARE(e.s()->current()->pairId, e.made.pairs[3]);
        e.key(Qt::Key_1);  // votes p3, then the end of the queue
        QCOMPARE(e.s()->state(), ui::AnnotationSession::State::Finished);
        QCOMPARE(e.w<QLabel>("emptyTitle")->text(), QStringLiteral("End of the queue"));
        QVERIFY(e.w<QLabel>("emptyText")->text().contains(QLatin1String("3 pairs in this queue are still waiting")));
        auto* restart = e.w<QPushButton>("restartButton");
        QVERIFY(restart->isVisible());
        QTest::mouseClick(restart, Qt::LeftButton);
        QCOMPARE(e.s()->current()->pairId, p0);
        QCOMPARE(e.w<QListWidget>("queueList")->count(), 3);  // p3 has left the Todo queue
    }

    void filters() {
        Env e(8);
        const auto& p = e.made.pairs;
        const store::Id bob = must(e.ws->annotatorId(QStringLiteral("bob"), true));
        const store::Id alice = *e.s()->annotatorId();
        auto vote = [&](store::Id ann, store::Id pair, Choice c, int flagsA = 0) {
            store::NewVote v;
            v.pairId = pair;
            v.annotatorId = ann;
            v.choice = c;
            v.flagsA = flagsA;
            (void)must(e.ws->recordVote(v));
        };
        vote(bob, p[0], Choice::A);
        vote(bob, p[1], Choice::B, store::FlagUnsafe);
        vote(bob, p[2], Choice::Tie);
        vote(alice, p[0], Choice::B);
        vote(alice, p[3], Choice::A);
        QVERIFY(e.s()->reload().ok());
        auto* combo = e.w<QComboBox>("queueFilter");
        auto* list = e.w<QListWidget>("queueList");
        struct Row {
            int index;
            int count;
            store::Id first;
        };
        const Row rows[] = {{0, 6, p[1]}, {1, 4, p[4]}, {2, 2, p[0]}, {3, 1, p[1]}, {4, 1, p[0]}, {5, 8, p[0]}};
        for (const Row& r : rows) {
            combo->setCurrentIndex(r.index);
            QCOMPARE(list->count(), r.count);
            QCOMPARE(e.s()->current()->pairId, r.first);
            QCOMPARE(int(e.s()->remainingInFilter().value()), r.count);
        }
        // My votes: the earlier vote is shown and re-voting replaces it.
        combo->setCurrentIndex(2);
        QCOMPARE(e.s()->current()->pairId, p[0]);
        QVERIFY(e.s()->myVote());
        QCOMPARE(e.s()->selection(), std::optional<Pick>(e.s()->leftIsA() ? Pick::Right : Pick::Left));
        QCOMPARE(e.s()->otherVotes(), 1);
        e.key(Qt::Key_T);
        QCOMPARE(e.votes(QStringLiteral("pair_id = %1 AND annotator_id = %2 AND undone_at IS NULL AND superseded_at IS NULL").arg(p[0]).arg(alice)),
                 qint64(1));
        QCOMPARE(e.lastVote().choice, Choice::Tie);
        // Disagreements now: p0 has A (bob) and tie (alice).
        combo->setCurrentIndex(4);
        QCOMPARE(list->count(), 1);
    }

    void progressAndThroughput() {
        Env e(5);
        e.view->refreshProgress();
        QCOMPARE(e.w<QLabel>("progressLabel")->text(), QStringLiteral("0 / 5 done · 5 left"));
        e.key(Qt::Key_1);
        e.key(Qt::Key_2);
        QCOMPARE(e.w<QLabel>("progressLabel")->text(), QStringLiteral("2 / 5 done · 3 left"));  // at once
        e.view->refreshProgress();  // and the store agrees
        QCOMPARE(e.w<QLabel>("progressLabel")->text(), QStringLiteral("2 / 5 done · 3 left"));
        QCOMPARE(e.w<QProgressBar>("progressBar")->value(), 2);
        QCOMPARE(e.w<QProgressBar>("progressBar")->maximum(), 5);
        // Two votes within the first minute count as two per minute at most: 120 pairs/h.
        QCOMPARE(e.w<QLabel>("rateLabel")->text(), QStringLiteral("120 pairs/h this session · 2 in the last hour"));
        QVERIFY(e.w<QLabel>("annotatorLabel")->text().contains(QLatin1String("alice")));
        e.key(Qt::Key_T);
        QCOMPARE(e.w<QLabel>("progressLabel")->text(), QStringLiteral("3 / 5 done · 2 left"));
        // Undo and a re-vote (which replaces a vote) move the count correctly.
        e.key(Qt::Key_U);
        QCOMPARE(e.w<QLabel>("progressLabel")->text(), QStringLiteral("2 / 5 done · 3 left"));
        e.key(Qt::Key_PageUp);
        QVERIFY(e.s()->myVote());
        e.key(Qt::Key_S);
        QCOMPARE(e.w<QLabel>("progressLabel")->text(), QStringLiteral("2 / 5 done · 3 left"));
        // The exact recount follows by itself once the annotator pauses.
        e.ws->database().exec(QStringLiteral("DELETE FROM votes WHERE choice = 'skip'"));
        QTRY_COMPARE_WITH_TIMEOUT(e.w<QLabel>("progressLabel")->text(), QStringLiteral("1 / 5 done · 4 left"), 5000);
    }

    void guidelines() {
        Env e(2);
        QVERIFY(e.w<QTextBrowser>("guidelinesView")->toPlainText().contains(QLatin1String("No guidelines yet")));
        QTest::mouseClick(e.w<QPushButton>("editGuidelinesButton"), Qt::LeftButton);
        auto* editor = e.w<QPlainTextEdit>("guidelinesEditor");
        QVERIFY(editor->isVisible());
        QVERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("# Rules"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("Prefer answers that are correct; 1 short answer beats 2 long ones."));
        QCOMPARE(e.votes(), qint64(0));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);  // saves the guidelines, no vote
        QCOMPARE(e.votes(), qint64(0));
        QVERIFY(!editor->isVisible());
        QCOMPARE(must(e.ws->setting(store::Workspace::guidelinesKey())),
                 QStringLiteral("# Rules\nPrefer answers that are correct; 1 short answer beats 2 long ones."));
        QVERIFY(e.w<QTextBrowser>("guidelinesView")->toPlainText().startsWith(QLatin1String("Rules")));
        // Collapsible.
        auto* button = e.w<QToolButton>("guidelinesButton");
        QVERIFY(button->isChecked());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!e.w<QWidget>("guidelinesPanel")->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(e.w<QWidget>("guidelinesPanel")->isVisible());
    }

    void busyDatabaseIsShownAndNothingAdvances() {
        Env e(3, QStringLiteral("alice"), 200);
        const store::Id pair = e.s()->current()->pairId;
        // Another connection holds the write lock longer than the view waits.
        auto blocker = open(e.path);
        QSqlQuery lock(blocker->database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        e.key(Qt::Key_1);
        QVERIFY2(e.view->errorText().startsWith(QLatin1String("The vote was not saved")) && e.view->errorText().contains(QLatin1String("busy")),
                 qPrintable(e.view->errorText()));
        QVERIFY(e.w<QLabel>("errorBanner")->isVisible());
        QCOMPARE(e.s()->current()->pairId, pair);  // not advanced: the vote is not done
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(e.votes(), qint64(0));
        e.key(Qt::Key_1);
        QCOMPARE(e.votes(), qint64(1));
        QCOMPARE(e.lastVote().pairId, pair);
        QCOMPARE(e.view->errorText(), QString());
    }

    // A full disk (RLIMIT_FSIZE on this process: every write to a file fails
    // with EFBIG, as on a full disk) reaches the annotator as a clear message;
    // the pair stays, earlier votes are kept, and voting works once space is back.
    void diskFullIsShownAndNothingIsLost() {
        Env e(3);
        e.key(Qt::Key_1);
        QCOMPARE(e.votes(), qint64(1));
        const store::Id pair = e.s()->current()->pairId;
        struct rlimit saved {};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit full = saved;
        full.rlim_cur = 1;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &full) == 0);
        e.key(Qt::Key_2);
        const QString shown = e.view->errorText();
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &saved) == 0);
        std::signal(SIGXFSZ, oldHandler);
        qInfo("shown: %s", qPrintable(shown));
        QVERIFY2(shown.startsWith(QLatin1String("The vote was not saved")) && shown.contains(QLatin1String("disk")), qPrintable(shown));
        QVERIFY(e.w<QLabel>("errorBanner")->isVisible());
        QCOMPARE(e.s()->current()->pairId, pair);
        QCOMPARE(e.votes(), qint64(1));
        e.key(Qt::Key_2);
        QCOMPARE(e.votes(), qint64(2));
        QCOMPARE(e.lastVote().pairId, pair);
        QSqlQuery check(e.ws->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void labelTwentyPairsByKeyboardOnly() {
        Env e(20);
        QRandomGenerator rng(7);
        std::map<store::Id, Choice> want;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 20; ++i) {
            const KeyPick& k = kKeys[rng.bounded(int(std::size(kKeys)))];
            want[e.s()->current()->pairId] = expected(k.pick, e.s()->leftIsA());
            e.key(k.key);
        }
        const qint64 ms = t.elapsed();
        QCOMPARE(e.votes(QStringLiteral("undone_at IS NULL AND superseded_at IS NULL")), qint64(20));
        for (const auto& [pair, choice] : want) {
            const auto votes = must(e.ws->votesForPair(pair));
            QCOMPARE(votes.size(), size_t(1));
            QCOMPARE(votes[0].choice, choice);
            QVERIFY(*votes[0].timeTakenMs > 0);
        }
        QCOMPARE(e.w<QLabel>("emptyTitle")->text(), QStringLiteral("Queue finished"));
        e.view->refreshProgress();
        QCOMPARE(e.w<QLabel>("progressLabel")->text(), QStringLiteral("20 / 20 done · 0 left"));
        qInfo("20 pairs labelled by key presses in %lld ms (%.1f ms a pair, each vote committed to disk)", ms, double(ms) / 20);
    }

    void annotateTabInMainWindow() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.prefstudio"));
        {
            auto ws = open(path);
            makePairs(*ws, 3);
        }
        ui::MainWindow w;
        w.setAnnotatorName(QStringLiteral("carol"));
        QVERIFY(w.openWorkspace(path).ok());
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        auto* view = w.findChild<AnnotateView*>();
        QVERIFY(view);
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("Annotate"));
        tabs->setCurrentWidget(view);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("annotatorLabel"))->text().contains(QLatin1String("carol")));
        QTest::keyClick(view, Qt::Key_2);
        {
            QSqlQuery q(w.workspace()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT a.name FROM votes v JOIN annotators a ON a.id = v.annotator_id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("carol"));
        }
        // A new annotator name takes effect at once (their own Todo queue).
        w.setAnnotatorName(QStringLiteral("dave"));
        QCOMPARE(view->session()->annotatorName(), QStringLiteral("dave"));
        QCOMPARE(view->findChild<QListWidget*>(QStringLiteral("queueList"))->count(), 3);
        // The keys belong to the visible tab only.
        tabs->setCurrentIndex(0);
        QTest::keyClick(&w, Qt::Key_1);
        QCOMPARE(view->session()->sessionVotes(), 0);
        w.closeWorkspace();
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("emptyTitle"))->text(), QStringLiteral("No workspace is open"));
    }

    // A realistic pair (Vietnamese chat prompt, answers with code blocks):
    // rendering checks, and a screenshot in $PS_SCREENSHOT_DIR when set.
    void realisticPairRendering() {
        Env e(0);
        store::NewPrompt p;
        p.content.messages = QJsonArray{
            QJsonObject{{"role", "system"}, {"content", "Bạn là trợ lý hỗ trợ khách hàng của một cửa hàng trực tuyến."}},
            QJsonObject{{"role", "user"},
                        {"content", "Làm sao để xuất danh sách đơn hàng ra file CSV bằng Python? Tôi có một list các dict."}}};
        p.language = QStringLiteral("vi");
        p.category = QStringLiteral("lập trình");
        const store::Id prompt = must(e.ws->addPrompt(p));
        const QString a = QStringLiteral(
            "Bạn có thể dùng module **`csv`** có sẵn trong Python:\n\n"
            "```python\nimport csv\n\ndef xuat_csv(don_hang, duong_dan):\n    with open(duong_dan, \"w\", newline=\"\", encoding=\"utf-8\") as f:\n"
            "        w = csv.DictWriter(f, fieldnames=don_hang[0].keys())\n        w.writeheader()\n        w.writerows(don_hang)\n```\n\n"
            "Lưu ý:\n\n1. `newline=\"\"` tránh dòng trống thừa trên Windows.\n2. Dùng `encoding=\"utf-8-sig\"` nếu mở bằng Excel để hiển thị đúng tiếng Việt.\n");
        const QString b = QStringLiteral(
            "Dùng pandas là nhanh nhất:\n\n```python\nimport pandas as pd\npd.DataFrame(don_hang).to_csv(\"don_hang.csv\", index=False)\n```\n\n"
            "Cách này cần cài thêm `pandas` (`pip install pandas`).");
        const store::Id ga = must(e.ws->addGeneration({prompt, std::nullopt, {}, std::nullopt, a, std::nullopt, std::nullopt, QStringLiteral("test")}));
        const store::Id gb = must(e.ws->addGeneration({prompt, std::nullopt, {}, std::nullopt, b, std::nullopt, std::nullopt, QStringLiteral("test")}));
        (void)must(e.ws->createPair({prompt, ga, gb}));
        must(e.ws->setSetting(store::Workspace::guidelinesKey(),
                              QStringLiteral("## Hướng dẫn\n\n- Chọn câu trả lời **đúng** và **an toàn** hơn.\n- Đánh dấu *Unsafe* nếu có nội dung nguy hiểm.\n"
                                             "- Bỏ qua (S) nếu không đủ kiến thức để đánh giá.")));
        e.view->setWorkspace(e.ws.get());
        e.view->setQuickMode(false);
        e.key(Qt::Key_1);
        QVERIFY(e.s()->current());

        const QString promptText = e.w<QTextBrowser>("promptView")->toPlainText();
        QVERIFY2(promptText.contains(QStringLiteral("USER")) || promptText.contains(QStringLiteral("User")), qPrintable(promptText));
        QVERIFY(promptText.contains(QStringLiteral("xuất danh sách đơn hàng")));
        // Code blocks are monospace; the prose is not.
        auto* left = e.w<QTextBrowser>("leftAnswer");
        bool sawCode = false, sawProse = false;
        for (QTextBlock blk = left->document()->begin(); blk.isValid(); blk = blk.next()) {
            if (blk.text().contains(QLatin1String("import "))) {
                sawCode = true;
                QVERIFY(QFontInfo(blk.begin().fragment().charFormat().font()).fixedPitch() ||
                        blk.begin().fragment().charFormat().fontFixedPitch());
                QVERIFY(blk.blockFormat().background().style() != Qt::NoBrush);
            } else if (blk.text().startsWith(QStringLiteral("Dùng")) || blk.text().startsWith(QStringLiteral("Bạn"))) {
                sawProse = true;
                QVERIFY(blk.blockFormat().background().style() == Qt::NoBrush);
            }
        }
        QVERIFY(sawCode && sawProse);
        QVERIFY(!left->toPlainText().contains(QLatin1String("```")));

        const QString out = qEnvironmentVariable("PS_SCREENSHOT_DIR");
        if (!out.isEmpty()) {
            e.view->resize(1440, 860);
            QTest::qWait(50);
            QVERIFY(e.view->grab().save(out + QStringLiteral("/annotate_view.png")));
            e.view->session()->beginEdit(false);
            e.w<QPlainTextEdit>("rightEditor")->setPlainText(e.s()->rightText());
            QTest::qWait(50);  // the layout settles
            QVERIFY(e.view->grab().save(out + QStringLiteral("/annotate_view_edit.png")));
            e.view->session()->cancelEdit();
            // The same in Vietnamese (longer labels must still fit).
            installTranslation(QStringLiteral("vi"));
            QTest::qWait(50);
            QVERIFY(e.view->grab().save(out + QStringLiteral("/annotate_view_vi.png")));
            installTranslation(QStringLiteral("en"));
        }
    }

    // SIGKILL an offscreen studio process that annotates with key presses: every
    // vote it printed (after recordVote returned) must be in the file.
    void killDuringKeyboardAnnotation() {
        QString helper = qEnvironmentVariable("PS_ANNOTATE_LOOP");
        if (helper.isEmpty()) helper = QCoreApplication::applicationDirPath() + QStringLiteral("/ps_annotate_loop");
        QVERIFY2(QFile::exists(helper), qPrintable(helper));
        const int trials = qEnvironmentVariableIsSet("PS_CRASH_TRIALS") ? qMax(1, qEnvironmentVariableIntValue("PS_CRASH_TRIALS")) : 50;
        const quint32 seed = qEnvironmentVariableIsSet("PS_CRASH_SEED") ? qEnvironmentVariable("PS_CRASH_SEED").toUInt() : 20261126u;
        QRandomGenerator rng(seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.prefstudio"));
        {
            auto ws = open(path);
            makePairs(*ws, 400);
        }
        QElapsedTimer total;
        total.start();
        qint64 printedVotes = 0, printedUndos = 0;
        int killedWhileVoting = 0;
        for (int trial = 0; trial < trials; ++trial) {
            // A fresh annotator per trial under the Todo queue: no pair is voted twice by
            // them, so every printed vote must be active unless an undo explains it.
            const QString annotator = QStringLiteral("crash %1").arg(trial);
            QProcess p;
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.start(helper, {path, annotator, QString::number(rng.generate())});
            QVERIFY(p.waitForStarted(10000));
            QByteArray out;
            const bool early = trial % 6 == 5;  // some die while starting up
            if (!early) {
                QElapsedTimer t;
                t.start();
                while (!out.contains("ready\n") && t.elapsed() < 15000 && p.state() == QProcess::Running) {
                    p.waitForReadyRead(20);
                    out += p.readAllStandardOutput();
                }
                QVERIFY2(out.contains("ready\n"), p.readAllStandardError().constData());
            }
            QThread::msleep(early ? rng.bounded(80) : 30 + rng.bounded(400));
            QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
            p.kill();
            p.waitForFinished(10000);
            out += p.readAllStandardOutput();
            const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
            std::vector<qint64> votes;
            QSet<qint64> undone;
            for (const QByteArray& l : lines) {
                if (l.startsWith("vote ")) votes.push_back(l.mid(5).toLongLong());
                if (l.startsWith("undo ")) undone.insert(l.mid(5).toLongLong());
            }
            printedVotes += qint64(votes.size());
            printedUndos += undone.size();
            if (!votes.empty()) ++killedWhileVoting;

            auto ws = open(path);
            QSqlQuery q(ws->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            // Undos print only the undone id; the newest still-standing printed vote may
            // have been undone by an undo that committed but was not printed yet.
            std::vector<qint64> standing;
            for (qint64 id : votes)
                if (!undone.contains(id)) standing.push_back(id);
            for (qint64 id : votes) {
                auto v = ws->vote(id);
                QVERIFY2(v.ok(), qPrintable(QStringLiteral("trial %1: printed vote %2 is missing").arg(trial).arg(id)));
                QVERIFY(!v->supersededAt);
                if (undone.contains(id))
                    QVERIFY2(v->undoneAt, qPrintable(QStringLiteral("trial %1: printed undo of %2 is lost").arg(trial).arg(id)));
                else if (id != (standing.empty() ? 0 : standing.back()))
                    QVERIFY2(v->active(), qPrintable(QStringLiteral("trial %1: printed vote %2 is not active").arg(trial).arg(id)));
            }
        }
        qInfo("%d kills in %lld ms: %lld printed votes and %lld printed undos checked, %d kills after at least one vote", trials,
              total.elapsed(), printedVotes, printedUndos, killedWhileVoting);
        QVERIFY(killedWhileVoting >= trials / 3);  // most kills land among the votes, not before the first
    }
};

QTEST_MAIN(TestAnnotateView)
#include "tst_annotate_view.moc"
