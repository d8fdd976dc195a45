#include "candidate_controller.h"

#include <QCoreApplication>
#include <QThread>

// ui/ stays LibTorch-free: the core headers used here must not pull LibTorch in.
#ifdef C10_MACROS_MACROS_H_
#error "ui/ must not include LibTorch headers"
#endif

namespace ps::ui {

CandidateController::CandidateController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<ps::gen::CandidateProgress>();
    qRegisterMetaType<ps::gen::PromptCandidates>();
    qRegisterMetaType<ps::ui::CandidateOutcome>();
}

CandidateController::~CandidateController() {
    if (!thread_) return;
    cancel_ = true;
    thread_->wait();
    delete thread_;
}

bool CandidateController::start(const gen::CandidateJobSpec& spec) {
    if (thread_) return false;
    cancel_ = false;
    // Everything the worker posts is delivered on this object's thread, in order;
    // events still queued when the controller is destroyed are dropped with it.
    auto post = [this](auto fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); };
    thread_ = QThread::create([this, spec, post] {
        gen::CandidateCallbacks cb;
        cb.cancel = &cancel_;
        cb.progress = [this, post](const gen::CandidateProgress& p) { post([this, p] { Q_EMIT progressChanged(p); }); };
        cb.promptDone = [this, post](const gen::PromptCandidates& p) { post([this, p] { Q_EMIT promptDone(p); }); };
        CandidateOutcome out;
        try {
            auto r = gen::runCandidateJob(spec, cb);
            if (!r) {
                out.error = r.error().toString();
            } else {
                out.report = r.value();
                out.cancelled = r->cancelled;
                out.ok = !r->cancelled;
            }
        } catch (const std::exception& e) {  // core should not throw; never lose the reason if it does
            out.error = QCoreApplication::translate("ps::ui::CandidateController", "generation stopped unexpectedly: %1").arg(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            out.error = QCoreApplication::translate("ps::ui::CandidateController", "generation stopped unexpectedly");
        }
        post([this, out] { onWorkerDone(out); });
    });
    thread_->setObjectName(QStringLiteral("ps-candidates"));
    thread_->start();
    return true;
}

void CandidateController::cancel() {
    if (thread_) cancel_ = true;
}

void CandidateController::onWorkerDone(const CandidateOutcome& outcome) {
    // Posted as the worker's last action: the thread is about to return.
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    Q_EMIT finished(outcome);
}

}  // namespace ps::ui
