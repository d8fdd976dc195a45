// eval_store.cpp — the SQL of the evaluation tables (eval_store.h, schema
// step 4). Queries are prepared per call: these paths run a few times per
// judgment or per report, not in tight loops.
#include "store/eval_store.h"

#include "store/sql_util.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ps::store {

QString runEvaluationKindName(RunEvaluationKind k) {
    switch (k) {
    case RunEvaluationKind::HeldOut: return QStringLiteral("heldout");
    case RunEvaluationKind::Comparison: return QStringLiteral("comparison");
    case RunEvaluationKind::Safety: return QStringLiteral("safety");
    case RunEvaluationKind::Session: return QStringLiteral("session");
    }
    return {};
}

std::optional<RunEvaluationKind> runEvaluationKindFromName(const QString& name) {
    for (RunEvaluationKind k : {RunEvaluationKind::HeldOut, RunEvaluationKind::Comparison, RunEvaluationKind::Safety, RunEvaluationKind::Session})
        if (runEvaluationKindName(k) == name) return k;
    return std::nullopt;
}

namespace {

QString jsonText(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject jsonObject(const QVariant& v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }

// A query prepared and executed with `values`; errors labelled with `what`.
Result<QSqlQuery> run(QSqlDatabase& db, const QString& sqlText, std::initializer_list<QVariant> values, const QString& what) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sqlText)) return sql::error(q.lastError(), what);
    sql::bind(q, values);
    if (!q.exec()) return sql::error(q.lastError(), what);
    return q;
}

QString notFound(const QString& what, Id id) {
    return QCoreApplication::translate("ps::store::EvalStore", "%1 %2 does not exist").arg(what).arg(id);
}

}  // namespace

Status EvalStore::inTransaction(const QString& what, const std::function<Status()>& body) {
    auto tx = ws_.begin();
    if (!tx) return tx.error().within(what);
    Status s = body();
    if (!s) {
        tx->rollback();
        return s;
    }
    Status c = tx->commit();
    if (!c) return c.error().within(what);
    return {};
}

// --- comparisons ----------------------------------------------------------------------

Result<Id> EvalStore::addComparison(const NewComparison& c, const std::vector<ComparisonItem>& items) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "saving a before/after comparison");
    Id id = 0;
    Status s = inTransaction(what, [&]() -> Status {
        auto q = run(ws_.database(),
                     QStringLiteral("INSERT INTO eval_comparisons(name, model_a_id, model_b_id, sampling_json, seed, training_run_id, created_at) "
                                    "VALUES(?, ?, ?, ?, ?, ?, ?)"),
                     {sql::text(c.name), c.modelA, c.modelB, jsonText(c.sampling), c.seed, sql::nullable(c.trainingRunId), sql::nowMs()}, what);
        if (!q) return q.error();
        id = q->lastInsertId().toLongLong();
        for (const ComparisonItem& it : items) {
            auto r = run(ws_.database(),
                         QStringLiteral("INSERT INTO eval_comparison_items(comparison_id, position, prompt_id, seed, generation_a, generation_b) "
                                        "VALUES(?, ?, ?, ?, ?, ?)"),
                         {id, it.position, it.promptId, it.seed, it.generationA, it.generationB}, what);
            if (!r) return r.error();
        }
        return {};
    });
    if (!s) return s.error();
    return id;
}

namespace {
constexpr const char* kComparisonColumns = "id, name, model_a_id, model_b_id, sampling_json, seed, training_run_id, created_at";
Comparison readComparison(const QSqlQuery& q) {
    Comparison c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.modelA = q.value(2).toLongLong();
    c.modelB = q.value(3).toLongLong();
    c.sampling = jsonObject(q.value(4));
    c.seed = q.value(5).toLongLong();
    c.trainingRunId = sql::optInt(q.value(6));
    c.createdAt = q.value(7).toLongLong();
    return c;
}
}  // namespace

