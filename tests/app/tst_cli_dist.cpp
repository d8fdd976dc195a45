// tst_cli_dist — data-parallel `prefstudio train` over c10d/Gloo on 127.0.0.1:
// 2 ranks equal 1 process for the same global batch (weights and metrics, fp32),
// with per-layer gradient checkpointing on (the default) and off;
// a checkpoint of the 2-rank run resumes in 1 process and ends where the
// uninterrupted run ends; a rank killed with SIGKILL makes the run fail with a
// clear message within a timeout, no hang; 2 ranks train on a workspace's votes
// and only rank 0 records the run there. Real processes, real sockets.
#include "io/safetensors.h"
#include "store/workspace.h"

#include "cli_process.h"
#include "tiny_text_model.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cmath>
#include <random>

namespace {
using cli_test::cliPath;
using cli_test::Run;
using cli_test::run;

void writePairs(const QString& path, int n) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    std::mt19937 rng(7);
    for (int i = 0; i < n; ++i) {
        QStringList p{QStringLiteral("1")}, c, r;
        for (int k = 0; k < 6 + static_cast<int>(rng() % 6); ++k) p << QString::number(100 + rng() % 100);
        for (int k = 0; k < 3 + static_cast<int>(rng() % 5); ++k) c << QString::number(40 + rng() % 10);
        for (int k = 0; k < 3 + static_cast<int>(rng() % 5); ++k) r << QString::number(60 + rng() % 10);
        c << QStringLiteral("7");
        r << QStringLiteral("7");
        f.write(QStringLiteral("{\"prompt_ids\":[%1],\"chosen_ids\":[%2],\"rejected_ids\":[%3]}\n")
                    .arg(p.join(QLatin1Char(',')), c.join(QLatin1Char(',')), r.join(QLatin1Char(',')))
                    .toUtf8());
    }
}

// Largest |a-b| relative to the largest |a| over every tensor of two safetensors files.
double relativeDifference(const QString& a, const QString& b, QString* worst) {
    auto fa = ps::io::Checkpoint::openFile(a);
    auto fb = ps::io::Checkpoint::openFile(b);
    if (!fa || !fb || fa->names() != fb->names()) return 1e30;
    double maxDiff = 0, maxAbs = 0;
    for (const QString& n : fa->names()) {
        const auto* ea = fa->find(n);
        const auto* eb = fb->find(n);
        if (ea->info->dtype != ps::io::DType::F32 || ea->info->byteSize() != eb->info->byteSize()) return 1e30;
        const auto* pa = reinterpret_cast<const float*>(ea->data());
        const auto* pb = reinterpret_cast<const float*>(eb->data());
        for (uint64_t i = 0; i < ea->info->byteSize() / 4; ++i) {
            const double d = std::fabs(double(pa[i]) - double(pb[i]));
            if (d > maxDiff) {
                maxDiff = d;
                *worst = n;
            }
            maxAbs = std::max(maxAbs, std::fabs(double(pa[i])));
        }
    }
    return maxAbs > 0 ? maxDiff / maxAbs : maxDiff;
}

std::vector<QJsonObject> trainRows(const QByteArray& out) {
    std::vector<QJsonObject> rows;
    for (const QByteArray& line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("split")).toString() == QLatin1String("train")) rows.push_back(o);
    }
    return rows;
}
}  // namespace

class TestCliDist : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_, data_, config_;
    static constexpr int kSteps = 12;

    // Same run settings everywhere; the global batch is 4 pairs: 1 process × 2 × 2
    // accumulation steps, or 2 processes × 2 pairs.
    QStringList trainArgs(const QString& out, int nproc, int steps = kSteps) const {
        QStringList a{QStringLiteral("train"),        QStringLiteral("--model"),      model_, QStringLiteral("--data"), data_,
                      QStringLiteral("--out"),        out,                            QStringLiteral("--config"), config_,
                      QStringLiteral("--fp32"),       QStringLiteral("--lr"),         QStringLiteral("0.01"),
                      QStringLiteral("--max-steps"),  QString::number(steps),        QStringLiteral("--batch-size"), QStringLiteral("2"),
                      QStringLiteral("--grad-accum"), QString::number(nproc == 1 ? 2 : 1), QStringLiteral("--dist-timeout"),
                      QStringLiteral("60")};
        if (nproc > 1) a << QStringLiteral("--nproc") << QString::number(nproc);
        return a;
    }

