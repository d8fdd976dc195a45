// quality_controller.cpp — the quality report on a worker thread (quality_controller.h).
#include "quality_controller.h"

#include "store/workspace.h"

#include <QThread>

namespace ps::ui {

QualityController::QualityController(QObject* parent) : QObject(parent) { qRegisterMetaType<ps::quality::QualityReport>(); }

QualityController::~QualityController() {
    if (!thread_) return;
    cancel_ = true;
    thread_->wait();
    delete thread_;
}

bool QualityController::start(const QString& workspacePath, const quality::QualityOptions& options) {
    if (thread_) return false;
    cancel_ = false;
    // Everything the worker posts runs on this object's thread, in order; what
    // is still queued when the controller is destroyed is dropped with it.
    auto post = [this](auto fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); };
    thread_ = QThread::create([this, workspacePath, options, post] {
        quality::QualityCallbacks cb;
        cb.cancel = &cancel_;
        int lastPercent = -1;
        cb.progress = [&](const quality::QualityProgress& p) {
            if (p.percent == lastPercent) return;  // one event per percent is plenty for a progress bar
            lastPercent = p.percent;
            post([this, p] { Q_EMIT progressChanged(p.percent, p.stage); });
        };
        store::Workspace::OpenOptions o;
        o.create = false;
        o.instanceLock = false;  // the GUI thread's connection holds the instance lock
        Result<quality::QualityReport> result = [&]() -> Result<quality::QualityReport> {
            auto ws = store::Workspace::open(workspacePath, o);
            if (!ws) return ws.error();
            return quality::computeQualityReport(**ws, options, cb);
        }();
        const bool cancelled = cancel_.load();
        post([this, result = std::move(result), cancelled] {
            thread_->wait();  // posted as the worker's last action
            delete thread_;
            thread_ = nullptr;
            if (result.ok() && !cancelled)
                Q_EMIT finished(result.value());
            else
                Q_EMIT failed(result.ok() ? QString() : result.error().toString(), cancelled);
        });
    });
    thread_->setObjectName(QStringLiteral("ps-quality"));
    thread_->start();
    return true;
}

void QualityController::cancel() {
    if (thread_) cancel_ = true;
}

}  // namespace ps::ui
