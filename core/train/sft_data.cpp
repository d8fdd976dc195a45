#include "train/sft_data.h"

#include "data/preference_record.h"
#include "train/dpo_batch.h"
#include "train/dpo_tokenize.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ps::train {

Result<QJsonObject> sftRecordAsPreference(const QJsonObject& o) {
    QJsonObject pref;
    if (o.contains(QLatin1String("messages"))) {
        const QJsonArray m = o.value(QLatin1String("messages")).toArray();
        qsizetype last = m.size() - 1;
        while (last >= 0 && m.at(last).toObject().value(QLatin1String("role")).toString() != QLatin1String("assistant")) --last;
        if (last < 1)
            return makeError(QCoreApplication::translate("ps::train::SftData", "'messages' needs an assistant message after at least one other message"));
        QJsonArray prompt;
        for (qsizetype i = 0; i < last; ++i) prompt.append(m.at(i));
        pref.insert(QStringLiteral("prompt"), prompt);
        pref.insert(QStringLiteral("chosen"), QJsonArray{m.at(last)});
        pref.insert(QStringLiteral("rejected"), QJsonArray{m.at(last)});
        return pref;
    }
    if (!o.contains(QLatin1String("prompt")) || !o.contains(QLatin1String("completion")))
        return makeError(QCoreApplication::translate("ps::train::SftData", "a line needs 'prompt' and 'completion', or 'messages'"));
    pref.insert(QStringLiteral("prompt"), o.value(QLatin1String("prompt")));
    pref.insert(QStringLiteral("chosen"), o.value(QLatin1String("completion")));
    pref.insert(QStringLiteral("rejected"), o.value(QLatin1String("completion")));
    return pref;
}

Result<std::vector<SftExample>> readSftJsonl(const QString& path, const DpoTokenizer& tokenizer) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::train::SftData", "cannot read file"), path);
    std::vector<SftExample> out;
    int64_t lineNo = 0;
    auto lineError = [&](const QString& message) {
        return makeError(QCoreApplication::translate("ps::train::SftData", "line %1: %2").arg(lineNo).arg(message), path);
    };
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty()) continue;
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return lineError(QCoreApplication::translate("ps::train::SftData", "not a JSON object (%1)").arg(perr.errorString()));
        auto pref = sftRecordAsPreference(doc.object());
        if (!pref) return lineError(pref.error().message);
        auto record = data::recordFromJson(pref.value(), 16 << 20);
        if (!record) return lineError(record.error().message);
        auto e = tokenizer.encode(record.value(), lineNo);
        if (!e) return lineError(e.error().message);
        out.push_back(SftExample{std::move(e->prompt), std::move(e->chosen), lineNo});
    }
    if (out.empty()) return makeError(QCoreApplication::translate("ps::train::SftData", "the file holds no examples"), path);
    return out;
}

}  // namespace ps::train
