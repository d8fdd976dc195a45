// preference_record.h — one record of a preference data file, in the TRL
// dataset formats (https://huggingface.co/docs/trl/dataset_formats):
//
//   standard:       {"prompt": "...", "chosen": "...", "rejected": "..."}
//   conversational: {"prompt": [{"role": "user", "content": "..."}],
//                    "chosen": [{"role": "assistant", "content": "..."}], "rejected": [...]}
//   implicit prompt: {"chosen": [user..., assistant], "rejected": [user..., assistant]}
//                    (the shared leading messages are the prompt)
//   prompt only:    {"prompt": ...} — prompts to generate candidates for
//
// with optional "category" and "language" strings, and "preference":
// "tie" | "both_bad" | "skip" on examples exported with those outcomes (chosen
// and rejected are then just A and B). Other keys are ignored. Error messages
// here carry no line number; the importer adds it.
#pragma once

#include "store/types.h"
#include "util/result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ps::data {

struct PreferenceRecord {
    store::PromptContent prompt;
    std::optional<QString> chosen;  // both or neither
    std::optional<QString> rejected;
    store::Choice preference = store::Choice::A;  // A: chosen is better; Tie / BothBad / Skip
    QString category;
    QString language;

    bool isPromptOnly() const { return !chosen; }
};

// maxFieldBytes bounds each text (the prompt counts all its message contents) in UTF-8 bytes.
Result<PreferenceRecord> recordFromJson(const QJsonObject& object, qint64 maxFieldBytes);

// CSV columns (header names, case-insensitive): prompt, prompt_messages (a JSON
// message list, instead of prompt), chosen, rejected, category, language, preference.
struct CsvColumns {
    int prompt = -1, promptMessages = -1, chosen = -1, rejected = -1, category = -1, language = -1, preference = -1;
    int count = 0;
    static Result<CsvColumns> fromHeader(const QStringList& header);
};
Result<PreferenceRecord> recordFromCsv(const CsvColumns& columns, const QStringList& fields, qint64 maxFieldBytes);

// The CSV header the exporter writes.
QStringList csvHeader();

}  // namespace ps::data
