// atomic_file.h — write a file so that readers see either the old complete
// file or the new complete file, never a half-written one: data goes to
// "<path>.tmp-<pid>", is fsync'ed, renamed over <path>, and the directory is
// fsync'ed. A write error (e.g. disk full) reports a clear Error and leaves the
// previous file untouched.
#pragma once

#include "util/result.h"

#include <QString>
#include <cstddef>

namespace ps {

class AtomicFile {
public:
    explicit AtomicFile(QString path);
    ~AtomicFile();  // aborts (removes the temp file) unless commit() succeeded
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    Status open();
    Status write(const void* data, size_t size);
    Status commit();
    void abort();

    const QString& path() const { return path_; }

private:
    QString path_;
    QString tmpPath_;
    int fd_ = -1;
    bool committed_ = false;
};

// Convenience: atomically replace `path` with `bytes`.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

}  // namespace ps
