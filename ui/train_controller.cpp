#include "train_controller.h"

#include "run_folder.h"
#include "util/atomic_file.h"
#include "util/safe_name.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <csignal>

// ui/ stays LibTorch-free: the core headers used here must not pull LibTorch in.
#ifdef C10_MACROS_MACROS_H_
#error "ui/ must not include LibTorch headers (check core/train headers used by the Train view)"
#endif

namespace ps::ui {

TrainController::TrainController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<ps::train::TrainProgress>();
    qRegisterMetaType<ps::train::MetricRow>();
    qRegisterMetaType<ps::ui::TrainOutcome>();
}

TrainController::~TrainController() {
    if (process_) {
        // The ranks stop together after the current step and save a checkpoint.
        ::kill(static_cast<pid_t>(process_->processId()), SIGINT);
        if (!process_->waitForFinished(60000)) process_->kill();
        process_->waitForFinished(5000);
        delete process_;
        process_ = nullptr;
    }
    if (!thread_) return;
    cancel_ = true;
    thread_->wait();  // the trainer stops after the current step and saves a checkpoint
    delete thread_;
}

bool TrainController::start(const train::TrainJobSpec& spec) {
    if (isRunning()) return false;
    cancel_ = false;
    if (processes_ > 1) return startProcesses(spec);
    // Everything the worker posts is delivered on this object's thread, in order;
    // events still queued when the controller is destroyed are dropped with it.
    auto post = [this](auto fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); };
    thread_ = QThread::create([this, spec, post] {
        train::TrainCallbacks cb;
        cb.cancel = &cancel_;
        cb.progress = [this, post](const train::TrainProgress& p) { post([this, p] { Q_EMIT progressChanged(p); }); };
        cb.metrics = [this, post](const train::MetricRow& r) { post([this, r] { Q_EMIT metricsReceived(r); }); };
        cb.log = [this, post](const QString& s) { post([this, s] { Q_EMIT logLine(s); }); };
        TrainOutcome out;
        out.runDir = spec.runDir;
        try {
            // The studio's note of the job's inputs, so the run list can load them again.
            const Status noted = writeJobFile(spec.runDir, spec.baseModelDir, spec.dataPath, spec.workspacePath);
            auto jr = noted ? train::runTrainJob(spec, cb) : Result<train::TrainJobResult>(noted.error());
            if (!jr) {
                out.error = jr.error().toString();
            } else {
                const train::TrainResult* r = &jr->train;
                out.modelVersionId = jr->modelVersionId.value_or(0);
                out.comparisonId = jr->comparisonId.value_or(0);
                out.evaluationError = jr->evaluationError;
                out.safetyRegressions = jr->safetyRegressions;
                out.ok = !r->cancelled;
                out.cancelled = r->cancelled;
                out.modelDir = r->modelDir;
                out.adapterDir = r->adapterDir;
                out.checkpointDir = r->checkpointDir;
                out.steps = r->steps;
                out.totalSteps = r->totalSteps;
                out.resumedFrom = r->resumedFrom;
                out.trainPairs = r->trainPairs;
                out.evalPairs = r->evalPairs;
            }
        } catch (const std::exception& e) {  // core should not throw; never lose the reason if it does
            out.error = QCoreApplication::translate("ps::ui::TrainController", "training stopped unexpectedly: %1")
                            .arg(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            out.error = QCoreApplication::translate("ps::ui::TrainController", "training stopped unexpectedly");
        }
        post([this, out] { onWorkerDone(out); });
    });
    thread_->setObjectName(QStringLiteral("ps-train"));
    thread_->start();
    Q_EMIT started(spec.runDir);
    return true;
}

void TrainController::cancel() {
    if (thread_) cancel_ = true;
    if (process_ && !cancel_.exchange(true)) ::kill(static_cast<pid_t>(process_->processId()), SIGINT);
}

// ---- Data-parallel runs: `prefstudio train --nproc N` as a child process.

bool TrainController::startProcesses(const train::TrainJobSpec& spec) {
    processOutcome_ = TrainOutcome();
    processOutcome_.runDir = spec.runDir;
    lastError_.clear();
    outBuf_.clear();
    errBuf_.clear();
    // The settings travel as the run's JSON config (TRL names), read back by the CLI.
    const QString configPath = QDir(spec.runDir).filePath(QStringLiteral("studio_dist_config.json"));
    Status noted = QDir().mkpath(spec.runDir) ? writeJobFile(spec.runDir, spec.baseModelDir, spec.dataPath, spec.workspacePath)
                                              : Status(makeError(QCoreApplication::translate("ps::ui::TrainController", "cannot create the run folder"), spec.runDir));
    // Atomically: a studio killed here never leaves half a settings file that a resumed run would read.
    if (noted) {
        if (Status w = writeFileAtomically(configPath, QJsonDocument(spec.config.toJson()).toJson()); !w)
            noted = w.error().within(QCoreApplication::translate("ps::ui::TrainController", "cannot write the run settings"));
    }
    Q_EMIT started(spec.runDir);
    if (!noted) {
        TrainOutcome out = processOutcome_;
        out.error = noted.error().toString();
        QMetaObject::invokeMethod(this, [this, out] { Q_EMIT finished(out); }, Qt::QueuedConnection);
        return true;
    }
    // The CLI is this executable in the studio; tests name it with PREFSTUDIO_CLI.
    QString cli = qEnvironmentVariable("PREFSTUDIO_CLI");
    if (cli.isEmpty()) cli = QCoreApplication::applicationFilePath();
    process_ = new QProcess(this);
    connect(process_, &QProcess::readyReadStandardOutput, this, [this] { readProcessOutput(false); });
    connect(process_, &QProcess::readyReadStandardError, this, [this] { readProcessOutput(false); });
    connect(process_, &QProcess::finished, this, &TrainController::onProcessFinished);
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) onProcessFinished();
    });
    // Workspace votes: every rank reads the workspace file (this machine), rank 0 records the run there.
    const bool fromWorkspace = !spec.workspacePath.isEmpty();
    process_->start(cli, {QStringLiteral("train"), QStringLiteral("--nproc"), QString::number(processes_), QStringLiteral("--json-progress"),
                          QStringLiteral("--model"), spec.baseModelDir,
                          fromWorkspace ? QStringLiteral("--workspace") : QStringLiteral("--data"),
                          fromWorkspace ? spec.workspacePath : spec.dataPath, QStringLiteral("--out"), spec.runDir,
                          QStringLiteral("--config"), configPath});
    return true;
}

