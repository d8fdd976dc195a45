// workspace.cpp — opening a workspace (lock, connection, pragmas, migrations),
// transactions, prepared statements and settings. The other parts of the
// Workspace API live in workspace_content.cpp (prompts, models, generations,
// pairs, annotators), workspace_votes.cpp (votes, undo, queue, progress) and
// workspace_training.cpp (preference pairs, runs, metrics).
#include "store/workspace.h"

#include "store/migrations.h"
#include "store/sql_util.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QStorageInfo>

#include <QDateTime>
#include <QFile>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ps::store {

QString choiceName(Choice c) {
    switch (c) {
    case Choice::A: return QStringLiteral("a");
    case Choice::B: return QStringLiteral("b");
    case Choice::Tie: return QStringLiteral("tie");
    case Choice::BothBad: return QStringLiteral("both_bad");
    case Choice::Skip: return QStringLiteral("skip");
    }
    return {};
}

std::optional<Choice> choiceFromName(const QString& name) {
    for (Choice c : {Choice::A, Choice::B, Choice::Tie, Choice::BothBad, Choice::Skip})
        if (choiceName(c) == name) return c;
    return std::nullopt;
}

QString runStatusName(RunStatus s) {
    switch (s) {
    case RunStatus::Pending: return QStringLiteral("pending");
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Finished: return QStringLiteral("finished");
    case RunStatus::Failed: return QStringLiteral("failed");
    case RunStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<RunStatus> runStatusFromName(const QString& name) {
    for (RunStatus s : {RunStatus::Pending, RunStatus::Running, RunStatus::Finished, RunStatus::Failed, RunStatus::Cancelled})
        if (runStatusName(s) == name) return s;
    return std::nullopt;
}

namespace {

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("prefstudio-workspace-%1").arg(counter.fetch_add(1));
}

Error lockError(QLockFile& lock, const QString& path) {
    switch (lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        if (lock.getLockInfo(&pid, &host, &app))
            return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                         "the workspace is already open in another Prefstudio instance "
                                                         "(process %1 on %2); close it there first")
                                 .arg(pid)
                                 .arg(host),
                             path);
        return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                     "the workspace is already open in another Prefstudio instance; close it there first"),
                         path);
    }
    case QLockFile::PermissionError:
        return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                     "cannot create the lock file %1: permission denied (is the workspace folder read-only?)")
                             .arg(lock.fileName()),
                         path);
    default: {
        // QLockFile does not say why; a full disk is the common reason.
        const QStorageInfo disk(QFileInfo(lock.fileName()).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < 64 * 1024)
            return makeError(QCoreApplication::translate("ps::store::Workspace", "cannot create the lock file %1: the disk is full").arg(lock.fileName()),
                             path);
        return makeError(QCoreApplication::translate("ps::store::Workspace", "cannot create the lock file %1").arg(lock.fileName()), path);
    }
    }
}

