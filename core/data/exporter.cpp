#include "data/exporter.h"

#include "data/csv.h"
#include "data/preference_record.h"
#include "util/atomic_file.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::data {

namespace {

QString preferenceName(store::Choice c) {
    switch (c) {
    case store::Choice::Tie: return QStringLiteral("tie");
    case store::Choice::BothBad: return QStringLiteral("both_bad");
    case store::Choice::Skip: return QStringLiteral("skip");
    default: return {};
    }
}

QJsonValue completion(const store::PreferenceExample& e, const QString& text) {
    if (!e.prompt.isChat()) return text;
    return QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), text}}};
}

}  // namespace

QByteArray toJsonLine(const store::PreferenceExample& e) {
    QJsonObject o;
    o.insert(QStringLiteral("prompt"), e.prompt.isChat() ? QJsonValue(e.prompt.messages) : QJsonValue(e.prompt.text));
    o.insert(QStringLiteral("chosen"), completion(e, e.chosen));
    o.insert(QStringLiteral("rejected"), completion(e, e.rejected));
    if (!e.category.isEmpty()) o.insert(QStringLiteral("category"), e.category);
    if (!e.language.isEmpty()) o.insert(QStringLiteral("language"), e.language);
    if (!e.fromEdit && !preferenceName(e.outcome).isEmpty()) o.insert(QStringLiteral("preference"), preferenceName(e.outcome));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray toCsvRecord(const store::PreferenceExample& e) {
    const QString messages = e.prompt.isChat() ? QString::fromUtf8(QJsonDocument(e.prompt.messages).toJson(QJsonDocument::Compact)) : QString();
    return csvRecord({e.prompt.isChat() ? QString() : e.prompt.text, messages, e.chosen, e.rejected, e.category, e.language,
                      e.fromEdit ? QString() : preferenceName(e.outcome)});
}

Result<ExportReport> exportPreferences(store::Workspace& ws, const QString& path, const ExportOptions& options) {
    const bool csv = formatForPath(path, options.format) == FileFormat::Csv;
    // Progress counts pairs: the number of examples is known only at the end.
    qint64 totalPairs = 0;
    if (options.progress) {
        auto progress = ws.progress();
        if (!progress) return progress.error().within(path);
        totalPairs = progress->pairs;
    }
    AtomicFile file(path);
    PS_TRY(file.open());
    QByteArray buffer;
    auto flush = [&]() -> Status {
        Status s = file.write(buffer.constData(), static_cast<size_t>(buffer.size()));
        buffer.clear();
        return s;
    };
    if (csv) buffer += csvRecord(csvHeader());
    ExportReport report;
    qint64 pairsSeen = 0;
    store::Id lastPair = 0;
    Status walked = ws.forEachPreferencePair(options.preferences, [&](const store::PreferenceExample& e) -> Status {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return makeError(QCoreApplication::translate("ps::data::Export", "the export was cancelled; no file was written"));
        if (e.pairId != lastPair) {
            lastPair = e.pairId;
            ++pairsSeen;
        }
        buffer += csv ? toCsvRecord(e) : toJsonLine(e);
        ++report.examples;
        if (e.fromEdit)
            ++report.fromEdits;
        else if (!preferenceName(e.outcome).isEmpty())
            ++report.undecided;
        if (buffer.size() >= (1 << 20)) {
            PS_TRY(flush());
            if (options.progress) options.progress(pairsSeen, totalPairs);
        }
        return {};
    });
    if (!walked) return Error{walked.error().toString(), path};  // the temporary file is removed
    if (options.cancel && options.cancel->load(std::memory_order_relaxed))
        return makeError(QCoreApplication::translate("ps::data::Export", "the export was cancelled; no file was written"), path);
    PS_TRY(flush());
    PS_TRY(file.commit());
    if (options.progress) options.progress(totalPairs, totalPairs);
    return report;
}

}  // namespace ps::data