Result<Comparison> EvalStore::comparison(Id id) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading comparison %1").arg(id);
    auto q = run(ws_.database(), QStringLiteral("SELECT %1 FROM eval_comparisons WHERE id = ?").arg(QLatin1String(kComparisonColumns)), {id}, what);
    if (!q) return q.error();
    if (!q->next()) return makeError(notFound(QCoreApplication::translate("ps::store::EvalStore", "comparison"), id));
    return readComparison(*q);
}

Result<std::vector<Comparison>> EvalStore::comparisons() {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "listing comparisons");
    auto q = run(ws_.database(), QStringLiteral("SELECT %1 FROM eval_comparisons ORDER BY id").arg(QLatin1String(kComparisonColumns)), {}, what);
    if (!q) return q.error();
    std::vector<Comparison> out;
    while (q->next()) out.push_back(readComparison(*q));
    return out;
}

Result<std::vector<ComparisonItem>> EvalStore::comparisonItems(Id comparisonId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading comparison %1").arg(comparisonId);
    auto q = run(ws_.database(),
                 QStringLiteral("SELECT position, prompt_id, seed, generation_a, generation_b FROM eval_comparison_items "
                                "WHERE comparison_id = ? ORDER BY position"),
                 {comparisonId}, what);
    if (!q) return q.error();
    std::vector<ComparisonItem> out;
    while (q->next())
        out.push_back({q->value(0).toInt(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong(), q->value(4).toLongLong()});
    return out;
}

// --- sessions ---------------------------------------------------------------------------

Result<Id> EvalStore::createSession(const NewSession& s, const std::vector<NewSessionItem>& items) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "creating evaluation session '%1'").arg(s.name);
    if (s.modelVersions.size() < 2)
        return makeError(QCoreApplication::translate("ps::store::EvalStore", "a blind session compares at least two model versions"), what);
    if (items.empty()) return makeError(QCoreApplication::translate("ps::store::EvalStore", "a blind session needs at least one pair to judge"), what);
    Id id = 0;
    Status st = inTransaction(what, [&]() -> Status {
        auto q = run(ws_.database(),
                     QStringLiteral("INSERT INTO eval_sessions(name, answers_per_prompt, seed, created_at) VALUES(?, ?, ?, ?)"),
                     {sql::text(s.name), std::max(1, s.answersPerPrompt), s.seed, sql::nowMs()}, what);
        if (!q) return q.error();
        id = q->lastInsertId().toLongLong();
        for (Id m : s.modelVersions) {
            auto r = run(ws_.database(), QStringLiteral("INSERT OR IGNORE INTO eval_session_models(session_id, model_version_id) VALUES(?, ?)"),
                         {id, m}, what);
            if (!r) return r.error();
        }
        for (Id a : s.reviewers) {
            auto r = run(ws_.database(), QStringLiteral("INSERT OR IGNORE INTO eval_session_reviewers(session_id, annotator_id) VALUES(?, ?)"),
                         {id, a}, what);
            if (!r) return r.error();
        }
        int position = 0;
        for (const NewSessionItem& it : items) {
            auto r = run(ws_.database(),
                         QStringLiteral("INSERT INTO eval_items(session_id, position, prompt_id, generation_a, generation_b, left_is_a) "
                                        "VALUES(?, ?, ?, ?, ?, ?)"),
                         {id, position++, it.promptId, it.generationA, it.generationB, it.leftIsA ? 1 : 0}, what);
            if (!r) return r.error();
        }
        return {};
    });
    if (!st) return st.error();
    return id;
}

