// file_fixtures.h — whole-file read and write for the crash and fault tests,
// the write asserted (QVERIFY) where the trial plants its files.
#pragma once

#include "test_files.h"

#include <QtTest>

namespace crash_test {

inline QByteArray fileBytes(const QString& path) { return test_files::readFile(path); }

inline void writeFile(const QString& path, const QByteArray& bytes) { QVERIFY(test_files::writeFile(path, bytes)); }

}  // namespace crash_test
