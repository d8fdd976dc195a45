// workspace_training.cpp — what training reads and writes: preference
// examples built from the votes, training runs and their metrics (workspace.h).
#include "store/workspace.h"

#include "store/sql_util.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <array>
#include <cmath>

namespace ps::store {

// --- preference examples ------------------------------------------------------------

namespace {

// The votes of one pair, gathered while walking the query below.
struct PairVotes {
    Id pairId = 0;
    Id promptId = 0;
    PromptContent prompt;
    QString language, category, textA, textB;
    std::array<int, 4> counts{};  // a, b, tie, both_bad
    int skips = 0;
    struct Edit {
        Id voteId;
        Choice choice;
        Side side;
        QString text;
    };
    std::vector<Edit> edits;
};

int countIndex(Choice c) {
    switch (c) {
    case Choice::A: return 0;
    case Choice::B: return 1;
    case Choice::Tie: return 2;
    case Choice::BothBad: return 3;
    case Choice::Skip: break;
    }
    return -1;
}

Status emitExamples(const PairVotes& pv, const PreferenceOptions& o, const std::function<Status(const PreferenceExample&)>& out) {
    PreferenceExample base;
    base.pairId = pv.pairId;
    base.promptId = pv.promptId;
    base.prompt = pv.prompt;
    base.language = pv.language;
    base.category = pv.category;
    base.votesCounted = pv.counts[0] + pv.counts[1] + pv.counts[2] + pv.counts[3];

    // Plurality of the non-skip votes; equal top counts decide nothing.
    static constexpr Choice kChoices[4] = {Choice::A, Choice::B, Choice::Tie, Choice::BothBad};
    int best = -1, bestCount = 0;
    bool unique = false;
    for (int i = 0; i < 4; ++i) {
        if (pv.counts[i] > bestCount) {
            best = i;
            bestCount = pv.counts[i];
            unique = true;
        } else if (pv.counts[i] == bestCount && bestCount > 0) {
            unique = false;
        }
    }
    if (best < 0) {
        if (o.includeSkips && pv.skips > 0) {
            PreferenceExample e = base;
            e.outcome = Choice::Skip;
            e.chosen = pv.textA;
            e.rejected = pv.textB;
            PS_TRY(out(e));
        }
    } else if (unique) {
        const Choice outcome = kChoices[best];
        const bool wanted = outcome == Choice::A || outcome == Choice::B || (outcome == Choice::Tie && o.includeTies) ||
                            (outcome == Choice::BothBad && o.includeBothBad);
        if (wanted) {
            PreferenceExample e = base;
            e.outcome = outcome;
            e.votesForOutcome = bestCount;
            const bool bWins = outcome == Choice::B;
            e.chosen = bWins ? pv.textB : pv.textA;
            e.rejected = bWins ? pv.textA : pv.textB;
            PS_TRY(out(e));
        }
    }

    if (!o.editsAsChosen) return {};
    for (const PairVotes::Edit& edit : pv.edits) {
        const QString& original = edit.side == Side::A ? pv.textA : pv.textB;
        const QString& other = edit.side == Side::A ? pv.textB : pv.textA;
        if (edit.text == original) continue;  // opened the editor, changed nothing
        const bool editedTheWinner = (edit.choice == Choice::A && edit.side == Side::A) || (edit.choice == Choice::B && edit.side == Side::B);
        PreferenceExample e = base;
        e.outcome = edit.side == Side::A ? Choice::A : Choice::B;
        e.votesForOutcome = pv.counts[edit.side == Side::A ? 0 : 1];
        e.fromEdit = true;
        e.editVoteId = edit.voteId;
        e.chosen = edit.text;
        e.rejected = editedTheWinner ? other : original;
        if (e.chosen == e.rejected) continue;
        PS_TRY(out(e));
    }
    return {};
}

}  // namespace

Result<std::vector<PreferenceExample>> Workspace::preferencePairs(const PreferenceOptions& options) {
    std::vector<PreferenceExample> out;
    Status s = forEachPreferencePair(options, [&](const PreferenceExample& e) -> Status {
        out.push_back(e);
        return {};
    });
    if (!s) return s.error();
    return out;
}

Status Workspace::forEachPreferencePair(const PreferenceOptions& options, const std::function<Status(const PreferenceExample&)>& sink) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "collecting preference pairs");
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    const QString sqlText =
        QStringLiteral("SELECT p.id, p.prompt_id, pr.text, pr.messages_json, pr.language, pr.category, ga.text, gb.text, "
                       "v.id, v.choice, v.edited_side, v.edited_text "
                       "FROM pairs p "
                       "JOIN prompts pr ON pr.id = p.prompt_id "
                       "JOIN generations ga ON ga.id = p.generation_a "
                       "JOIN generations gb ON gb.id = p.generation_b "
                       "JOIN votes v ON v.pair_id = p.id AND v.undone_at IS NULL AND v.superseded_at IS NULL "
                       "JOIN annotators an ON an.id = v.annotator_id "
                       "%1 "
                       "ORDER BY p.id, v.id")
            .arg(options.respectExclusions ? QStringLiteral("WHERE p.excluded = 0 AND an.excluded = 0") : QString());
    if (!q.exec(sqlText)) return sql::error(q.lastError(), what);

    std::optional<PairVotes> current;
    while (q.next()) {
        const Id pairId = q.value(0).toLongLong();
        if (!current || current->pairId != pairId) {
            if (current) PS_TRY(emitExamples(*current, options, sink));
            current.emplace();
            current->pairId = pairId;
            current->promptId = q.value(1).toLongLong();
            current->prompt = sql::promptContent(q.value(2), q.value(3));
            current->language = q.value(4).toString();
            current->category = q.value(5).toString();
            current->textA = q.value(6).toString();
            current->textB = q.value(7).toString();
        }
        const Choice choice = choiceFromName(q.value(9).toString()).value_or(Choice::Skip);
        const int idx = countIndex(choice);
        if (idx >= 0)
            ++current->counts[idx];
        else
            ++current->skips;
        if (!q.value(10).isNull()) {
            const Side side = q.value(10).toString() == QLatin1String("a") ? Side::A : Side::B;
            current->edits.push_back({q.value(8).toLongLong(), choice, side, q.value(11).toString()});
        }
    }
    if (q.lastError().isValid()) return sql::error(q.lastError(), what);
    if (current) PS_TRY(emitExamples(*current, options, sink));
    return {};
}