Result<Session> EvalStore::session(Id id) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading evaluation session %1").arg(id);
    auto q = run(ws_.database(), QStringLiteral("SELECT id, name, status, answers_per_prompt, seed, created_at FROM eval_sessions WHERE id = ?"),
                 {id}, what);
    if (!q) return q.error();
    if (!q->next()) return makeError(notFound(QCoreApplication::translate("ps::store::EvalStore", "evaluation session"), id));
    Session s;
    s.id = q->value(0).toLongLong();
    s.name = q->value(1).toString();
    s.status = q->value(2).toString() == QLatin1String("closed") ? SessionStatus::Closed : SessionStatus::Open;
    s.answersPerPrompt = q->value(3).toInt();
    s.seed = q->value(4).toLongLong();
    s.createdAt = q->value(5).toLongLong();
    auto m = run(ws_.database(), QStringLiteral("SELECT model_version_id FROM eval_session_models WHERE session_id = ? ORDER BY model_version_id"),
                 {id}, what);
    if (!m) return m.error();
    while (m->next()) s.modelVersions.push_back(m->value(0).toLongLong());
    auto r = run(ws_.database(), QStringLiteral("SELECT annotator_id FROM eval_session_reviewers WHERE session_id = ? ORDER BY annotator_id"),
                 {id}, what);
    if (!r) return r.error();
    while (r->next()) s.reviewers.push_back(r->value(0).toLongLong());
    return s;
}

Result<std::vector<Session>> EvalStore::sessions() {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "listing evaluation sessions");
    auto q = run(ws_.database(), QStringLiteral("SELECT id FROM eval_sessions ORDER BY id"), {}, what);
    if (!q) return q.error();
    std::vector<Id> ids;
    while (q->next()) ids.push_back(q->value(0).toLongLong());
    std::vector<Session> out;
    for (Id id : ids) {
        auto s = session(id);
        if (!s) return s.error();
        out.push_back(std::move(s).value());
    }
    return out;
}

Status EvalStore::setSessionStatus(Id sessionId, SessionStatus status) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "changing evaluation session %1").arg(sessionId);
    auto q = run(ws_.database(), QStringLiteral("UPDATE eval_sessions SET status = ? WHERE id = ?"),
                 {status == SessionStatus::Closed ? QStringLiteral("closed") : QStringLiteral("open"), sessionId}, what);
    if (!q) return q.error();
    if (q->numRowsAffected() != 1) return makeError(notFound(QCoreApplication::translate("ps::store::EvalStore", "evaluation session"), sessionId));
    return {};
}

Status EvalStore::addSessionReviewer(Id sessionId, Id annotatorId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "adding a reviewer to evaluation session %1").arg(sessionId);
    auto q = run(ws_.database(), QStringLiteral("INSERT OR IGNORE INTO eval_session_reviewers(session_id, annotator_id) VALUES(?, ?)"),
                 {sessionId, annotatorId}, what);
    if (!q) return q.error();
    return {};
}

Result<std::vector<SessionItem>> EvalStore::sessionItems(Id sessionId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading evaluation session %1").arg(sessionId);
    auto q = run(ws_.database(),
                 QStringLiteral("SELECT id, session_id, position, prompt_id, generation_a, generation_b, left_is_a FROM eval_items "
                                "WHERE session_id = ? ORDER BY position"),
                 {sessionId}, what);
    if (!q) return q.error();
    std::vector<SessionItem> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt(), q->value(3).toLongLong(), q->value(4).toLongLong(),
                       q->value(5).toLongLong(), q->value(6).toInt() == 1});
    return out;
}

namespace {
constexpr const char* kBlindSelect =
    "SELECT i.id, i.position, p.text, p.messages_json, ga.text, gb.text, i.left_is_a "
    "FROM eval_items i JOIN prompts p ON p.id = i.prompt_id "
    "JOIN generations ga ON ga.id = i.generation_a JOIN generations gb ON gb.id = i.generation_b ";
BlindItem readBlind(const QSqlQuery& q) {
    BlindItem b;
    b.itemId = q.value(0).toLongLong();
    b.position = q.value(1).toInt();
    b.prompt = sql::promptContent(q.value(2), q.value(3));
    const bool leftIsA = q.value(6).toInt() == 1;
    b.left = (leftIsA ? q.value(4) : q.value(5)).toString();
    b.right = (leftIsA ? q.value(5) : q.value(4)).toString();
    return b;
}
}  // namespace

