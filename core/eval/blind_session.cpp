// blind_session.cpp — session building and results (blind_session.h).
#include "eval/blind_session.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>
#include <random>
#include <set>

namespace ps::eval {

namespace {
// Draws each item's side (left = A?) and the items' order from
// mt19937_64(session.seed), in that order, and stores the session.
Result<store::Id> createBlinded(store::Workspace& ws, const store::NewSession& session, std::vector<store::NewSessionItem> items) {
    std::mt19937_64 rng(uint64_t(session.seed));
    for (store::NewSessionItem& it : items) it.leftIsA = (rng() & 1u) == 0;
    std::shuffle(items.begin(), items.end(), rng);
    return store::EvalStore(ws).createSession(session, items);
}
}  // namespace

Result<std::vector<store::Id>> promptsAnsweredByAll(store::Workspace& ws, const std::vector<store::Id>& models, int answersPerPrompt) {
    std::vector<store::Id> out;
    if (models.empty()) return out;
    QStringList ids;
    for (store::Id m : models) ids << QString::number(m);
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    // The ids are integers formatted here, never user text.
    if (!q.exec(QStringLiteral("SELECT prompt_id FROM (SELECT prompt_id, model_version_id, COUNT(*) AS c FROM generations "
                               "WHERE model_version_id IN (%1) GROUP BY prompt_id, model_version_id) WHERE c >= %2 "
                               "GROUP BY prompt_id HAVING COUNT(*) = %3 ORDER BY prompt_id")
                    .arg(ids.join(QLatin1Char(',')))
                    .arg(std::max(1, answersPerPrompt))
                    .arg(models.size())))
        return makeError(QCoreApplication::translate("ps::eval", "reading answers for the session failed"));
    while (q.next()) out.push_back(q.value(0).toLongLong());
    return out;
}

Result<store::Id> createBlindSession(store::Workspace& ws, const SessionSpec& spec) {
    if (spec.modelVersions.size() < 2)
        return makeError(QCoreApplication::translate("ps::eval", "a blind session compares at least two model versions"));
    if (spec.prompts.empty()) return makeError(QCoreApplication::translate("ps::eval", "a blind session needs prompts"));
    const int k = std::max(1, spec.answersPerPrompt);
    // Answers per (prompt, model), in id order.
    std::map<std::pair<store::Id, store::Id>, std::vector<store::Id>> answers;
    {
        QSqlQuery q(ws.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM generations WHERE prompt_id = ? AND model_version_id = ? ORDER BY id"));
        for (store::Id p : spec.prompts)
            for (store::Id m : spec.modelVersions) {
                q.bindValue(0, p);
                q.bindValue(1, m);
                if (!q.exec()) return makeError(QCoreApplication::translate("ps::eval", "reading answers for the session failed"));
                auto& v = answers[{p, m}];
                while (q.next()) v.push_back(q.value(0).toLongLong());
                if (int(v.size()) < k) {
                    auto mv = ws.modelVersion(m);
                    return makeError(QCoreApplication::translate("ps::eval", "model version '%1' has %2 answer(s) for prompt %3, the session needs %4: "
                                                                             "generate them first (before/after)")
                                         .arg(mv ? mv->name : QString::number(m))
                                         .arg(v.size())
                                         .arg(p)
                                         .arg(k));
                }
            }
    }
    std::vector<store::NewSessionItem> items;
    for (store::Id p : spec.prompts)
        for (size_t x = 0; x < spec.modelVersions.size(); ++x)
            for (size_t y = x + 1; y < spec.modelVersions.size(); ++y)
                for (int t = 0; t < k; ++t) {
                    store::NewSessionItem it;
                    it.promptId = p;
                    it.generationA = answers[{p, spec.modelVersions[x]}][size_t(t)];
                    it.generationB = answers[{p, spec.modelVersions[y]}][size_t(t)];
                    items.push_back(it);
                }
    store::NewSession s;
    s.name = spec.name;
    s.modelVersions = spec.modelVersions;
    s.reviewers = spec.reviewers;
    s.answersPerPrompt = k;
    s.seed = qint64(spec.seed);
    return createBlinded(ws, s, std::move(items));
}

Result<store::Id> createBlindSessionFromComparison(store::Workspace& ws, store::Id comparisonId, const QString& name,
                                                   const std::vector<store::Id>& reviewers, uint64_t seed) {
    store::EvalStore es(ws);
    auto c = es.comparison(comparisonId);
    if (!c) return c.error();
    if (c->modelA == c->modelB)
        return makeError(QCoreApplication::translate("ps::eval", "comparison %1 compares a model version with itself").arg(comparisonId));
    auto compared = es.comparisonItems(comparisonId);
    if (!compared) return compared.error();
    if (compared->empty()) return makeError(QCoreApplication::translate("ps::eval", "comparison %1 has no answers").arg(comparisonId));
    std::vector<store::NewSessionItem> items;
    for (const store::ComparisonItem& ci : compared.value()) {
        store::NewSessionItem it;
        it.promptId = ci.promptId;
        it.generationA = ci.generationA;
        it.generationB = ci.generationB;
        items.push_back(it);
    }
    store::NewSession s;
    s.name = name;
    s.modelVersions = {c->modelA, c->modelB};
    s.reviewers = reviewers;
    s.answersPerPrompt = 1;
    s.seed = qint64(seed);
    return createBlinded(ws, s, std::move(items));
}

SessionResults computeSessionResults(const std::vector<store::Id>& models, const std::vector<store::JudgedPair>& judgments, int resamples,
                                     uint64_t seed, const BtOptions& bt) {
    SessionResults r;
    r.judgments = int(judgments.size());
    r.bootstrapResamples = resamples;
    r.seed = seed;
    std::map<store::Id, int> index;
    for (size_t i = 0; i < models.size(); ++i) index[models[i]] = int(i);
    std::set<store::Id> itemIds;
    // Per model pair (x < y by index) and prompt: Y's outcome against X.
    std::map<std::pair<int, int>, std::map<store::Id, WinTieLoss>> byPair;
    std::map<store::Id, std::vector<BtMatch>> btByPrompt;
    for (const store::JudgedPair& j : judgments) {
        itemIds.insert(j.itemId);
        ++r.perReviewer[j.reviewerId];
        if (j.choice == store::Choice::A || j.choice == store::Choice::B) {
            ++r.decisive;
            const bool pickedA = j.choice == store::Choice::A;
            if (pickedA == j.leftIsA) ++r.leftChosen;
        }
        auto ia = index.find(j.modelA), ib = index.find(j.modelB);
        if (ia == index.end() || ib == index.end() || ia->second == ib->second) continue;
        int x = ia->second, y = ib->second;
        double yWins = j.choice == store::Choice::B ? 1 : 0, xWins = j.choice == store::Choice::A ? 1 : 0;
        if (x > y) {
            std::swap(x, y);
            std::swap(xWins, yWins);
        }
        const double tie = (j.choice == store::Choice::Tie || j.choice == store::Choice::BothBad) ? 1 : 0;
        WinTieLoss& w = byPair[{x, y}][j.promptId];
        w.wins += yWins;
        w.losses += xWins;
        w.ties += tie;
        btByPrompt[j.promptId].push_back({x, y, xWins, yWins, tie});
    }
    r.items = int(itemIds.size());
    int pairIndex = 0;
    for (auto& [key, perPrompt] : byPair) {
        PairwiseResult p;
        p.modelX = models[size_t(key.first)];
        p.modelY = models[size_t(key.second)];
        std::vector<WinTieLoss> v;
        for (auto& [prompt, w] : perPrompt) {
            v.push_back(w);
            p.counts += w;
        }
        p.prompts = int(v.size());
        p.wilson = p.counts.wilson();
        p.bootstrap = pairedBootstrap(v, resamples, seed + uint64_t(pairIndex++));
        r.pairwise.push_back(p);
    }
    std::vector<std::vector<BtMatch>> perPrompt;
    for (auto& [prompt, m] : btByPrompt) perPrompt.push_back(m);
    const int players = int(models.size());
    const BtLeaderboard lb = bradleyTerryLeaderboard(players, perPrompt, bt, std::min(resamples, 1000), seed);
    for (int i = 0; i < players; ++i) {
        LeaderboardRow row;
        row.model = models[size_t(i)];
        row.rating = lb.fit.rating.empty() ? kRatingBase : lb.fit.rating[size_t(i)];
        row.strength = lb.fit.strength.empty() ? 1.0 : lb.fit.strength[size_t(i)];
        row.ratingCi = lb.ratingCi.empty() ? Interval{row.rating, row.rating} : lb.ratingCi[size_t(i)];
        for (const auto& v : perPrompt)
            for (const BtMatch& m : v) {
                if (m.i == i) {
                    row.wins += m.winsI;
                    row.losses += m.winsJ;
                    row.ties += m.ties;
                } else if (m.j == i) {
                    row.wins += m.winsJ;
                    row.losses += m.winsI;
                    row.ties += m.ties;
                }
            }
        r.leaderboard.push_back(row);
    }
    std::stable_sort(r.leaderboard.begin(), r.leaderboard.end(), [](const LeaderboardRow& a, const LeaderboardRow& b) { return a.rating > b.rating; });
    return r;
}

}  // namespace ps::eval
