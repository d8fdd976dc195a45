// line_reader.h — reads a text file line by line with bounded memory, for
// importing files of any size: a line longer than the limit (a huge field, or
// a binary file without newlines) is reported instead of being buffered.
// Also the strict UTF-8 check used by every importer: QString::fromUtf8
// silently replaces bad bytes, decodeUtf8() reports them.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace ps::data {

class LineReader {
public:
    // A UTF-8 byte order mark at the very start of the device is skipped.
    LineReader(QIODevice& device, qint64 maxLineBytes);

    enum class Status { Line, End, TooLong, ReadError };
    // The next line without its "\n"; a "\r" before it is kept (CSV keeps CRLF
    // inside quoted fields, JSON treats it as space). After TooLong or ReadError
    // the reader is finished.
    Status next(QByteArray& line);
    qint64 lineNumber() const { return lineNumber_; }  // 1-based, of the last line read (or being read)
    qint64 bytesRead() const { return consumed_; }     // bytes of the lines returned so far
    QString errorString() const;

private:
    bool fill();  // reads more; false at end of device

    QIODevice& device_;
    qint64 maxLineBytes_;
    QByteArray buffer_;
    qsizetype pos_ = 0;
    qint64 lineNumber_ = 0;
    qint64 consumed_ = 0;
    bool atEnd_ = false;
    bool readError_ = false;
    bool started_ = false;
};

// Strict UTF-8 decoding: nothing when the bytes are not valid UTF-8
// (overlong forms, surrogates, truncated sequences included).
std::optional<QString> decodeUtf8(const QByteArray& bytes);

// The UTF-8 size of a UTF-16 string, without converting it.
qint64 utf8Size(QStringView s);

}  // namespace ps::data