Result<std::optional<BlindItem>> EvalStore::nextBlindItem(Id sessionId, Id reviewerId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "finding the next pair to judge");
    auto q = run(ws_.database(),
                 QString::fromLatin1(kBlindSelect) +
                     QStringLiteral("JOIN eval_sessions s ON s.id = i.session_id "
                                    "WHERE i.session_id = ? AND s.status = 'open' AND NOT EXISTS "
                                    "(SELECT 1 FROM eval_judgments j WHERE j.item_id = i.id AND j.reviewer_id = ?) "
                                    "ORDER BY i.position LIMIT 1"),
                 {sessionId, reviewerId}, what);
    if (!q) return q.error();
    if (!q->next()) return std::optional<BlindItem>();
    return std::optional<BlindItem>(readBlind(*q));
}

Result<BlindItem> EvalStore::blindItem(Id itemId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading pair %1 to judge").arg(itemId);
    auto q = run(ws_.database(), QString::fromLatin1(kBlindSelect) + QStringLiteral("WHERE i.id = ?"), {itemId}, what);
    if (!q) return q.error();
    if (!q->next()) return makeError(notFound(QCoreApplication::translate("ps::store::EvalStore", "evaluation item"), itemId));
    return readBlind(*q);
}

Result<SessionProgress> EvalStore::sessionProgress(Id sessionId, std::optional<Id> reviewerId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "counting judgments of session %1").arg(sessionId);
    auto q = run(ws_.database(),
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM eval_items WHERE session_id = ?), "
                                "(SELECT COUNT(*) FROM eval_judgments j JOIN eval_items i ON i.id = j.item_id WHERE i.session_id = ?), "
                                "(SELECT COUNT(*) FROM eval_judgments j JOIN eval_items i ON i.id = j.item_id "
                                "  WHERE i.session_id = ? AND j.reviewer_id = ?)"),
                 {sessionId, sessionId, sessionId, reviewerId ? QVariant(*reviewerId) : QVariant(qint64(-1))}, what);
    if (!q) return q.error();
    SessionProgress p;
    if (q->next()) {
        p.items = q->value(0).toLongLong();
        p.judgments = q->value(1).toLongLong();
        p.myJudgments = reviewerId ? q->value(2).toLongLong() : 0;
        p.myRemaining = reviewerId ? p.items - p.myJudgments : 0;
    }
    return p;
}

Result<Id> EvalStore::recordJudgment(Id itemId, Id reviewerId, ScreenChoice choice, std::optional<qint64> timeTakenMs, const QString& comment) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "recording a judgment");
    Id id = 0;
    Status s = inTransaction(what, [&]() -> Status {
        auto q = run(ws_.database(),
                     QStringLiteral("SELECT i.left_is_a, s.status, i.session_id, "
                                    "(SELECT COUNT(*) FROM eval_session_reviewers r WHERE r.session_id = i.session_id), "
                                    "(SELECT COUNT(*) FROM eval_session_reviewers r WHERE r.session_id = i.session_id AND r.annotator_id = ?) "
                                    "FROM eval_items i JOIN eval_sessions s ON s.id = i.session_id WHERE i.id = ?"),
                     {reviewerId, itemId}, what);
        if (!q) return q.error();
        if (!q->next()) return makeError(notFound(QCoreApplication::translate("ps::store::EvalStore", "evaluation item"), itemId), what);
        const bool leftIsA = q->value(0).toInt() == 1;
        if (q->value(1).toString() == QLatin1String("closed"))
            return makeError(QCoreApplication::translate("ps::store::EvalStore", "the evaluation session is closed"), what);
        if (q->value(3).toInt() > 0 && q->value(4).toInt() == 0)
            return makeError(QCoreApplication::translate("ps::store::EvalStore", "this reviewer is not part of the evaluation session"), what);
        Choice c = Choice::Tie;
        switch (choice) {
        case ScreenChoice::Left: c = leftIsA ? Choice::A : Choice::B; break;
        case ScreenChoice::Right: c = leftIsA ? Choice::B : Choice::A; break;
        case ScreenChoice::Tie: c = Choice::Tie; break;
        case ScreenChoice::BothBad: c = Choice::BothBad; break;
        }
        auto r = run(ws_.database(),
                     QStringLiteral("INSERT INTO eval_judgments(item_id, reviewer_id, choice, left_is_a, time_taken_ms, comment, created_at) "
                                    "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(item_id, reviewer_id) DO UPDATE SET "
                                    "choice = excluded.choice, left_is_a = excluded.left_is_a, time_taken_ms = excluded.time_taken_ms, "
                                    "comment = excluded.comment, created_at = excluded.created_at"),
                     {itemId, reviewerId, choiceName(c), leftIsA ? 1 : 0, sql::nullable(timeTakenMs), sql::text(comment), sql::nowMs()}, what);
        if (!r) return r.error();
        auto idq = run(ws_.database(), QStringLiteral("SELECT id FROM eval_judgments WHERE item_id = ? AND reviewer_id = ?"), {itemId, reviewerId}, what);
        if (!idq) return idq.error();
        if (idq->next()) id = idq->value(0).toLongLong();
        return {};
    });
    if (!s) return s.error();
    return id;
}

