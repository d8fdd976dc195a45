// before_after.cpp — reading prompt files, running both models, metrics and
// saving a comparison (before_after.h).
#include "eval/before_after.h"

#include "eval/text_metrics.h"
#include "eval/stats.h"
#include "safety/safety_filter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace ps::eval {

Result<std::vector<EvalPrompt>> readPromptFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::eval", "cannot read the prompts: %1").arg(f.errorString()), path);
    const bool text = path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
    std::vector<EvalPrompt> out;
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine();
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty()) continue;
        const QString where = QCoreApplication::translate("ps::eval", "%1, line %2").arg(path).arg(lineNo);
        EvalPrompt p;
        p.key = QStringLiteral("line-%1").arg(lineNo);
        if (text) {
            p.content.text = QString::fromUtf8(line);
            out.push_back(p);
            continue;
        }
        QJsonParseError pe;
        const QJsonDocument d = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !d.isObject())
            return makeError(QCoreApplication::translate("ps::eval", "not a JSON object (a .txt file holds one prompt per line)"), where);
        const QJsonObject o = d.object();
        const QJsonValue pv = o.value(QStringLiteral("prompt"));
        if (pv.isString() && !pv.toString().trimmed().isEmpty()) {
            p.content.text = pv.toString();
        } else if (pv.isArray() && !pv.toArray().isEmpty()) {
            for (const QJsonValue& m : pv.toArray())
                if (!m.isObject() || !m.toObject().value(QStringLiteral("role")).isString())
                    return makeError(QCoreApplication::translate("ps::eval", "\"prompt\" messages need a \"role\" and \"content\""), where);
            p.content.messages = pv.toArray();
        } else {
            return makeError(QCoreApplication::translate("ps::eval", "\"prompt\" must be a non-empty string or message list"), where);
        }
        const QJsonValue id = o.value(QStringLiteral("id"));
        if (id.isString() && !id.toString().isEmpty()) p.key = id.toString();
        else if (id.isDouble()) p.key = QString::number(id.toDouble(), 'g', 15);
        p.language = o.value(QStringLiteral("language")).toString();
        p.category = o.value(QStringLiteral("category")).toString();
        out.push_back(p);
    }
    if (out.empty()) return makeError(QCoreApplication::translate("ps::eval", "the prompt file holds no prompts"), path);
    return out;
}

Result<BeforeAfterRun> runBeforeAfter(const BeforeAfterOptions& options, const std::vector<EvalPrompt>& prompts, const ProgressFn& progress,
                                      const std::atomic<bool>* cancel) {
    BeforeAfterRun run;
    run.options = options;
    run.items.resize(prompts.size());
    const int total = int(prompts.size()) * 2;
    int done = 0;
    for (int side = 0; side < 2; ++side) {
        const QString dir = side == 0 ? options.modelA : options.modelB;
        auto gen = TextGenerator::load(dir, options.dtype);
        if (!gen) return gen.error().within(side == 0 ? QCoreApplication::translate("ps::eval", "loading model A")
                                                      : QCoreApplication::translate("ps::eval", "loading model B"));
        (side == 0 ? run.samplingA : run.samplingB) = gen.value()->effectiveSampling(options.sampling);
        for (size_t i = 0; i < prompts.size(); ++i) {
            if (cancel && cancel->load()) {
                run.cancelled = true;
                return run;
            }
            BeforeAfterItem& it = run.items[i];
            it.prompt = prompts[i];
            it.seed = options.seed + i;
            auto a = gen.value()->answer(prompts[i].content, options.sampling, it.seed, cancel);
            if (!a) return a.error().within(QCoreApplication::translate("ps::eval", "prompt %1").arg(prompts[i].key));
            (side == 0 ? it.a : it.b) = a.value();
            if (progress) progress(++done, total);
        }
    }
    return run;
}

