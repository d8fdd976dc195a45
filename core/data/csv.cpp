#include "data/csv.h"

#include <QCoreApplication>

namespace ps::data {

namespace {

Error lineError(qint64 line, const QString& message) {
    return makeError(QCoreApplication::translate("ps::data::Import", "line %1: %2").arg(line).arg(message));
}

// Reads one physical line as text; nothing at the end of the input.
Result<std::optional<QString>> readLine(LineReader& lines, qint64 maxRecordBytes, qint64* recordBytes) {
    QByteArray raw;
    switch (lines.next(raw)) {
    case LineReader::Status::End: return std::optional<QString>();
    case LineReader::Status::TooLong:
        return lineError(lines.lineNumber(),
                         QCoreApplication::translate("ps::data::Import", "the record is longer than the limit of %1 bytes").arg(maxRecordBytes));
    case LineReader::Status::ReadError:
        return lineError(lines.lineNumber(), QCoreApplication::translate("ps::data::Import", "read error: %1").arg(lines.errorString()));
    case LineReader::Status::Line: break;
    }
    *recordBytes += raw.size() + 1;
    if (*recordBytes > maxRecordBytes)
        return lineError(lines.lineNumber(),
                         QCoreApplication::translate("ps::data::Import", "the record is longer than the limit of %1 bytes").arg(maxRecordBytes));
    std::optional<QString> text = decodeUtf8(raw);
    if (!text) return lineError(lines.lineNumber(), QCoreApplication::translate("ps::data::Import", "the text is not valid UTF-8"));
    return text;
}

}  // namespace

Result<std::optional<CsvRecord>> CsvReader::next() {
    qint64 recordBytes = 0;
    std::optional<QString> line;
    for (;;) {  // skip blank lines between records
        recordBytes = 0;
        auto l = readLine(lines_, maxRecordBytes_, &recordBytes);
        if (!l) return l.error();
        if (!*l) return std::optional<CsvRecord>();
        if (!l->value().isEmpty() && l->value() != QLatin1String("\r")) {
            line = std::move(l->value());
            break;
        }
    }
    CsvRecord record;
    record.line = lines_.lineNumber();
    QString field;
    bool inQuotes = false, afterClosingQuote = false, atFieldStart = true;
    qint64 quoteLine = 0;
    for (;;) {
        const QString& s = *line;
        const bool crlf = s.endsWith(u'\r');
        const qsizetype n = crlf ? s.size() - 1 : s.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = s[i];
            if (inQuotes) {
                if (c == u'"') {
                    if (i + 1 < n && s[i + 1] == u'"') {
                        field += u'"';
                        ++i;
                    } else {
                        inQuotes = false;
                        afterClosingQuote = true;
                    }
                } else {
                    field += c;
                }
            } else if (c == u',') {
                record.fields.append(field);
                field.clear();
                afterClosingQuote = false;
                atFieldStart = true;
            } else if (afterClosingQuote) {
                return lineError(lines_.lineNumber(),
                                 QCoreApplication::translate("ps::data::Import", "unexpected text after a closing quote (a field is quoted as a whole, "
                                                                                 "and a quote inside it is written twice)"));
            } else if (c == u'"') {
                if (!atFieldStart)
                    return lineError(lines_.lineNumber(),
                                     QCoreApplication::translate("ps::data::Import", "a quote inside an unquoted field (quote the whole field and "
                                                                                     "write the quote twice)"));
                inQuotes = true;
                atFieldStart = false;
                quoteLine = lines_.lineNumber();
            } else {
                field += c;
                atFieldStart = false;
            }
        }
        if (!inQuotes) break;
        // A line break inside a quoted field: the record continues.
        auto l = readLine(lines_, maxRecordBytes_, &recordBytes);
        if (!l) return l.error();
        if (!*l) return lineError(quoteLine, QCoreApplication::translate("ps::data::Import", "a quoted field is not closed"));
        field += crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
        line = std::move(l->value());
    }
    record.fields.append(field);
    return std::optional<CsvRecord>(std::move(record));
}

QByteArray csvRecord(const QStringList& fields) {
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        const QString& f = fields[i];
        const bool quote = f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r') ||
                           (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (quote) {
            QString escaped = f;
            escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out += '"' + escaped.toUtf8() + '"';
        } else {
            out += f.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

}  // namespace ps::data