Result<std::vector<Judgment>> EvalStore::judgmentsForItem(Id itemId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading judgments of item %1").arg(itemId);
    auto q = run(ws_.database(),
                 QStringLiteral("SELECT id, item_id, reviewer_id, choice, left_is_a, time_taken_ms, comment, created_at FROM eval_judgments "
                                "WHERE item_id = ? ORDER BY id"),
                 {itemId}, what);
    if (!q) return q.error();
    std::vector<Judgment> out;
    while (q->next()) {
        Judgment j;
        j.id = q->value(0).toLongLong();
        j.itemId = q->value(1).toLongLong();
        j.reviewerId = q->value(2).toLongLong();
        j.choice = choiceFromName(q->value(3).toString()).value_or(Choice::Tie);
        j.leftIsA = q->value(4).toInt() == 1;
        j.timeTakenMs = sql::optInt(q->value(5));
        j.comment = q->value(6).toString();
        j.createdAt = q->value(7).toLongLong();
        out.push_back(j);
    }
    return out;
}

Result<std::vector<JudgedPair>> EvalStore::judgedPairs(Id sessionId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading judgments of session %1").arg(sessionId);
    auto q = run(ws_.database(),
                 QStringLiteral("SELECT i.id, i.prompt_id, ga.model_version_id, gb.model_version_id, j.reviewer_id, j.choice, j.left_is_a, "
                                "j.time_taken_ms, j.created_at FROM eval_judgments j JOIN eval_items i ON i.id = j.item_id "
                                "JOIN generations ga ON ga.id = i.generation_a JOIN generations gb ON gb.id = i.generation_b "
                                "WHERE i.session_id = ? ORDER BY i.position, j.id"),
                 {sessionId}, what);
    if (!q) return q.error();
    std::vector<JudgedPair> out;
    while (q->next()) {
        JudgedPair p;
        p.itemId = q->value(0).toLongLong();
        p.promptId = q->value(1).toLongLong();
        p.modelA = q->value(2).toLongLong();
        p.modelB = q->value(3).toLongLong();
        p.reviewerId = q->value(4).toLongLong();
        p.choice = choiceFromName(q->value(5).toString()).value_or(Choice::Tie);
        p.leftIsA = q->value(6).toInt() == 1;
        p.timeTakenMs = sql::optInt(q->value(7));
        p.createdAt = q->value(8).toLongLong();
        out.push_back(p);
    }
    return out;
}

// --- safety -----------------------------------------------------------------------------

Result<std::vector<SafetyPattern>> EvalStore::safetyPatterns() {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading the safety filter");
    auto q = run(ws_.database(), QStringLiteral("SELECT category, pattern FROM safety_patterns ORDER BY position, id"), {}, what);
    if (!q) return q.error();
    std::vector<SafetyPattern> out;
    while (q->next()) out.push_back({q->value(0).toString(), q->value(1).toString()});
    return out;
}

