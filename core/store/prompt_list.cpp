#include "store/prompt_list.h"

#include "store/sql_util.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::store {

namespace {

constexpr int kPreviewChars = 300;

// The WHERE clause of a filter (always starts with "WHERE"), its values in order.
QString whereClause(const PromptFilter& f, QVariantList& values) {
    QStringList terms{QStringLiteral("p.id > ?")};
    if (!f.text.isEmpty()) {
        // instr() is exact; LIKE would be case-insensitive but treats % and _ as patterns.
        terms << QStringLiteral("(instr(lower(COALESCE(p.text, p.messages_json)), lower(?)) > 0)");
        values << f.text;
    }
    if (!f.language.isEmpty()) {
        terms << QStringLiteral("p.language = ?");
        values << f.language;
    }
    if (!f.category.isEmpty()) {
        terms << QStringLiteral("p.category = ?");
        values << f.category;
    }
    if (f.unpairedOnly) terms << QStringLiteral("NOT EXISTS (SELECT 1 FROM pairs x WHERE x.prompt_id = p.id)");
    return QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QString previewOf(const QVariant& text, const QVariant& messagesJson) {
    if (!text.isNull()) return text.toString().left(kPreviewChars).simplified();
    QStringList parts;
    const QJsonArray messages = QJsonDocument::fromJson(messagesJson.toString().toUtf8()).array();
    for (const QJsonValue& m : messages) {
        const QJsonObject o = m.toObject();
        const QJsonValue c = o.value(QLatin1String("content"));
        parts << o.value(QLatin1String("role")).toString() + QStringLiteral(": ") +
                     (c.isString() ? c.toString() : QString::fromUtf8(QJsonDocument(c.toArray()).toJson(QJsonDocument::Compact)));
    }
    return parts.join(QStringLiteral(" · ")).left(kPreviewChars).simplified();
}

const char* const kRowColumns =
    "SELECT p.id, substr(p.text, 1, 400), p.messages_json, p.language, p.category, p.source,"
    " (SELECT COUNT(*) FROM generations g WHERE g.prompt_id = p.id),"
    " (SELECT COUNT(*) FROM pairs x WHERE x.prompt_id = p.id),"
    " (SELECT COUNT(*) FROM pairs x JOIN votes v ON v.pair_id = x.id"
    "   WHERE x.prompt_id = p.id AND v.undone_at IS NULL AND v.superseded_at IS NULL)"
    " FROM prompts p";

PromptRow readRow(const QSqlQuery& q) {
    PromptRow r;
    r.id = q.value(0).toLongLong();
    r.chat = q.value(1).isNull();
    r.preview = previewOf(q.value(1), q.value(2));
    r.language = q.value(3).toString();
    r.category = q.value(4).toString();
    r.source = q.value(5).toString();
    r.generations = q.value(6).toLongLong();
    r.pairs = q.value(7).toLongLong();
    r.votes = q.value(8).toLongLong();
    return r;
}

Result<QSqlQuery> run(Workspace& ws, const QString& sql, const QVariantList& values, const QString& what) {
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) return sql::error(q.lastError(), what);
    for (int i = 0; i < values.size(); ++i) q.bindValue(i, values[i]);
    if (!q.exec()) return sql::error(q.lastError(), what);
    return Result<QSqlQuery>(std::move(q));
}

Result<QStringList> distinctColumn(Workspace& ws, const char* column) {
    const QString sqlText = QStringLiteral("SELECT DISTINCT %1 FROM prompts WHERE %1 <> '' ORDER BY %1").arg(QLatin1String(column));
    auto q = run(ws, sqlText, {}, QCoreApplication::translate("ps::store::Workspace", "listing prompts"));
    if (!q) return q.error();
    QStringList out;
    while (q->next()) out << q->value(0).toString();
    return out;
}

}  // namespace

Result<std::vector<PromptRow>> listPrompts(Workspace& ws, const PromptFilter& filter, Id afterId, int limit) {
    QVariantList values{afterId};
    const QString sqlText = QLatin1String(kRowColumns) + whereClause(filter, values) + QStringLiteral(" ORDER BY p.id LIMIT ?");
    values << limit;
    auto q = run(ws, sqlText, values, QCoreApplication::translate("ps::store::Workspace", "listing prompts"));
    if (!q) return q.error();
    std::vector<PromptRow> rows;
    while (q->next()) rows.push_back(readRow(*q));
    return rows;
}

Result<std::optional<PromptRow>> promptRow(Workspace& ws, Id id) {
    auto q = run(ws, QLatin1String(kRowColumns) + QStringLiteral(" WHERE p.id = ?"), {id},
                 QCoreApplication::translate("ps::store::Workspace", "reading prompt %1").arg(id));
    if (!q) return q.error();
    if (!q->next()) return std::optional<PromptRow>();
    return std::optional<PromptRow>(readRow(*q));
}

Result<qint64> countPrompts(Workspace& ws, const PromptFilter& filter) {
    QVariantList values{Id(0)};
    auto q = run(ws, QStringLiteral("SELECT COUNT(*) FROM prompts p") + whereClause(filter, values), values,
                 QCoreApplication::translate("ps::store::Workspace", "counting prompts"));
    if (!q) return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<std::vector<Id>> promptIds(Workspace& ws, const PromptFilter& filter, qint64 limit) {
    QVariantList values{Id(0)};
    QString sqlText = QStringLiteral("SELECT p.id FROM prompts p") + whereClause(filter, values) + QStringLiteral(" ORDER BY p.id");
    if (limit > 0) {
        sqlText += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto q = run(ws, sqlText, values, QCoreApplication::translate("ps::store::Workspace", "listing prompts"));
    if (!q) return q.error();
    std::vector<Id> ids;
    while (q->next()) ids.push_back(q->value(0).toLongLong());
    return ids;
}

Result<QStringList> promptLanguages(Workspace& ws) { return distinctColumn(ws, "language"); }
Result<QStringList> promptCategories(Workspace& ws) { return distinctColumn(ws, "category"); }

}  // namespace ps::store