namespace {
SideMetrics sideMetrics(const std::vector<const TextAnswer*>& answers, const safety::SafetyFilter* filter) {
    SideMetrics m;
    m.answers = int(answers.size());
    if (answers.empty()) return m;
    QStringList texts;
    std::vector<double> latencies;
    double tokens = 0, seconds = 0;
    for (const TextAnswer* a : answers) {
        texts << a->text;
        m.meanChars += characterCount(a->text);
        m.meanWords += wordCount(a->text);
        m.meanTokens += a->tokens;
        m.meanLatencyMs += double(a->latencyMs);
        latencies.push_back(double(a->latencyMs));
        tokens += a->tokens;
        seconds += double(a->latencyMs) / 1000.0;
        if (a->finish == QLatin1String("length")) ++m.stoppedByLength;
        if (filter) {
            const safety::Classification c = filter->classify(a->text);
            if (c.unsafe()) ++m.unsafe;
            if (c.refused) ++m.refused;
            for (const QString& h : c.hits) ++m.categoryHits[h];
        }
    }
    const double n = double(answers.size());
    m.meanChars /= n;
    m.meanWords /= n;
    m.meanTokens /= n;
    m.meanLatencyMs /= n;
    std::sort(latencies.begin(), latencies.end());
    m.p50LatencyMs = quantileSorted(latencies, 0.5);
    m.p90LatencyMs = quantileSorted(latencies, 0.9);
    m.tokensPerSecond = seconds > 0 ? tokens / seconds : 0.0;
    m.distinct1 = distinctN(texts, 1);
    m.distinct2 = distinctN(texts, 2);
    return m;
}

QJsonObject sideJson(const SideMetrics& m) {
    QJsonObject hits;
    for (const auto& [k, v] : m.categoryHits) hits.insert(k, v);
    return QJsonObject{{QStringLiteral("answers"), m.answers},
                       {QStringLiteral("mean_chars"), m.meanChars},
                       {QStringLiteral("mean_words"), m.meanWords},
                       {QStringLiteral("mean_tokens"), m.meanTokens},
                       {QStringLiteral("mean_latency_ms"), m.meanLatencyMs},
                       {QStringLiteral("p50_latency_ms"), m.p50LatencyMs},
                       {QStringLiteral("p90_latency_ms"), m.p90LatencyMs},
                       {QStringLiteral("tokens_per_second"), m.tokensPerSecond},
                       {QStringLiteral("distinct_1"), m.distinct1},
                       {QStringLiteral("distinct_2"), m.distinct2},
                       {QStringLiteral("stopped_by_length"), m.stoppedByLength},
                       {QStringLiteral("safety_unsafe"), m.unsafe},
                       {QStringLiteral("safety_refused"), m.refused},
                       {QStringLiteral("safety_category_hits"), hits}};
}

QJsonObject answerJson(const TextAnswer& a) {
    return QJsonObject{{QStringLiteral("text"), a.text},
                       {QStringLiteral("tokens"), a.tokens},
                       {QStringLiteral("chars"), characterCount(a.text)},
                       {QStringLiteral("latency_ms"), double(a.latencyMs)},
                       {QStringLiteral("finish"), a.finish}};
}
}  // namespace

BeforeAfterMetrics computeMetrics(const BeforeAfterRun& run, const safety::SafetyFilter* filter) {
    BeforeAfterMetrics m;
    std::vector<const TextAnswer*> a, b;
    double dist = 0, ratio = 0;
    int ratioN = 0;
    for (const BeforeAfterItem& it : run.items) {
        a.push_back(&it.a);
        b.push_back(&it.b);
        if (it.a.text == it.b.text) ++m.identical;
        dist += levenshtein(it.a.text, it.b.text).distance;
        const int ca = characterCount(it.a.text);
        if (ca > 0) {
            ratio += double(characterCount(it.b.text)) / ca;
            ++ratioN;
        }
    }
    m.a = sideMetrics(a, filter);
    m.b = sideMetrics(b, filter);
    m.meanEditDistance = run.items.empty() ? 0.0 : dist / double(run.items.size());
    m.meanLengthRatio = ratioN ? ratio / ratioN : 0.0;
    return m;
}

