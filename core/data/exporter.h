// exporter.h — exports the collected preferences as TRL JSONL or CSV (the
// formats of data/preference_record.h, so an export imports back unchanged).
//
// What is exported is Workspace::forEachPreferencePair() with the given
// options, streamed: decided pairs (plurality of votes), edits as chosen,
// exclusions respected; ties / both-bad / skips only when asked, written with
// a "preference" field (chosen/rejected are then merely A/B: a trainer that
// ignores the field would learn from them, so include them for data exchange,
// not for training). Chat prompts are written in TRL's conversational form.
// The file is written to a temporary name, fsync'ed and renamed
// (util/atomic_file.h): a cancelled or failed export never leaves a
// half-written file behind.
#pragma once

#include "data/importer.h"
#include "store/workspace.h"
#include "util/result.h"

#include <QByteArray>

#include <atomic>
#include <functional>

namespace ps::data {

struct ExportOptions {
    FileFormat format = FileFormat::Auto;  // ".csv" is CSV, anything else JSONL
    store::PreferenceOptions preferences;
    std::function<void(qint64 pairsDone, qint64 pairsTotal)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

struct ExportReport {
    qint64 examples = 0;
    qint64 fromEdits = 0;
    qint64 undecided = 0;  // ties, both-bad and skips written
};

Result<ExportReport> exportPreferences(store::Workspace& ws, const QString& path, const ExportOptions& options = {});

// One example as a JSONL line (with "\n") or a CSV record (columns of csvHeader()).
QByteArray toJsonLine(const store::PreferenceExample& e);
QByteArray toCsvRecord(const store::PreferenceExample& e);

}  // namespace ps::data
