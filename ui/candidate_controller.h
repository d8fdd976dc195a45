// candidate_controller.h — runs ps::gen::runCandidateJob on a worker QThread
// and turns its callbacks into queued Qt signals, all emitted on the
// controller's (GUI) thread. The worker opens its own workspace connection;
// the only shared state is the atomic cancel flag. Not a widget.
#pragma once

#include "gen/candidate_job.h"

#include <QMetaType>
#include <QObject>
#include <atomic>

class QThread;

namespace ps::ui {

struct CandidateOutcome {
    bool ok = false;         // ran to the end
    bool cancelled = false;  // stopped by cancel(); finished prompts are kept
    QString error;           // what stopped the job (translated)
    gen::CandidateJobReport report;
};

class CandidateController : public QObject {
    Q_OBJECT
public:
    explicit CandidateController(QObject* parent = nullptr);
    // Cancels a running job and waits for it (it stops within one token).
    ~CandidateController() override;

    bool isRunning() const { return thread_ != nullptr; }
    // false (and nothing started) while a job runs.
    bool start(const gen::CandidateJobSpec& spec);
    void cancel();

Q_SIGNALS:
    void progressChanged(const ps::gen::CandidateProgress& progress);
    void promptDone(const ps::gen::PromptCandidates& prompt);
    void finished(const ps::ui::CandidateOutcome& outcome);

private:
    void onWorkerDone(const CandidateOutcome& outcome);

    QThread* thread_ = nullptr;
    std::atomic<bool> cancel_{false};
};

}  // namespace ps::ui

Q_DECLARE_METATYPE(ps::gen::CandidateProgress)
Q_DECLARE_METATYPE(ps::gen::PromptCandidates)
Q_DECLARE_METATYPE(ps::ui::CandidateOutcome)
