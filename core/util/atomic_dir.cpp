#include "util/atomic_dir.h"

#include "util/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

namespace ps {

namespace {
QString errnoText(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

// fsync of a file or folder; folders make renames and new entries durable.
Status syncPath(const QString& path, bool directory) {
    const QByteArray p = QFile::encodeName(path);
    const int fd = ::open(p.constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot open for flushing: %1").arg(errnoText(errno)), path);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    // Some file systems cannot fsync a folder (EINVAL); the data itself is synced.
    if (rc != 0 && !(directory && (err == EINVAL || err == EROFS)))
        return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot flush to disk: %1").arg(errnoText(err)), path);
    return {};
}
}  // namespace

QString stagingPath(const QString& finalPath) {
    QString p = QDir::cleanPath(finalPath);
    return p + QStringLiteral(".partial");
}

Status prepareStaging(const QString& stagingDir) {
    QDir(stagingDir).removeRecursively();
    if (!QDir().mkpath(stagingDir))
        return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot create folder"), stagingDir);
    return {};
}

Status publishDirectory(const QString& stagingDir, const QString& finalPath) {
    const QDir staged(stagingDir);
    for (const QFileInfo& fi : staged.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
        PS_TRY(syncPath(fi.absoluteFilePath(), fi.isDir()));
    PS_TRY(syncPath(stagingDir, true));
    const QByteArray from = QFile::encodeName(stagingDir), to = QFile::encodeName(finalPath);
    if (QFileInfo::exists(finalPath)) {
        // Swap: the destination is always a complete folder, old or new.
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) != 0) {
            const int err = errno;
            if (err != EINVAL && err != ENOSYS)
                return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot rename into place: %1").arg(errnoText(err)), finalPath);
            // No RENAME_EXCHANGE on this file system: a short gap without the folder.
            if (!QDir(finalPath).removeRecursively() || ::rename(from.constData(), to.constData()) != 0)
                return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot rename into place: %1").arg(errnoText(errno)), finalPath);
        } else {
            QDir(stagingDir).removeRecursively();  // the old content, now under the staging name
        }
    } else if (::rename(from.constData(), to.constData()) != 0) {
        return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot rename into place: %1").arg(errnoText(errno)), finalPath);
    }
    return syncPath(QFileInfo(finalPath).absolutePath(), true);
}

Status copyFileDurably(const QString& from, const QString& to) {
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot read file: %1").arg(in.errorString()), from);
    AtomicFile out(to);
    PS_TRY(out.open());
    QByteArray buf;
    while (!(buf = in.read(1 << 20)).isEmpty()) PS_TRY(out.write(buf.constData(), static_cast<size_t>(buf.size())));
    if (in.error() != QFile::NoError)
        return makeError(QCoreApplication::translate("ps::AtomicFile", "cannot read file: %1").arg(in.errorString()), from);
    return out.commit();
}

}  // namespace ps
