// tst_store_crash.cpp — crash safety of the workspace store: a child process
// (tests/crash/vote_loop.cpp) is killed with SIGKILL at random moments while
// voting, importing or creating a workspace; after every kill the workspace
// is reopened and checked.
//
// What is proven here (per trial):
//  - PRAGMA integrity_check says "ok" and foreign_key_check finds nothing;
//  - every vote the child reported as committed is in the file, and every
//    undo it reported is recorded;
//  - an import is all or nothing: 0 or all of its records, never a part;
//  - a workspace killed during creation/migration opens afterwards at the
//    newest schema version;
//  - the killed child's lock file does not lock the next studio out.
// Trials: PS_CRASH_TRIALS voting trials (default 60) + a quarter of that each
// for import and creation; seed PS_CRASH_SEED (default 20240607).
#include "data/importer.h"
#include "store/migrations.h"
#include "store/workspace.h"
#include "store_fixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace ps::store;
using fixtures::count;
using fixtures::must;
using fixtures::scalar;

namespace {

struct ChildRun {
    QList<QByteArray> lines;  // complete lines only
    bool finishedByItself = false;
};

}  // namespace

class TestStoreCrash : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString helper_;
    QRandomGenerator rng_;
    int trials_ = 60;

    // Starts the helper; kills it `delayMs` after it printed "ready" (or after
    // the start when `afterReady` is false).
    ChildRun runAndKill(const QStringList& args, int delayMs, bool afterReady) {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(helper_, args);
        ChildRun run;
        if (!p.waitForStarted(10000)) return run;
        QByteArray out;
        if (afterReady) {
            QElapsedTimer t;
            t.start();
            while (!out.contains("ready\n") && t.elapsed() < 10000 && p.state() == QProcess::Running) {
                p.waitForReadyRead(50);
                out += p.readAllStandardOutput();
            }
        }
        QThread::msleep(static_cast<unsigned long>(delayMs));
        if (p.state() == QProcess::Running) {
            p.kill();  // SIGKILL
        } else {
            run.finishedByItself = true;
        }
        p.waitForFinished(10000);
        out += p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        if (!err.isEmpty() && !run.finishedByItself) qWarning() << "child stderr:" << err;
        const int lastNl = out.lastIndexOf('\n');
        if (lastNl >= 0) run.lines = out.left(lastNl).split('\n');
        return run;
    }

    // The checks every trial ends with. Opening takes the instance lock: the
    // killed child's stale lock must not stand in the way.
    void checkIntact(const QString& path) {
        Workspace::OpenOptions o;
        o.instanceLock = true;
        auto ws = Workspace::open(path, o);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().toString()));
        QSqlDatabase& db = (*ws)->database();
        QCOMPARE(scalar(db, "PRAGMA integrity_check").toString(), QString("ok"));
        QSqlQuery fk(db);
        QVERIFY(fk.exec("PRAGMA foreign_key_check"));
        QVERIFY(!fk.next());
        QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), latestSchemaVersion());
    }

