// test_files.h — whole-file write and read for tests: the fixtures they plant
// (configs, records, hostile files) and what they check on disk.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace test_files {

// Replaces the file's content; false when it cannot be opened or fully written.
inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The whole file, or empty when it cannot be read.
inline QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace test_files
