// workspace_votes.cpp — votes, undo, the annotation queue and progress
// counts (workspace.h).
//
// "Active" votes are those with undone_at and superseded_at both NULL; every
// query below spells the condition exactly like the partial index
// votes_active, so SQLite probes that index per pair.
#include "store/workspace.h"

#include "store/sql_util.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ps::store {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

QVariant sideName(std::optional<Side> s) {
    if (!s) return QVariant();
    return *s == Side::A ? QStringLiteral("a") : QStringLiteral("b");
}

Vote readVote(const QSqlQuery& r) {
    Vote v;
    v.id = r.value(0).toLongLong();
    v.pairId = r.value(1).toLongLong();
    v.annotatorId = r.value(2).toLongLong();
    if (!r.value(3).isNull()) v.leftIsA = r.value(3).toInt() != 0;
    v.choice = choiceFromName(r.value(4).toString()).value_or(Choice::Skip);
    v.timeTakenMs = sql::optInt(r.value(5));
    v.comment = r.value(6).toString();
    v.flagsA = r.value(7).toInt();
    v.flagsB = r.value(8).toInt();
    if (!r.value(9).isNull()) v.editedSide = r.value(9).toString() == QLatin1String("a") ? Side::A : Side::B;
    v.editedText = r.value(10).toString();
    v.createdAt = r.value(11).toLongLong();
    v.undoneAt = sql::optInt(r.value(12));
    v.supersededAt = sql::optInt(r.value(13));
    v.supersedesId = sql::optInt(r.value(14));
    return v;
}

#define PS_VOTE_COLUMNS                                                                                                      \
    "id, pair_id, annotator_id, left_is_a, choice, time_taken_ms, comment, flags_a, flags_b, edited_side, edited_text, " \
    "created_at, undone_at, superseded_at, supersedes_id"

Status checkVote(const NewVote& v) {
    if ((v.flagsA & ~kAllVoteFlags) != 0 || (v.flagsB & ~kAllVoteFlags) != 0)
        return makeError(QCoreApplication::translate("ps::store::Workspace", "unknown vote flags"));
    if (v.timeTakenMs && *v.timeTakenMs < 0)
        return makeError(QCoreApplication::translate("ps::store::Workspace", "the time taken cannot be negative"));
    if (v.editedSide && v.editedText.isEmpty())
        return makeError(QCoreApplication::translate("ps::store::Workspace", "the edited answer is empty"));
    if (!v.editedSide && !v.editedText.isEmpty())
        return makeError(QCoreApplication::translate("ps::store::Workspace", "an edited answer needs the side it replaces"));
    return {};
}

}  // namespace

// --- votes ------------------------------------------------------------------------

Result<Id> Workspace::recordVote(const NewVote& v) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "recording a vote");
    Status valid = checkVote(v);
    if (!valid) return valid.error().within(what);
    Id id = 0;
    Status s = inTransaction(what, [&]() -> Status {
        const qint64 now = sql::nowMs();
        std::optional<Id> previous;
        {
            // Clear messages for missing rows (a foreign-key failure would not say which).
            auto q = prepared("SELECT (SELECT COUNT(*) FROM pairs WHERE id = ?), (SELECT COUNT(*) FROM annotators WHERE id = ?), "
                              "(SELECT id FROM votes WHERE pair_id = ? AND annotator_id = ? AND undone_at IS NULL AND superseded_at IS NULL)");
            if (!q) return q.error();
            sql::FinishGuard done{**q};
            sql::bind(**q, {v.pairId, v.annotatorId, v.pairId, v.annotatorId});
            PS_TRY(sql::exec(**q, what));
            if (!(*q)->next()) return makeError(what);
            if ((*q)->value(0).toInt() == 0)
                return makeError(QCoreApplication::translate("ps::store::Workspace", "%1: pair %2 does not exist").arg(what).arg(v.pairId));
            if ((*q)->value(1).toInt() == 0)
                return makeError(QCoreApplication::translate("ps::store::Workspace", "%1: annotator %2 does not exist").arg(what).arg(v.annotatorId));
            previous = sql::optInt((*q)->value(2));
        }
        if (previous) {
            auto q = prepared("UPDATE votes SET superseded_at = ? WHERE id = ?");
            if (!q) return q.error();
            sql::bind(**q, {now, *previous});
            PS_TRY(sql::exec(**q, what));
        }
        auto q = prepared("INSERT INTO votes(pair_id, annotator_id, left_is_a, choice, time_taken_ms, comment, flags_a, flags_b, "
                          "edited_side, edited_text, created_at, supersedes_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q) return q.error();
        sql::bind(**q, {v.pairId, v.annotatorId, v.leftIsA ? QVariant(*v.leftIsA ? 1 : 0) : QVariant(), choiceName(v.choice),
                        sql::nullable(v.timeTakenMs), sql::text(v.comment), v.flagsA, v.flagsB, sideName(v.editedSide),
                        v.editedSide ? QVariant(v.editedText) : QVariant(), now, sql::nullable(previous)});
        PS_TRY(sql::exec(**q, what));
        id = (*q)->lastInsertId().toLongLong();
        return {};
    });
    if (!s) return s.error();
    return id;
}

