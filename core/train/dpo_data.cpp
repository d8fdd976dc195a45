#include "train/dpo_data.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::train {

Result<std::vector<DpoExample>> readTokenizedDpoJsonl(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::train::DpoData", "cannot read file"), path);
    std::vector<DpoExample> out;
    int64_t lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty()) continue;
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(QCoreApplication::translate("ps::train::DpoData", "line %1: not a JSON object (%2)").arg(lineNo).arg(perr.errorString()),
                             path);
        const QJsonObject o = doc.object();
        DpoExample e;
        e.id = lineNo;
        for (auto [key, target] : {std::pair<const char*, std::vector<int64_t>*>{"prompt_ids", &e.prompt},
                                   {"chosen_ids", &e.chosen},
                                   {"rejected_ids", &e.rejected}}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isArray() || v.toArray().isEmpty())
                return makeError(QCoreApplication::translate("ps::train::DpoData", "line %1: '%2' must be a non-empty array of token ids")
                                     .arg(lineNo)
                                     .arg(QLatin1String(key)),
                                 path);
            for (const QJsonValue& id : v.toArray()) {
                const double d = id.toDouble(-1);
                if (!id.isDouble() || d < 0 || d != static_cast<double>(static_cast<int64_t>(d)))
                    return makeError(QCoreApplication::translate("ps::train::DpoData", "line %1: '%2' holds an invalid token id")
                                         .arg(lineNo)
                                         .arg(QLatin1String(key)),
                                     path);
                target->push_back(static_cast<int64_t>(d));
            }
        }
        out.push_back(std::move(e));
    }
    if (out.empty()) return makeError(QCoreApplication::translate("ps::train::DpoData", "the file holds no pairs"), path);
    return out;
}

}  // namespace ps::train
