#include "data_transfer.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QThread>

namespace ps::ui {

namespace {
// The worker's own connection to the workspace the studio holds open.
Result<std::unique_ptr<store::Workspace>> openForWorker(const QString& path) {
    store::Workspace::OpenOptions o;
    o.create = false;
    o.instanceLock = false;
    return store::Workspace::open(path, o);
}
}  // namespace

DataTransfer::DataTransfer(QObject* parent) : QObject(parent) { qRegisterMetaType<ps::ui::TransferOutcome>(); }

DataTransfer::~DataTransfer() {
    if (!thread_) return;
    cancel_ = true;
    thread_->wait();
    delete thread_;
}

bool DataTransfer::startImport(const QString& workspacePath, const QString& file, data::ImportOptions options) {
    if (thread_) return false;
    options.cancel = &cancel_;
    options.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progressChanged(done, total); }, Qt::QueuedConnection);
    };
    return startWorker([workspacePath, file, options] {
        TransferOutcome out;
        out.import = true;
        out.path = file;
        auto ws = openForWorker(workspacePath);
        auto r = ws ? data::importFile(*ws.value(), file, options) : Result<data::ImportReport>(ws.error());
        if (r) {
            out.ok = true;
            out.importReport = r.value();
        } else {
            out.cancelled = options.cancel->load();
            out.error = r.error().toString();
        }
        return out;
    });
}

bool DataTransfer::startExport(const QString& workspacePath, const QString& file, data::ExportOptions options) {
    if (thread_) return false;
    options.cancel = &cancel_;
    options.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progressChanged(done, total); }, Qt::QueuedConnection);
    };
    return startWorker([workspacePath, file, options] {
        TransferOutcome out;
        out.import = false;
        out.path = file;
        auto ws = openForWorker(workspacePath);
        auto r = ws ? data::exportPreferences(*ws.value(), file, options) : Result<data::ExportReport>(ws.error());
        if (r) {
            out.ok = true;
            out.exportReport = r.value();
        } else {
            out.cancelled = options.cancel->load();
            out.error = r.error().toString();
        }
        return out;
    });
}

bool DataTransfer::startWorker(std::function<TransferOutcome()> work) {
    cancel_ = false;
    thread_ = QThread::create([this, work] {
        TransferOutcome out;
        try {
            out = work();
        } catch (const std::exception& e) {
            out.error = QCoreApplication::translate("ps::ui::DataTransfer", "stopped unexpectedly: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        QMetaObject::invokeMethod(this, [this, out] { onWorkerDone(out); }, Qt::QueuedConnection);
    });
    thread_->setObjectName(QStringLiteral("ps-data-transfer"));
    thread_->start();
    return true;
}

void DataTransfer::cancel() {
    if (thread_) cancel_ = true;
}

void DataTransfer::onWorkerDone(const TransferOutcome& outcome) {
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    Q_EMIT finished(outcome);
}

}  // namespace ps::ui
