// train_controller.h — the Train view's model: runs ps::train::runTrainJob on
// a worker QThread and turns its callbacks into queued Qt signals, all emitted
// on the controller's (GUI) thread. With more than one process it runs
// `prefstudio train --nproc N --json-progress` as a QProcess instead (data-
// parallel over c10d; --data, or --workspace read by every rank and recorded
// by rank 0) and turns its JSON lines into the same signals. The worker never touches a QObject of the
// GUI; the only shared state is the atomic cancel flag. Not a widget.
#pragma once

#include "train/dpo_trainer.h"
#include "train/train_job.h"

#include <QMetaType>
#include <QObject>
#include <atomic>
#include <memory>

class QProcess;
class QThread;

namespace ps::ui {

// How a run ended; exactly one of ok / cancelled / !error.isEmpty() describes it.
struct TrainOutcome {
    bool ok = false;         // trained to the end and exported
    bool cancelled = false;  // stopped by cancel(); a checkpoint allows resuming
    QString error;           // the error that stopped the run (translated)
    QString runDir;
    QString modelDir;        // exported Hugging Face folder (ok only)
    QString adapterDir;      // exported PEFT folder (LoRA runs, ok only)
    QString checkpointDir;   // last checkpoint written
    int64_t steps = 0, totalSteps = 0, resumedFrom = 0;
    int64_t trainPairs = 0, evalPairs = 0;
    qint64 modelVersionId = 0;  // the export's model version in the workspace (workspace runs), else 0
    qint64 comparisonId = 0;    // its before/after comparison with the base (continuous evaluation), else 0
    QString evaluationError;    // why that evaluation failed, if it did
    QStringList safetyRegressions;  // red-team categories where the tuned model does worse than its base
};

class TrainController : public QObject {
    Q_OBJECT
public:
    explicit TrainController(QObject* parent = nullptr);
    // Asks a running job to stop and waits for it (it saves a checkpoint first).
    ~TrainController() override;

    bool isRunning() const { return thread_ != nullptr || process_ != nullptr; }
    // Processes for the next start(): 1 trains on a thread of this process;
    // N > 1 launches N data-parallel ranks (same global batch per rank count × batch × accumulation).
    void setProcesses(int n) { processes_ = n < 1 ? 1 : n; }
    int processes() const { return processes_; }
    // Starts the job on a worker thread; false (and nothing started) while one runs.
    // The worker first records the job's inputs in the run folder (studio_job.json).
    bool start(const train::TrainJobSpec& spec);
    // Asks the running job to stop after the current optimizer step; it saves
    // a checkpoint so that starting the same run folder again resumes.
    void cancel();
    bool cancelRequested() const { return cancel_.load(); }

Q_SIGNALS:
    void started(const QString& runDir);
    void progressChanged(const ps::train::TrainProgress& progress);
    void metricsReceived(const ps::train::MetricRow& row);
    void logLine(const QString& line);
    void finished(const ps::ui::TrainOutcome& outcome);

private:
    void onWorkerDone(const TrainOutcome& outcome);
    bool startProcesses(const train::TrainJobSpec& spec);
    void readProcessOutput(bool all);
    void onProcessFinished();

    QThread* thread_ = nullptr;
    QProcess* process_ = nullptr;
    int processes_ = 1;
    QByteArray outBuf_, errBuf_;
    QString lastError_;
    TrainOutcome processOutcome_;
    std::atomic<bool> cancel_{false};
};

}  // namespace ps::ui

Q_DECLARE_METATYPE(ps::train::TrainProgress)
Q_DECLARE_METATYPE(ps::train::MetricRow)
Q_DECLARE_METATYPE(ps::ui::TrainOutcome)
