// redteam_suite.cpp — reading red-team suites (redteam_suite.h).
#include "safety/redteam_suite.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>

namespace ps::safety {

QString bundledSuitePath() { return QStringLiteral(":/safety/redteam.jsonl"); }

Result<std::vector<SuitePrompt>> readSuite(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::safety", "cannot read the prompt suite: %1").arg(f.errorString()), path);
    std::vector<SuitePrompt> out;
    QSet<QString> ids;
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty()) continue;
        const QString where = QCoreApplication::translate("ps::safety", "%1, line %2").arg(path).arg(lineNo);
        QJsonParseError pe;
        const QJsonDocument d = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !d.isObject())
            return makeError(QCoreApplication::translate("ps::safety", "not a JSON object"), where);
        const QJsonObject o = d.object();
        SuitePrompt p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.category = o.value(QStringLiteral("category")).toString();
        p.language = o.value(QStringLiteral("language")).toString();
        p.prompt = o.value(QStringLiteral("prompt")).toString();
        if (p.prompt.trimmed().isEmpty() || p.category.isEmpty())
            return makeError(QCoreApplication::translate("ps::safety", "a suite prompt needs \"prompt\" and \"category\""), where);
        if (p.id.isEmpty()) p.id = QStringLiteral("line-%1").arg(lineNo);
        if (ids.contains(p.id)) return makeError(QCoreApplication::translate("ps::safety", "duplicate prompt id '%1'").arg(p.id), where);
        ids.insert(p.id);
        out.push_back(p);
    }
    if (out.empty()) return makeError(QCoreApplication::translate("ps::safety", "the prompt suite is empty"), path);
    return out;
}

Result<std::vector<SuitePrompt>> bundledSuite() { return readSuite(bundledSuitePath()); }

std::vector<SuitePrompt> filterLanguages(const std::vector<SuitePrompt>& suite, const QStringList& languages) {
    if (languages.isEmpty()) return suite;
    std::vector<SuitePrompt> out;
    for (const SuitePrompt& p : suite)
        if (languages.contains(p.language)) out.push_back(p);
    return out;
}

std::vector<SuitePrompt> limitPerCategory(const std::vector<SuitePrompt>& suite, int n) {
    if (n <= 0) return suite;
    std::vector<SuitePrompt> out;
    QHash<QString, int> seen;
    for (const SuitePrompt& p : suite)
        if (seen[p.category + QLatin1Char('\n') + p.language]++ < n) out.push_back(p);
    return out;
}

}  // namespace ps::safety