// A lock file QLockFile cannot read was left by a process killed between
// creating the file and writing its pid into it; with stale-by-age disabled
// QLockFile would refuse it forever. It is stale when nobody holds its flock
// (QLockFile flocks its file while it holds it) and it is older than the few
// microseconds a live process needs from creating the file to locking it.
bool removeUnreadableStaleLock(QLockFile& lock) {
    qint64 pid = 0;
    QString host, app;
    if (lock.error() != QLockFile::LockFailedError || lock.getLockInfo(&pid, &host, &app)) return false;
    const QByteArray path = QFile::encodeName(lock.fileName());
    for (int waited = 0;; waited += 20) {
        struct stat st {};
        if (::stat(path.constData(), &st) != 0) return errno == ENOENT;  // gone meanwhile: retry
        const qint64 ageMs = QDateTime::currentMSecsSinceEpoch() - qint64(st.st_mtim.tv_sec) * 1000 - st.st_mtim.tv_nsec / 1000000;
        if (ageMs >= 100) break;
        if (waited >= 200) return false;
        QThread::msleep(20);
    }
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno == ENOENT;
    bool removed = false;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && !lock.getLockInfo(&pid, &host, &app)) removed = ::unlink(path.constData()) == 0;
    ::close(fd);
    return removed;
}

}  // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const OpenOptions& options) {
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.exists()) {
        if (!info.isFile()) return makeError(QCoreApplication::translate("ps::store::Workspace", "not a workspace file (a folder or a device)"), path);
        if (!info.isWritable())
            return makeError(QCoreApplication::translate("ps::store::Workspace", "the workspace file is read-only; Prefstudio needs to write to it"), path);
    } else if (!options.create) {
        return makeError(QCoreApplication::translate("ps::store::Workspace", "the workspace file does not exist"), path);
    }
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir()) return makeError(QCoreApplication::translate("ps::store::Workspace", "the folder %1 does not exist").arg(dir.filePath()), path);
    if (!dir.isWritable())
        return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                     "the folder %1 is read-only; SQLite keeps its journal files next to the workspace")
                             .arg(dir.filePath()),
                         path);

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->path_ = absolute;
    if (options.instanceLock) {
        auto lock = std::make_unique<QLockFile>(lockFilePath(absolute));
        // A lock of a live process is never stale however old it is; a lock
        // left by a killed process (its pid gone) is taken over at once.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0) && !(removeUnreadableStaleLock(*lock) && lock->tryLock(0))) return lockError(*lock, path);
        ws->lock_ = std::move(lock);
    }

    ws->connectionName_ = nextConnectionName();
    ws->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->connectionName_);
    if (!ws->db_.isValid())
        return makeError(QCoreApplication::translate("ps::store::Workspace", "the Qt SQLite driver (QSQLITE) is not available"), path);
    ws->db_.setDatabaseName(absolute);
    if (!ws->db_.open()) return sql::error(ws->db_.lastError(), QCoreApplication::translate("ps::store::Workspace", "opening the workspace")).within(path);
    Status s = ws->configureConnection(options.busyTimeoutMs);
    if (!s) return s.error().within(path);
    s = migrate(ws->db_);
    if (!s) return s.error().within(path);
    return ws;
}

Workspace::~Workspace() {
    statements_.clear();
    if (db_.isOpen()) db_.close();
    db_ = QSqlDatabase();
    if (!connectionName_.isEmpty()) QSqlDatabase::removeDatabase(connectionName_);
    // lock_ unlocks when destroyed, after the connection is closed.
}

// Durability: votes are the product's most valuable data, so every commit
// must survive not only a killed process but also a power cut or an OS
// crash. In WAL mode synchronous=NORMAL already survives a process kill (a
// committed transaction sits in the WAL file in the OS page cache), but a
// power loss can drop the last transactions; synchronous=FULL fsyncs the WAL
// at every commit, which closes that gap. The cost — one fsync per commit,
// a few ms — is invisible at human voting speed, and bulk imports are one
// transaction, i.e. one fsync.
Status Workspace::configureConnection(int busyTimeoutMs) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "configuring the workspace connection");
    // First the busy timeout, so that even the journal-mode switch waits for
    // another connection instead of failing.
    PS_TRY(sql::exec(db_, QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, busyTimeoutMs)), what));
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        if (sql::isNotADatabase(q.lastError()))
            return makeError(QCoreApplication::translate("ps::store::Workspace", "not a Prefstudio workspace (the file is not an SQLite database)"));
        return sql::error(q.lastError(), what);
    }
    if (!q.next() || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                     "cannot switch the workspace to write-ahead logging (is it on a network file system?)"));
    q.finish();
    PS_TRY(sql::exec(db_, QStringLiteral("PRAGMA synchronous = FULL"), what));
    PS_TRY(sql::exec(db_, QStringLiteral("PRAGMA foreign_keys = ON"), what));
    auto fk = sql::scalar(db_, QStringLiteral("PRAGMA foreign_keys"), what);
    if (!fk) return fk.error();
    if (fk->toInt() != 1) return makeError(QCoreApplication::translate("ps::store::Workspace", "this SQLite build cannot enforce foreign keys"));
    return {};
}

