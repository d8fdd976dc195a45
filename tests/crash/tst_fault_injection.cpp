// tst_fault_injection.cpp — the real `prefstudio` CLI (and ps_vote_loop for
// voting, which the CLI has no command for) under injected faults, SQLite's
// prep / body / check pattern: each case accepts success or a clean error,
// never a half-written state, and the next run without the fault works.
//
//  - disk full: the child runs with RLIMIT_FSIZE (SIGXFSZ ignored, so writes
//    past the limit fail with EFBIG like ENOSPC) during import, voting,
//    candidates, a training checkpoint, the model export and the data export;
//    and, where a tmpfs can be mounted (root), a real ENOSPC on a 3 MiB tmpfs;
//  - read-only workspace: the child drops root to nobody (permissions do not
//    bind root), or the file is chmod'ed when the test is not root;
//  - missing or damaged model files: tokenizer.json missing, weights truncated
//    before the load, weights truncated while candidates and training run
//    (memory-mapped: SIGBUS, turned into a clear message by the CLI);
//  - SQLite busy: a second connection holds a write transaction (BEGIN
//    IMMEDIATE) while the CLI imports or ps_vote_loop votes.
#include "crash/file_fixtures.h"
#include "io/safetensors.h"
#include "store/workspace.h"

#include "app/cli_process.h"
#include "app/tiny_text_model.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <functional>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using cli_test::cliPath;

namespace {

struct Outcome {
    int code = -1;  // -1: crashed (a signal other than the handled ones)
    QByteArray out, err;
};

// Runs `program` with `args`; `limitBytes` > 0 caps the size of every file the
// child writes; `asNobody` drops root to uid/gid 65534 first.
Outcome runChild(const QString& program, const QStringList& args, qint64 limitBytes = 0, bool asNobody = false,
                 const std::function<QByteArray(QProcess&)>& whileRunning = {}) {
    QProcess p;
    p.setChildProcessModifier([limitBytes, asNobody] {
        if (limitBytes > 0) {
            ::signal(SIGXFSZ, SIG_IGN);
            struct rlimit rl {};
            rl.rlim_cur = rl.rlim_max = static_cast<rlim_t>(limitBytes);
            ::setrlimit(RLIMIT_FSIZE, &rl);
        }
        if (asNobody) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(99);
        }
    });
    p.start(program, args);
    Outcome o;
    if (!p.waitForStarted(10000)) return o;
    if (whileRunning) o.err = whileRunning(p);  // what it read of stderr
    p.waitForFinished(300000);
    o.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = p.readAllStandardOutput();
    o.err += p.readAllStandardError();
    return o;
}

Outcome cli(const QStringList& args, qint64 limitBytes = 0, bool asNobody = false) { return runChild(cliPath(), args, limitBytes, asNobody); }

using crash_test::fileBytes;
using crash_test::writeFile;

QByteArray records(int from, int n) {
    QByteArray out;
    for (int i = from; i < from + n; ++i)
        out += QStringLiteral("{\"prompt\":\"prompt %1 with some words to take space\",\"chosen\":\"a good answer %1\",\"rejected\":\"a bad answer %1\"}\n")
                   .arg(i)
                   .toUtf8();
    return out;
}

qint64 count(const QString& ws, const char* table) {
    auto w = ps::store::Workspace::open(ws);
    if (!w) return -1;
    QSqlQuery q((*w)->database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : -1;
}

QString integrity(const QString& ws) {
    auto w = ps::store::Workspace::open(ws);
    if (!w) return w.error().toString();
    QSqlQuery q((*w)->database());
    q.exec(QStringLiteral("PRAGMA integrity_check"));
    return q.next() ? q.value(0).toString() : QStringLiteral("no answer");
}

QByteArray pairsJsonl(int n) {
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += QStringLiteral("{\"prompt_ids\":[1,%1,%2],\"chosen_ids\":[4%3,45,7],\"rejected_ids\":[6%3,65,7]}\n").arg(100 + i).arg(150 + i).arg(i % 10).toUtf8();
    return out;
}

}  // namespace

