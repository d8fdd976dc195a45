// quality_report.cpp — reads the workspace once (annotators, prompts, pairs,
// the answers shown in pairs, active votes) and turns it into a QualityReport
// with the statistics of proportion/agreement/text_stats/near_duplicates/robust.
// Not here: the statistics' formulas (their own files), widgets, threads.
#include "quality/quality_report.h"

#include "quality/robust.h"
#include "quality/text_stats.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

namespace ps::quality {

int labelIndex(Choice c) {
    switch (c) {
    case Choice::A: return 0;
    case Choice::B: return 1;
    case Choice::Tie: return 2;
    case Choice::BothBad: return 3;
    case Choice::Skip: break;
    }
    return -1;
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct PromptRow {
    Id id = 0;
    QString text;  // plain text, or the chat messages' contents joined by newlines
    QString language, category;
    QByteArray hash;
};

struct PairRow {
    Id id = 0;
    Id promptId = 0;
    Id genA = 0, genB = 0;
    bool excluded = false;
};

struct Lengths {
    int64_t chars = 0, words = 0;
};

struct VoteRow {
    Id id = 0;
    Id pairId = 0;
    Id annotatorId = 0;
    std::optional<bool> leftIsA;
    Choice choice = Choice::Skip;
    std::optional<qint64> timeMs;
};

// Computing state shared by the stages: progress, cancel, errors.
class Run {
public:
    Run(store::Workspace& ws, const QualityCallbacks& cb) : ws_(ws), cb_(cb) {}

    bool cancelled() const { return cb_.cancel && cb_.cancel->load(std::memory_order_relaxed); }
    Error cancelError() const { return makeError(QCoreApplication::translate("ps::quality::QualityReport", "computing the quality report was cancelled")); }
    void progress(int percent, const QString& stage) {
        if (cb_.progress) cb_.progress({percent, stage});
    }
    // Within a stage spanning [from, to] percent: reports every 4096 rows.
    void rowProgress(int64_t row, int64_t total, int from, int to, const QString& stage) {
        if (row % 4096 != 0 || !cb_.progress || total <= 0) return;
        progress(from + int((to - from) * std::min<int64_t>(row, total) / total), stage);
    }
    Error sqlError(const QSqlQuery& q, const QString& what) const {
        return makeError(q.lastError().text(), what);
    }
    Result<int64_t> count(const QString& sql) {
        QSqlQuery q(ws_.database());
        if (!q.exec(sql) || !q.next()) return sqlError(q, QCoreApplication::translate("ps::quality::QualityReport", "counting rows"));
        return q.value(0).toLongLong();
    }
    QSqlQuery query() {
        QSqlQuery q(ws_.database());
        q.setForwardOnly(true);
        return q;
    }

private:
    store::Workspace& ws_;
    const QualityCallbacks& cb_;
};

QString promptText(const QVariant& text, const QVariant& messagesJson) {
    if (!text.isNull()) return text.toString();
    QStringList parts;
    for (const QJsonValue& m : QJsonDocument::fromJson(messagesJson.toString().toUtf8()).array())
        parts << m.toObject().value(QLatin1String("content")).toString();
    return parts.join(QLatin1Char('\n'));
}

QString excerpt(const QString& text, int maxChars) {
    QString s = text.simplified();
    if (s.size() > maxChars) s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

// The unique plurality label among `counts`, or -1 (none, or a tie for the top).
int plurality(const std::array<int, kLabelCount>& counts) {
    int best = -1, bestCount = 0;
    bool unique = false;
    for (int i = 0; i < kLabelCount; ++i) {
        if (counts[size_t(i)] > bestCount) {
            best = i, bestCount = counts[size_t(i)], unique = true;
        } else if (counts[size_t(i)] == bestCount && bestCount > 0) {
            unique = false;
        }
    }
    return unique ? best : -1;
}

std::vector<CountRow> sortedCounts(const QHash<QString, CountRow>& rows) {
    std::vector<CountRow> out(rows.begin(), rows.end());
    std::sort(out.begin(), out.end(), [](const CountRow& a, const CountRow& b) {
        return a.prompts != b.prompts ? a.prompts > b.prompts : a.key < b.key;
    });
    return out;
}

}  // namespace

Result<QualityReport> computeQualityReport(store::Workspace& ws, const QualityOptions& options, const QualityCallbacks& callbacks) {
    QElapsedTimer clock;
    clock.start();
    Run run(ws, callbacks);
    QualityReport report;
    const bool respect = options.respectExclusions;

    // --- annotators -------------------------------------------------------------------
    run.progress(0, QCoreApplication::translate("ps::quality::QualityReport", "Reading annotators and prompts"));
    auto annotators = ws.annotators();
    if (!annotators) return annotators.error();
    std::unordered_map<Id, size_t> annotatorIndex;
    for (const store::Annotator& a : *annotators) {
        AnnotatorStats s;
        s.id = a.id;
        s.name = a.name;
        s.excluded = a.excluded;
        s.excludedReason = a.excludedReason;
        annotatorIndex[a.id] = report.annotators.size();
        report.annotators.push_back(s);
    }
    auto counted = [&](Id annotatorId) { return !respect || !report.annotators[annotatorIndex.at(annotatorId)].excluded; };

    // --- prompts ----------------------------------------------------------------------
    std::vector<PromptRow> prompts;
    std::vector<QStringList> promptTokens;
    std::unordered_map<Id, size_t> promptIndex;
    {
        auto total = run.count(QStringLiteral("SELECT COUNT(*) FROM prompts"));
        if (!total) return total.error();
        prompts.reserve(size_t(*total));
        promptTokens.reserve(size_t(*total));
        QSqlQuery q = run.query();
        if (!q.exec(QStringLiteral("SELECT id, text, messages_json, language, category, dedup_hash FROM prompts ORDER BY id")))
            return run.sqlError(q, QCoreApplication::translate("ps::quality::QualityReport", "reading prompts"));
        while (q.next()) {
            if (prompts.size() % 1024 == 0 && run.cancelled()) return run.cancelError();
            PromptRow p;
            p.id = q.value(0).toLongLong();
            p.text = promptText(q.value(1), q.value(2));
            p.language = q.value(3).toString();
            p.category = q.value(4).toString();
            p.hash = q.value(5).toByteArray();
            promptIndex[p.id] = prompts.size();
            promptTokens.push_back(wordTokens(p.text));
            prompts.push_back(std::move(p));
            run.rowProgress(int64_t(prompts.size()), *total, 0, 10,
                            QCoreApplication::translate("ps::quality::QualityReport", "Reading annotators and prompts"));
        }
        if (q.lastError().isValid()) return run.sqlError(q, QCoreApplication::translate("ps::quality::QualityReport", "reading prompts"));
    }
    report.prompts = int64_t(prompts.size());
    auto promptExcerpt = [&](Id promptId) {
        auto it = promptIndex.find(promptId);
        return it == promptIndex.end() ? QString() : excerpt(prompts[it->second].text, options.excerptChars);
    };

    // --- pairs ------------------------------------------------------------------------
    std::vector<PairRow> pairs;
    std::unordered_map<Id, size_t> pairIndex;
    {
        const QString stage = QCoreApplication::translate("ps::quality::QualityReport", "Reading pairs");
        auto total = run.count(QStringLiteral("SELECT COUNT(*) FROM pairs"));
        if (!total) return total.error();
        pairs.reserve(size_t(*total));
        QSqlQuery q = run.query();
        if (!q.exec(QStringLiteral("SELECT id, prompt_id, generation_a, generation_b, excluded FROM pairs ORDER BY id")))
            return run.sqlError(q, stage);
        while (q.next()) {
            if (pairs.size() % 4096 == 0 && run.cancelled()) return run.cancelError();
            PairRow p{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toInt() != 0};
            pairIndex[p.id] = pairs.size();
            pairs.push_back(p);
            run.rowProgress(int64_t(pairs.size()), *total, 10, 20, stage);
        }
        if (q.lastError().isValid()) return run.sqlError(q, stage);
    }
    report.pairs = int64_t(pairs.size());
    QHash<QString, CountRow> languages, categories;
    for (const PromptRow& p : prompts) {
        CountRow& l = languages[p.language];
        l.key = p.language;
        ++l.prompts;
        CountRow& c = categories[p.category];
        c.key = p.category;
        ++c.prompts;
    }
    for (const PairRow& p : pairs) {
        if (p.excluded) ++report.excludedPairs;
        if (respect && p.excluded) continue;
        ++report.countedPairs;
        const PromptRow& pr = prompts[promptIndex.at(p.promptId)];
        ++languages[pr.language].pairs;
        ++categories[pr.category].pairs;
    }
    auto pairCounted = [&](const PairRow& p) { return !respect || !p.excluded; };

    // --- answers shown in counted pairs: lengths and distinct-n ----------------------
    std::unordered_map<Id, Lengths> lengths;
    {
        const QString stage = QCoreApplication::translate("ps::quality::QualityReport", "Reading answers");
        const QString shown = QStringLiteral("EXISTS (SELECT 1 FROM pairs p WHERE p.generation_a = g.id%1) OR "
                                             "EXISTS (SELECT 1 FROM pairs p WHERE p.generation_b = g.id%1)")
                                  .arg(respect ? QStringLiteral(" AND p.excluded = 0") : QString());
        auto total = run.count(QStringLiteral("SELECT COUNT(*) FROM generations g WHERE ") + shown);
        if (!total) return total.error();
        lengths.reserve(size_t(*total));
        DistinctNgrams d1(1), d2(2);
        QSqlQuery q = run.query();
        if (!q.exec(QStringLiteral("SELECT g.id, g.text FROM generations g WHERE ") + shown)) return run.sqlError(q, stage);
        int64_t row = 0;
        while (q.next()) {
            if (++row % 1024 == 0 && run.cancelled()) return run.cancelError();
            const QString text = q.value(1).toString();
            lengths[q.value(0).toLongLong()] = {charCount(text), wordCount(text)};
            const QStringList tokens = wordTokens(text);
            d1.add(tokens);
            d2.add(tokens);
            run.rowProgress(row, *total, 20, 50, stage);
        }
        if (q.lastError().isValid()) return run.sqlError(q, stage);
        report.diversity.answers = row;
        report.diversity.answerTokens = d1.total();
        report.diversity.distinct1Answers = d1.ratio();
        report.diversity.distinct2Answers = d2.ratio();
    }
    {
        DistinctNgrams d1(1), d2(2);
        for (const QStringList& t : promptTokens) {
            d1.add(t);
            d2.add(t);
        }
        report.diversity.promptTokens = d1.total();
        report.diversity.distinct1Prompts = d1.ratio();
        report.diversity.distinct2Prompts = d2.ratio();
        report.diversity.languages = sortedCounts(languages);
        report.diversity.categories = sortedCounts(categories);
    }

    // --- active votes -----------------------------------------------------------------
    std::vector<VoteRow> votes;
    {
        const QString stage = QCoreApplication::translate("ps::quality::QualityReport", "Reading votes");
        const QString active = QStringLiteral("undone_at IS NULL AND superseded_at IS NULL");
        auto total = run.count(QStringLiteral("SELECT COUNT(*) FROM votes WHERE ") + active);
        if (!total) return total.error();
        votes.reserve(size_t(*total));
        QSqlQuery q = run.query();
        if (!q.exec(QStringLiteral("SELECT id, pair_id, annotator_id, left_is_a, choice, time_taken_ms FROM votes WHERE %1 ORDER BY pair_id, id")
                        .arg(active)))
            return run.sqlError(q, stage);
        while (q.next()) {
            if (votes.size() % 4096 == 0 && run.cancelled()) return run.cancelError();
            VoteRow v;
            v.id = q.value(0).toLongLong();
            v.pairId = q.value(1).toLongLong();
            v.annotatorId = q.value(2).toLongLong();
            if (!q.value(3).isNull()) v.leftIsA = q.value(3).toInt() != 0;
            v.choice = store::choiceFromName(q.value(4).toString()).value_or(Choice::Skip);
            if (!q.value(5).isNull()) v.timeMs = q.value(5).toLongLong();
            votes.push_back(v);
            run.rowProgress(int64_t(votes.size()), *total, 50, 75, stage);
        }
        if (q.lastError().isValid()) return run.sqlError(q, stage);
    }
    report.activeVotes = int64_t(votes.size());

    // --- statistics over the votes, pair by pair ---------------------------------------
    run.progress(75, QCoreApplication::translate("ps::quality::QualityReport", "Computing statistics"));
    int64_t leftPicks = 0, leftTrials = 0;
    int64_t longerCharsWins = 0, longerCharsTrials = 0, longerWordsWins = 0, longerWordsTrials = 0;
    double charsChosen = 0, charsRejected = 0, wordsChosen = 0, wordsRejected = 0;
    static constexpr double kBucketEdges[] = {1.0, 1.1, 1.25, 1.5, 2.0};
    constexpr size_t kBuckets = std::size(kBucketEdges);
    std::array<int64_t, kBuckets> bucketWins{}, bucketTrials{};
    std::map<std::pair<Id, Id>, std::vector<std::vector<int64_t>>> cohenTables;
    std::vector<std::vector<int>> fleissCounts;
    std::vector<std::vector<double>> times(report.annotators.size());
    std::vector<int64_t> majorityHits(report.annotators.size(), 0), majorityTrials(report.annotators.size(), 0);
    std::vector<int64_t> annLeft(report.annotators.size(), 0), annLeftTrials(report.annotators.size(), 0);
    // (annotator, lower generation id, higher generation id) -> (pair, preferred generation, choice)
    struct Preference {
        Id pairId;
        Id preferred;
        Choice choice;
    };
    std::map<std::tuple<Id, Id, Id>, std::vector<Preference>> preferencesByGenerations;

    for (size_t begin = 0; begin < votes.size();) {
        if (run.cancelled()) return run.cancelError();
        size_t end = begin;
        while (end < votes.size() && votes[end].pairId == votes[begin].pairId) ++end;
        const auto pit = pairIndex.find(votes[begin].pairId);
        if (pit == pairIndex.end() || !pairCounted(pairs[pit->second])) {
            begin = end;
            continue;
        }
        const PairRow& pair = pairs[pit->second];

        // Per-annotator rows: every vote on a counted pair, whoever cast it.
        std::array<int, kLabelCount> pairCounts{};  // counted annotators' non-skip labels
        for (size_t i = begin; i < end; ++i) {
            const VoteRow& v = votes[i];
            const size_t ai = annotatorIndex.at(v.annotatorId);
            AnnotatorStats& s = report.annotators[ai];
            ++s.votes;
            ++s.choices[size_t(v.choice == Choice::Skip ? 4 : labelIndex(v.choice))];
            if (v.timeMs) times[ai].push_back(double(*v.timeMs) / 1000.0);
            const bool decisive = v.choice == Choice::A || v.choice == Choice::B;
            const bool pickedLeft = v.leftIsA && ((v.choice == Choice::A) == *v.leftIsA);
            if (decisive && v.leftIsA) {
                ++annLeftTrials[ai];
                if (pickedLeft) ++annLeft[ai];
            }
            if (decisive) {
                const auto key = std::make_tuple(v.annotatorId, std::min(pair.genA, pair.genB), std::max(pair.genA, pair.genB));
                preferencesByGenerations[key].push_back({pair.id, v.choice == Choice::A ? pair.genA : pair.genB, v.choice});
            }
            if (!counted(v.annotatorId)) continue;
            ++report.countedVotes;
            if (labelIndex(v.choice) >= 0) ++pairCounts[size_t(labelIndex(v.choice))];
            if (!decisive) continue;

            // Position bias.
            if (v.leftIsA) {
                ++leftTrials;
                if (pickedLeft) ++leftPicks;
            } else {
                ++report.position.decisiveWithoutSide;
            }
            // Length bias.
            const auto la = lengths.find(pair.genA), lb = lengths.find(pair.genB);
            if (la != lengths.end() && lb != lengths.end()) {
                const Lengths& chosen = v.choice == Choice::A ? la->second : lb->second;
                const Lengths& rejected = v.choice == Choice::A ? lb->second : la->second;
                ++report.length.decisiveVotes;
                charsChosen += double(chosen.chars), charsRejected += double(rejected.chars);
                wordsChosen += double(chosen.words), wordsRejected += double(rejected.words);
                if (chosen.chars != rejected.chars) {
                    ++longerCharsTrials;
                    const bool longerWon = chosen.chars > rejected.chars;
                    if (longerWon) ++longerCharsWins;
                    const double ratio = double(std::max(chosen.chars, rejected.chars)) / double(std::max<int64_t>(1, std::min(chosen.chars, rejected.chars)));
                    size_t b = kBuckets - 1;
                    while (b > 0 && ratio < kBucketEdges[b]) --b;
                    ++bucketTrials[b];
                    if (longerWon) ++bucketWins[b];
                }
                if (chosen.words != rejected.words) {
                    ++longerWordsTrials;
                    if (chosen.words > rejected.words) ++longerWordsWins;
                }
            }
        }

        // Agreement, contradictions and majorities: counted annotators' non-skip votes.
        std::vector<const VoteRow*> labelled;
        for (size_t i = begin; i < end; ++i)
            if (counted(votes[i].annotatorId) && labelIndex(votes[i].choice) >= 0) labelled.push_back(&votes[i]);
        if (!labelled.empty()) ++report.labeledPairs;
        if (labelled.size() >= 2) {
            fleissCounts.emplace_back(pairCounts.begin(), pairCounts.end());
            for (size_t x = 0; x < labelled.size(); ++x) {
                for (size_t y = x + 1; y < labelled.size(); ++y) {
                    const VoteRow* first = labelled[x];
                    const VoteRow* second = labelled[y];
                    if (first->annotatorId > second->annotatorId) std::swap(first, second);
                    auto& table = cohenTables[{first->annotatorId, second->annotatorId}];
                    if (table.empty()) table.assign(kLabelCount, std::vector<int64_t>(kLabelCount, 0));
                    ++table[size_t(labelIndex(first->choice))][size_t(labelIndex(second->choice))];
                }
            }
            const int distinct = int(std::count_if(pairCounts.begin(), pairCounts.end(), [](int c) { return c > 0; }));
            if (distinct > 1) {
                ++report.contradictionCount;
                const bool opposite = pairCounts[0] > 0 && pairCounts[1] > 0;
                if (opposite) ++report.oppositeContradictionCount;
                if (int(report.contradictions.size()) < options.maxListed) {
                    Contradiction c;
                    c.pairId = pair.id;
                    c.promptId = pair.promptId;
                    c.prompt = promptExcerpt(pair.promptId);
                    c.opposite = opposite;
                    c.excluded = pair.excluded;
                    for (const VoteRow* v : labelled)
                        c.votes.push_back({v->id, v->annotatorId, report.annotators[annotatorIndex.at(v->annotatorId)].name, v->choice});
                    report.contradictions.push_back(std::move(c));
                }
            }
        }
        // Leave-one-out majority for every non-skip vote on the pair (excluded annotators included).
        for (size_t i = begin; i < end; ++i) {
            const VoteRow& v = votes[i];
            const int label = labelIndex(v.choice);
            if (label < 0) continue;
            std::array<int, kLabelCount> others = pairCounts;
            if (counted(v.annotatorId)) --others[size_t(label)];
            const int majority = plurality(others);
            if (majority < 0) continue;
            const size_t ai = annotatorIndex.at(v.annotatorId);
            ++majorityTrials[ai];
            if (majority == label) ++majorityHits[ai];
        }
        begin = end;
    }

    report.position.leftPicks = testProportion(leftPicks, leftTrials);
    LengthBias& lb = report.length;
    lb.longerWinsChars = testProportion(longerCharsWins, longerCharsTrials);
    lb.longerWinsWords = testProportion(longerWordsWins, longerWordsTrials);
    if (lb.decisiveVotes > 0) {
        const double n = double(lb.decisiveVotes);
        lb.meanCharsChosen = charsChosen / n, lb.meanCharsRejected = charsRejected / n;
        lb.meanWordsChosen = wordsChosen / n, lb.meanWordsRejected = wordsRejected / n;
    }
    for (size_t b = 0; b < kBuckets; ++b)
        lb.buckets.push_back({kBucketEdges[b], b + 1 < kBuckets ? kBucketEdges[b + 1] : 0.0, testProportion(bucketWins[b], bucketTrials[b])});

    for (const auto& [key, table] : cohenTables) report.agreement.pairs.push_back({key.first, key.second, cohenKappa(table)});
    report.agreement.fleiss = fleissKappa(fleissCounts);

    // Self-contradictions: the same two generations, swapped, opposite preferences.
    for (const auto& [key, prefs] : preferencesByGenerations) {
        for (size_t x = 0; x < prefs.size(); ++x) {
            for (size_t y = x + 1; y < prefs.size(); ++y) {
                if (prefs[x].preferred == prefs[y].preferred) continue;
                ++report.selfContradictionCount;
                if (int(report.selfContradictions.size()) >= options.maxListed) continue;
                const Id annotatorId = std::get<0>(key);
                const Id pairId = prefs[x].pairId;
                report.selfContradictions.push_back({annotatorId, report.annotators[annotatorIndex.at(annotatorId)].name, pairId, prefs[y].pairId,
                                                     prefs[x].choice, prefs[y].choice, promptExcerpt(pairs[pairIndex.at(pairId)].promptId)});
            }
        }
    }

    // --- per-annotator figures and outliers ---------------------------------------------
    std::vector<double> speed, agreement;
    std::vector<size_t> speedOwners, agreementOwners;
    for (size_t ai = 0; ai < report.annotators.size(); ++ai) {
        AnnotatorStats& s = report.annotators[ai];
        s.timedVotes = int64_t(times[ai].size());
        s.medianSeconds = median(times[ai]);
        s.meanSeconds = times[ai].empty() ? kNaN : [&] {
            double sum = 0;
            for (double t : times[ai]) sum += t;
            return sum / double(times[ai].size());
        }();
        s.leftPicks = testProportion(annLeft[ai], annLeftTrials[ai]);
        s.majorityAgreement = testProportion(majorityHits[ai], majorityTrials[ai]);
        s.speedZ = s.agreementZ = kNaN;
        if (s.votes < options.minVotesForOutlier) continue;
        if (s.timedVotes > 0) speed.push_back(s.medianSeconds), speedOwners.push_back(ai);
        if (s.majorityAgreement.trials > 0) agreement.push_back(s.majorityAgreement.rate), agreementOwners.push_back(ai);
    }
    const std::vector<double> speedZ = robustZScores(speed), agreementZ = robustZScores(agreement);
    for (size_t i = 0; i < speedOwners.size(); ++i) {
        AnnotatorStats& s = report.annotators[speedOwners[i]];
        s.speedZ = speedZ[i];
        s.speedOutlier = std::fabs(speedZ[i]) > options.outlierZ;
    }
    for (size_t i = 0; i < agreementOwners.size(); ++i) {
        AnnotatorStats& s = report.annotators[agreementOwners[i]];
        s.agreementZ = agreementZ[i];
        s.agreementOutlier = std::fabs(agreementZ[i]) > options.outlierZ;
    }
    // Names without a single vote (registered by opening the annotation view) say nothing about quality.
    report.annotators.erase(std::remove_if(report.annotators.begin(), report.annotators.end(),
                                           [](const AnnotatorStats& s) { return s.votes == 0 && !s.excluded; }),
                            report.annotators.end());
    std::sort(report.annotators.begin(), report.annotators.end(), [](const AnnotatorStats& a, const AnnotatorStats& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });

    // --- duplicate prompts --------------------------------------------------------------
    run.progress(85, QCoreApplication::translate("ps::quality::QualityReport", "Looking for duplicate prompts"));
    QHash<QByteArray, std::vector<size_t>> byHash;
    std::vector<size_t> representatives;  // the first prompt of each hash
    for (size_t i = 0; i < prompts.size(); ++i) {
        auto& group = byHash[prompts[i].hash];
        if (group.empty()) representatives.push_back(i);
        group.push_back(i);
    }
    for (size_t r : representatives) {
        const std::vector<size_t>& group = byHash[prompts[r].hash];
        if (group.size() < 2) continue;
        report.duplicatePrompts += int64_t(group.size()) - 1;
        if (int(report.duplicateGroups.size()) >= options.maxListed) continue;
        DuplicateGroup g;
        for (size_t i : group) g.promptIds.push_back(prompts[i].id);
        g.prompt = excerpt(prompts[r].text, options.excerptChars);
        report.duplicateGroups.push_back(std::move(g));
    }
    std::vector<QStringList> uniqueTokens;
    uniqueTokens.reserve(representatives.size());
    for (size_t r : representatives) uniqueTokens.push_back(promptTokens[r]);
    const auto near = findNearDuplicates(uniqueTokens, options.nearDuplicates, [&] { return run.cancelled(); });
    if (run.cancelled()) return run.cancelError();
    report.nearDuplicateCount = int64_t(near.size());
    for (const NearDuplicatePair& n : near) {
        if (int(report.nearDuplicates.size()) >= options.maxListed) break;
        const PromptRow& a = prompts[representatives[size_t(n.first)]];
        const PromptRow& b = prompts[representatives[size_t(n.second)]];
        report.nearDuplicates.push_back({a.id, b.id, n.jaccard, excerpt(a.text, options.excerptChars), excerpt(b.text, options.excerptChars)});
    }

    report.elapsedMs = clock.elapsed();
    run.progress(100, QCoreApplication::translate("ps::quality::QualityReport", "Done"));
    return report;
}

}  // namespace ps::quality