// --- transactions -----------------------------------------------------------

Result<Workspace::Transaction> Workspace::begin() {
    return beginLabeled(QCoreApplication::translate("ps::store::Workspace", "starting a transaction"));
}

// The outermost level is BEGIN IMMEDIATE: the write lock is taken up front
// (waiting up to the busy timeout), so a transaction never fails half-way
// because another connection wrote in between.
Result<Workspace::Transaction> Workspace::beginLabeled(const QString& what) {
    const int depth = txDepth_ + 1;
    const QString statement = depth == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ps_%1").arg(depth);
    PS_TRY(sql::exec(db_, statement, what));
    txDepth_ = depth;
    return Transaction(this, depth);
}

Status Workspace::finishTransaction(int depth, bool commit) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "committing a transaction");
    if (depth != txDepth_)
        return makeError(QCoreApplication::translate("ps::store::Workspace", "transactions must end in the reverse order of begin()"));
    txDepth_ = depth - 1;
    QSqlQuery q(db_);
    if (depth == 1) {
        if (commit && !q.exec(QStringLiteral("COMMIT"))) {
            const Error e = sql::error(q.lastError(), what);
            QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
            return e;
        }
        if (!commit) q.exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    const QString sp = QStringLiteral("ps_%1").arg(depth);
    if (commit) {
        if (!q.exec(QStringLiteral("RELEASE ") + sp)) return sql::error(q.lastError(), what);
        return {};
    }
    q.exec(QStringLiteral("ROLLBACK TO ") + sp);
    q.exec(QStringLiteral("RELEASE ") + sp);
    return {};
}

Workspace::Transaction::~Transaction() { rollback(); }

Status Workspace::Transaction::commit() {
    if (!ws_) return makeError(QCoreApplication::translate("ps::store::Workspace", "the transaction has already ended"));
    Workspace* ws = ws_;
    ws_ = nullptr;
    return ws->finishTransaction(depth_, true);
}

void Workspace::Transaction::rollback() {
    if (!ws_) return;
    Workspace* ws = ws_;
    ws_ = nullptr;
    (void)ws->finishTransaction(depth_, false);
}

Status Workspace::inTransaction(const QString& what, const std::function<Status()>& body) {
    auto tx = beginLabeled(what);
    if (!tx) return tx.error();
    Status s = body();
    if (!s) {
        tx->rollback();
        return s;
    }
    return tx->commit();
}

Result<QSqlQuery*> Workspace::prepared(const char* statement) {
    auto it = statements_.find(statement);
    if (it != statements_.end()) return it->second.get();
    auto q = std::make_unique<QSqlQuery>(db_);
    q->setForwardOnly(true);
    if (!q->prepare(QString::fromUtf8(statement)))
        return sql::error(q->lastError(), QCoreApplication::translate("ps::store::Workspace", "preparing a statement"));
    QSqlQuery* raw = q.get();
    statements_.emplace(statement, std::move(q));
    return raw;
}

// --- settings -----------------------------------------------------------------

Result<QString> Workspace::setting(const QString& key, const QString& defaultValue) {
    auto q = prepared("SELECT value FROM settings WHERE key = ?");
    if (!q) return q.error();
    sql::FinishGuard done{**q};
    sql::bind(**q, {key});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "reading setting '%1'").arg(key)));
    if (!(*q)->next()) return defaultValue;
    return (*q)->value(0).toString();
}

Status Workspace::setSetting(const QString& key, const QString& value) {
    auto q = prepared("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!q) return q.error();
    sql::bind(**q, {key, sql::text(value)});
    return sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "saving setting '%1'").arg(key));
}

}  // namespace ps::store