class TestFaultInjection : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_, voteLoop_;

    QStringList trainArgs(const QString& out) const {
        return {QStringLiteral("train"), QStringLiteral("--model"), model_, QStringLiteral("--data"), dir_.filePath(QStringLiteral("pairs.jsonl")),
                QStringLiteral("--out"), out, QStringLiteral("--config"), dir_.filePath(QStringLiteral("save1.json")), QStringLiteral("--fp32"),
                QStringLiteral("--max-steps"), QStringLiteral("4"), QStringLiteral("--batch-size"), QStringLiteral("2"), QStringLiteral("--grad-accum"),
                QStringLiteral("1"), QStringLiteral("--lr"), QStringLiteral("1e-3")};
    }
    QStringList candidateArgs(const QString& ws, const QString& model, int maxNew = 8) const {
        return {QStringLiteral("candidates"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"), model, QStringLiteral("--n"),
                QStringLiteral("2"), QStringLiteral("--max-new-tokens"), QString::number(maxNew), QStringLiteral("--temperature"), QStringLiteral("0.8"),
                QStringLiteral("--seed"), QStringLiteral("1")};
    }
    QString promptWorkspace(const QString& name, int prompts) {
        QByteArray lines;
        for (int i = 0; i < prompts; ++i) lines += QStringLiteral("{\"prompt\":\"Question %1 about my order?\"}\n").arg(i).toUtf8();
        const QString file = dir_.filePath(name + QStringLiteral(".jsonl")), ws = dir_.filePath(name + QStringLiteral(".prefstudio"));
        writeFile(file, lines);
        if (cli({QStringLiteral("import"), ws, file}).code != 0) return {};
        return ws;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        voteLoop_ = qEnvironmentVariable("PS_VOTE_LOOP");
        model_ = dir_.filePath(QStringLiteral("model"));
        QVERIFY(tiny_text_model::make(model_, 11));
        writeFile(dir_.filePath(QStringLiteral("pairs.jsonl")), pairsJsonl(16));
        writeFile(dir_.filePath(QStringLiteral("save1.json")), "{\"save_steps\": 1}");
        // A nobody-run child must reach the files.
        QFile::setPermissions(dir_.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                               QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    }

    // --- disk full ---------------------------------------------------------

    void diskFullDuringImport() {
        const QString ws = dir_.filePath(QStringLiteral("import.prefstudio")), small = dir_.filePath(QStringLiteral("small.jsonl")),
                      big = dir_.filePath(QStringLiteral("big.jsonl"));
        writeFile(small, records(0, 50));
        writeFile(big, records(1000, 4000));
        QCOMPARE(cli({QStringLiteral("import"), ws, small}).code, 0);
        const Outcome full = cli({QStringLiteral("import"), ws, big}, 256 * 1024);
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains("disk") && full.err.contains("error:"), full.err.constData());
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        QCOMPARE(count(ws, "pairs"), qint64(50));  // all or nothing: the big import left no trace
        const Outcome again = cli({QStringLiteral("import"), ws, big});
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(count(ws, "pairs"), qint64(4050));
        qInfo("import under a 256 KiB file limit: %s", full.err.trimmed().constData());
    }

    void diskFullWhileVoting() {
        if (voteLoop_.isEmpty()) QSKIP("PS_VOTE_LOOP not set");
        const QString ws = dir_.filePath(QStringLiteral("votes.prefstudio")), file = dir_.filePath(QStringLiteral("vote-pairs.jsonl"));
        writeFile(file, records(0, 200));
        QCOMPARE(cli({QStringLiteral("import"), ws, file}).code, 0);
        const qint64 before = count(ws, "votes");
        // The vote loop votes (with long edited answers) until a write fails.
        const Outcome full = runChild(voteLoop_, {QStringLiteral("vote"), ws, QStringLiteral("annotator"), QStringLiteral("5")},
                                      QFileInfo(ws).size() + 96 * 1024);
        QCOMPARE(full.code, 2);
        QVERIFY2(full.err.contains("disk"), full.err.constData());
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        auto w = ps::store::Workspace::open(ws);
        QVERIFY(w.ok());
        int reported = 0;
        for (const QByteArray& line : full.out.split('\n')) {
            if (!line.startsWith("vote ")) continue;
            ++reported;
            QVERIFY2((*w)->vote(line.mid(5).toLongLong()).ok(), line.constData());
        }
        QVERIFY(reported > 0);
        w.value().reset();
        QCOMPARE(count(ws, "votes"), before + reported);
        qInfo("voting under a file limit: %d votes committed, then: %s", reported, full.err.trimmed().constData());
    }

    void diskFullDuringCandidates() {
        const QString ws = promptWorkspace(QStringLiteral("cand-full"), 40);
        QVERIFY(!ws.isEmpty());
        const Outcome full = cli(candidateArgs(ws, model_, 24), QFileInfo(ws).size() + 48 * 1024);
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains("disk"), full.err.constData());
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        const int reported = full.err.count("] prompt ");
        QCOMPARE(count(ws, "pairs"), qint64(reported));  // every reported prompt, and nothing half
        QCOMPARE(count(ws, "generations"), qint64(2 * reported));
        const Outcome again = cli(candidateArgs(ws, model_, 24));
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(count(ws, "pairs"), qint64(40));
        qInfo("candidates under a file limit: %d prompts committed before the disk filled", reported);
    }

    void diskFullAtCheckpointAndExport() {
        const QString reference = dir_.filePath(QStringLiteral("run-ref")), runDir = dir_.filePath(QStringLiteral("run-full"));
        const Outcome ref = cli(trainArgs(reference));
        QVERIFY2(ref.code == 0, ref.err.constData());
        const qint64 optimizerBytes = QFileInfo(reference + QStringLiteral("/checkpoint-4/optimizer.safetensors")).size();
        const qint64 modelBytes = QFileInfo(reference + QStringLiteral("/model/model.safetensors")).size();
        QVERIFY(optimizerBytes > 0 && modelBytes > optimizerBytes);

        // 1. Killed after two checkpoints, then the disk fills at the next one.
        {
            QProcess p;
            p.start(cliPath(), trainArgs(runDir));
            QVERIFY(p.waitForStarted());
            QByteArray err;
            while (err.count("step ") < 2 && p.state() == QProcess::Running) {
                p.waitForReadyRead(20);
                err += p.readAllStandardError();
            }
            while (err.count("checkpoint...") < 3 && p.state() == QProcess::Running) {  // checkpoint-2 done when the 3rd starts
                p.waitForReadyRead(5);
                err += p.readAllStandardError();
            }
            p.kill();
            p.waitForFinished();
        }
        const QString latest = QString::fromUtf8(fileBytes(runDir + QStringLiteral("/latest"))).trimmed();
        QVERIFY2(!latest.isEmpty(), "no checkpoint before the fault");
        const QByteArray kept = fileBytes(runDir + QLatin1Char('/') + latest + QStringLiteral("/trainable.safetensors"));
        const Outcome full = cli(trainArgs(runDir), optimizerBytes / 2);
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains("the disk is full"), full.err.constData());
        QCOMPARE(QString::fromUtf8(fileBytes(runDir + QStringLiteral("/latest"))).trimmed(), latest);
        QCOMPARE(fileBytes(runDir + QLatin1Char('/') + latest + QStringLiteral("/trainable.safetensors")), kept);
        QVERIFY(!QDir(runDir).exists(QStringLiteral("model")));
        // 2. Space again: resumes from the kept checkpoint and ends like one run.
        const Outcome resumed = cli(trainArgs(runDir));
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QVERIFY2(resumed.err.contains("resumed from " + latest.toUtf8()), resumed.err.constData());
        QCOMPARE(fileBytes(runDir + QStringLiteral("/model/model.safetensors")), fileBytes(reference + QStringLiteral("/model/model.safetensors")));
        // 3. A re-export that runs out of space keeps the complete export.
        const QByteArray model = fileBytes(runDir + QStringLiteral("/model/model.safetensors"));
        const Outcome reexport = cli(trainArgs(runDir), modelBytes / 2);
        QCOMPARE(reexport.code, 1);
        QVERIFY2(reexport.err.contains("the disk is full"), reexport.err.constData());
        QCOMPARE(fileBytes(runDir + QStringLiteral("/model/model.safetensors")), model);
        QVERIFY(QFile::exists(runDir + QStringLiteral("/model/tokenizer.json")));
        QVERIFY(ps::io::Checkpoint::openFolder(runDir + QStringLiteral("/model")).ok());
        qInfo("checkpoint under a file limit: %s", full.err.trimmed().split('\n').last().constData());
    }

    void diskFullDuringDataExport() {
        const QString ws = dir_.filePath(QStringLiteral("import.prefstudio")), out = dir_.filePath(QStringLiteral("export.jsonl"));
        QCOMPARE(cli({QStringLiteral("export"), ws, out}).code, 0);
        const QByteArray complete = fileBytes(out);
        QVERIFY(complete.size() > 64 * 1024);
        const Outcome full = cli({QStringLiteral("export"), ws, out}, 32 * 1024);
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains("the disk is full"), full.err.constData());
        QCOMPARE(fileBytes(out), complete);
        QVERIFY(QDir(dir_.path()).entryList({QStringLiteral("export.jsonl.tmp-*")}).isEmpty());
    }

    // A real full disk (ENOSPC rather than EFBIG) where a small tmpfs can be
    // mounted (root with CAP_SYS_ADMIN; skipped elsewhere): the workspace and
    // the export live on a 3 MiB file system that the import fills.
    void realFullTmpfs() {
        const QString mnt = dir_.filePath(QStringLiteral("tmpfs"));
        QVERIFY(QDir().mkpath(mnt));
        QProcess m;
        m.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=3m"),
                                          QStringLiteral("tmpfs"), mnt});
        if (!m.waitForFinished(10000) || m.exitStatus() != QProcess::NormalExit || m.exitCode() != 0)
            QSKIP("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN); RLIMIT_FSIZE cases cover the write errors");
        struct Unmount {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
        } unmount{mnt};
        const QString ws = mnt + QStringLiteral("/full.prefstudio"), small = dir_.filePath(QStringLiteral("tmpfs-small.jsonl")),
                      big = dir_.filePath(QStringLiteral("tmpfs-big.jsonl"));
        writeFile(small, records(0, 1500));
        writeFile(big, records(5000, 20000));
        QCOMPARE(cli({QStringLiteral("import"), ws, small}).code, 0);
        const QString out = mnt + QStringLiteral("/export.jsonl");
        QCOMPARE(cli({QStringLiteral("export"), ws, out}).code, 0);
        const QByteArray exported = fileBytes(out);
        const Outcome full = cli({QStringLiteral("import"), ws, big});
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains("disk is full") || full.err.contains("disk full"), full.err.constData());
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        QCOMPARE(count(ws, "pairs"), qint64(1500));
        // Fill the disk up to about half an export (the workspace still opens:
        // its lock and shared-memory files fit), then re-export: the earlier
        // export stays whole.
        {
            QFile filler(mnt + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const qint64 keepFree = 96 * 1024 + exported.size() / 2;
            const QByteArray block(4096, 'x');
            while (QStorageInfo(mnt).bytesAvailable() > keepFree && filler.write(block) == block.size() && filler.flush()) {}
        }
        const Outcome reexport = cli({QStringLiteral("export"), ws, out});
        QCOMPARE(reexport.code, 1);
        QVERIFY2(reexport.err.contains("the disk is full"), reexport.err.constData());
        QCOMPARE(fileBytes(out), exported);
        // Completely full: opening the workspace says so.
        {
            QFile filler(mnt + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::Append));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {}
        }
        const Outcome noRoom = cli({QStringLiteral("export"), ws, out});
        QCOMPARE(noRoom.code, 1);
        QVERIFY2(noRoom.err.contains("the disk is full"), noRoom.err.constData());
        QCOMPARE(fileBytes(out), exported);
        QFile::remove(mnt + QStringLiteral("/filler"));
        const Outcome again = cli({QStringLiteral("import"), ws, small});  // space again: writes work (all duplicates here)
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        qInfo("tmpfs full: %s", full.err.trimmed().constData());
        qInfo("tmpfs full, re-export: %s", reexport.err.trimmed().constData());
        qInfo("tmpfs completely full: %s", noRoom.err.trimmed().constData());
    }

    // --- read-only workspace --------------------------------------------------

    void readOnlyWorkspace() {
        const QString ws = dir_.filePath(QStringLiteral("import.prefstudio")), file = dir_.filePath(QStringLiteral("small.jsonl"));
        QFile::remove(ws + QStringLiteral(".lock"));
        const bool root = ::geteuid() == 0;
        if (root && cli({QStringLiteral("--version")}, 0, true).code != 0)
            QSKIP("the CLI cannot run as nobody here (its build folder is not readable by others)");
        if (!root) QFile::setPermissions(ws, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const QByteArray before = fileBytes(ws);
        const Outcome r = cli({QStringLiteral("import"), ws, file}, 0, root);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());
        const Outcome c = cli(candidateArgs(ws, model_), 0, root);
        QCOMPARE(c.code, 1);
        QVERIFY2(c.err.contains("read-only"), c.err.constData());
        QCOMPARE(fileBytes(ws), before);
        if (!root) QFile::setPermissions(ws, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        qInfo("read-only workspace (%s): %s", root ? "as nobody" : "chmod", r.err.trimmed().constData());
    }

    // --- missing or damaged model files -----------------------------------------

    void missingOrTruncatedModelFiles() {
        const QString ws = promptWorkspace(QStringLiteral("model-faults"), 30);
        QVERIFY(!ws.isEmpty());
        const QString noTok = dir_.filePath(QStringLiteral("no-tokenizer"));
        QVERIFY(tiny_text_model::make(noTok, 11));
        QVERIFY(QFile::remove(noTok + QStringLiteral("/tokenizer.json")));
        const Outcome a = cli(candidateArgs(ws, noTok));
        QCOMPARE(a.code, 1);
        QVERIFY2(a.err.contains("error:") && a.err.contains("tokenizer"), a.err.constData());

        const QString cut = dir_.filePath(QStringLiteral("truncated"));
        QVERIFY(tiny_text_model::make(cut, 11));
        QFile w(cut + QStringLiteral("/model.safetensors"));
        QVERIFY(w.resize(w.size() / 2));
        const Outcome b = cli(candidateArgs(ws, cut));
        QCOMPARE(b.code, 1);
        QVERIFY2(b.err.contains("error:") && b.err.contains("model.safetensors"), b.err.constData());
        const Outcome t = cli({QStringLiteral("train"), QStringLiteral("--model"), cut, QStringLiteral("--data"), dir_.filePath(QStringLiteral("pairs.jsonl")),
                               QStringLiteral("--out"), dir_.filePath(QStringLiteral("run-cut"))});
        QCOMPARE(t.code, 1);
        QVERIFY2(t.err.contains("error:"), t.err.constData());
        QCOMPARE(count(ws, "pairs"), qint64(0));
        qInfo("missing tokenizer: %s", a.err.trimmed().constData());
        qInfo("truncated weights: %s", b.err.trimmed().constData());
    }

    // Weights are memory-mapped: truncating them under a running process
    // raises SIGBUS; the CLI must end with a clear message (or, where the
    // weights were copied, finish) and the workspace keep what was committed.
    void weightsTruncatedWhileRunning() {
        const QString ws = promptWorkspace(QStringLiteral("mid-run"), 60);
        QVERIFY(!ws.isEmpty());
        const QString live = dir_.filePath(QStringLiteral("live"));
        QVERIFY(tiny_text_model::make(live, 11));
        const Outcome c = runChild(cliPath(), candidateArgs(ws, live, 32), 0, false, [&](QProcess& p) {
            QByteArray err;
            while (!err.contains("] prompt ") && p.state() == QProcess::Running) {
                p.waitForReadyRead(20);
                err += p.readAllStandardError();
            }
            QFile f(live + QStringLiteral("/model.safetensors"));
            f.resize(4096);
            return err;
        });
        QVERIFY2(c.code == 74 || c.code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(c.code).arg(QString::fromUtf8(c.err))));
        if (c.code == 74) QVERIFY2(c.err.contains("truncated or changed on disk"), c.err.constData());
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        QVERIFY(count(ws, "pairs") >= 1);
        QCOMPARE(count(ws, "generations"), 2 * count(ws, "pairs"));

        QVERIFY(tiny_text_model::make(dir_.filePath(QStringLiteral("live2")), 11));
        const QString live2 = dir_.filePath(QStringLiteral("live2"));
        QStringList args = trainArgs(dir_.filePath(QStringLiteral("run-live")));
        args[2] = live2;
        args[args.indexOf(QStringLiteral("--max-steps")) + 1] = QStringLiteral("40");
        const Outcome t = runChild(cliPath(), args, 0, false, [&](QProcess& p) {
            QByteArray err;
            while (!err.contains("step 2/") && p.state() == QProcess::Running) {
                p.waitForReadyRead(20);
                err += p.readAllStandardError();
            }
            QFile f(live2 + QStringLiteral("/model.safetensors"));
            f.resize(4096);
            return err;
        });
        QVERIFY2(t.code == 74 || t.code == 1 || t.code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(t.code).arg(QString::fromUtf8(t.err))));
        if (t.code == 74) QVERIFY2(t.err.contains("truncated or changed on disk"), t.err.constData());
        qInfo("weights truncated mid-run: candidates exit %d, train exit %d", c.code, t.code);
    }

    // --- SQLite busy --------------------------------------------------------------

    void busyFromSecondProcess() {
        const QString ws = dir_.filePath(QStringLiteral("busy.prefstudio")), file = dir_.filePath(QStringLiteral("busy.jsonl"));
        writeFile(file, records(0, 20));
        QCOMPARE(cli({QStringLiteral("import"), ws, file}).code, 0);
        writeFile(file, records(100, 20));
        {
            // Another program (a second connection, not a Prefstudio instance) holds the write lock.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            db.setDatabaseName(ws);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('holder', 'x')")));
            QElapsedTimer t;
            t.start();
            const Outcome busy = cli({QStringLiteral("import"), ws, file});
            const qint64 waited = t.elapsed();
            QCOMPARE(busy.code, 1);
            QVERIFY2(busy.err.contains("busy"), busy.err.constData());
            QVERIFY(waited >= 4000);  // the busy timeout (5 s) was waited out first

            // The lock is released while a writer waits (ps_vote_loop importing,
            // through the same Workspace API as a vote): it goes through.
            if (!voteLoop_.isEmpty()) {
                QElapsedTimer w;
                w.start();
                const Outcome waiting = runChild(voteLoop_, {QStringLiteral("import"), ws, file}, 0, false, [&](QProcess&) {
                    QThread::msleep(1000);
                    q.exec(QStringLiteral("COMMIT"));
                    return QByteArray();
                });
                QVERIFY2(waiting.code == 0, waiting.err.constData());
                QVERIFY(w.elapsed() >= 1000);
            } else {
                q.exec(QStringLiteral("COMMIT"));
            }
            q.finish();
            db.close();
            qInfo("busy: %s (after %lld ms)", busy.err.trimmed().constData(), waited);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        if (!voteLoop_.isEmpty()) QCOMPARE(count(ws, "pairs"), qint64(40));
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_fault_injection.moc"
