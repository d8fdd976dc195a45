#include "train/dpo_data.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ps::train {

Result<DpoExample> tokenizedExampleFromJson(const QJsonObject& o, int64_t id) {
    DpoExample e;
    e.id = id;
    for (auto [key, target] : {std::pair<const char*, std::vector<int64_t>*>{"prompt_ids", &e.prompt},
                               {"chosen_ids", &e.chosen},
                               {"rejected_ids", &e.rejected}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray() || v.toArray().isEmpty())
            return makeError(QCoreApplication::translate("ps::train::DpoData", "'%1' must be a non-empty array of token ids").arg(QLatin1String(key)));
        for (const QJsonValue& t : v.toArray()) {
            const double d = t.toDouble(-1);
            if (!t.isDouble() || d < 0 || d > 9.0e15 || d != static_cast<double>(static_cast<int64_t>(d)))
                return makeError(QCoreApplication::translate("ps::train::DpoData", "'%1' holds an invalid token id").arg(QLatin1String(key)));
            target->push_back(static_cast<int64_t>(d));
        }
    }
    return e;
}

}  // namespace ps::train