private Q_SLOTS:
    void initTestCase() {
        // One compute thread per process: this machine's cores are shared, and
        // OpenMP threads fighting over them make tiny steps many times slower.
        qputenv("PREFSTUDIO_THREADS", "1");
        model_ = dir_.filePath(QStringLiteral("tiny"));
        data_ = dir_.filePath(QStringLiteral("pairs.jsonl"));
        config_ = dir_.filePath(QStringLiteral("config.json"));
        const Run m = run({QStringLiteral("create-model"), QStringLiteral("--config"), QStringLiteral("tiny"), QStringLiteral("--out"), model_,
                           QStringLiteral("--dtype"), QStringLiteral("fp32")});
        QVERIFY2(m.code == 0, m.err.constData());
        writePairs(data_, 30);  // 24 train (6 global batches per epoch), 6 held out
        QFile c(config_);
        QVERIFY(c.open(QIODevice::WriteOnly));
        // LoRA dropout stays on: masks are seeded per micro-batch position in the global order.
        c.write(R"({"lora_r": 4, "lora_alpha": 8, "lora_dropout": 0.1, "eval_fraction": 0.2, "eval_steps": 5, "save_steps": 4,
                   "warmup_steps": 2})");
    }

    void twoRanksEqualOneProcess() {
        const QString one = dir_.filePath(QStringLiteral("one")), two = dir_.filePath(QStringLiteral("two"));
        const Run a = run(trainArgs(one, 1));
        QVERIFY2(a.code == 0, a.err.constData());
        const Run b = run(trainArgs(two, 2));
        QVERIFY2(b.code == 0, b.err.constData());
        // Both ran with per-layer activation checkpointing (the default): the
        // gradient hooks fire when the checkpointed layers hand back their
        // parameters' gradients, so the overlapped all-reduce sees them all.
        for (const QString& run : {one, two}) {
            QFile cfg(run + QStringLiteral("/run_config.json"));
            QVERIFY(cfg.open(QIODevice::ReadOnly));
            QVERIFY(QJsonDocument::fromJson(cfg.readAll()).object().value(QStringLiteral("gradient_checkpointing")).toBool(false));
        }
        QVERIFY2(b.err.contains("data-parallel: 2 ranks, global batch 4 pairs"), b.err.constData());
        // Rank 0 alone reports: one metrics line per step, one copy of the run folder.
        const auto ra = trainRows(a.out), rb = trainRows(b.out);
        QCOMPARE(int(ra.size()), kSteps);
        QCOMPARE(int(rb.size()), kSteps);
        for (int i = 0; i < kSteps; ++i)
            for (const char* k : {"loss", "rewards/margins", "rewards/accuracies", "grad_norm", "logps/chosen"}) {
                const double x = ra[size_t(i)].value(QLatin1String(k)).toDouble(), y = rb[size_t(i)].value(QLatin1String(k)).toDouble();
                QVERIFY2(std::fabs(x - y) <= 1e-5 * std::max(1.0, std::fabs(x)),
                         qPrintable(QStringLiteral("step %1 %2: %3 vs %4").arg(i + 1).arg(QLatin1String(k)).arg(x, 0, 'g', 10).arg(y, 0, 'g', 10)));
            }
        QVERIFY(rb.back().contains(QStringLiteral("comm_seconds")));
        // The bucket hooks fired during the backward of the checkpointed layers: every all-reduce overlapped it.
        for (const QJsonObject& row : rb) QCOMPARE(row.value(QStringLiteral("comm_overlap")).toDouble(-1), 1.0);
        QString worst;
        const double adapter = relativeDifference(one + QStringLiteral("/adapter/adapter_model.safetensors"),
                                                  two + QStringLiteral("/adapter/adapter_model.safetensors"), &worst);
        QVERIFY2(adapter < 1e-5, qPrintable(QStringLiteral("adapter differs by %1 (relative) at %2").arg(adapter).arg(worst)));
        const double model = relativeDifference(one + QStringLiteral("/model/model.safetensors"), two + QStringLiteral("/model/model.safetensors"), &worst);
        QVERIFY2(model < 1e-5, qPrintable(QStringLiteral("model differs by %1 (relative) at %2").arg(model).arg(worst)));
        qInfo("2 ranks vs 1 process after %d steps: adapter %.3g, merged model %.3g (max |diff| / max |value|)", kSteps, adapter, model);
    }

    void twoRanksWithoutCheckpointingEqualOneProcess() {
        // Every activation kept: the plain autograd path, same values as above.
        QStringList args = trainArgs(dir_.filePath(QStringLiteral("two-plain")), 2, 4);
        args << QStringLiteral("--no-gradient-checkpointing");
        const Run b = run(args);
        QVERIFY2(b.code == 0, b.err.constData());
        const auto ra = trainRows(run(trainArgs(dir_.filePath(QStringLiteral("one-short")), 1, 4)).out), rb = trainRows(b.out);
        QCOMPARE(int(ra.size()), 4);
        QCOMPARE(int(rb.size()), 4);
        for (const QJsonObject& row : rb) QCOMPARE(row.value(QStringLiteral("comm_overlap")).toDouble(-1), 1.0);
        for (int i = 0; i < 4; ++i)
            for (const char* k : {"loss", "grad_norm", "logps/chosen"}) {
                const double x = ra[size_t(i)].value(QLatin1String(k)).toDouble(), y = rb[size_t(i)].value(QLatin1String(k)).toDouble();
                QVERIFY2(std::fabs(x - y) <= 1e-5 * std::max(1.0, std::fabs(x)),
                         qPrintable(QStringLiteral("step %1 %2: %3 vs %4").arg(i + 1).arg(QLatin1String(k)).arg(x, 0, 'g', 10).arg(y, 0, 'g', 10)));
            }
    }

    void twoRanksTrainOnWorkspaceVotes() {
        // Text pairs imported with votes; every rank reads the workspace file, rank 0 alone records the run.
        const QString model = dir_.filePath(QStringLiteral("text-model")), ws = dir_.filePath(QStringLiteral("votes.prefstudio"));
        QVERIFY(tiny_text_model::make(model, 3));
        const QString pairs = dir_.filePath(QStringLiteral("text-pairs.jsonl"));
        {
            QFile f(pairs);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 12; ++i)
                f.write(QStringLiteral("{\"prompt\": \"Where is my order %1?\", \"chosen\": \"Could you share the order number, please?\", "
                                       "\"rejected\": \"No idea %1.\"}\n")
                            .arg(i)
                            .toUtf8());
        }
        const Run imported = run({QStringLiteral("import"), ws, pairs});
        QVERIFY2(imported.code == 0, imported.err.constData());
        const QString out = dir_.filePath(QStringLiteral("ws-run"));
        const Run r = run({QStringLiteral("train"), QStringLiteral("--model"), model, QStringLiteral("--workspace"), ws, QStringLiteral("--out"), out,
                           QStringLiteral("--fp32"), QStringLiteral("--max-steps"), QStringLiteral("2"), QStringLiteral("--batch-size"),
                           QStringLiteral("2"), QStringLiteral("--grad-accum"), QStringLiteral("1"), QStringLiteral("--dist-timeout"),
                           QStringLiteral("60"), QStringLiteral("--nproc"), QStringLiteral("2"), QStringLiteral("--json-progress")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("data-parallel: 2 ranks, global batch 4 pairs"), r.err.constData());
        QCOMPARE(r.err.count("registered in the workspace as model version"), qsizetype(1));
        QVERIFY2(r.out.contains("\"model_version_id\""), r.out.constData());  // for the studio watching the run
        QVERIFY2(r.out.contains("\"comparison_id\""), r.out.constData());     // rank 0 alone evaluated the tuned model
        ps::store::Workspace::OpenOptions o;
        o.create = false;
        o.instanceLock = false;
        auto opened = ps::store::Workspace::open(ws, o);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        auto runs = opened.value()->runs();
        QVERIFY(runs.ok());
        QCOMPARE(int(runs->size()), 1);  // one run, not one per rank
        QCOMPARE(runs->front().status, ps::store::RunStatus::Finished);
        QVERIFY(runs->front().outputModelVersionId.has_value());
    }

    void twoRankCheckpointResumesInOneProcess() {
        // The 2-rank run's checkpoint of step 8 (it keeps 8 and 12): rewind to it.
        const QString two = dir_.filePath(QStringLiteral("two")), out = dir_.filePath(QStringLiteral("rewound"));
        QVERIFY(QDir(two + QStringLiteral("/checkpoint-8")).exists());
        QDir().mkpath(out);
        for (const QString& f : {QStringLiteral("reference_logps.safetensors"), QStringLiteral("run_config.json")})
            QVERIFY(QFile::copy(two + QLatin1Char('/') + f, out + QLatin1Char('/') + f));
        QDir().mkpath(out + QStringLiteral("/checkpoint-8"));
        for (const QString& f : QDir(two + QStringLiteral("/checkpoint-8")).entryList(QDir::Files))
            QVERIFY(QFile::copy(two + QStringLiteral("/checkpoint-8/") + f, out + QStringLiteral("/checkpoint-8/") + f));
        QFile latest(out + QStringLiteral("/latest"));
        QVERIFY(latest.open(QIODevice::WriteOnly));
        latest.write("checkpoint-8");
        latest.close();
        // One process, 2 micro-batches of 2: the same global batch of 4.
        const Run resumed = run(trainArgs(out, 1));
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QVERIFY2(resumed.err.contains("resumed from checkpoint-8 (step 8)"), resumed.err.constData());
        QVERIFY2(resumed.err.contains("reference log-probs loaded from the run folder"), resumed.err.constData());
        QCOMPARE(int(trainRows(resumed.out).size()), kSteps);  // the history of steps 1-8, then 9-12
        QString worst;
        const QString straight = dir_.filePath(QStringLiteral("one"));
        const double d = relativeDifference(straight + QStringLiteral("/adapter/adapter_model.safetensors"),
                                            out + QStringLiteral("/adapter/adapter_model.safetensors"), &worst);
        QVERIFY2(d < 1e-5, qPrintable(QStringLiteral("resumed adapter differs by %1 (relative) at %2").arg(d).arg(worst)));
        qInfo("2-rank checkpoint resumed in 1 process vs uninterrupted 1-process run: adapter %.3g", d);
        // A different global batch is another run: refused, not silently continued.
        QStringList bigger = trainArgs(out, 1);
        bigger[bigger.indexOf(QStringLiteral("--grad-accum")) + 1] = QStringLiteral("4");
        const Run refused = run(bigger);
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains("different settings"), refused.err.constData());
    }

    void killedRankFailsTheRunCleanly() {
        // A long run: it cannot end before the kill, however fast the machine.
        const QString out = dir_.filePath(QStringLiteral("killed"));
        QProcess launcher;
        launcher.start(cliPath(), trainArgs(out, 2, 100000));
        QVERIFY(launcher.waitForStarted());
        // Rank 1 announces its pid; kill it once a checkpoint exists and training goes on.
        QByteArray err;
        qint64 rank1 = -1;
        QElapsedTimer t;
        t.start();
        while (launcher.state() == QProcess::Running && t.elapsed() < 120000) {
            launcher.waitForReadyRead(20);
            err += launcher.readAllStandardError();
            const auto m = QRegularExpression(QStringLiteral("\\[rank 1\\] rank 1 of 2 \\(pid (\\d+)\\)")).match(QString::fromUtf8(err));
            if (m.hasMatch()) rank1 = m.captured(1).toLongLong();
            if (rank1 > 0 && QFile::exists(out + QStringLiteral("/latest"))) break;  // a checkpoint is written, training goes on
        }
        QVERIFY2(rank1 > 0, err.constData());
        QVERIFY2(launcher.state() == QProcess::Running, "the run ended before a rank could be killed");
        QVERIFY(::kill(static_cast<pid_t>(rank1), SIGKILL) == 0);
        t.restart();
        QVERIFY2(launcher.waitForFinished(60000), "the surviving rank hung after its peer died");
        err += launcher.readAllStandardError();
        QVERIFY(t.elapsed() < 60000);
        qInfo("run failed %.2f s after rank 1 was killed", double(t.elapsed()) / 1e3);
        QVERIFY(launcher.exitCode() != 0);
        QVERIFY2(err.contains("rank 1 was killed or crashed"), err.constData());
        QVERIFY2(err.contains("lost contact with the other processes"), err.constData());  // rank 0's own error
        QVERIFY2(!err.contains("terminating the ranks still running"), err.constData());     // it stopped on its own
        // The checkpoint rank 0 wrote before the failure is complete and names itself in "latest".
        QFile latest(out + QStringLiteral("/latest"));
        QVERIFY(latest.open(QIODevice::ReadOnly));
        const QString name = QString::fromUtf8(latest.readAll()).trimmed();
        QVERIFY2(QFile::exists(out + QLatin1Char('/') + name + QStringLiteral("/trainer_state.json")), qPrintable(name));
        QVERIFY(QFile::exists(out + QLatin1Char('/') + name + QStringLiteral("/trainable.safetensors")));
    }

    void badEnvironmentIsAClearError() {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RANK"), QStringLiteral("2"));
        env.insert(QStringLiteral("WORLD_SIZE"), QStringLiteral("2"));
        env.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("MASTER_PORT"), QStringLiteral("29999"));
        p.setProcessEnvironment(env);
        p.start(cliPath(), trainArgs(dir_.filePath(QStringLiteral("bad")), 1));
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(p.readAllStandardError().contains("RANK must be a whole number from 0 to 1"), "RANK out of range not reported");
    }
};

QTEST_GUILESS_MAIN(TestCliDist)
#include "tst_cli_dist.moc"
