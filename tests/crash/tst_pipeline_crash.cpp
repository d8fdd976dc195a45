// tst_pipeline_crash.cpp — crash safety of the model pipeline: the real
// `prefstudio` CLI (PREFSTUDIO_CLI) is killed with SIGKILL at points it reports
// itself (progress lines on stderr) plus seeded random offsets, during
// `candidates`, `train` (steps, checkpoints written every step, the final
// model/adapter export) and `export` (preferences JSONL). The store's own kill
// trials (voting, import, creation) are tst_store_crash and tst_annotate_view.
//
// What is proven per trial:
//  - candidates: PRAGMA integrity_check = ok; every prompt the CLI reported as
//    done has its 2 candidates and its pair; no prompt has a part of its
//    candidates; rerunning finishes, and the texts equal an uninterrupted run's;
//  - train: every "checkpoint-<n>" folder is complete (state + both tensor
//    files readable, its step = n), "latest" names a complete one, an exported
//    model/adapter folder is complete and byte-identical to the uninterrupted
//    run's; the resumed chain ends in a model byte-identical to an
//    uninterrupted run (resume is exact);
//  - export: the output file is absent or complete (all lines), never partial,
//    and a complete earlier export survives a killed re-export;
//  - and, deterministically, the states a kill can leave: "latest" naming a
//    damaged checkpoint, no "latest", a leftover model.partial staging folder.
// Trials: PS_CRASH_TRIALS scales every part (default 10); seed PS_CRASH_SEED.
#include "crash/file_fixtures.h"
#include "io/safetensors.h"
#include "store/workspace.h"

#include "app/cli_process.h"
#include "app/tiny_text_model.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <map>
#include <set>

using cli_test::cliPath;
using cli_test::run;

namespace {

struct Killed {
    QByteArray out, err;
    bool finishedByItself = false;
    int code = -1;
};

using crash_test::fileBytes;
using crash_test::writeFile;

// Polite (40..49) vs rude (60..69) token completions after random prompts.
QByteArray pairsJsonl(int n) {
    QByteArray out;
    QRandomGenerator rng(5);
    for (int i = 0; i < n; ++i) {
        QStringList p{QStringLiteral("1")}, c, r;
        for (int k = 0; k < 4; ++k) p << QString::number(100 + rng.bounded(100));
        for (int k = 0; k < 4; ++k) {
            c << QString::number(40 + rng.bounded(10));
            r << QString::number(60 + rng.bounded(10));
        }
        out += QStringLiteral("{\"prompt_ids\":[%1],\"chosen_ids\":[%2,7],\"rejected_ids\":[%3,7]}\n")
                   .arg(p.join(QLatin1Char(',')), c.join(QLatin1Char(',')), r.join(QLatin1Char(',')))
                   .toUtf8();
    }
    return out;
}

}  // namespace

