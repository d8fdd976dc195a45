// csv.h — RFC 4180 CSV: a streaming reader (records may span lines inside
// quoted fields; every error names its line) and a writer.
//
// Reading is strict where a lenient reader would guess: a quote inside an
// unquoted field, text after a closing quote and an unclosed quoted field are
// errors. Line breaks inside quoted fields come back as written (LF or CRLF). Blank lines
// between records are skipped. Not here: the header/column meaning (importer).
#pragma once

#include "data/line_reader.h"
#include "util/result.h"

#include <QStringList>

#include <optional>

namespace ps::data {

struct CsvRecord {
    QStringList fields;
    qint64 line = 0;  // the line the record starts on (1-based)
};

class CsvReader {
public:
    CsvReader(LineReader& lines, qint64 maxRecordBytes) : lines_(lines), maxRecordBytes_(maxRecordBytes) {}
    // The next record; nothing at the end; an Error "line N: ..." for bad input
    // (invalid UTF-8, quoting, a record over the size limit, a read error).
    Result<std::optional<CsvRecord>> next();

private:
    LineReader& lines_;
    qint64 maxRecordBytes_;
};

// One record, CRLF-terminated; fields are quoted when they hold a comma, a
// quote, a line break or leading/trailing spaces.
QByteArray csvRecord(const QStringList& fields);

}  // namespace ps::data
