// tokenizer_test_util.h — shared helpers for the tokenizer tests: locating
// tests/tokenizer/, reading fixtures, printing id lists in failure messages.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QtTest>

#include <string>
#include <vector>

namespace tokenizer_test {

// tests/tokenizer/ in the source tree.
inline QString dir() {
    const QString src = qEnvironmentVariable("PREFSTUDIO_SOURCE_DIR");
    if (!src.isEmpty()) return QDir(src).filePath(QStringLiteral("tests/tokenizer"));
    return QFileInfo(QStringLiteral(__FILE__)).absolutePath();
}

inline QString path(const QString& relative) { return QDir(dir()).filePath(relative); }

inline QByteArray readFile(const QString& relative) {
    QFile f(path(relative));
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

inline std::vector<QByteArray> readLines(const QString& relative) {
    std::vector<QByteArray> lines;
    for (const QByteArray& l : readFile(relative).split('\n'))
        if (!l.isEmpty()) lines.push_back(l);
    return lines;
}

inline std::vector<int64_t> toIds(const QJsonArray& a) {
    std::vector<int64_t> v;
    v.reserve(size_t(a.size()));
    for (const QJsonValue& x : a) v.push_back(int64_t(x.toDouble()));
    return v;
}

inline QByteArray show(const std::vector<int64_t>& ids, size_t limit = 60) {
    QByteArray s = "[";
    for (size_t i = 0; i < ids.size() && i < limit; ++i) s += (i ? "," : "") + QByteArray::number(qlonglong(ids[i]));
    if (ids.size() > limit) s += ",…(" + QByteArray::number(qulonglong(ids.size())) + ")";
    return s + "]";
}

// First index where two id lists differ, with context, for failure messages.
inline QByteArray firstDifference(const std::vector<int64_t>& got, const std::vector<int64_t>& want) {
    size_t i = 0;
    while (i < got.size() && i < want.size() && got[i] == want[i]) ++i;
    const size_t from = i > 5 ? i - 5 : 0;
    auto part = [&](const std::vector<int64_t>& v) {
        std::vector<int64_t> p(v.begin() + long(std::min(from, v.size())), v.begin() + long(std::min(i + 8, v.size())));
        return show(p);
    };
    return "first difference at token " + QByteArray::number(qulonglong(i)) + ": got …" + part(got) + " want …" + part(want) +
           " (lengths " + QByteArray::number(qulonglong(got.size())) + " vs " + QByteArray::number(qulonglong(want.size())) + ")";
}

inline std::string str(const QJsonValue& v) { return v.toString().toStdString(); }

}  // namespace tokenizer_test
