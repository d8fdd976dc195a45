// importer.h — imports preference data and prompts into a workspace from TRL
// JSONL or CSV files (formats: data/preference_record.h).
//
// All or nothing: the whole file is one transaction, committed only after
// the last record was read and stored; any bad record, a cancel or a failed
// write leaves the workspace as it was. Every error names its line
// ("line 17: 'chosen' is missing"). The file is streamed line by line, so
// memory stays bounded by the record size limit, whatever the file size.
//
// What a record becomes: the prompt (reused when an identical prompt exists,
// see dedupPrompts); for preference records two generations (model version
// empty, source = the file), a pair with generation A = chosen, and a vote of
// the annotator `annotator` (choice A, or the record's tie/both_bad/skip,
// no side shown) unless votesFromPreferences is off.
#pragma once

#include "store/workspace.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace ps::data {

enum class FileFormat { Auto, Jsonl, Csv };  // Auto: ".csv" is CSV, anything else JSONL

struct ImportOptions {
    FileFormat format = FileFormat::Auto;
    qint64 maxFieldBytes = 1 << 20;  // longest prompt / answer / message content, in UTF-8 bytes
    qint64 maxRecordBytes = 0;       // longest line or CSV record; 0: 8 x maxFieldBytes + 64 KiB
    QString source;                  // stored with prompts and generations; empty: the file name
    bool dedupPrompts = true;        // reuse an identical prompt; skip prompt-only duplicates
    bool votesFromPreferences = true;
    QString annotator = QStringLiteral("imported");
    bool dryRun = false;  // read and check everything, then roll back
    // Called as the file is read (bytes read, file size), at most about every 1%.
    std::function<void(qint64 bytesRead, qint64 totalBytes)> progress;
    const std::atomic<bool>* cancel = nullptr;  // set to stop; nothing is imported
};

struct ImportReport {
    qint64 records = 0;
    qint64 promptsAdded = 0;
    qint64 promptsReused = 0;      // preference records whose prompt already existed
    qint64 duplicatesSkipped = 0;  // prompt-only records whose prompt already existed
    qint64 pairsAdded = 0;
    qint64 votesAdded = 0;
};

Result<ImportReport> importFile(store::Workspace& ws, const QString& path, const ImportOptions& options = {});

FileFormat formatForPath(const QString& path, FileFormat requested);

}  // namespace ps::data