void TrainController::readProcessOutput(bool all) {
    if (!process_) return;
    outBuf_ += process_->readAllStandardOutput();
    errBuf_ += process_->readAllStandardError();
    auto lines = [all](QByteArray& buf) {
        QList<QByteArray> done;
        qsizetype nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
            done << buf.left(nl);
            buf.remove(0, nl + 1);
        }
        if (all && !buf.isEmpty()) done << std::exchange(buf, QByteArray());
        return done;
    };
    // stdout: rank 0's JSON lines: {"progress": phase, ...} or TRL metrics {"step", "split", ...}.
    for (const QByteArray& line : lines(outBuf_)) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("progress"))) {
            train::TrainProgress p;
            p.phase = o.value(QStringLiteral("progress")).toString();
            p.done = static_cast<int64_t>(o.value(QStringLiteral("done")).toDouble());
            p.total = static_cast<int64_t>(o.value(QStringLiteral("total")).toDouble());
            p.epoch = o.value(QStringLiteral("epoch")).toDouble();
            p.tokensPerSecond = o.value(QStringLiteral("tokens_per_second")).toDouble();
            p.etaSeconds = o.value(QStringLiteral("eta_seconds")).toDouble(-1);
            p.rssBytes = static_cast<int64_t>(o.value(QStringLiteral("rss_bytes")).toDouble());
            p.peakRssBytes = static_cast<int64_t>(o.value(QStringLiteral("peak_rss_bytes")).toDouble());
            if (p.phase == QLatin1String("train")) {
                processOutcome_.steps = p.done;
                processOutcome_.totalSteps = p.total;
            }
            Q_EMIT progressChanged(p);
        } else if (o.contains(QStringLiteral("model_version_id"))) {
            // A workspace run: the export's model version and its continuous evaluation, recorded by rank 0.
            processOutcome_.modelVersionId = static_cast<qint64>(o.value(QStringLiteral("model_version_id")).toDouble());
            processOutcome_.comparisonId = static_cast<qint64>(o.value(QStringLiteral("comparison_id")).toDouble());
            processOutcome_.evaluationError = o.value(QStringLiteral("evaluation_error")).toString();
            for (const QJsonValue& c : o.value(QStringLiteral("safety_regressions")).toArray()) processOutcome_.safetyRegressions << c.toString();
        } else if (o.contains(QStringLiteral("split"))) {
            train::MetricRow r;
            r.step = static_cast<int64_t>(o.value(QStringLiteral("step")).toDouble());
            r.split = o.value(QStringLiteral("split")).toString();
            const bool eval = r.split == QLatin1String("eval");
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == QLatin1String("step") || it.key() == QLatin1String("split")) continue;
                QString key = it.key();
                if (eval && key.startsWith(QLatin1String("eval_"))) key = key.mid(5);
                r.values[key] = it->toDouble();
            }
            Q_EMIT metricsReceived(r);
        }
    }
    // stderr: messages of all ranks (others prefixed "[rank N]"); the last error explains a failure.
    for (const QByteArray& raw : lines(errBuf_)) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty()) continue;
        if (line.contains(QLatin1String("error: ")) && lastError_.isEmpty()) lastError_ = line;
        Q_EMIT logLine(line);
    }
}

void TrainController::onProcessFinished() {
    if (!process_) return;
    readProcessOutput(true);
    TrainOutcome out = processOutcome_;
    const int code = process_->exitStatus() == QProcess::NormalExit ? process_->exitCode() : -1;
    if (process_->error() == QProcess::FailedToStart) {
        out.error = QCoreApplication::translate("ps::ui::TrainController", "cannot start '%1': %2").arg(process_->program(), process_->errorString());
    } else if (code == 0) {
        out.ok = true;
        const QDir run(out.runDir);
        out.modelDir = run.filePath(QStringLiteral("model"));
        if (run.exists(QStringLiteral("adapter"))) out.adapterDir = run.filePath(QStringLiteral("adapter"));
    } else if (code == 130) {
        out.cancelled = true;
    } else {
        out.error = lastError_.isEmpty()
                        ? QCoreApplication::translate("ps::ui::TrainController", "the training processes failed (exit code %1)").arg(code)
                        : lastError_;
    }
    QFile latest(QDir(out.runDir).filePath(QStringLiteral("latest")));
    if (latest.open(QIODevice::ReadOnly)) {
        // Only a checkpoint folder inside the run folder (safe_name.h).
        if (auto dir = childPath(out.runDir, QString::fromUtf8(latest.read(4096)).trimmed())) out.checkpointDir = dir.value();
    }
    process_->deleteLater();
    process_ = nullptr;
    Q_EMIT finished(out);
}

void TrainController::onWorkerDone(const TrainOutcome& outcome) {
    // Posted as the worker's last action: the thread is about to return.
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    Q_EMIT finished(outcome);
}

}  // namespace ps::ui
