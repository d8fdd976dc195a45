// data_transfer.h — imports a preference/prompt file into a workspace, or
// exports its preferences, on a worker QThread with its own workspace
// connection (core/data importer and exporter: all or nothing, errors with
// line numbers), reporting progress as queued signals on the GUI thread.
// Not a widget.
#pragma once

#include "data/exporter.h"
#include "data/importer.h"

#include <QMetaType>
#include <QObject>
#include <atomic>
#include <functional>

class QThread;

namespace ps::ui {

struct TransferOutcome {
    bool import = true;  // else an export
    bool ok = false;
    bool cancelled = false;
    QString error;  // translated; names the line for a bad record
    QString path;
    data::ImportReport importReport;
    data::ExportReport exportReport;
};

class DataTransfer : public QObject {
    Q_OBJECT
public:
    explicit DataTransfer(QObject* parent = nullptr);
    // Cancels a running transfer and waits (nothing is half-imported or half-written).
    ~DataTransfer() override;

    bool isRunning() const { return thread_ != nullptr; }
    // false (and nothing started) while a transfer runs. Progress and cancel
    // fields of the options are set here.
    bool startImport(const QString& workspacePath, const QString& file, data::ImportOptions options = {});
    bool startExport(const QString& workspacePath, const QString& file, data::ExportOptions options = {});
    void cancel();

Q_SIGNALS:
    // done/total: bytes for an import, pairs for an export.
    void progressChanged(qint64 done, qint64 total);
    void finished(const ps::ui::TransferOutcome& outcome);

private:
    bool startWorker(std::function<TransferOutcome()> work);
    void onWorkerDone(const TransferOutcome& outcome);

    QThread* thread_ = nullptr;
    std::atomic<bool> cancel_{false};
};

}  // namespace ps::ui

Q_DECLARE_METATYPE(ps::ui::TransferOutcome)
