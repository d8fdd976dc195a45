// safety_filter.cpp — loading, compiling and applying the safety filter (safety_filter.h).
#include "safety/safety_filter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace ps::safety {

QString foldDiacritics(const QString& text) {
    const QString d = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (QChar c : d) {
        if (c.category() == QChar::Mark_NonSpacing) continue;
        if (c == QChar(0x0111)) c = QLatin1Char('d');
        else if (c == QChar(0x0110)) c = QLatin1Char('D');
        out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

Result<SafetyFilterConfig> SafetyFilterConfig::fromJson(const QByteArray& json) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return makeError(QCoreApplication::translate("ps::safety", "the safety filter is not valid JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("categories")).isObject())
        return makeError(QCoreApplication::translate("ps::safety", "the safety filter needs a \"categories\" object"));
    SafetyFilterConfig c;
    const QJsonObject cats = o.value(QStringLiteral("categories")).toObject();
    for (auto it = cats.begin(); it != cats.end(); ++it) {
        if (!it.value().isArray())
            return makeError(QCoreApplication::translate("ps::safety", "safety category '%1' must be a list of patterns").arg(it.key()));
        QStringList patterns;
        for (const QJsonValue& v : it.value().toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return makeError(QCoreApplication::translate("ps::safety", "safety category '%1' holds a pattern that is not a non-empty string").arg(it.key()));
            patterns << v.toString();
        }
        c.categories.emplace_back(it.key(), patterns);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("refusal")).toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return makeError(QCoreApplication::translate("ps::safety", "a refusal pattern is not a non-empty string"));
        c.refusal << v.toString();
    }
    return c;
}

Result<SafetyFilterConfig> SafetyFilterConfig::fromFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::safety", "cannot read the safety filter: %1").arg(f.errorString()), path);
    auto c = fromJson(f.readAll());
    if (!c) return c.error().within(path);
    return c;
}

Result<SafetyFilterConfig> SafetyFilterConfig::bundled() { return fromFile(QStringLiteral(":/safety/filter.json")); }

SafetyFilterConfig SafetyFilterConfig::fromPatterns(const std::vector<store::SafetyPattern>& patterns) {
    SafetyFilterConfig c;
    for (const store::SafetyPattern& p : patterns) {
        if (p.category == refusalCategory()) {
            c.refusal << p.pattern;
            continue;
        }
        auto it = std::find_if(c.categories.begin(), c.categories.end(), [&](const auto& e) { return e.first == p.category; });
        if (it == c.categories.end()) c.categories.emplace_back(p.category, QStringList{p.pattern});
        else it->second << p.pattern;
    }
    return c;
}

std::vector<store::SafetyPattern> SafetyFilterConfig::toPatterns() const {
    std::vector<store::SafetyPattern> out;
    for (const auto& [cat, patterns] : categories)
        for (const QString& p : patterns) out.push_back({cat, p});
    for (const QString& p : refusal) out.push_back({refusalCategory(), p});
    return out;
}

QJsonObject SafetyFilterConfig::toJson() const {
    QJsonObject cats;
    for (const auto& [cat, patterns] : categories) cats.insert(cat, QJsonArray::fromStringList(patterns));
    return QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("categories"), cats}, {QStringLiteral("refusal"), QJsonArray::fromStringList(refusal)}};
}

namespace {
Result<QRegularExpression> compileOne(const QString& pattern, const QString& category) {
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid())
        return makeError(QCoreApplication::translate("ps::safety", "safety pattern '%1' of category '%2' is not a valid regular expression: %3 (at %4)")
                             .arg(pattern, category, re.errorString())
                             .arg(re.patternErrorOffset()));
    re.optimize();
    return re;
}
}  // namespace

Result<SafetyFilter> SafetyFilter::compile(const SafetyFilterConfig& config) {
    SafetyFilter f;
    f.config_ = config;
    auto both = [](const QString& p, const QString& cat) -> Result<Compiled> {
        auto exact = compileOne(p.normalized(QString::NormalizationForm_C), cat);
        if (!exact) return exact.error();
        auto folded = compileOne(foldDiacritics(p), cat);
        if (!folded) return folded.error();
        return Compiled{exact.value(), folded.value()};
    };
    for (const auto& [cat, patterns] : config.categories) {
        std::vector<Compiled> cs;
        for (const QString& p : patterns) {
            auto c = both(p, cat);
            if (!c) return c.error();
            cs.push_back(c.value());
        }
        f.categories_.emplace_back(cat, std::move(cs));
    }
    for (const QString& p : config.refusal) {
        auto c = both(p, refusalCategory());
        if (!c) return c.error();
        f.refusal_.push_back(c.value());
    }
    return f;
}

namespace {
QString firstMatch(const QString& nfc, const QString& folded, const QRegularExpression& exact, const QRegularExpression& foldedRe) {
    QRegularExpressionMatch m = exact.match(nfc);
    if (m.hasMatch()) return m.captured(0);
    m = foldedRe.match(folded);
    if (m.hasMatch()) return m.captured(0);
    return {};
}
}  // namespace

Classification SafetyFilter::classify(const QString& answer) const {
    Classification c;
    const QString nfc = answer.normalized(QString::NormalizationForm_C);
    const QString folded = foldDiacritics(nfc);
    for (const auto& [cat, patterns] : categories_) {
        for (const Compiled& p : patterns) {
            const QString m = firstMatch(nfc, folded, p.exact, p.folded);
            if (!m.isEmpty()) {
                c.hits << cat;
                c.matched << m;
                break;
            }
        }
    }
    for (const Compiled& p : refusal_)
        if (!firstMatch(nfc, folded, p.exact, p.folded).isEmpty()) {
            c.refused = true;
            break;
        }
    return c;
}

bool SafetyFilter::refuses(const QString& answer) const { return classify(answer).refused; }

}  // namespace ps::safety