// --- training runs ----------------------------------------------------------------

Result<Id> Workspace::createRun(const NewRun& run) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "creating a training run");
    auto q = prepared("INSERT INTO training_runs(config_json, status, base_model_version_id, created_at) VALUES(?, 'pending', ?, ?)");
    if (!q) return q.error();
    sql::bind(**q, {QString::fromUtf8(QJsonDocument(run.config).toJson(QJsonDocument::Compact)), sql::nullable(run.baseModelVersionId),
                    sql::nowMs()});
    if (!(*q)->exec()) {
        if (sql::isConstraint((*q)->lastError()))
            return makeError(QCoreApplication::translate("ps::store::Workspace", "%1: the base model version does not exist").arg(what));
        return sql::error((*q)->lastError(), what);
    }
    return (*q)->lastInsertId().toLongLong();
}

namespace {
Error noSuchRun(Id id) { return makeError(QCoreApplication::translate("ps::store::Workspace", "training run %1 does not exist").arg(id)); }
}  // namespace

Status Workspace::setRunStatus(Id runId, RunStatus status, const QString& error) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "updating training run %1").arg(runId);
    const bool terminal = status == RunStatus::Finished || status == RunStatus::Failed || status == RunStatus::Cancelled;
    const qint64 now = sql::nowMs();
    auto q = prepared("UPDATE training_runs SET status = ?, error = ?, "
                      "started_at = CASE WHEN ? AND started_at IS NULL THEN ? ELSE started_at END, "
                      "finished_at = CASE WHEN ? THEN ? WHEN ? THEN NULL ELSE finished_at END "
                      "WHERE id = ?");
    if (!q) return q.error();
    const bool running = status == RunStatus::Running;
    sql::bind(**q, {runStatusName(status), sql::text(error), running ? 1 : 0, now, terminal ? 1 : 0, now, running ? 1 : 0, runId});
    PS_TRY(sql::exec(**q, what));
    if ((*q)->numRowsAffected() != 1) return noSuchRun(runId);
    return {};
}

Status Workspace::setRunCheckpoint(Id runId, const QString& checkpointPath) {
    auto q = prepared("UPDATE training_runs SET checkpoint_path = ? WHERE id = ?");
    if (!q) return q.error();
    sql::bind(**q, {sql::text(checkpointPath), runId});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "updating training run %1").arg(runId)));
    if ((*q)->numRowsAffected() != 1) return noSuchRun(runId);
    return {};
}

