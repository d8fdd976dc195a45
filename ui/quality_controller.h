// quality_controller.h — the Quality view's model: computes the workspace's
// quality report on a worker QThread that opens its own Workspace connection
// (instanceLock = false) on the same file, and hands progress and the result
// back as queued signals on the GUI thread. Cancel is an atomic flag. Not a widget.
#pragma once

#include "quality/quality_report.h"

#include <QMetaType>
#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace ps::ui {

class QualityController : public QObject {
    Q_OBJECT
public:
    explicit QualityController(QObject* parent = nullptr);
    // Cancels a running computation and waits for it.
    ~QualityController() override;

    bool isRunning() const { return thread_ != nullptr; }
    // Starts computing the report of the workspace file; false while one runs.
    bool start(const QString& workspacePath, const quality::QualityOptions& options);
    void cancel();

Q_SIGNALS:
    void progressChanged(int percent, const QString& stage);
    void finished(const ps::quality::QualityReport& report);
    // Failed or cancelled (then `cancelled` is true); the message is translated.
    void failed(const QString& message, bool cancelled);

private:
    QThread* thread_ = nullptr;
    std::atomic<bool> cancel_{false};
};

}  // namespace ps::ui

Q_DECLARE_METATYPE(ps::quality::QualityReport)
