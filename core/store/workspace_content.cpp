// workspace_content.cpp — what annotators look at: prompts, model versions,
// generations, pairs, and the annotators themselves (workspace.h).
#include "store/workspace.h"

#include "store/sql_util.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ps::store {

namespace {

Status checkPromptContent(const PromptContent& c) {
    if (c.isChat()) {
        if (!c.text.isEmpty())
            return makeError(QCoreApplication::translate("ps::store::Workspace", "a prompt is either text or a message list, not both"));
        for (const QJsonValue& m : c.messages) {
            if (!m.isObject() || !m.toObject().value(QLatin1String("role")).isString())
                return makeError(QCoreApplication::translate("ps::store::Workspace", "every prompt message needs a 'role'"));
        }
        return {};
    }
    if (c.text.isEmpty()) return makeError(QCoreApplication::translate("ps::store::Workspace", "the prompt is empty"));
    return {};
}

QJsonObject parseObject(const QVariant& v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }

QString compactJson(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

}  // namespace

// --- prompts ------------------------------------------------------------------

QByteArray Workspace::promptHash(const PromptContent& content) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (content.isChat()) {
        QJsonArray normalized;
        for (const QJsonValue& m : content.messages) {
            QJsonObject o = m.toObject();
            const QJsonValue c = o.value(QLatin1String("content"));
            if (c.isString()) o.insert(QLatin1String("content"), c.toString().normalized(QString::NormalizationForm_C));
            normalized.append(o);
        }
        h.addData(QByteArrayLiteral("chat\n"));
        h.addData(QJsonDocument(normalized).toJson(QJsonDocument::Compact));  // object keys are sorted
    } else {
        h.addData(QByteArrayLiteral("text\n"));
        h.addData(content.text.trimmed().normalized(QString::NormalizationForm_C).toUtf8());
    }
    return h.result();
}

Result<Id> Workspace::insertPrompt(const NewPrompt& p, qint64 now) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "adding a prompt");
    Status valid = checkPromptContent(p.content);
    if (!valid) return valid.error().within(what);
    auto q = prepared("INSERT INTO prompts(text, messages_json, language, category, source, dedup_hash, created_at) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?)");
    if (!q) return q.error();
    sql::bind(**q, {p.content.isChat() ? QVariant() : QVariant(p.content.text), sql::messagesJson(p.content), sql::text(p.language), sql::text(p.category),
                    sql::text(p.source), promptHash(p.content), now});
    PS_TRY(sql::exec(**q, what));
    return (*q)->lastInsertId().toLongLong();
}

Result<Id> Workspace::addPrompt(const NewPrompt& prompt) {
    auto ids = addPrompts({prompt});
    if (!ids) return ids.error();
    return ids->front();
}

Result<std::vector<Id>> Workspace::addPrompts(const std::vector<NewPrompt>& prompts) {
    std::vector<Id> ids;
    ids.reserve(prompts.size());
    const qint64 now = sql::nowMs();
    Status s = inTransaction(QCoreApplication::translate("ps::store::Workspace", "adding prompts"), [&]() -> Status {
        for (const NewPrompt& p : prompts) {
            auto id = insertPrompt(p, now);
            if (!id) return id.error();
            ids.push_back(*id);
        }
        return {};
    });
    if (!s) return s.error();
    return ids;
}

Result<Prompt> Workspace::prompt(Id id) {
    auto q = prepared("SELECT id, text, messages_json, language, category, source, dedup_hash, created_at FROM prompts WHERE id = ?");
    if (!q) return q.error();
    sql::FinishGuard done{**q};
    sql::bind(**q, {id});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "reading prompt %1").arg(id)));
    QSqlQuery& r = **q;
    if (!r.next()) return makeError(QCoreApplication::translate("ps::store::Workspace", "prompt %1 does not exist").arg(id));
    Prompt p;
    p.id = r.value(0).toLongLong();
    p.content = sql::promptContent(r.value(1), r.value(2));
    p.language = r.value(3).toString();
    p.category = r.value(4).toString();
    p.source = r.value(5).toString();
    p.dedupHash = r.value(6).toByteArray();
    p.createdAt = r.value(7).toLongLong();
    return p;
}

Result<std::optional<Id>> Workspace::findPromptByHash(const QByteArray& hash) {
    auto q = prepared("SELECT MIN(id) FROM prompts WHERE dedup_hash = ?");
    if (!q) return q.error();
    sql::FinishGuard done{**q};
    sql::bind(**q, {hash});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "looking up a prompt")));
    if (!(*q)->next() || (*q)->value(0).isNull()) return std::optional<Id>();
    return std::optional<Id>((*q)->value(0).toLongLong());
}