Result<std::optional<Id>> Workspace::undoLastVote(Id annotatorId) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "undoing a vote");
    std::optional<Id> undone;
    Status s = inTransaction(what, [&]() -> Status {
        std::optional<Id> supersedes;
        {
            // The newest active vote; votes it superseded are older, so the
            // newest non-undone vote is always the active one.
            auto q = prepared("SELECT id, supersedes_id FROM votes WHERE annotator_id = ? AND undone_at IS NULL AND superseded_at IS NULL "
                              "ORDER BY id DESC LIMIT 1");
            if (!q) return q.error();
            sql::FinishGuard done{**q};
            sql::bind(**q, {annotatorId});
            PS_TRY(sql::exec(**q, what));
            if (!(*q)->next()) return {};
            undone = (*q)->value(0).toLongLong();
            supersedes = sql::optInt((*q)->value(1));
        }
        const qint64 now = sql::nowMs();
        auto q = prepared("UPDATE votes SET undone_at = ? WHERE id = ?");
        if (!q) return q.error();
        sql::bind(**q, {now, *undone});
        PS_TRY(sql::exec(**q, what));
        if (supersedes) {
            auto r = prepared("UPDATE votes SET superseded_at = NULL WHERE id = ?");
            if (!r) return r.error();
            sql::bind(**r, {*supersedes});
            PS_TRY(sql::exec(**r, what));
        }
        return {};
    });
    if (!s) return s.error();
    return undone;
}

Result<Vote> Workspace::vote(Id id) {
    auto q = prepared("SELECT " PS_VOTE_COLUMNS " FROM votes WHERE id = ?");
    if (!q) return q.error();
    sql::FinishGuard done{**q};
    sql::bind(**q, {id});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "reading vote %1").arg(id)));
    if (!(*q)->next()) return makeError(QCoreApplication::translate("ps::store::Workspace", "vote %1 does not exist").arg(id));
    return readVote(**q);
}

Result<std::vector<Vote>> Workspace::votesForPair(Id pairId, bool activeOnly) {
    auto q = activeOnly ? prepared("SELECT " PS_VOTE_COLUMNS " FROM votes WHERE pair_id = ? AND undone_at IS NULL AND superseded_at IS NULL ORDER BY id")
                        : prepared("SELECT " PS_VOTE_COLUMNS " FROM votes WHERE pair_id = ? ORDER BY id");
    if (!q) return q.error();
    sql::FinishGuard done{**q};
    sql::bind(**q, {pairId});
    PS_TRY(sql::exec(**q, QCoreApplication::translate("ps::store::Workspace", "reading the votes of pair %1").arg(pairId)));
    std::vector<Vote> out;
    while ((*q)->next()) out.push_back(readVote(**q));
    return out;
}

// --- annotation queue ----------------------------------------------------------------

namespace {

// The WHERE terms of a filter over pairs `p`; binds ":ann" when it needs an annotator.
QString filterCondition(QueueFilter f) {
    switch (f) {
    case QueueFilter::Todo:
        return QStringLiteral("NOT EXISTS (SELECT 1 FROM votes v WHERE v.pair_id = p.id AND v.annotator_id = :ann "
                              "AND v.undone_at IS NULL AND v.superseded_at IS NULL)");
    case QueueFilter::Unlabeled:
        return QStringLiteral("NOT EXISTS (SELECT 1 FROM votes v WHERE v.pair_id = p.id "
                              "AND v.undone_at IS NULL AND v.superseded_at IS NULL AND v.choice <> 'skip')");
    case QueueFilter::Mine:
        return QStringLiteral("EXISTS (SELECT 1 FROM votes v WHERE v.pair_id = p.id AND v.annotator_id = :ann "
                              "AND v.undone_at IS NULL AND v.superseded_at IS NULL)");
    case QueueFilter::Flagged:
        return QStringLiteral("EXISTS (SELECT 1 FROM votes v WHERE v.pair_id = p.id "
                              "AND v.undone_at IS NULL AND v.superseded_at IS NULL AND (v.flags_a <> 0 OR v.flags_b <> 0))");
    case QueueFilter::Disagreements:
        return QStringLiteral("(SELECT COUNT(DISTINCT v.choice) FROM votes v WHERE v.pair_id = p.id "
                              "AND v.undone_at IS NULL AND v.superseded_at IS NULL AND v.choice <> 'skip') > 1");
    case QueueFilter::All:
        return QStringLiteral("1");
    }
    return QStringLiteral("1");
}

bool needsAnnotator(QueueFilter f) { return f == QueueFilter::Todo || f == QueueFilter::Mine; }

Error missingAnnotator() {
    return makeError(QCoreApplication::translate("ps::store::Workspace", "this queue filter needs an annotator"));
}

}  // namespace