private Q_SLOTS:
    void initTestCase() {
        helper_ = qEnvironmentVariable("PS_VOTE_LOOP");
        if (helper_.isEmpty()) helper_ = QCoreApplication::applicationDirPath() + "/ps_vote_loop";
        QVERIFY2(QFile::exists(helper_), qPrintable(helper_));
        const quint32 seed = qEnvironmentVariableIsSet("PS_CRASH_SEED") ? qEnvironmentVariable("PS_CRASH_SEED").toUInt() : 20240607u;
        if (qEnvironmentVariableIsSet("PS_CRASH_TRIALS")) trials_ = qMax(1, qEnvironmentVariableIntValue("PS_CRASH_TRIALS"));
        rng_.seed(seed);
        qInfo("seed %u, %d voting trials", seed, trials_);
    }

    void killDuringVoting() {
        const QString path = dir_.filePath("votes.prefstudio");
        {
            auto ws = fixtures::open(path);
            fixtures::fill(*ws, 200);
        }
        QSet<qint64> committed, undone;
        int trialsWithVotes = 0;
        QElapsedTimer total;
        total.start();
        for (int trial = 0; trial < trials_; ++trial) {
            // One in five is killed early: while opening, taking the lock or preparing.
            const bool early = trial % 5 == 4;
            const int delay = early ? rng_.bounded(40) : 5 + rng_.bounded(80);
            const QString annotator = QStringLiteral("annotator %1").arg(trial % 3);
            const ChildRun run = runAndKill({"vote", path, annotator, QString::number(rng_.generate())}, delay, !early);
            int votes = 0;
            for (const QByteArray& line : run.lines) {
                if (line.startsWith("vote ")) {
                    committed.insert(line.mid(5).toLongLong());
                    ++votes;
                } else if (line.startsWith("undo ")) {
                    undone.insert(line.mid(5).toLongLong());
                }
            }
            if (votes > 0) ++trialsWithVotes;

            checkIntact(path);
            auto ws = fixtures::open(path);
            QSqlQuery q(ws->database());
            QVERIFY(q.exec("SELECT id, undone_at IS NOT NULL FROM votes"));
            QSet<qint64> present, presentUndone;
            while (q.next()) {
                present.insert(q.value(0).toLongLong());
                if (q.value(1).toBool()) presentUndone.insert(q.value(0).toLongLong());
            }
            for (qint64 id : committed) QVERIFY2(present.contains(id), qPrintable(QString("trial %1: vote %2 lost").arg(trial).arg(id)));
            for (qint64 id : undone) QVERIFY2(presentUndone.contains(id), qPrintable(QString("trial %1: undo of %2 lost").arg(trial).arg(id)));
            QCOMPARE(count(*ws, "votes", "undone_at IS NULL AND superseded_at IS NULL AND "
                                         "id NOT IN (SELECT MIN(id) FROM votes WHERE undone_at IS NULL AND superseded_at IS NULL GROUP BY pair_id, annotator_id)"),
                     0);
        }
        qInfo("%d trials in %lld ms, %lld committed votes and %lld undos checked, %d trials killed while voting", trials_, total.elapsed(),
              qint64(committed.size()), qint64(undone.size()), trialsWithVotes);
        QVERIFY(committed.size() >= trials_);
        QVERIFY(trialsWithVotes >= trials_ / 2);
    }

    void killDuringImport() {
        QByteArray jsonl;
        const int records = 2000;
        for (int i = 0; i < records; ++i)
            jsonl += QStringLiteral("{\"prompt\":\"prompt %1\",\"chosen\":\"good %1\",\"rejected\":\"bad %1\"}\n").arg(i).toUtf8();
        const QString file = dir_.filePath("data.jsonl");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jsonl);
        f.close();

        // How long a complete import takes, to spread the kills over it.
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(helper_, {"import", dir_.filePath("calibrate.prefstudio"), file});
        QVERIFY(p.waitForFinished(60000));
        const int duration = int(t.elapsed());
        QVERIFY2(p.readAllStandardOutput().startsWith("imported 2000"), "the import helper failed");

        const int n = qMax(5, trials_ / 4);
        int complete = 0, none = 0;
        for (int trial = 0; trial < n; ++trial) {
            const QString path = dir_.filePath(QStringLiteral("import%1.prefstudio").arg(trial));
            // Kills spread over the second half of the import and a bit beyond: the
            // records being written, the commit, and after it.
            const ChildRun run = runAndKill({"import", path, file}, duration / 2 + rng_.bounded(duration / 2 + duration / 4 + 1), false);
            const bool reported = !run.lines.isEmpty() && run.lines.last().startsWith("imported");
            if (!QFile::exists(path)) {  // killed before the file was created
                ++none;
                continue;
            }
            checkIntact(path);
            auto ws = fixtures::open(path);
            const qint64 prompts = count(*ws, "prompts"), pairs = count(*ws, "pairs"), votes = count(*ws, "votes");
            QVERIFY2((prompts == 0 && pairs == 0 && votes == 0) || (prompts == records && pairs == records && votes == records),
                     qPrintable(QString("trial %1: %2 prompts, %3 pairs, %4 votes").arg(trial).arg(prompts).arg(pairs).arg(votes)));
            if (reported) QCOMPARE(pairs, qint64(records));
            (prompts ? complete : none)++;
        }
        qInfo("%d import trials (import takes ~%d ms): %d complete, %d nothing", n, duration, complete, none);
    }

    void killDuringCreation() {
        const int n = qMax(5, trials_ / 4);
        for (int trial = 0; trial < n; ++trial) {
            const QString path = dir_.filePath(QStringLiteral("new%1.prefstudio").arg(trial));
            runAndKill({"open", path}, rng_.bounded(60), false);
            checkIntact(path);  // creates it if the child died before it did
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