Result<qint64> Workspace::promptCount() {
    auto v = sql::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM prompts"), QCoreApplication::translate("ps::store::Workspace", "counting prompts"));
    if (!v) return v.error();
    return v->toLongLong();
}

// --- model versions -----------------------------------------------------------

Result<Id> Workspace::addModelVersion(const NewModelVersion& v) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "adding model version '%1'").arg(v.name);
    if (v.name.trimmed().isEmpty()) return makeError(QCoreApplication::translate("ps::store::Workspace", "a model version needs a name"));
    auto q = prepared("INSERT INTO model_versions(name, path, parent_id, training_run_id, created_at) VALUES(?, ?, ?, ?, ?)");
    if (!q) return q.error();
    sql::bind(**q, {v.name.trimmed(), sql::text(v.path), sql::nullable(v.parentId), sql::nullable(v.trainingRunId), sql::nowMs()});
    if (!(*q)->exec()) {
        if (sql::isConstraint((*q)->lastError()))
            return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                         "%1: the name is already taken, or the parent or training run does not exist")
                                 .arg(what));
        return sql::error((*q)->lastError(), what);
    }
    return (*q)->lastInsertId().toLongLong();
}

namespace {
ModelVersion readModelVersion(const QSqlQuery& r) {
    ModelVersion m;
    m.id = r.value(0).toLongLong();
    m.name = r.value(1).toString();
    m.path = r.value(2).toString();
    m.parentId = sql::optInt(r.value(3));
    m.trainingRunId = sql::optInt(r.value(4));
    m.createdAt = r.value(5).toLongLong();
    return m;
}
}  // namespace

Result<ModelVersion> Workspace::modelVersion(Id id) {
    auto q = prepared("SELECT id, name, path, parent_id, training_run_id, created_at FROM model_versions WHERE id = ?");
    if (!q) return q.error();
    sql::FinishGuard done{**q};
    sql::bind(**q, {id});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "reading model version %1").arg(id)));
    if (!(*q)->next()) return makeError(QCoreApplication::translate("ps::store::Workspace", "model version %1 does not exist").arg(id));
    return readModelVersion(**q);
}

Result<std::vector<ModelVersion>> Workspace::modelVersions() {
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, path, parent_id, training_run_id, created_at FROM model_versions ORDER BY id")))
        return sql::error(q.lastError(), QCoreApplication::translate("ps::store::Workspace", "listing model versions"));
    std::vector<ModelVersion> out;
    while (q.next()) out.push_back(readModelVersion(q));
    return out;
}

// --- generations ----------------------------------------------------------------

Result<Id> Workspace::insertGeneration(const NewGeneration& g, qint64 now) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "adding a generation");
    auto q = prepared("INSERT INTO generations(prompt_id, model_version_id, sampling_json, seed, text, token_count, time_ms, source, created_at) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q) return q.error();
    sql::bind(**q, {g.promptId, sql::nullable(g.modelVersionId), compactJson(g.sampling), sql::nullable(g.seed), sql::text(g.text),
                    sql::nullable(g.tokenCount), sql::nullable(g.timeMs), sql::text(g.source), now});
    if (!(*q)->exec()) {
        if (sql::isConstraint((*q)->lastError()))
            return makeError(QCoreApplication::translate("ps::store::Workspace",
                                                         "%1: prompt %2 or model version %3 does not exist, or a count is negative")
                                 .arg(what)
                                 .arg(g.promptId)
                                 .arg(g.modelVersionId ? QString::number(*g.modelVersionId) : QStringLiteral("-")));
        return sql::error((*q)->lastError(), what);
    }
    return (*q)->lastInsertId().toLongLong();
}

Result<Id> Workspace::addGeneration(const NewGeneration& g) {
    auto ids = addGenerations({g});
    if (!ids) return ids.error();
    return ids->front();
}

Result<std::vector<Id>> Workspace::addGenerations(const std::vector<NewGeneration>& gs) {
    std::vector<Id> ids;
    ids.reserve(gs.size());
    const qint64 now = sql::nowMs();
    Status s = inTransaction(QCoreApplication::translate("ps::store::Workspace", "adding generations"), [&]() -> Status {
        for (const NewGeneration& g : gs) {
            auto id = insertGeneration(g, now);
            if (!id) return id.error();
            ids.push_back(*id);
        }
        return {};
    });
    if (!s) return s.error();
    return ids;
}

