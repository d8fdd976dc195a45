#include "tokenizer/tokenizer_config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::tokenizer {

namespace {
// A special token given as "text" or {"content": "text", ...}.
QString tokenText(const QJsonValue& v) {
    if (v.isString()) return v.toString();
    if (v.isObject()) return v.toObject().value(QLatin1String("content")).toString();
    return {};
}

Result<QJsonObject> parseObject(const QByteArray& bytes, const QString& name) {
    QJsonParseError pe{};
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !d.isObject())
        return makeError(QCoreApplication::translate("ps::tokenizer", "not a JSON object: %1").arg(pe.errorString()), name);
    return d.object();
}

void applySpecials(TokenizerConfig& c, const QJsonObject& o) {
    const std::pair<const char*, QString*> keys[] = {
        {"bos_token", &c.bosToken}, {"eos_token", &c.eosToken}, {"pad_token", &c.padToken}, {"unk_token", &c.unkToken}};
    for (const auto& [key, field] : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() || v.isObject()) *field = tokenText(v);
    }
}
}  // namespace

Result<TokenizerConfig> TokenizerConfig::fromJson(const QByteArray& tokenizerConfig, const QByteArray& specialTokensMap,
                                                  const QString& chatTemplateFile) {
    TokenizerConfig c;
    if (!tokenizerConfig.isEmpty()) {
        auto o = parseObject(tokenizerConfig, QStringLiteral("tokenizer_config.json"));
        if (!o) return o.error();
        c.found = true;
        applySpecials(c, o.value());
        if (o->value(QLatin1String("add_bos_token")).isBool()) c.addBosToken = o->value(QLatin1String("add_bos_token")).toBool();
        if (o->value(QLatin1String("add_eos_token")).isBool()) c.addEosToken = o->value(QLatin1String("add_eos_token")).toBool();
        const QJsonValue t = o->value(QLatin1String("chat_template"));
        if (t.isString()) {
            c.chatTemplate = t.toString();
        } else if (t.isArray()) {
            for (const QJsonValue& e : t.toArray())
                if (e.toObject().value(QLatin1String("name")).toString() == QLatin1String("default"))
                    c.chatTemplate = e.toObject().value(QLatin1String("template")).toString();
        }
        if (!c.chatTemplate.isEmpty()) c.chatTemplateSource = QStringLiteral("tokenizer_config.json");
    }
    if (!specialTokensMap.isEmpty()) {
        auto o = parseObject(specialTokensMap, QStringLiteral("special_tokens_map.json"));
        if (!o) return o.error();
        c.found = true;
        applySpecials(c, o.value());
    }
    if (!chatTemplateFile.isEmpty()) {
        c.chatTemplate = chatTemplateFile;
        c.chatTemplateSource = QStringLiteral("chat_template.jinja");
        c.found = true;
    }
    return c;
}

Result<TokenizerConfig> TokenizerConfig::load(const QString& folder) {
    const QDir dir(folder);
    auto read = [&](const char* name, QByteArray* out) -> Status {
        QFile f(dir.filePath(QLatin1String(name)));
        if (!f.exists()) return Status::success();
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QCoreApplication::translate("ps::tokenizer", "cannot read: %1").arg(f.errorString()), f.fileName());
        *out = f.readAll();
        return Status::success();
    };
    QByteArray cfg, map, jinja;
    PS_TRY(read("tokenizer_config.json", &cfg));
    PS_TRY(read("special_tokens_map.json", &map));
    PS_TRY(read("chat_template.jinja", &jinja));
    auto c = fromJson(cfg, map, QString::fromUtf8(jinja));
    if (!c) return c.error().within(folder);
    return c;
}

}  // namespace ps::tokenizer