Result<std::vector<QueueItem>> Workspace::queue(const QueueQuery& query) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "reading the annotation queue");
    if (needsAnnotator(query.filter) && !query.annotatorId) return missingAnnotator();
    const QString sqlText =
        QStringLiteral("SELECT p.id, p.prompt_id, pr.text, pr.messages_json, pr.language, pr.category, "
                       "p.generation_a, p.generation_b, ga.text, gb.text, p.excluded, "
                       "(SELECT COUNT(*) FROM votes v WHERE v.pair_id = p.id AND v.undone_at IS NULL AND v.superseded_at IS NULL) "
                       "FROM pairs p "
                       "JOIN prompts pr ON pr.id = p.prompt_id "
                       "JOIN generations ga ON ga.id = p.generation_a "
                       "JOIN generations gb ON gb.id = p.generation_b "
                       "WHERE p.id > :after %1 AND %2 "
                       "ORDER BY p.id LIMIT :limit")
            .arg(query.includeExcluded ? QString() : QStringLiteral("AND p.excluded = 0"), filterCondition(query.filter));
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!q.prepare(sqlText)) return sql::error(q.lastError(), what);
    q.bindValue(QStringLiteral(":after"), query.afterPairId);
    q.bindValue(QStringLiteral(":limit"), qMax(0, query.limit));
    if (needsAnnotator(query.filter)) q.bindValue(QStringLiteral(":ann"), *query.annotatorId);
    if (!q.exec()) return sql::error(q.lastError(), what);
    std::vector<QueueItem> out;
    while (q.next()) {
        QueueItem it;
        it.pairId = q.value(0).toLongLong();
        it.promptId = q.value(1).toLongLong();
        it.prompt = sql::promptContent(q.value(2), q.value(3));
        it.language = q.value(4).toString();
        it.category = q.value(5).toString();
        it.generationA = q.value(6).toLongLong();
        it.generationB = q.value(7).toLongLong();
        it.textA = q.value(8).toString();
        it.textB = q.value(9).toString();
        it.excluded = q.value(10).toInt() != 0;
        it.activeVotes = q.value(11).toInt();
        out.push_back(std::move(it));
    }
    return out;
}

Result<std::optional<QueueItem>> Workspace::nextPair(Id annotatorId) {
    QueueQuery q;
    q.filter = QueueFilter::Todo;
    q.annotatorId = annotatorId;
    q.limit = 1;
    auto items = queue(q);
    if (!items) return items.error();
    if (items->empty()) return std::optional<QueueItem>();
    return std::optional<QueueItem>(std::move(items->front()));
}

Result<qint64> Workspace::queueCount(QueueFilter filter, std::optional<Id> annotatorId, bool includeExcluded) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "counting the annotation queue");
    if (needsAnnotator(filter) && !annotatorId) return missingAnnotator();
    const QString sqlText = QStringLiteral("SELECT COUNT(*) FROM pairs p WHERE %1 %2")
                                .arg(filterCondition(filter), includeExcluded ? QString() : QStringLiteral("AND p.excluded = 0"));
    QSqlQuery q(db_);
    if (!q.prepare(sqlText)) return sql::error(q.lastError(), what);
    if (needsAnnotator(filter)) q.bindValue(QStringLiteral(":ann"), *annotatorId);
    if (!q.exec() || !q.next()) return sql::error(q.lastError(), what);
    return q.value(0).toLongLong();
}

Result<Progress> Workspace::progress(std::optional<Id> annotatorId) {
    const QString what = QCoreApplication::translate("ps::store::Workspace", "counting progress");
    Progress p;
    {
        QSqlQuery q(db_);
        if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(excluded), 0) FROM pairs")) || !q.next())
            return sql::error(q.lastError(), what);
        p.pairs = q.value(0).toLongLong();
        p.excludedPairs = q.value(1).toLongLong();
    }
    auto unlabeled = queueCount(QueueFilter::Unlabeled);
    if (!unlabeled) return unlabeled.error();
    p.labeledPairs = p.pairs - p.excludedPairs - *unlabeled;
    if (annotatorId) {
        QSqlQuery q(db_);
        q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(v.choice = 'skip'), 0), COALESCE(SUM(v.created_at >= ?), 0) "
                                 "FROM votes v JOIN pairs p ON p.id = v.pair_id "
                                 "WHERE v.annotator_id = ? AND v.undone_at IS NULL AND v.superseded_at IS NULL AND p.excluded = 0"));
        sql::bind(q, {sql::nowMs() - kHourMs, *annotatorId});
        if (!q.exec() || !q.next()) return sql::error(q.lastError(), what);
        p.myVotes = q.value(0).toLongLong();
        p.mySkips = q.value(1).toLongLong();
        p.myVotesLastHour = q.value(2).toLongLong();
        p.myRemaining = p.pairs - p.excludedPairs - p.myVotes;
    }
    return p;
}

}  // namespace ps::store
