// tst_cli_train — `prefstudio train` and `prefstudio score` as processes:
// metrics lines, interrupt with SIGINT and resume, bad data, and scoring
// with a reference model.
#include "model/config.h"
#include "model/create_model.h"

#include "cli_process.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <random>

namespace {
using cli_test::cliPath;
using cli_test::Run;
using cli_test::run;

// Polite (40..49) vs rude (60..69) completions after random prompts.
void writePairs(const QString& path, int n) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    std::mt19937 rng(5);
    for (int i = 0; i < n; ++i) {
        QStringList p{QStringLiteral("1")}, c, r;
        for (int k = 0; k < 4; ++k) p << QString::number(100 + rng() % 100);
        for (int k = 0; k < 4; ++k) {
            c << QString::number(40 + rng() % 10);
            r << QString::number(60 + rng() % 10);
        }
        c << QStringLiteral("7");
        r << QStringLiteral("7");
        f.write(QStringLiteral("{\"prompt_ids\":[%1],\"chosen_ids\":[%2],\"rejected_ids\":[%3]}\n")
                    .arg(p.join(QLatin1Char(',')), c.join(QLatin1Char(',')), r.join(QLatin1Char(',')))
                    .toUtf8());
    }
}
}  // namespace

class TestCliTrain : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_, data_;

private Q_SLOTS:
    void initTestCase() {
        model_ = dir_.filePath(QStringLiteral("tiny"));
        data_ = dir_.filePath(QStringLiteral("pairs.jsonl"));
        QVERIFY(run({QStringLiteral("create-model"), QStringLiteral("--config"), QStringLiteral("tiny"), QStringLiteral("--out"), model_,
                     QStringLiteral("--dtype"), QStringLiteral("fp32")})
                    .code == 0);
        writePairs(data_, 32);
    }

    void trainsPrintsMetricsAndScoresHigher() {
        const QString out = dir_.filePath(QStringLiteral("run"));
        const Run r = run({QStringLiteral("train"), QStringLiteral("--model"), model_, QStringLiteral("--data"), data_, QStringLiteral("--out"),
                           out, QStringLiteral("--lr"), QStringLiteral("0.01"), QStringLiteral("--max-steps"), QStringLiteral("8"),
                           QStringLiteral("--batch-size"), QStringLiteral("4"), QStringLiteral("--grad-accum"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, r.err.constData());
        int trainRows = 0, evalRows = 0;
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.trimmed().isEmpty()) continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(!o.isEmpty(), line.constData());
            if (o.value(QStringLiteral("split")).toString() == QLatin1String("train")) {
                ++trainRows;
                for (const char* k : {"loss", "rewards/margins", "rewards/accuracies", "grad_norm", "learning_rate"})
                    QVERIFY2(o.contains(QLatin1String(k)), k);
            } else {
                ++evalRows;
                QVERIFY(o.contains(QStringLiteral("eval_loss")));
            }
        }
        QCOMPARE(trainRows, 8);
        QCOMPARE(evalRows, 1);
        QVERIFY(QFile::exists(out + QStringLiteral("/adapter/adapter_config.json")));
        QVERIFY(QFile::exists(out + QStringLiteral("/model/config.json")));
        const Run s = run({QStringLiteral("score"), out + QStringLiteral("/model"), QStringLiteral("--data"), data_, QStringLiteral("--ref"), model_});
        QVERIFY2(s.code == 0, s.err.constData());
        const QList<QByteArray> lines = s.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 33);
        const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
        QVERIFY2(summary.value(QStringLiteral("implicit_reward_accuracy")).toDouble() > 0.8, lines.last().constData());
    }

    void interruptedRunResumes() {
        const QString out = dir_.filePath(QStringLiteral("resume"));
        const QStringList args{QStringLiteral("train"), QStringLiteral("--model"), model_, QStringLiteral("--data"), data_, QStringLiteral("--out"), out,
                               QStringLiteral("--max-steps"), QStringLiteral("150"), QStringLiteral("--batch-size"), QStringLiteral("2"),
                               QStringLiteral("--grad-accum"), QStringLiteral("1"), QStringLiteral("--lr"), QStringLiteral("1e-3")};
        QProcess p;
        p.start(cliPath(), args);
        QVERIFY(p.waitForStarted());
        // Interrupt once training is under way.
        QByteArray err;
        while (!err.contains("step 5/150") && p.state() == QProcess::Running) {
            p.waitForReadyRead(1000);
            err += p.readAllStandardError();
        }
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains("run the same command again to resume"), err.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/latest")));
        const QString latest = QString::fromUtf8([&] {
            QFile f(out + QStringLiteral("/latest"));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        const int stoppedAt = latest.mid(11).toInt();
        QVERIFY(stoppedAt >= 5);
        const Run again = run(args);
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY2(again.err.contains(QStringLiteral("resumed from checkpoint-%1").arg(stoppedAt).toUtf8()), again.err.constData());
    }

    void reportsBadData() {
        const QString bad = dir_.filePath(QStringLiteral("bad.jsonl"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"prompt_ids\":[1,2],\"chosen_ids\":[3],\"rejected_ids\":[4]}\n{\"prompt_ids\":[1],\"chosen_ids\":[]}\n");
        f.close();
        const Run r = run({QStringLiteral("train"), QStringLiteral("--model"), model_, QStringLiteral("--data"), bad, QStringLiteral("--out"),
                           dir_.filePath(QStringLiteral("bad-run"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("line 2") && r.err.contains("chosen_ids"), r.err.constData());
        const Run u = run({QStringLiteral("train"), QStringLiteral("--model"), model_, QStringLiteral("--data"), data_, QStringLiteral("--out"),
                           dir_.filePath(QStringLiteral("bad-run")), QStringLiteral("--loss"), QStringLiteral("kto")});
        QCOMPARE(u.code, 1);
        QVERIFY2(u.err.contains("unknown loss 'kto'"), u.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "tst_cli_train.moc"