QJsonObject metricsToJson(const BeforeAfterMetrics& m) {
    return QJsonObject{{QStringLiteral("a"), sideJson(m.a)},
                       {QStringLiteral("b"), sideJson(m.b)},
                       {QStringLiteral("identical_answers"), m.identical},
                       {QStringLiteral("mean_edit_distance_a_b"), m.meanEditDistance},
                       {QStringLiteral("mean_length_ratio_b_over_a"), m.meanLengthRatio}};
}

QJsonObject itemToJson(const BeforeAfterItem& it) {
    QJsonObject o{{QStringLiteral("id"), it.prompt.key}, {QStringLiteral("seed"), double(it.seed)}, {QStringLiteral("a"), answerJson(it.a)},
                  {QStringLiteral("b"), answerJson(it.b)}};
    if (it.prompt.content.isChat()) o.insert(QStringLiteral("prompt"), it.prompt.content.messages);
    else o.insert(QStringLiteral("prompt"), it.prompt.content.text);
    if (!it.prompt.language.isEmpty()) o.insert(QStringLiteral("language"), it.prompt.language);
    if (!it.prompt.category.isEmpty()) o.insert(QStringLiteral("category"), it.prompt.category);
    return o;
}

Result<store::Id> saveBeforeAfter(store::Workspace& ws, const BeforeAfterRun& run, const QString& name, std::optional<store::Id> trainingRunId) {
    store::EvalStore es(ws);
    auto tx = ws.begin();
    if (!tx) return tx.error();
    auto ma = es.modelVersionForPath(run.options.modelA, QFileInfo(run.options.modelA).fileName());
    if (!ma) return ma.error();
    auto mb = es.modelVersionForPath(run.options.modelB, QFileInfo(run.options.modelB).fileName());
    if (!mb) return mb.error();
    std::vector<store::ComparisonItem> items;
    int position = 0;
    for (const BeforeAfterItem& it : run.items) {
        auto existing = ws.findPromptByHash(store::Workspace::promptHash(it.prompt.content));
        if (!existing) return existing.error();
        store::Id promptId = 0;
        if (existing.value()) {
            promptId = *existing.value();
        } else {
            store::NewPrompt p;
            p.content = it.prompt.content;
            p.language = it.prompt.language;
            p.category = it.prompt.category;
            p.source = QStringLiteral("eval");
            auto id = ws.addPrompt(p);
            if (!id) return id.error();
            promptId = id.value();
        }
        store::Id gens[2] = {0, 0};
        for (int side = 0; side < 2; ++side) {
            const TextAnswer& a = side == 0 ? it.a : it.b;
            store::NewGeneration g;
            g.promptId = promptId;
            g.modelVersionId = side == 0 ? ma.value() : mb.value();
            g.sampling = side == 0 ? run.samplingA : run.samplingB;
            g.seed = qint64(it.seed);
            g.text = a.text;
            g.tokenCount = a.tokens;
            g.timeMs = a.latencyMs;
            g.source = QStringLiteral("eval");
            auto id = ws.addGeneration(g);
            if (!id) return id.error();
            gens[side] = id.value();
        }
        items.push_back({position++, promptId, qint64(it.seed), gens[0], gens[1]});
    }
    store::NewComparison c;
    c.name = name;
    c.modelA = ma.value();
    c.modelB = mb.value();
    c.sampling = run.options.sampling.toJson();
    c.seed = qint64(run.options.seed);
    c.trainingRunId = trainingRunId;
    auto id = es.addComparison(c, items);
    if (!id) return id.error();
    Status s = tx->commit();
    if (!s) return s.error();
    return id;
}

}  // namespace ps::eval