Status Workspace::setRunOutput(Id runId, Id outputModelVersionId) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "updating training run %1").arg(runId);
    auto q = prepared("UPDATE training_runs SET output_model_version_id = ? WHERE id = ?");
    if (!q) return q.error();
    sql::bind(**q, {outputModelVersionId, runId});
    if (!(*q)->exec()) {
        if (sql::isConstraint((*q)->lastError()))
            return makeError(QCoreApplication::translate("ps::store::Workspace", "%1: model version %2 does not exist").arg(what).arg(outputModelVersionId));
        return sql::error((*q)->lastError(), what);
    }
    if ((*q)->numRowsAffected() != 1) return noSuchRun(runId);
    return {};
}

namespace {
#define PS_RUN_COLUMNS \
    "id, config_json, status, base_model_version_id, output_model_version_id, checkpoint_path, error, created_at, started_at, finished_at"

TrainingRun readRun(const QSqlQuery& r) {
    TrainingRun t;
    t.id = r.value(0).toLongLong();
    t.config = QJsonDocument::fromJson(r.value(1).toString().toUtf8()).object();
    t.status = runStatusFromName(r.value(2).toString()).value_or(RunStatus::Failed);
    t.baseModelVersionId = sql::optInt(r.value(3));
    t.outputModelVersionId = sql::optInt(r.value(4));
    t.checkpointPath = r.value(5).toString();
    t.error = r.value(6).toString();
    t.createdAt = r.value(7).toLongLong();
    t.startedAt = sql::optInt(r.value(8));
    t.finishedAt = sql::optInt(r.value(9));
    return t;
}
}  // namespace

Result<TrainingRun> Workspace::run(Id runId) {
    auto q = prepared("SELECT " PS_RUN_COLUMNS " FROM training_runs WHERE id = ?");
    if (!q) return q.error();
    sql::FinishGuard done{**q};
    sql::bind(**q, {runId});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "reading training run %1").arg(runId)));
    if (!(*q)->next()) return noSuchRun(runId);
    return readRun(**q);
}

Result<std::vector<TrainingRun>> Workspace::runs() {
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT " PS_RUN_COLUMNS " FROM training_runs ORDER BY id")))
        return sql::error(q.lastError(), QCoreApplication::translate("ps::store::Workspace", "listing training runs"));
    std::vector<TrainingRun> out;
    while (q.next()) out.push_back(readRun(q));
    return out;
}

// --- metrics --------------------------------------------------------------------------

namespace {
QString splitName(Split s) { return s == Split::Train ? QStringLiteral("train") : QStringLiteral("eval"); }
}  // namespace

Status Workspace::addMetrics(Id runId, const std::vector<MetricPoint>& points) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "saving metrics of training run %1").arg(runId);
    return inTransaction(what, [&]() -> Status {
        auto q = prepared("INSERT INTO run_metrics(run_id, split, name, step, value) VALUES(?, ?, ?, ?, ?) "
                          "ON CONFLICT(run_id, split, name, step) DO UPDATE SET value = excluded.value");
        if (!q) return q.error();
        for (const MetricPoint& m : points) {
            if (m.name.isEmpty()) return makeError(QCoreApplication::translate("ps::store::Workspace", "%1: a metric needs a name").arg(what));
            sql::bind(**q, {runId, splitName(m.split), m.name, m.step, std::isnan(m.value) ? QVariant() : QVariant(m.value)});
            if (!(*q)->exec()) {
                if (sql::isConstraint((*q)->lastError())) return noSuchRun(runId);
                return sql::error((*q)->lastError(), what);
            }
        }
        return {};
    });
}

Result<std::vector<MetricPoint>> Workspace::metrics(Id runId, std::optional<Split> split, const QString& name) {
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT split, name, step, value FROM run_metrics WHERE run_id = ? AND (? IS NULL OR split = ?) "
                             "AND (? = '' OR name = ?) ORDER BY split DESC, name, step"));
    const QVariant s = split ? QVariant(splitName(*split)) : QVariant();
    sql::bind(q, {runId, s, s, sql::text(name), sql::text(name)});
    if (!q.exec()) return sql::error(q.lastError(), QCoreApplication::translate("ps::store::Workspace", "reading metrics of training run %1").arg(runId));
    std::vector<MetricPoint> out;
    while (q.next()) {
        MetricPoint m;
        m.split = q.value(0).toString() == QLatin1String("train") ? Split::Train : Split::Eval;
        m.name = q.value(1).toString();
        m.step = q.value(2).toLongLong();
        m.value = q.value(3).isNull() ? std::nan("") : q.value(3).toDouble();
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace ps::store