Result<Generation> Workspace::generation(Id id) {
    auto q = prepared("SELECT id, prompt_id, model_version_id, sampling_json, seed, text, token_count, time_ms, source, created_at "
                      "FROM generations WHERE id = ?");
    if (!q) return q.error();
    sql::FinishGuard done{**q};
    sql::bind(**q, {id});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "reading generation %1").arg(id)));
    QSqlQuery& r = **q;
    if (!r.next()) return makeError(QCoreApplication::translate("ps::store::Workspace", "generation %1 does not exist").arg(id));
    Generation g;
    g.id = r.value(0).toLongLong();
    g.promptId = r.value(1).toLongLong();
    g.modelVersionId = sql::optInt(r.value(2));
    g.sampling = parseObject(r.value(3));
    g.seed = sql::optInt(r.value(4));
    g.text = r.value(5).toString();
    if (!r.value(6).isNull()) g.tokenCount = r.value(6).toInt();
    g.timeMs = sql::optInt(r.value(7));
    g.source = r.value(8).toString();
    g.createdAt = r.value(9).toLongLong();
    return g;
}

// --- pairs ----------------------------------------------------------------------

Result<Id> Workspace::insertPair(const NewPair& p, qint64 now) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "creating a pair");
    if (p.generationA == p.generationB)
        return makeError(QCoreApplication::translate("ps::store::Workspace", "%1: a pair needs two different generations").arg(what));
    auto check = prepared("SELECT id, prompt_id FROM generations WHERE id IN (?, ?)");
    if (!check) return check.error();
    {
        sql::FinishGuard done{**check};
        sql::bind(**check, {p.generationA, p.generationB});
        PS_TRY(sql::exec(**check, what));
        int found = 0;
        while ((*check)->next()) {
            ++found;
            if ((*check)->value(1).toLongLong() != p.promptId)
                return makeError(QCoreApplication::translate("ps::store::Workspace", "%1: generation %2 answers another prompt than %3")
                                     .arg(what)
                                     .arg((*check)->value(0).toLongLong())
                                     .arg(p.promptId));
        }
        if (found != 2)
            return makeError(QCoreApplication::translate("ps::store::Workspace", "%1: generation %2 or %3 does not exist")
                                 .arg(what)
                                 .arg(p.generationA)
                                 .arg(p.generationB));
    }
    auto q = prepared("INSERT INTO pairs(prompt_id, generation_a, generation_b, created_at) VALUES(?, ?, ?, ?)");
    if (!q) return q.error();
    sql::bind(**q, {p.promptId, p.generationA, p.generationB, now});
    if (!(*q)->exec()) {
        if (sql::isConstraint((*q)->lastError()))
            return makeError(QCoreApplication::translate("ps::store::Workspace", "%1: the pair (%2, %3) already exists")
                                 .arg(what)
                                 .arg(p.generationA)
                                 .arg(p.generationB));
        return sql::error((*q)->lastError(), what);
    }
    return (*q)->lastInsertId().toLongLong();
}

Result<Id> Workspace::createPair(const NewPair& p) {
    auto ids = createPairs({p});
    if (!ids) return ids.error();
    return ids->front();
}

Result<std::vector<Id>> Workspace::createPairs(const std::vector<NewPair>& pairs) {
    std::vector<Id> ids;
    ids.reserve(pairs.size());
    const qint64 now = sql::nowMs();
    Status s = inTransaction(QCoreApplication::translate("ps::store::Workspace", "creating pairs"), [&]() -> Status {
        for (const NewPair& p : pairs) {
            auto id = insertPair(p, now);
            if (!id) return id.error();
            ids.push_back(*id);
        }
        return {};
    });
    if (!s) return s.error();
    return ids;
}

Result<Pair> Workspace::pair(Id id) {
    auto q = prepared("SELECT id, prompt_id, generation_a, generation_b, excluded, excluded_reason, created_at FROM pairs WHERE id = ?");
    if (!q) return q.error();
    sql::FinishGuard done{**q};
    sql::bind(**q, {id});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "reading pair %1").arg(id)));
    QSqlQuery& r = **q;
    if (!r.next()) return makeError(QCoreApplication::translate("ps::store::Workspace", "pair %1 does not exist").arg(id));
    Pair p;
    p.id = r.value(0).toLongLong();
    p.promptId = r.value(1).toLongLong();
    p.generationA = r.value(2).toLongLong();
    p.generationB = r.value(3).toLongLong();
    p.excluded = r.value(4).toInt() != 0;
    p.excludedReason = r.value(5).toString();
    p.createdAt = r.value(6).toLongLong();
    return p;
}

