#include "data/importer.h"

#include "data/csv.h"
#include "data/line_reader.h"
#include "data/preference_record.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::data {

FileFormat formatForPath(const QString& path, FileFormat requested) {
    if (requested != FileFormat::Auto) return requested;
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? FileFormat::Csv : FileFormat::Jsonl;
}

namespace {

Error atLine(qint64 line, const Error& e) {
    return makeError(QCoreApplication::translate("ps::data::Import", "line %1: %2").arg(line).arg(e.toString()));
}

// Stores records inside the caller's transaction.
class RecordSink {
public:
    RecordSink(store::Workspace& ws, const ImportOptions& o, const QString& source) : ws_(ws), o_(o), source_(source) {}

    Status add(const PreferenceRecord& r) {
        ++report.records;
        const QByteArray hash = store::Workspace::promptHash(r.prompt);
        std::optional<store::Id> promptId;
        if (o_.dedupPrompts) {
            auto found = ws_.findPromptByHash(hash);
            if (!found) return found.error();
            promptId = *found;
        }
        if (promptId && r.isPromptOnly()) {
            ++report.duplicatesSkipped;
            return {};
        }
        if (promptId) {
            ++report.promptsReused;
        } else {
            store::NewPrompt p;
            p.content = r.prompt;
            p.category = r.category;
            p.language = r.language;
            p.source = source_;
            auto id = ws_.addPrompt(p);
            if (!id) return id.error();
            promptId = *id;
            ++report.promptsAdded;
        }
        if (r.isPromptOnly()) return {};

        store::NewGeneration g;
        g.promptId = *promptId;
        g.source = source_;
        g.text = *r.chosen;
        auto a = ws_.addGeneration(g);
        if (!a) return a.error();
        g.text = *r.rejected;
        auto b = ws_.addGeneration(g);
        if (!b) return b.error();
        auto pair = ws_.createPair({*promptId, *a, *b});
        if (!pair) return pair.error();
        ++report.pairsAdded;
        if (!o_.votesFromPreferences) return {};
        if (!annotatorId_) {
            auto id = ws_.annotatorId(o_.annotator, true);
            if (!id) return id.error();
            annotatorId_ = *id;
        }
        store::NewVote v;
        v.pairId = *pair;
        v.annotatorId = *annotatorId_;
        v.choice = r.preference;
        auto vote = ws_.recordVote(v);
        if (!vote) return vote.error();
        ++report.votesAdded;
        return {};
    }

    ImportReport report;

private:
    store::Workspace& ws_;
    const ImportOptions& o_;
    QString source_;
    std::optional<store::Id> annotatorId_;
};

class Progress {
public:
    Progress(const ImportOptions& o, qint64 total) : o_(o), total_(total), step_(qMax<qint64>(total / 100, 64 * 1024)) {}
    void update(qint64 done, bool force = false) {
        if (!o_.progress || (!force && done - last_ < step_)) return;
        last_ = done;
        o_.progress(done, total_);
    }
    bool cancelled() const { return o_.cancel && o_.cancel->load(std::memory_order_relaxed); }

private:
    const ImportOptions& o_;
    qint64 total_, step_, last_ = 0;
};

Error cancelledError() {
    return makeError(QCoreApplication::translate("ps::data::Import", "the import was cancelled; nothing was imported"));
}

Error tooLongLine(qint64 line, qint64 limit) {
    return makeError(QCoreApplication::translate("ps::data::Import", "line %1: the line is longer than the limit of %2 bytes (is a field too large?)")
                         .arg(line)
                         .arg(limit));
}

Status readJsonl(LineReader& lines, qint64 maxFieldBytes, qint64 maxRecordBytes, RecordSink& sink, Progress& progress) {
    QByteArray raw;
    for (;;) {
        if (progress.cancelled()) return cancelledError();
        const LineReader::Status st = lines.next(raw);
        if (st == LineReader::Status::End) return {};
        if (st == LineReader::Status::TooLong) return tooLongLine(lines.lineNumber(), maxRecordBytes);
        if (st == LineReader::Status::ReadError)
            return makeError(QCoreApplication::translate("ps::data::Import", "line %1: read error: %2").arg(lines.lineNumber()).arg(lines.errorString()));
        const qint64 line = lines.lineNumber();
        progress.update(lines.bytesRead());
        if (raw.trimmed().isEmpty()) continue;
        if (!decodeUtf8(raw)) return makeError(QCoreApplication::translate("ps::data::Import", "line %1: the text is not valid UTF-8").arg(line));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
        if (pe.error != QJsonParseError::NoError)
            return makeError(QCoreApplication::translate("ps::data::Import", "line %1: not valid JSON: %2 (at byte %3)")
                                 .arg(line)
                                 .arg(pe.errorString())
                                 .arg(pe.offset));
        if (!doc.isObject()) return makeError(QCoreApplication::translate("ps::data::Import", "line %1: expected a JSON object").arg(line));
        auto record = recordFromJson(doc.object(), maxFieldBytes);
        if (!record) return atLine(line, record.error());
        Status s = sink.add(*record);
        if (!s) return atLine(line, s.error());
    }
}

Status readCsv(LineReader& lines, qint64 maxFieldBytes, qint64 maxRecordBytes, RecordSink& sink, Progress& progress) {
    CsvReader reader(lines, maxRecordBytes);
    auto header = reader.next();
    if (!header) return header.error();
    if (!*header) return {};
    auto columns = CsvColumns::fromHeader(header->value().fields);
    if (!columns) return atLine(header->value().line, columns.error());
    for (;;) {
        if (progress.cancelled()) return cancelledError();
        auto rec = reader.next();
        if (!rec) return rec.error();
        if (!*rec) return {};
        progress.update(lines.bytesRead());
        auto record = recordFromCsv(*columns, rec->value().fields, maxFieldBytes);
        if (!record) return atLine(rec->value().line, record.error());
        Status s = sink.add(*record);
        if (!s) return atLine(rec->value().line, s.error());
    }
}

}  // namespace

Result<ImportReport> importFile(store::Workspace& ws, const QString& path, const ImportOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("ps::data::Import", "cannot open: %1").arg(file.errorString()), path);
    const qint64 maxRecordBytes = options.maxRecordBytes > 0 ? options.maxRecordBytes : 8 * options.maxFieldBytes + 64 * 1024;
    const QString source = options.source.isEmpty() ? QFileInfo(path).fileName() : options.source;
    Progress progress(options, file.size());
    LineReader lines(file, maxRecordBytes);
    RecordSink sink(ws, options, source);

    auto tx = ws.begin();
    if (!tx) return tx.error().within(path);
    const Status read = formatForPath(path, options.format) == FileFormat::Csv
                            ? readCsv(lines, options.maxFieldBytes, maxRecordBytes, sink, progress)
                            : readJsonl(lines, options.maxFieldBytes, maxRecordBytes, sink, progress);
    if (!read) return Error{read.error().toString(), path};  // tx rolls back
    if (sink.report.records == 0) return makeError(QCoreApplication::translate("ps::data::Import", "the file holds no records"), path);
    if (progress.cancelled()) return Error{cancelledError().message, path};
    if (options.dryRun) {
        tx->rollback();
    } else {
        Status s = tx->commit();
        if (!s) return s.error().within(path);
    }
    progress.update(lines.bytesRead(), true);
    return sink.report;
}

}  // namespace ps::data
