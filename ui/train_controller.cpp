#include "train_controller.h"

#include "run_folder.h"

#include <QCoreApplication>
#include <QThread>

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
    if (!thread_) return;
    cancel_ = true;
    thread_->wait();  // the trainer stops after the current step and saves a checkpoint
    delete thread_;
}

bool TrainController::start(const train::TrainJobSpec& spec) {
    if (thread_) return false;
    cancel_ = false;
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
}

void TrainController::onWorkerDone(const TrainOutcome& outcome) {
    // Posted as the worker's last action: the thread is about to return.
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    Q_EMIT finished(outcome);
}

}  // namespace ps::ui