Status Workspace::setPairExcluded(Id pairId, bool excluded, const QString& reason) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "excluding pair %1").arg(pairId);
    auto q = prepared("UPDATE pairs SET excluded = ?, excluded_reason = ? WHERE id = ?");
    if (!q) return q.error();
    sql::bind(**q, {excluded ? 1 : 0, sql::text(excluded ? reason : QString()), pairId});
    PS_TRY(sql::exec(**q, what));
    if ((*q)->numRowsAffected() != 1) return makeError(QCoreApplication::translate("ps::store::Workspace", "pair %1 does not exist").arg(pairId));
    return {};
}

// --- annotators -------------------------------------------------------------------

Result<Id> Workspace::addAnnotator(const QString& name) {
    const QString trimmed = name.trimmed();
    const QString what = QCoreApplication::translate("ps::store::Workspace", "adding annotator '%1'").arg(trimmed);
    if (trimmed.isEmpty()) return makeError(QCoreApplication::translate("ps::store::Workspace", "an annotator needs a name"));
    auto q = prepared("INSERT INTO annotators(name, created_at) VALUES(?, ?)");
    if (!q) return q.error();
    sql::bind(**q, {trimmed, sql::nowMs()});
    if (!(*q)->exec()) {
        if (sql::isConstraint((*q)->lastError()))
            return makeError(QCoreApplication::translate("ps::store::Workspace", "an annotator named '%1' already exists").arg(trimmed));
        return sql::error((*q)->lastError(), what);
    }
    return (*q)->lastInsertId().toLongLong();
}

Result<Id> Workspace::annotatorId(const QString& name, bool createIfMissing) {
    const QString trimmed = name.trimmed();
    {
        auto q = prepared("SELECT id FROM annotators WHERE name = ?");
        if (!q) return q.error();
        sql::FinishGuard done{**q};
        sql::bind(**q, {trimmed});
        PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "looking up annotator '%1'").arg(trimmed)));
        if ((*q)->next()) return (*q)->value(0).toLongLong();
    }
    if (!createIfMissing) return makeError(QCoreApplication::translate("ps::store::Workspace", "there is no annotator named '%1'").arg(trimmed));
    return addAnnotator(trimmed);
}

namespace {
Annotator readAnnotator(const QSqlQuery& r) {
    Annotator a;
    a.id = r.value(0).toLongLong();
    a.name = r.value(1).toString();
    a.excluded = r.value(2).toInt() != 0;
    a.excludedReason = r.value(3).toString();
    a.createdAt = r.value(4).toLongLong();
    return a;
}
}  // namespace

Result<Annotator> Workspace::annotator(Id id) {
    auto q = prepared("SELECT id, name, excluded, excluded_reason, created_at FROM annotators WHERE id = ?");
    if (!q) return q.error();
    sql::FinishGuard done{**q};
    sql::bind(**q, {id});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "reading annotator %1").arg(id)));
    if (!(*q)->next()) return makeError(QCoreApplication::translate("ps::store::Workspace", "annotator %1 does not exist").arg(id));
    return readAnnotator(**q);
}

Result<std::vector<Annotator>> Workspace::annotators() {
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, excluded, excluded_reason, created_at FROM annotators ORDER BY name")))
        return sql::error(q.lastError(), QCoreApplication::translate("ps::store::Workspace", "listing annotators"));
    std::vector<Annotator> out;
    while (q.next()) out.push_back(readAnnotator(q));
    return out;
}

Status Workspace::setAnnotatorExcluded(Id annotatorId, bool excluded, const QString& reason) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "excluding annotator %1").arg(annotatorId);
    auto q = prepared("UPDATE annotators SET excluded = ?, excluded_reason = ? WHERE id = ?");
    if (!q) return q.error();
    sql::bind(**q, {excluded ? 1 : 0, sql::text(excluded ? reason : QString()), annotatorId});
    PS_TRY(sql::exec(**q, what));
    if ((*q)->numRowsAffected() != 1)
        return makeError(QCoreApplication::translate("ps::store::Workspace", "annotator %1 does not exist").arg(annotatorId));
    return {};
}

}  // namespace ps::store
