// annotation_metrics.cpp — acceptance, edits, flags and length per model
// version from the votes (annotation_metrics.h). One pass over the active
// non-skip votes joined with their two generations; one grouped query for lengths.
#include "eval/annotation_metrics.h"

#include "eval/text_metrics.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <map>

namespace ps::eval {

Result<std::vector<ModelAnnotationMetrics>> annotationMetrics(store::Workspace& ws, qint64 bucketMs) {
    const QString what = QCoreApplication::translate("ps::eval", "computing annotation metrics");
    bucketMs = std::max<qint64>(1, bucketMs);
    auto versions = ws.modelVersions();
    if (!versions) return versions.error();
    std::map<store::Id, ModelAnnotationMetrics> byId;
    std::map<store::Id, std::map<qint64, TimeBucket>> buckets;
    for (const store::ModelVersion& v : versions.value()) {
        ModelAnnotationMetrics m;
        m.modelVersionId = v.id;
        m.name = v.name;
        m.parentId = v.parentId;
        byId[v.id] = m;
    }
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT v.choice, v.edited_side, v.edited_text, v.flags_a, v.flags_b, ga.model_version_id, gb.model_version_id, ga.text, gb.text, "
            "v.created_at FROM votes v JOIN pairs p ON p.id = v.pair_id JOIN generations ga ON ga.id = p.generation_a "
            "JOIN generations gb ON gb.id = p.generation_b "
            "WHERE v.undone_at IS NULL AND v.superseded_at IS NULL AND v.choice <> 'skip' "
            "AND (ga.model_version_id IS NOT NULL OR gb.model_version_id IS NOT NULL)")))
        return makeError(q.lastError().text(), what);
    while (q.next()) {
        const QString choice = q.value(0).toString();
        const QString editedSide = q.value(1).toString();
        const qint64 bucket = q.value(9).toLongLong() / bucketMs * bucketMs;
        for (int side = 0; side < 2; ++side) {
            if (q.value(5 + side).isNull()) continue;
            const store::Id model = q.value(5 + side).toLongLong();
            auto it = byId.find(model);
            if (it == byId.end()) continue;
            const QString sideName = side == 0 ? QStringLiteral("a") : QStringLiteral("b");
            const bool edited = editedSide == sideName;
            TimeBucket& b = buckets[model][bucket];
            b.start = bucket;
            for (AnnotationCounts* c : {&it->second.counts, &b.counts}) {
                ++c->shown;
                if (choice == sideName && !edited) ++c->accepted;
                if (q.value(3 + side).toInt() != 0) ++c->flagged;
                if (edited) {
                    ++c->edited;
                    c->editDistanceSum += levenshtein(q.value(7 + side).toString(), q.value(2).toString()).distance;
                }
            }
        }
    }
    QSqlQuery g(ws.database());
    g.setForwardOnly(true);
    if (!g.prepare(QStringLiteral("SELECT model_version_id, created_at / ? * ?, COUNT(*), AVG(length(text)) FROM generations "
                                  "WHERE model_version_id IS NOT NULL GROUP BY 1, 2")))
        return makeError(g.lastError().text(), what);
    g.addBindValue(bucketMs);
    g.addBindValue(bucketMs);
    if (!g.exec()) return makeError(g.lastError().text(), what);
    while (g.next()) {
        const store::Id model = g.value(0).toLongLong();
        auto it = byId.find(model);
        if (it == byId.end()) continue;
        TimeBucket& b = buckets[model][g.value(1).toLongLong()];
        b.start = g.value(1).toLongLong();
        b.generations = g.value(2).toLongLong();
        b.meanLength = g.value(3).toDouble();
        const double total = it->second.meanLength * double(it->second.generations) + b.meanLength * double(b.generations);
        it->second.generations += b.generations;
        it->second.meanLength = it->second.generations ? total / double(it->second.generations) : 0.0;
    }
    std::vector<ModelAnnotationMetrics> out;
    for (auto& [id, m] : byId) {
        for (auto& [start, b] : buckets[id]) m.buckets.push_back(b);
        if (m.parentId) {
            auto p = byId.find(*m.parentId);
            if (p != byId.end() && p->second.meanLength > 0 && m.generations > 0) m.lengthVsParent = m.meanLength / p->second.meanLength;
        }
        out.push_back(m);
    }
    return out;
}

}  // namespace ps::eval