class TestPipelineCrash : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QRandomGenerator rng_;
    int trials_ = 10;
    QString model_;
    int totalKills_ = 0;

    // Starts the CLI and SIGKILLs it `offsetMs` after `marker` appeared for the
    // `nth` time on its stderr (at once when the marker is empty), or lets it
    // finish when it ends first.
    Killed runAndKill(const QStringList& args, const QByteArray& marker, int nth, int offsetMs) {
        QProcess p;
        p.start(cliPath(), args);
        Killed k;
        if (!p.waitForStarted(10000)) return k;
        QElapsedTimer t;
        t.start();
        while (!marker.isEmpty() && k.err.count(marker) < nth && p.state() == QProcess::Running && t.elapsed() < 120000) {
            p.waitForReadyRead(20);
            k.err += p.readAllStandardError();
            k.out += p.readAllStandardOutput();
        }
        // Waiting (not sleeping) lets QProcess notice an exit meanwhile.
        if (p.state() == QProcess::Running && offsetMs > 0) p.waitForFinished(offsetMs);
        if (p.state() == QProcess::Running) {
            p.kill();
            ++totalKills_;
        } else {
            k.finishedByItself = true;
        }
        p.waitForFinished(30000);
        k.err += p.readAllStandardError();
        k.out += p.readAllStandardOutput();
        if (k.finishedByItself) k.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return k;
    }

    void checkIntegrity(const QString& path) {
        auto ws = ps::store::Workspace::open(path);  // with the instance lock: the killed child's must not block
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().toString()));
        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    // prompt text -> candidate texts in candidate order; also checks the
    // all-or-nothing shape of every prompt (0 or n candidates, pairs with them).
    std::map<QString, QStringList> candidatesOf(const QString& path, int n) {
        std::map<QString, QStringList> out;
        auto ws = ps::store::Workspace::open(path);
        if (!ws) {
            qWarning() << ws.error().toString();
            return out;
        }
        QSqlQuery q((*ws)->database());
        q.exec(QStringLiteral("SELECT p.text, g.text, (SELECT COUNT(*) FROM pairs x WHERE x.prompt_id = p.id) FROM prompts p JOIN generations g "
                              "ON g.prompt_id = p.id ORDER BY p.id, g.id"));
        std::map<QString, int> pairs;
        while (q.next()) {
            out[q.value(0).toString()] << q.value(1).toString();
            pairs[q.value(0).toString()] = q.value(2).toInt();
        }
        for (const auto& [prompt, texts] : out) {
            if (texts.size() != n || pairs[prompt] != n * (n - 1) / 2)
                qWarning() << "prompt" << prompt << "has" << texts.size() << "candidates and" << pairs[prompt] << "pairs";
        }
        return out;
    }

    // The folder checks of a killed training run; `reference` is the
    // uninterrupted run folder for byte comparisons of exports.
    void checkRunFolder(const QString& runDir, const QString& reference, int trial) {
        const QDir root(runDir);
        for (const QString& c : root.entryList({QStringLiteral("checkpoint-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (c.endsWith(QLatin1String(".partial"))) continue;  // staging: never read as a checkpoint
            const QString d = root.filePath(c);
            const QJsonObject state = QJsonDocument::fromJson(fileBytes(d + QStringLiteral("/trainer_state.json"))).object();
            QVERIFY2(state.value(QStringLiteral("global_step")).toInt() == c.mid(11).toInt(),
                     qPrintable(QStringLiteral("trial %1: %2 has no complete trainer_state.json").arg(trial).arg(c)));
            for (const char* f : {"trainable.safetensors", "optimizer.safetensors"}) {
                auto ck = ps::io::Checkpoint::openFile(d + QLatin1Char('/') + QLatin1String(f));
                QVERIFY2(ck.ok() && ck->size() > 0, qPrintable(QStringLiteral("trial %1: %2/%3 incomplete").arg(trial).arg(c, QLatin1String(f))));
            }
        }
        if (root.exists(QStringLiteral("latest"))) {
            const QString name = QString::fromUtf8(fileBytes(root.filePath(QStringLiteral("latest")))).trimmed();
            QVERIFY2(root.exists(name + QStringLiteral("/trainer_state.json")),
                     qPrintable(QStringLiteral("trial %1: latest names %2, which is not complete").arg(trial).arg(name)));
        }
        if (root.exists(QStringLiteral("model"))) {
            for (const char* f : {"model.safetensors", "config.json", "tokenizer.json", "generation_config.json"})
                QVERIFY2(fileBytes(root.filePath(QStringLiteral("model/")) + QLatin1String(f)) ==
                             fileBytes(QDir(reference).filePath(QStringLiteral("model/")) + QLatin1String(f)),
                         qPrintable(QStringLiteral("trial %1: model/%2 differs from the uninterrupted run's").arg(trial).arg(QLatin1String(f))));
        }
        if (root.exists(QStringLiteral("adapter"))) {
            for (const char* f : {"adapter_model.safetensors", "adapter_config.json"})
                QVERIFY2(fileBytes(root.filePath(QStringLiteral("adapter/")) + QLatin1String(f)) ==
                             fileBytes(QDir(reference).filePath(QStringLiteral("adapter/")) + QLatin1String(f)),
                         qPrintable(QStringLiteral("trial %1: adapter/%2 differs from the uninterrupted run's").arg(trial).arg(QLatin1String(f))));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        const quint32 seed = qEnvironmentVariableIsSet("PS_CRASH_SEED") ? qEnvironmentVariable("PS_CRASH_SEED").toUInt() : 20261126u;
        if (qEnvironmentVariableIsSet("PS_CRASH_TRIALS")) trials_ = qMax(2, qEnvironmentVariableIntValue("PS_CRASH_TRIALS"));
        rng_.seed(seed);
        qInfo("seed %u, trial scale %d", seed, trials_);
        model_ = dir_.filePath(QStringLiteral("model"));
        QVERIFY(tiny_text_model::make(model_, 7));
    }

    void killDuringCandidates() {
        QByteArray prompts;
        for (int i = 0; i < 14; ++i) prompts += QStringLiteral("{\"prompt\":\"Question number %1: how do I reset my password?\"}\n").arg(i).toUtf8();
        const QString promptFile = dir_.filePath(QStringLiteral("prompts.jsonl"));
        writeFile(promptFile, prompts);
        const QString ws = dir_.filePath(QStringLiteral("cand.prefstudio")), ref = dir_.filePath(QStringLiteral("cand-ref.prefstudio"));
        for (const QString& w : {ws, ref}) QCOMPARE(run({QStringLiteral("import"), w, promptFile}).code, 0);
        auto args = [&](const QString& w) {
            return QStringList{QStringLiteral("candidates"), QStringLiteral("--workspace"), w, QStringLiteral("--model"), model_,
                               QStringLiteral("--n"), QStringLiteral("2"), QStringLiteral("--max-new-tokens"), QStringLiteral("8"),
                               QStringLiteral("--temperature"), QStringLiteral("0.8"), QStringLiteral("--seed"), QStringLiteral("3")};
        };
        QElapsedTimer t;
        t.start();
        const auto refRun = run(args(ref));
        QVERIFY2(refRun.code == 0, refRun.err.constData());
        const qint64 refMs = t.elapsed();

        // Chains of killed and rerun jobs, each on a fresh copy of the imported
        // workspace, until trials_ kills; every finished chain is compared with
        // the uninterrupted run.
        std::set<QString> reported;  // prompt ids the CLI said were committed, this chain
        const QRegularExpression done(QStringLiteral(R"(\[\d+/\d+\] prompt (\d+))"));
        int kills = 0, chains = 0, trial = 0;
        qint64 reportedTotal = 0;
        QString chain;
        const auto want = candidatesOf(ref, 2);
        QCOMPARE(want.size(), size_t(14));
        t.restart();
        while (kills < trials_) {
            if (chain.isEmpty()) {
                chain = dir_.filePath(QStringLiteral("cand-%1.prefstudio").arg(++chains));
                QVERIFY(QFile::copy(ws, chain));
                reported.clear();
            }
            // One in four is killed while the model loads; the others after 1..3
            // prompts were committed, somewhere in the following prompts.
            const bool early = ++trial % 4 == 0;
            const Killed k = early ? runAndKill(args(chain), QByteArray(), 0, 150 + rng_.bounded(300))
                                   : runAndKill(args(chain), QByteArrayLiteral("] prompt "), 1 + rng_.bounded(3), rng_.bounded(120));
            if (!k.finishedByItself) ++kills;
            for (const QString& line : QString::fromUtf8(k.err).split(QLatin1Char('\n'))) {
                const auto m = done.match(line);
                if (m.hasMatch() && reported.insert(m.captured(1)).second && !k.finishedByItself) ++reportedTotal;
            }
            checkIntegrity(chain);
            {
                auto ok = ps::store::Workspace::open(chain);
                QVERIFY(ok.ok());
                QSqlQuery q((*ok)->database());
                // No prompt holds a part of its candidates or pairs.
                QVERIFY(q.exec(QStringLiteral("SELECT p.id, (SELECT COUNT(*) FROM generations g WHERE g.prompt_id = p.id), "
                                              "(SELECT COUNT(*) FROM pairs x WHERE x.prompt_id = p.id) FROM prompts p")));
                std::set<QString> present;
                while (q.next()) {
                    const int g = q.value(1).toInt(), pr = q.value(2).toInt();
                    QVERIFY2((g == 0 && pr == 0) || (g == 2 && pr == 1),
                             qPrintable(QStringLiteral("trial %1: prompt %2 has %3 candidates, %4 pairs").arg(trial).arg(q.value(0).toInt()).arg(g).arg(pr)));
                    if (g == 2) present.insert(q.value(0).toString());
                }
                for (const QString& id : reported)
                    QVERIFY2(present.count(id), qPrintable(QStringLiteral("trial %1: prompt %2 was reported done but is lost").arg(trial).arg(id)));
            }
            if (k.finishedByItself) {
                QVERIFY2(k.code == 0, k.err.constData());
                QVERIFY2(candidatesOf(chain, 2) == want, "the resumed candidates differ from an uninterrupted run's");
                chain.clear();
            }
        }
        if (!chain.isEmpty()) {
            const auto rest = run(args(chain));  // continues where the killed runs stopped
            QVERIFY2(rest.code == 0, rest.err.constData());
            QVERIFY2(candidatesOf(chain, 2) == want, "the resumed candidates differ from an uninterrupted run's");
        }
        qInfo("candidates: %d kill trials in %lld ms over %d chains (an uninterrupted run takes %lld ms), %lld prompts reported committed "
              "by runs that were then killed; every chain ended equal to the uninterrupted run",
              kills, t.elapsed(), chains, refMs, reportedTotal);
    }

    void killDuringTraining() {
        const QString data = dir_.filePath(QStringLiteral("pairs.jsonl")), config = dir_.filePath(QStringLiteral("save_every_step.json"));
        writeFile(data, pairsJsonl(24));
        writeFile(config, "{\"save_steps\": 1}");  // a checkpoint after every step: many kills land in one
        auto args = [&](const QString& out) {
            return QStringList{QStringLiteral("train"), QStringLiteral("--model"), model_, QStringLiteral("--data"), data, QStringLiteral("--out"), out,
                               QStringLiteral("--config"), config, QStringLiteral("--fp32"), QStringLiteral("--max-steps"), QStringLiteral("6"),
                               QStringLiteral("--batch-size"), QStringLiteral("2"), QStringLiteral("--grad-accum"), QStringLiteral("1"),
                               QStringLiteral("--lr"), QStringLiteral("1e-3")};
        };
        const QString reference = dir_.filePath(QStringLiteral("train-ref"));
        QElapsedTimer t;
        t.start();
        const auto refRun = run(args(reference));
        QVERIFY2(refRun.code == 0, refRun.err.constData());
        const qint64 refMs = t.elapsed();

        int trials = 0, chains = 0, inCheckpoint = 0, inExport = 0, resumedOk = 0, hitCheckpoint = 0, hitExport = 0;
        t.restart();
        QString runDir;
        const int wanted = trials_ + trials_ / 2;
        while (trials < wanted) {
            if (runDir.isEmpty()) runDir = dir_.filePath(QStringLiteral("train-%1").arg(++chains));
            // Where to kill: while a checkpoint is written (the "checkpoint..." line
            // precedes the write), during the export, or at a random moment of a step.
            const int kind = rng_.bounded(4);
            Killed k;
            if (kind <= 1) {
                k = runAndKill(args(runDir), QByteArrayLiteral("checkpoint...\n"), 1 + rng_.bounded(3), rng_.bounded(40));
                ++inCheckpoint;
            } else if (kind == 2) {
                k = runAndKill(args(runDir), QByteArrayLiteral("export...\n"), 1, rng_.bounded(60));
                ++inExport;
            } else {
                k = runAndKill(args(runDir), QByteArrayLiteral("step "), 1 + rng_.bounded(4), rng_.bounded(250));
            }
            if (!k.finishedByItself) ++trials;
            // Staging folders left behind: this kill hit a checkpoint or export write.
            const QDir run(runDir);
            if (!run.entryList({QStringLiteral("checkpoint-*.partial")}, QDir::Dirs).isEmpty()) ++hitCheckpoint;
            if (run.exists(QStringLiteral("model.partial")) || run.exists(QStringLiteral("adapter.partial"))) ++hitExport;
            checkRunFolder(runDir, reference, trials);
            if (QTest::currentTestFailed()) return;
            if (k.err.contains("resumed from")) ++resumedOk;
            if (k.finishedByItself) {
                QVERIFY2(k.code == 0, k.err.constData());
                // The chain of killed and resumed runs ends in the same model as one run.
                QCOMPARE(fileBytes(runDir + QStringLiteral("/model/model.safetensors")), fileBytes(reference + QStringLiteral("/model/model.safetensors")));
                QCOMPARE(fileBytes(runDir + QStringLiteral("/adapter/adapter_model.safetensors")),
                         fileBytes(reference + QStringLiteral("/adapter/adapter_model.safetensors")));
                runDir.clear();
            }
        }
        if (!runDir.isEmpty()) {
            const auto rest = run(args(runDir));
            QVERIFY2(rest.code == 0, rest.err.constData());
            QCOMPARE(fileBytes(runDir + QStringLiteral("/model/model.safetensors")), fileBytes(reference + QStringLiteral("/model/model.safetensors")));
        }
        QVERIFY(resumedOk > 0);
        qInfo("training: %d kill trials in %lld ms over %d chains (aimed: %d at a checkpoint, %d at the export; landed inside a checkpoint "
              "write %d times, inside an export %d times); an uninterrupted run takes %lld ms; every resumed chain ended byte-identical to it",
              trials, t.elapsed(), chains, inCheckpoint, inExport, hitCheckpoint, hitExport, refMs);
    }

    // The states a kill can leave that the random trials hit only by chance:
    // "latest" naming a damaged checkpoint (resume uses the newest complete
    // one), no "latest" at all, and staging folders of a killed export.
    void resumeSkipsIncompleteState() {
        const QString reference = dir_.filePath(QStringLiteral("train-ref"));
        QVERIFY(QFile::exists(reference + QStringLiteral("/checkpoint-6/trainer_state.json")));
        const QString runDir = dir_.filePath(QStringLiteral("train-damaged"));
        QVERIFY(QDir().mkpath(runDir));
        for (const QString& f : QDir(reference).entryList(QDir::Files)) QVERIFY(QFile::copy(reference + QLatin1Char('/') + f, runDir + QLatin1Char('/') + f));
        for (const char* c : {"checkpoint-5", "checkpoint-6"}) {
            QVERIFY(QDir().mkpath(runDir + QLatin1Char('/') + QLatin1String(c)));
            for (const QString& f : QDir(reference + QLatin1Char('/') + QLatin1String(c)).entryList(QDir::Files))
                QVERIFY(QFile::copy(reference + QLatin1Char('/') + QLatin1String(c) + QLatin1Char('/') + f,
                                    runDir + QLatin1Char('/') + QLatin1String(c) + QLatin1Char('/') + f));
        }
        QFile cut(runDir + QStringLiteral("/checkpoint-6/optimizer.safetensors"));
        QVERIFY(cut.resize(cut.size() / 2));
        QVERIFY(QDir().mkpath(runDir + QStringLiteral("/model.partial")));
        writeFile(runDir + QStringLiteral("/model.partial/config.json"), "{\"half\":");
        const QStringList args{QStringLiteral("train"), QStringLiteral("--model"), model_, QStringLiteral("--data"), dir_.filePath(QStringLiteral("pairs.jsonl")),
                               QStringLiteral("--out"), runDir, QStringLiteral("--config"), dir_.filePath(QStringLiteral("save_every_step.json")),
                               QStringLiteral("--fp32"), QStringLiteral("--max-steps"), QStringLiteral("6"), QStringLiteral("--batch-size"),
                               QStringLiteral("2"), QStringLiteral("--grad-accum"), QStringLiteral("1"), QStringLiteral("--lr"), QStringLiteral("1e-3")};
        const auto r = run(args);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("the latest checkpoint checkpoint-6 is incomplete; using checkpoint-5") && r.err.contains("resumed from checkpoint-5"),
                 r.err.constData());
        QCOMPARE(fileBytes(runDir + QStringLiteral("/model/model.safetensors")), fileBytes(reference + QStringLiteral("/model/model.safetensors")));
        QVERIFY(!QDir(runDir).exists(QStringLiteral("model.partial")));
        // Without "latest" (killed right after the first checkpoint was published).
        QVERIFY(QFile::remove(runDir + QStringLiteral("/latest")));
        QDir(runDir + QStringLiteral("/model")).removeRecursively();
        const auto again = run(args);
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY2(again.err.contains("resumed from checkpoint-6"), again.err.constData());
        QCOMPARE(fileBytes(runDir + QStringLiteral("/model/model.safetensors")), fileBytes(reference + QStringLiteral("/model/model.safetensors")));
    }

    void killDuringExport() {
        QByteArray records;
        const int n = 10000;
        for (int i = 0; i < n; ++i)
            records += QStringLiteral("{\"prompt\":\"prompt %1\",\"chosen\":\"a good answer %1\",\"rejected\":\"a bad answer %1\"}\n").arg(i).toUtf8();
        const QString file = dir_.filePath(QStringLiteral("records.jsonl")), ws = dir_.filePath(QStringLiteral("export.prefstudio"));
        writeFile(file, records);
        QCOMPARE(run({QStringLiteral("import"), ws, file}).code, 0);
        const QString out = dir_.filePath(QStringLiteral("exported.jsonl"));
        // Calibration: when the temp file appears and when the export is
        // published (most of a run is start-up), so the kills aim at the write.
        QElapsedTimer t;
        t.start();
        qint64 writeFrom = -1, publishedAt = -1;
        {
            const QString cal = dir_.filePath(QStringLiteral("calibrate.jsonl"));
            QProcess p;
            p.start(cliPath(), {QStringLiteral("export"), ws, cal});
            QVERIFY(p.waitForStarted());
            while (publishedAt < 0) {
                if (writeFrom < 0 && !QDir(dir_.path()).entryList({QStringLiteral("calibrate.jsonl.tmp-*")}, QDir::Files).isEmpty()) writeFrom = t.elapsed();
                if (QFile::exists(cal)) publishedAt = t.elapsed();
                if (publishedAt < 0 && p.waitForFinished(1)) break;
            }
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            if (publishedAt < 0) publishedAt = t.elapsed();
            if (writeFrom < 0) writeFrom = publishedAt;
        }
        const int duration = int(publishedAt);
        const int windowStart = int(qMax<qint64>(0, writeFrom - 30)), window = int(publishedAt - windowStart + 30);
        int trials = 0, complete = 0, killed = 0, whileWriting = 0;
        t.restart();
        for (int trial = 0; trial < qMax(2, trials_ * 2 / 3); ++trial) {
            // Killed when its temp file appears plus a random part of the write
            // (the observable start of the write), or at a random moment.
            Killed k;
            if (trial % 3 != 2) {
                QProcess p;
                p.start(cliPath(), {QStringLiteral("export"), ws, out});
                QVERIFY(p.waitForStarted());
                const QStringList before = QDir(dir_.path()).entryList({QStringLiteral("exported.jsonl.tmp-*")}, QDir::Files);
                while (QDir(dir_.path()).entryList({QStringLiteral("exported.jsonl.tmp-*")}, QDir::Files).size() <= before.size() &&
                       !p.waitForFinished(1)) {
                }
                const int offset = rng_.bounded(qMax(1, int(publishedAt - writeFrom)));
                if (p.state() == QProcess::Running && offset > 0) p.waitForFinished(offset);
                if (p.state() == QProcess::Running) {
                    p.kill();
                    ++totalKills_;
                } else {
                    k.finishedByItself = true;
                }
                p.waitForFinished(30000);
            } else {
                k = runAndKill({QStringLiteral("export"), ws, out}, QByteArray(), 0, windowStart + rng_.bounded(qMax(1, window)));
            }
            ++trials;
            if (!k.finishedByItself) ++killed;
            // A temp file left behind: this kill hit the write itself.
            if (!QDir(dir_.path()).entryList({QStringLiteral("exported.jsonl.tmp-*")}, QDir::Files).isEmpty()) ++whileWriting;
            if (!QFile::exists(out)) continue;  // killed before the first export was published
            const QList<QByteArray> lines = fileBytes(out).trimmed().split('\n');
            QCOMPARE(lines.size(), n);
            QVERIFY(!QJsonDocument::fromJson(lines.last()).object().isEmpty());
            ++complete;
        }
        checkIntegrity(ws);
        // Temp files of killed writers are removed by the next writer of the same file.
        QCOMPARE(run({QStringLiteral("export"), ws, out}).code, 0);
        const QStringList leftovers = QDir(dir_.path()).entryList({QStringLiteral("exported.jsonl.tmp-*")}, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
        qInfo("export: %d trials (%d killed, %d of them while writing) in %lld ms (an export is published ~%d ms after the start, its temp "
              "file written from ~%lld ms); the file was complete after %d, absent after the others",
              trials, killed, whileWriting, t.elapsed(), duration, writeFrom, complete);
    }

    void cleanupTestCase() { qInfo("%d processes killed in total", totalKills_); }
};

QTEST_GUILESS_MAIN(TestPipelineCrash)
#include "tst_pipeline_crash.moc"