Status EvalStore::setSafetyPatterns(const std::vector<SafetyPattern>& patterns) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "saving the safety filter");
    return inTransaction(what, [&]() -> Status {
        PS_TRY(sql::exec(ws_.database(), QStringLiteral("DELETE FROM safety_patterns"), what));
        int position = 0;
        for (const SafetyPattern& p : patterns) {
            if (p.category.trimmed().isEmpty() || p.pattern.isEmpty())
                return makeError(QCoreApplication::translate("ps::store::EvalStore", "a safety pattern needs a category and a pattern"), what);
            auto r = run(ws_.database(), QStringLiteral("INSERT OR IGNORE INTO safety_patterns(category, pattern, position) VALUES(?, ?, ?)"),
                         {p.category.trimmed(), p.pattern, position++}, what);
            if (!r) return r.error();
        }
        return {};
    });
}

Result<Id> EvalStore::addSafetyRun(const NewSafetyRun& sr, const std::vector<SafetyResult>& results) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "saving a safety run");
    Id id = 0;
    Status s = inTransaction(what, [&]() -> Status {
        auto q = run(ws_.database(),
                     QStringLiteral("INSERT INTO safety_runs(model_version_id, suite, filter_json, sampling_json, seed, training_run_id, created_at) "
                                    "VALUES(?, ?, ?, ?, ?, ?, ?)"),
                     {sr.modelVersionId, sql::text(sr.suite), jsonText(sr.filter), jsonText(sr.sampling), sr.seed, sql::nullable(sr.trainingRunId),
                      sql::nowMs()},
                     what);
        if (!q) return q.error();
        id = q->lastInsertId().toLongLong();
        for (const SafetyResult& r : results) {
            auto ins = run(ws_.database(),
                           QStringLiteral("INSERT INTO safety_results(safety_run_id, prompt_key, category, language, prompt, answer, hits_json, "
                                          "refused, unsafe, time_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {id, r.promptKey, sql::text(r.category), sql::text(r.language), sql::text(r.prompt), sql::text(r.answer),
                            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.hits)).toJson(QJsonDocument::Compact)), r.refused ? 1 : 0,
                            r.unsafe ? 1 : 0, sql::nullable(r.timeMs)},
                           what);
            if (!ins) return ins.error();
        }
        return {};
    });
    if (!s) return s.error();
    return id;
}

namespace {
constexpr const char* kSafetyRunColumns = "id, model_version_id, suite, filter_json, sampling_json, seed, training_run_id, created_at";
SafetyRun readSafetyRun(const QSqlQuery& q) {
    SafetyRun r;
    r.id = q.value(0).toLongLong();
    r.modelVersionId = q.value(1).toLongLong();
    r.suite = q.value(2).toString();
    r.filter = jsonObject(q.value(3));
    r.sampling = jsonObject(q.value(4));
    r.seed = q.value(5).toLongLong();
    r.trainingRunId = sql::optInt(q.value(6));
    r.createdAt = q.value(7).toLongLong();
    return r;
}
}  // namespace

Result<SafetyRun> EvalStore::safetyRun(Id id) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading safety run %1").arg(id);
    auto q = run(ws_.database(), QStringLiteral("SELECT %1 FROM safety_runs WHERE id = ?").arg(QLatin1String(kSafetyRunColumns)), {id}, what);
    if (!q) return q.error();
    if (!q->next()) return makeError(notFound(QCoreApplication::translate("ps::store::EvalStore", "safety run"), id));
    return readSafetyRun(*q);
}

Result<std::vector<SafetyRun>> EvalStore::safetyRuns(std::optional<Id> modelVersionId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "listing safety runs");
    auto q = run(ws_.database(),
                 QStringLiteral("SELECT %1 FROM safety_runs WHERE ? IS NULL OR model_version_id = ? ORDER BY created_at DESC, id DESC")
                     .arg(QLatin1String(kSafetyRunColumns)),
                 {sql::nullable(modelVersionId), sql::nullable(modelVersionId)}, what);
    if (!q) return q.error();
    std::vector<SafetyRun> out;
    while (q->next()) out.push_back(readSafetyRun(*q));
    return out;
}

