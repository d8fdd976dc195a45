#include "tokenizer/json_util.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ps::tokenizer {

Result<Pattern> parsePattern(const QJsonValue& json, const QString& component) {
    const QJsonObject o = json.toObject();
    Pattern p;
    if (o.contains(QLatin1String("String"))) {
        p.literal = toStd(o.value(QLatin1String("String")));
        return p;
    }
    if (o.contains(QLatin1String("Regex"))) {
        std::string error;
        const std::string source = toStd(o.value(QLatin1String("Regex")));
        p.regex = Regex::compile(source, &error);
        if (!p.regex)
            return makeError(QCoreApplication::translate("ps::tokenizer", "%1: invalid regex '%2': %3")
                                 .arg(component, QString::fromStdString(source), QString::fromStdString(error)));
        return p;
    }
    return makeError(QCoreApplication::translate("ps::tokenizer", "%1: pattern must be {\"String\": …} or {\"Regex\": …}").arg(component));
}

}  // namespace ps::tokenizer
