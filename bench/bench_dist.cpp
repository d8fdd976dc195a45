// bench_dist — data-parallel scaling on this machine: the same DPO run (same
// global batch) as 1 process × 1 thread, 1 process × 2 threads, and 2 processes
// × 1 thread over c10d/Gloo on 127.0.0.1 (gradients summed after backward, and
// overlapped with backward). Runs the real `prefstudio train` and times its
// steps from its JSON progress lines; communication time per step is rank 0's
// wall time inside collectives (it includes waiting for the slower rank).
// Caveat printed with the figures: 2 processes on a 2-core machine share the
// cores with each other (and with anything else running), so this measures
// the overhead of the distributed path more than a speed-up.
//
//   bench_dist [--cli PATH] [--config small|tiny|350m|...] [--steps N] [--pairs-per-step N] [--tokens N]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace {

struct Figures {
    double secondsPerStep = 0, tokensPerSecond = 0, commPerStep = 0;
    bool ok = false;
    QByteArray err;
};

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

Figures runOnce(const QString& cli, const QStringList& args, const QProcessEnvironment& env) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cli, args);
    Figures f;
    if (!p.waitForStarted()) return f;
    QElapsedTimer clock;
    clock.start();
    QByteArray buf;
    std::vector<double> stepAt, comm, tps;
    auto consume = [&] {
        buf += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
            const QJsonObject o = QJsonDocument::fromJson(buf.left(nl)).object();
            buf.remove(0, nl + 1);
            if (o.value(QStringLiteral("progress")).toString() == QLatin1String("train")) stepAt.push_back(clock.elapsed() / 1000.0);
            if (o.value(QStringLiteral("split")).toString() == QLatin1String("train")) {
                if (o.contains(QStringLiteral("comm_seconds"))) comm.push_back(o.value(QStringLiteral("comm_seconds")).toDouble());
                tps.push_back(o.value(QStringLiteral("tokens_per_second")).toDouble());
            }
        }
    };
    while (!p.waitForFinished(50)) consume();
    consume();
    f.err = p.readAllStandardError();
    f.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && stepAt.size() >= 4;
    // Step intervals after the first two steps (warm-up: allocator, first collectives).
    std::vector<double> dt;
    for (size_t i = 3; i < stepAt.size(); ++i) dt.push_back(stepAt[i] - stepAt[i - 1]);
    f.secondsPerStep = median(dt);
    if (comm.size() > 2) comm.erase(comm.begin(), comm.begin() + 2);
    f.commPerStep = median(comm);
    f.tokensPerSecond = tps.empty() ? 0 : tps.back();
    return f;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("cli"), QStringLiteral("prefstudio executable"), QStringLiteral("path"),
                 QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/prefstudio"))});
    p.addOption({QStringLiteral("config"), QStringLiteral("create-model config"), QStringLiteral("name"), QStringLiteral("small")});
    p.addOption({QStringLiteral("steps"), QStringLiteral("optimizer steps per run"), QStringLiteral("n"), QStringLiteral("12")});
    p.addOption({QStringLiteral("pairs-per-step"), QStringLiteral("global batch (pairs), even"), QStringLiteral("n"), QStringLiteral("8")});
    p.addOption({QStringLiteral("tokens"), QStringLiteral("prompt tokens per pair (completions: half each)"), QStringLiteral("n"), QStringLiteral("96")});
    p.addOption({QStringLiteral("full"), QStringLiteral("full fine-tuning (default LoRA)")});
    p.process(app);
    const QString cli = p.value(QStringLiteral("cli"));
    const int steps = p.value(QStringLiteral("steps")).toInt();
    const int global = std::max(2, p.value(QStringLiteral("pairs-per-step")).toInt() / 2 * 2);
    const int tokens = p.value(QStringLiteral("tokens")).toInt();

    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("model")), data = dir.filePath(QStringLiteral("pairs.jsonl"));
    QProcess mk;
    mk.start(cli, {QStringLiteral("create-model"), QStringLiteral("--config"), p.value(QStringLiteral("config")), QStringLiteral("--out"), model});
    if (!mk.waitForFinished(600000) || mk.exitCode() != 0) {
        std::fprintf(stderr, "create-model failed: %s\n", mk.readAllStandardError().constData());
        return 1;
    }
    {
        QFile f(data);
        f.open(QIODevice::WriteOnly);
        std::mt19937 rng(3);
        for (int i = 0; i < global * steps + global; ++i) {
            auto ids = [&](int n) {
                QStringList s;
                for (int k = 0; k < n; ++k) s << QString::number(10 + rng() % 200);
                return s.join(QLatin1Char(','));
            };
            f.write(QStringLiteral("{\"prompt_ids\":[1,%1],\"chosen_ids\":[%2],\"rejected_ids\":[%3]}\n")
                        .arg(ids(tokens), ids(tokens / 2), ids(tokens / 2))
                        .toUtf8());
        }
    }
    const int cores = QThread::idealThreadCount();
    std::printf("bench_dist: %s model, global batch %d pairs x %d prompt tokens, %d steps, %d cores%s\n",
                qPrintable(p.value(QStringLiteral("config"))), global, tokens, steps, cores, p.isSet(QStringLiteral("full")) ? ", full fine-tuning" : ", LoRA");
    std::printf("caveat: the ranks share this machine's %d cores (and with other jobs); figures are noisy, compare ratios within one run\n\n", cores);

    struct Case {
        const char* name;
        int nproc, threads;
        const char* overlap;
    };
    const Case cases[] = {{"1 process x 1 thread", 1, 1, "1"},
                          {"1 process x 2 threads", 1, 2, "1"},
                          {"2 processes x 1 thread, all-reduce after backward", 2, 1, "0"},
                          {"2 processes x 1 thread, all-reduce overlapped", 2, 1, "1"}};
    std::printf("%-52s %10s %10s %12s %10s\n", "configuration", "s/step", "tok/s", "comm s/step", "speed-up");
    double base = 0;
    int run = 0;
    for (const Case& c : cases) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"PREFSTUDIO_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"}) env.insert(QLatin1String(v), QString::number(c.threads));
        env.insert(QStringLiteral("PS_DIST_OVERLAP"), QLatin1String(c.overlap));
        QStringList args{QStringLiteral("train"),       QStringLiteral("--model"), model, QStringLiteral("--data"), data,
                         QStringLiteral("--out"),       dir.filePath(QStringLiteral("run%1").arg(run++)),
                         QStringLiteral("--max-steps"), QString::number(steps), QStringLiteral("--batch-size"), QString::number(global / c.nproc),
                         QStringLiteral("--grad-accum"), QStringLiteral("1"), QStringLiteral("--json-progress")};
        if (p.isSet(QStringLiteral("full"))) args << QStringLiteral("--full");
        if (c.nproc > 1) args << QStringLiteral("--nproc") << QString::number(c.nproc);
        const Figures f = runOnce(cli, args, env);
        if (!f.ok) {
            std::printf("%-52s failed:\n%s\n", c.name, f.err.constData());
            continue;
        }
        if (base == 0) base = f.secondsPerStep;
        std::printf("%-52s %10.3f %10.1f %12s %9.2fx\n", c.name, f.secondsPerStep, f.tokensPerSecond,
                    c.nproc > 1 ? qPrintable(QString::number(f.commPerStep, 'f', 4)) : "-", base / f.secondsPerStep);
        std::fflush(stdout);
    }
    std::printf("\nscaling efficiency of 2 processes = speed-up / 2; 1 process x 2 threads is the in-process alternative on the same cores\n");
    return 0;
}