Result<std::vector<SafetyResult>> EvalStore::safetyResults(Id safetyRunId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading safety run %1").arg(safetyRunId);
    auto q = run(ws_.database(),
                 QStringLiteral("SELECT prompt_key, category, language, prompt, answer, hits_json, refused, unsafe, time_ms FROM safety_results "
                                "WHERE safety_run_id = ? ORDER BY rowid"),
                 {safetyRunId}, what);
    if (!q) return q.error();
    std::vector<SafetyResult> out;
    while (q->next()) {
        SafetyResult r;
        r.promptKey = q->value(0).toString();
        r.category = q->value(1).toString();
        r.language = q->value(2).toString();
        r.prompt = q->value(3).toString();
        r.answer = q->value(4).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q->value(5).toString().toUtf8()).array()) r.hits << v.toString();
        r.refused = q->value(6).toInt() == 1;
        r.unsafe = q->value(7).toInt() == 1;
        r.timeMs = sql::optInt(q->value(8));
        out.push_back(r);
    }
    return out;
}

// --- run evaluations --------------------------------------------------------------------

Result<Id> EvalStore::addRunEvaluation(const NewRunEvaluation& e) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "attaching an evaluation to training run %1").arg(e.trainingRunId);
    auto q = run(ws_.database(),
                 QStringLiteral("INSERT INTO run_evaluations(training_run_id, kind, comparison_id, safety_run_id, session_id, metrics_json, created_at) "
                                "VALUES(?, ?, ?, ?, ?, ?, ?)"),
                 {e.trainingRunId, runEvaluationKindName(e.kind), sql::nullable(e.comparisonId), sql::nullable(e.safetyRunId),
                  sql::nullable(e.sessionId), jsonText(e.metrics), sql::nowMs()},
                 what);
    if (!q) return q.error();
    return q->lastInsertId().toLongLong();
}

Result<std::vector<RunEvaluation>> EvalStore::runEvaluations(Id trainingRunId) {
    const QString what = QCoreApplication::translate("ps::store::EvalStore", "reading evaluations of training run %1").arg(trainingRunId);
    auto q = run(ws_.database(),
                 QStringLiteral("SELECT id, training_run_id, kind, comparison_id, safety_run_id, session_id, metrics_json, created_at "
                                "FROM run_evaluations WHERE training_run_id = ? ORDER BY id"),
                 {trainingRunId}, what);
    if (!q) return q.error();
    std::vector<RunEvaluation> out;
    while (q->next()) {
        RunEvaluation r;
        r.id = q->value(0).toLongLong();
        r.trainingRunId = q->value(1).toLongLong();
        r.kind = runEvaluationKindFromName(q->value(2).toString()).value_or(RunEvaluationKind::HeldOut);
        r.comparisonId = sql::optInt(q->value(3));
        r.safetyRunId = sql::optInt(q->value(4));
        r.sessionId = sql::optInt(q->value(5));
        r.metrics = jsonObject(q->value(6));
        r.createdAt = q->value(7).toLongLong();
        out.push_back(r);
    }
    return out;
}

Result<Id> EvalStore::modelVersionForPath(const QString& path, const QString& name) {
    const QString abs = QFileInfo(path).absoluteFilePath();
    auto all = ws_.modelVersions();
    if (!all) return all.error();
    QStringList names;
    for (const ModelVersion& m : all.value()) {
        if (!m.path.isEmpty() && QFileInfo(m.path).absoluteFilePath() == abs) return m.id;
        names << m.name;
    }
    QString unique = name.trimmed().isEmpty() ? QFileInfo(abs).fileName() : name.trimmed();
    const QString stem = unique;
    for (int i = 2; names.contains(unique); ++i) unique = QStringLiteral("%1 (%2)").arg(stem).arg(i);
    NewModelVersion v;
    v.name = unique;
    v.path = abs;
    return ws_.addModelVersion(v);
}

}  // namespace ps::store
