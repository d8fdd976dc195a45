#include "util/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace ps {

namespace {
QString errnoText(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

}  // namespace

AtomicFile::AtomicFile(QString path) : path_(std::move(path)) {
    tmpPath_ = path_ + QStringLiteral(".tmp-%1").arg(::getpid());
}

AtomicFile::~AtomicFile() {
    if (!committed_) abort();
}

// Temp files of writers that were killed (their pid is gone) are removed, so
// repeated crashes do not pile up "<file>.tmp-<pid>" next to the target.
static void removeStaleTempFiles(const QString& path) {
    const QFileInfo target(path);
    const QString prefix = target.fileName() + QStringLiteral(".tmp-");
    const QDir dir = target.absoluteDir();
    for (const QString& name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == ::getpid()) continue;
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) ::unlink(QFile::encodeName(dir.filePath(name)).constData());
    }
}

Status AtomicFile::open() {
    removeStaleTempFiles(path_);
    const QByteArray tmp = QFile::encodeName(tmpPath_);
    fd_ = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd_ < 0)
        return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot create file: %1").arg(errnoText(errno)), tmpPath_);
    return {};
}

Status AtomicFile::write(const void* data, size_t size) {
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd_, p, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            abort();
            if (err == ENOSPC || err == EDQUOT || err == EFBIG)
                return makeError(QCoreApplication::translate("ps::AtomicFile", "the disk is full (%1); the previous file, if any, is unchanged")
                                     .arg(errnoText(err)),
                                 path_);
            return makeError(QCoreApplication::translate("ps::AtomicFile", "write failed: %1").arg(errnoText(err)), path_);
        }
        p += n;
        size -= static_cast<size_t>(n);
    }
    return {};
}

Status AtomicFile::commit() {
    if (fd_ < 0) return makeError(QCoreApplication::translate("ps::AtomicFile", "file is not open"), path_);
    if (::fsync(fd_) != 0) {
        const int err = errno;
        abort();
        return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot flush to disk: %1").arg(errnoText(err)), path_);
    }
    ::close(fd_);
    fd_ = -1;
    if (::rename(QFile::encodeName(tmpPath_).constData(), QFile::encodeName(path_).constData()) != 0) {
        const int err = errno;
        abort();
        return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot rename into place: %1").arg(errnoText(err)), path_);
    }
    committed_ = true;
    const QByteArray dir = QFile::encodeName(QFileInfo(path_).absolutePath());
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {};
}

void AtomicFile::abort() {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (!committed_) ::unlink(QFile::encodeName(tmpPath_).constData());
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes) {
    AtomicFile f(path);
    PS_TRY(f.open());
    PS_TRY(f.write(bytes.constData(), static_cast<size_t>(bytes.size())));
    return f.commit();
}

}  // namespace ps
