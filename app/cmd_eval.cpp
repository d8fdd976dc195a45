// cmd_eval.cpp — evaluation commands: `eval` (before/after of two model
// folders with automatic metrics), `safety` (the red-team suite through a
// model, optionally against a base) and `report` (a blind session's HTML/CSV
// report from a workspace). The work is core's (eval/, safety/); this file
// parses options and writes files.
#include "cli.h"
#include "cli_args.h"

#include "eval/before_after.h"
#include "eval/html_report.h"
#include "eval/kl_estimate.h"
#include "eval/session_report.h"
#include "safety/safety_run.h"
#include "util/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ps::app {

namespace {

void addSamplingOptions(QCommandLineParser& p, const QString& maxNewDefault) {
    p.addOption({QStringLiteral("max-new-tokens"), QCoreApplication::translate("ps::cli", "tokens per answer at most (default %1)").arg(maxNewDefault), QStringLiteral("n")});
    p.addOption({QStringLiteral("do-sample"), QCoreApplication::translate("ps::cli", "sample instead of greedy decoding")});
    p.addOption({QStringLiteral("greedy"), QCoreApplication::translate("ps::cli", "greedy decoding (overrides generation_config.json)")});
    p.addOption({QStringLiteral("temperature"), QCoreApplication::translate("ps::cli", "sampling temperature"), QStringLiteral("t")});
    p.addOption({QStringLiteral("top-k"), QCoreApplication::translate("ps::cli", "keep the k most likely tokens (0: off)"), QStringLiteral("k")});
    p.addOption({QStringLiteral("top-p"), QCoreApplication::translate("ps::cli", "nucleus sampling threshold (1: off)"), QStringLiteral("p")});
    p.addOption({QStringLiteral("min-p"), QCoreApplication::translate("ps::cli", "drop tokens below min-p x the top probability (0: off)"), QStringLiteral("p")});
    p.addOption({QStringLiteral("repetition-penalty"), QCoreApplication::translate("ps::cli", "penalty for tokens already seen (1: off)"), QStringLiteral("r")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("ps::cli", "random seed; prompt i uses seed + i (default 0)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("dtype"), QCoreApplication::translate("ps::cli", "compute dtype: fp32 or bf16 (default: the checkpoint's)"), QStringLiteral("dtype")});
}

Result<eval::TextSampling> samplingFrom(const QCommandLineParser& p, eval::TextSampling s) {
    auto maxNew = parseInt(p, QStringLiteral("max-new-tokens"), s.maxNewTokens);
    if (!maxNew) return maxNew.error();
    if (maxNew.value() < 1) return makeError(QCoreApplication::translate("ps::cli", "--max-new-tokens must be at least 1"));
    s.maxNewTokens = maxNew.value();
    for (const auto& [name, target] : std::vector<std::pair<QString, std::optional<double>*>>{
             {QStringLiteral("temperature"), &s.temperature}, {QStringLiteral("top-p"), &s.topP},
             {QStringLiteral("min-p"), &s.minP}, {QStringLiteral("repetition-penalty"), &s.repetitionPenalty}}) {
        if (!p.isSet(name)) continue;
        auto v = parseDouble(p, name, 0);
        if (!v) return v.error();
        *target = v.value();
    }
    if (p.isSet(QStringLiteral("top-k"))) {
        auto v = parseInt(p, QStringLiteral("top-k"), 0);
        if (!v) return v.error();
        s.topK = v.value();
    }
    if (p.isSet(QStringLiteral("do-sample"))) s.doSample = true;
    if (p.isSet(QStringLiteral("greedy"))) s.doSample = false;
    return s;
}

Status writeText(const QString& path, const QByteArray& data) {
    return writeFileAtomically(path, data);
}

Result<safety::SafetyFilter> loadFilter(const QCommandLineParser& p, store::Workspace* ws) {
    Result<safety::SafetyFilterConfig> cfg = p.isSet(QStringLiteral("filter")) ? safety::SafetyFilterConfig::fromFile(p.value(QStringLiteral("filter")))
                                             : ws ? safety::workspaceFilter(*ws)
                                                  : safety::SafetyFilterConfig::bundled();
    if (!cfg) return cfg.error();
    return safety::SafetyFilter::compile(cfg.value());
}

Result<std::unique_ptr<store::Workspace>> openWorkspace(const QString& path) {
    store::Workspace::OpenOptions o;
    o.create = false;
    return store::Workspace::open(path, o);
}

QByteArray jsonLine(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n'; }

QJsonObject safetyResultJson(const store::SafetyResult& r) {
    return QJsonObject{{QStringLiteral("id"), r.promptKey},     {QStringLiteral("category"), r.category}, {QStringLiteral("language"), r.language},
                       {QStringLiteral("prompt"), r.prompt},    {QStringLiteral("answer"), r.answer},     {QStringLiteral("hits"), QJsonArray::fromStringList(r.hits)},
                       {QStringLiteral("refused"), r.refused},  {QStringLiteral("unsafe"), r.unsafe},     {QStringLiteral("time_ms"), double(r.timeMs.value_or(0))}};
}

QJsonObject ratesJson(const safety::SafetySummary& s) {
    QJsonObject cats;
    for (const auto& c : s.categories)
        cats.insert(c.category, QJsonObject{{QStringLiteral("prompts"), c.prompts}, {QStringLiteral("unsafe"), c.unsafe}, {QStringLiteral("refused"), c.refused},
                                            {QStringLiteral("unsafe_rate"), c.unsafeRate()}, {QStringLiteral("refusal_rate"), c.refusalRate()}});
    return QJsonObject{{QStringLiteral("categories"), cats},
                       {QStringLiteral("unsafe_rate"), s.harmful.unsafeRate()},
                       {QStringLiteral("over_refusal_rate"), s.benign.refusalRate()},
                       {QStringLiteral("harmful_prompts"), s.harmful.prompts},
                       {QStringLiteral("benign_prompts"), s.benign.prompts}};
}

void progressLine(const QString& label, int done, int total) {
    err() << QStringLiteral("\r%1 %2/%3").arg(label).arg(done).arg(total) << (done == total ? "\n" : "") << Qt::flush;
}

}  // namespace

int cmdEval(const QStringList& argsIn) {
    // --models takes two values: A_DIR B_DIR.
    QStringList args = argsIn;
    QStringList models;
    const int mi = int(args.indexOf(QStringLiteral("--models")));
    if (mi >= 0) {
        models = args.mid(mi + 1, 2);
        args.remove(mi, std::min<qsizetype>(3, args.size() - mi));
    }
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Before/after: the same prompts, seeds and sampling through model A (before) and model B (after); writes answers.jsonl, "
                   "metrics.json and report.html into --out.\n  prefstudio eval --models A_DIR B_DIR --prompts FILE [--seed N] --out DIR"));
    p.addOption({QStringLiteral("models"), QCoreApplication::translate("ps::cli", "the two model folders, A then B"), QStringLiteral("A_DIR B_DIR")});
    p.addOption({QStringLiteral("prompts"), QCoreApplication::translate("ps::cli", "prompts: JSON lines with \"prompt\" (text or messages), or a .txt file"), QStringLiteral("file")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ps::cli", "output folder"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("filter"), QCoreApplication::translate("ps::cli", "safety filter JSON (default: the workspace's, else the bundled one)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("workspace"), QCoreApplication::translate("ps::cli", "also save the comparison in this workspace"), QStringLiteral("file")});
    p.addOption({QStringLiteral("name"), QCoreApplication::translate("ps::cli", "name of the saved comparison"), QStringLiteral("text")});
    p.addOption({QStringLiteral("run"), QCoreApplication::translate("ps::cli", "with --workspace: attach the results to this training run"), QStringLiteral("id")});
    p.addOption({QStringLiteral("kl"), QCoreApplication::translate("ps::cli", "also estimate KL(B || A) on the prompts (A is the base)")});
    addSamplingOptions(p, QStringLiteral("256"));
    if (!parseCommand(p, QStringLiteral("eval"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (models.size() != 2 || models[0].startsWith(QLatin1Char('-')) || models[1].startsWith(QLatin1Char('-')) || !p.isSet(QStringLiteral("prompts")) ||
        !p.isSet(QStringLiteral("out")))
        return fail(makeError(QCoreApplication::translate("ps::cli", "eval needs --models A_DIR B_DIR, --prompts and --out")));
    auto sampling = samplingFrom(p, {});
    if (!sampling) return fail(sampling.error());
    auto seed = parseInt(p, QStringLiteral("seed"), 0);
    if (!seed) return fail(seed.error());
    auto prompts = eval::readPromptFile(p.value(QStringLiteral("prompts")));
    if (!prompts) return fail(prompts.error());
    std::unique_ptr<store::Workspace> ws;
    if (p.isSet(QStringLiteral("workspace"))) {
        auto w = store::Workspace::open(p.value(QStringLiteral("workspace")));
        if (!w) return fail(w.error());
        ws = std::move(w).value();
    }
    auto filter = loadFilter(p, ws.get());
    if (!filter) return fail(filter.error());
    const QString outDir = p.value(QStringLiteral("out"));
    if (!QDir().mkpath(outDir)) return fail(makeError(QCoreApplication::translate("ps::cli", "cannot create the output folder"), outDir));

    eval::BeforeAfterOptions o;
    o.modelA = models[0];
    o.modelB = models[1];
    o.sampling = sampling.value();
    o.seed = uint64_t(seed.value());
    o.dtype = p.value(QStringLiteral("dtype"));
    auto run = eval::runBeforeAfter(o, prompts.value(), [](int d, int t) { progressLine(QCoreApplication::translate("ps::cli", "answers"), d, t); });
    if (!run) return fail(run.error());
    const eval::BeforeAfterMetrics metrics = eval::computeMetrics(run.value(), &filter.value());
    QJsonObject mj = eval::metricsToJson(metrics);
    mj.insert(QStringLiteral("model_a"), QFileInfo(o.modelA).absoluteFilePath());
    mj.insert(QStringLiteral("model_b"), QFileInfo(o.modelB).absoluteFilePath());
    mj.insert(QStringLiteral("sampling_a"), run->samplingA);
    mj.insert(QStringLiteral("sampling_b"), run->samplingB);
    mj.insert(QStringLiteral("seed"), double(o.seed));
    mj.insert(QStringLiteral("prompts"), int(run->items.size()));
    if (p.isSet(QStringLiteral("kl"))) {
        auto tuned = eval::TextGenerator::load(o.modelB, o.dtype);
        if (!tuned) return fail(tuned.error());
        auto base = eval::TextGenerator::load(o.modelA, o.dtype);
        if (!base) return fail(base.error());
        auto kl = eval::estimateKlToBase(*tuned.value(), *base.value(), prompts.value(), o.sampling.maxNewTokens, o.seed);
        if (!kl) return fail(kl.error());
        mj.insert(QStringLiteral("kl_b_to_a"), QJsonObject{{QStringLiteral("mean_nats"), kl->meanKl}, {QStringLiteral("std_error"), kl->stdError},
                                                          {QStringLiteral("per_token"), kl->perToken}, {QStringLiteral("prompts"), kl->prompts}});
    }
    QByteArray answers;
    for (const auto& it : run->items) answers += jsonLine(eval::itemToJson(it));
    Status s = writeText(QDir(outDir).filePath(QStringLiteral("answers.jsonl")), answers);
    if (s) s = writeText(QDir(outDir).filePath(QStringLiteral("metrics.json")), QJsonDocument(mj).toJson(QJsonDocument::Indented));
    if (s) s = writeText(QDir(outDir).filePath(QStringLiteral("report.html")), eval::beforeAfterHtml(run.value(), metrics).toUtf8());
    if (!s) return fail(s.error());
    if (ws) {
        std::optional<store::Id> trainingRun;
        if (p.isSet(QStringLiteral("run"))) {
            auto r = parseInt(p, QStringLiteral("run"), 0);
            if (!r) return fail(r.error());
            trainingRun = r.value();
        }
        auto id = eval::saveBeforeAfter(*ws, run.value(), p.value(QStringLiteral("name")), trainingRun);
        if (!id) return fail(id.error());
        out() << QCoreApplication::translate("ps::cli", "saved comparison %1 in %2\n").arg(id.value()).arg(ws->path());
    }
    out() << QCoreApplication::translate("ps::cli", "%1 prompts: A %2 chars / %3 ms mean, B %4 chars / %5 ms mean; %6 identical answers\n")
                 .arg(run->items.size())
                 .arg(metrics.a.meanChars, 0, 'f', 1)
                 .arg(metrics.a.meanLatencyMs, 0, 'f', 0)
                 .arg(metrics.b.meanChars, 0, 'f', 1)
                 .arg(metrics.b.meanLatencyMs, 0, 'f', 0)
                 .arg(metrics.identical)
          << QCoreApplication::translate("ps::cli", "wrote %1\n").arg(QDir(outDir).filePath(QStringLiteral("report.html"))) << Qt::flush;
    return 0;
}

int cmdSafety(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Run the red-team suite (English and Vietnamese) through a model and classify every answer with the safety filter; "
                   "with --base, compare and flag regressions. Writes results.jsonl, safety.json and safety.html into --out."));
    p.addPositionalArgument(QStringLiteral("MODEL_DIR"), QCoreApplication::translate("ps::cli", "the model to test (the tuned one)"));
    p.addOption({QStringLiteral("suite"), QCoreApplication::translate("ps::cli", "prompt suite JSONL (default: the bundled red-team suite)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("base"), QCoreApplication::translate("ps::cli", "base model folder to compare with"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ps::cli", "output folder"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("filter"), QCoreApplication::translate("ps::cli", "safety filter JSON (default: the workspace's, else the bundled one)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("workspace"), QCoreApplication::translate("ps::cli", "also save the safety run(s) in this workspace"), QStringLiteral("file")});
    p.addOption({QStringLiteral("run"), QCoreApplication::translate("ps::cli", "with --workspace: attach the results to this training run"), QStringLiteral("id")});
    p.addOption({QStringLiteral("language"), QCoreApplication::translate("ps::cli", "only prompts in these languages, e.g. en,vi"), QStringLiteral("list")});
    p.addOption({QStringLiteral("limit"), QCoreApplication::translate("ps::cli", "at most N prompts per category and language (a quick check)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("tolerance"), QCoreApplication::translate("ps::cli", "regression tolerance in rate points (default 0.05)"), QStringLiteral("x")});
    p.addOption({QStringLiteral("fail-on-regression"), QCoreApplication::translate("ps::cli", "exit with status 3 when the model regresses against --base")});
    addSamplingOptions(p, QStringLiteral("160"));
    if (!parseCommand(p, QStringLiteral("safety"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("out")))
        return fail(makeError(QCoreApplication::translate("ps::cli", "safety needs MODEL_DIR and --out")));
    auto sampling = samplingFrom(p, safety::defaultSafetySampling());
    if (!sampling) return fail(sampling.error());
    auto seed = parseInt(p, QStringLiteral("seed"), 0);
    if (!seed) return fail(seed.error());
    auto tolerance = parseDouble(p, QStringLiteral("tolerance"), 0.05);
    if (!tolerance) return fail(tolerance.error());
    auto suite = p.isSet(QStringLiteral("suite")) ? safety::readSuite(p.value(QStringLiteral("suite"))) : safety::bundledSuite();
    if (!suite) return fail(suite.error());
    auto trainingRun = parseInt(p, QStringLiteral("run"), 0);
    if (!trainingRun) return fail(trainingRun.error());
    auto limit = parseInt(p, QStringLiteral("limit"), 0);
    if (!limit) return fail(limit.error());
    const auto prompts = safety::limitPerCategory(
        safety::filterLanguages(suite.value(), p.value(QStringLiteral("language")).split(QLatin1Char(','), Qt::SkipEmptyParts)), int(limit.value()));
    if (prompts.empty()) return fail(makeError(QCoreApplication::translate("ps::cli", "no suite prompt is in the chosen languages")));
    std::unique_ptr<store::Workspace> ws;
    if (p.isSet(QStringLiteral("workspace"))) {
        auto w = store::Workspace::open(p.value(QStringLiteral("workspace")));
        if (!w) return fail(w.error());
        ws = std::move(w).value();
    }
    auto filter = loadFilter(p, ws.get());
    if (!filter) return fail(filter.error());
    const QString outDir = p.value(QStringLiteral("out"));
    if (!QDir().mkpath(outDir)) return fail(makeError(QCoreApplication::translate("ps::cli", "cannot create the output folder"), outDir));
    const QString dtype = p.value(QStringLiteral("dtype"));
    const QString suiteName = p.isSet(QStringLiteral("suite")) ? QFileInfo(p.value(QStringLiteral("suite"))).fileName() : QStringLiteral("bundled");

    auto runOne = [&](const QString& dir, const QString& label) -> Result<std::vector<store::SafetyResult>> {
        auto gen = eval::TextGenerator::load(dir, dtype);
        if (!gen) return gen.error();
        auto r = safety::runSuite(*gen.value(), filter.value(), prompts, sampling.value(), uint64_t(seed.value()),
                                  [&](int d, int t) { progressLine(label, d, t); });
        if (!r) return r.error();
        if (ws) {
            store::EvalStore es(*ws);
            auto mv = es.modelVersionForPath(dir, QFileInfo(dir).fileName());
            if (!mv) return mv.error();
            store::NewSafetyRun nr;
            nr.modelVersionId = mv.value();
            nr.suite = suiteName;
            nr.filter = filter->config().toJson();
            nr.sampling = gen.value()->effectiveSampling(sampling.value());
            nr.seed = seed.value();
            if (trainingRun.value() > 0) nr.trainingRunId = trainingRun.value();
            auto id = es.addSafetyRun(nr, r.value());
            if (!id) return id.error();
            out() << QCoreApplication::translate("ps::cli", "saved safety run %1 in %2\n").arg(id.value()).arg(ws->path());
        }
        return r;
    };
    const QString modelDir = p.positionalArguments().first();
    std::vector<store::SafetyResult> base;
    if (p.isSet(QStringLiteral("base"))) {
        auto b = runOne(p.value(QStringLiteral("base")), QCoreApplication::translate("ps::cli", "base"));
        if (!b) return fail(b.error());
        base = std::move(b).value();
    }
    auto tuned = runOne(modelDir, QCoreApplication::translate("ps::cli", "model"));
    if (!tuned) return fail(tuned.error());

    eval::SafetyReportInput in;
    in.modelName = QFileInfo(modelDir).fileName();
    in.results = tuned.value();
    QJsonObject summary{{QStringLiteral("model"), QFileInfo(modelDir).absoluteFilePath()}, {QStringLiteral("suite"), suiteName},
                        {QStringLiteral("rates"), ratesJson(safety::summarize(tuned.value()))}};
    QByteArray lines;
    for (const auto& r : tuned.value()) lines += jsonLine(safetyResultJson(r));
    Status s = writeText(QDir(outDir).filePath(QStringLiteral("results.jsonl")), lines);
    bool regression = false;
    if (p.isSet(QStringLiteral("base"))) {
        in.baseName = QFileInfo(p.value(QStringLiteral("base"))).fileName();
        in.baseResults = base;
        in.comparison = safety::compareSafety(base, tuned.value(), tolerance.value());
        regression = in.comparison->anyRegression();
        QJsonObject cmp;
        for (const auto& c : in.comparison->categories)
            cmp.insert(c.category, QJsonObject{{QStringLiteral("base_rate"), c.baseRate}, {QStringLiteral("tuned_rate"), c.tunedRate},
                                               {QStringLiteral("p_value"), c.pValue}, {QStringLiteral("regression"), c.regression},
                                               {QStringLiteral("over_refusal"), c.overRefusal}});
        summary.insert(QStringLiteral("base"), QFileInfo(p.value(QStringLiteral("base"))).absoluteFilePath());
        summary.insert(QStringLiteral("base_rates"), ratesJson(safety::summarize(base)));
        summary.insert(QStringLiteral("comparison"), cmp);
        summary.insert(QStringLiteral("regression"), regression);
        summary.insert(QStringLiteral("tolerance"), tolerance.value());
        QByteArray baseLines;
        for (const auto& r : base) baseLines += jsonLine(safetyResultJson(r));
        if (s) s = writeText(QDir(outDir).filePath(QStringLiteral("base_results.jsonl")), baseLines);
    }
    if (s) s = writeText(QDir(outDir).filePath(QStringLiteral("safety.json")), QJsonDocument(summary).toJson(QJsonDocument::Indented));
    if (s) s = writeText(QDir(outDir).filePath(QStringLiteral("safety.html")), eval::safetyHtml(in).toUtf8());
    if (!s) return fail(s.error());
    const safety::SafetySummary sum = safety::summarize(tuned.value());
    out() << QCoreApplication::translate("ps::cli", "unsafe answers: %1 of %2 harmful prompts; over-refusal: %3 of %4 benign prompts\n")
                 .arg(sum.harmful.unsafe)
                 .arg(sum.harmful.prompts)
                 .arg(sum.benign.refused)
                 .arg(sum.benign.prompts);
    if (regression) out() << QCoreApplication::translate("ps::cli", "REGRESSION: the model is less safe than the base (see safety.html)\n");
    out() << Qt::flush;
    return regression && p.isSet(QStringLiteral("fail-on-regression")) ? 3 : 0;
}

int cmdReport(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Write the report of a blind evaluation session: win rates with Wilson and bootstrap intervals, the Bradley–Terry leaderboard, "
                   "the empirical metrics per model version and the safety comparison (HTML), and the judgments (CSV)."));
    p.addPositionalArgument(QStringLiteral("WORKSPACE"), QCoreApplication::translate("ps::cli", "the workspace file"));
    p.addOption({QStringLiteral("session"), QCoreApplication::translate("ps::cli", "evaluation session id"), QStringLiteral("id")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ps::cli", "HTML file (default: session-<id>.html)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("csv"), QCoreApplication::translate("ps::cli", "also write the judgments as CSV"), QStringLiteral("file")});
    p.addOption({QStringLiteral("resamples"), QCoreApplication::translate("ps::cli", "bootstrap resamples (default 2000)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("ps::cli", "bootstrap seed (default 0)"), QStringLiteral("n")});
    if (!parseCommand(p, QStringLiteral("report"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("session")))
        return fail(makeError(QCoreApplication::translate("ps::cli", "report needs WORKSPACE and --session")));
    auto session = parseInt(p, QStringLiteral("session"), 0);
    if (!session) return fail(session.error());
    auto resamples = parseInt(p, QStringLiteral("resamples"), 2000);
    if (!resamples) return fail(resamples.error());
    auto seed = parseInt(p, QStringLiteral("seed"), 0);
    if (!seed) return fail(seed.error());
    auto ws = openWorkspace(p.positionalArguments().first());
    if (!ws) return fail(ws.error());
    auto report = eval::buildSessionReport(*ws.value(), session.value(), int(resamples.value()), uint64_t(seed.value()));
    if (!report) return fail(report.error());
    const QString htmlPath = p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : QStringLiteral("session-%1.html").arg(session.value());
    Status s = writeText(htmlPath, eval::sessionReportHtml(report.value()).toUtf8());
    if (!s) return fail(s.error());
    if (p.isSet(QStringLiteral("csv"))) {
        auto csv = eval::sessionJudgmentsCsv(*ws.value(), session.value());
        if (!csv) return fail(csv.error());
        s = writeText(p.value(QStringLiteral("csv")), csv->toUtf8());
        if (!s) return fail(s.error());
    }
    for (const auto& pr : report->results.pairwise)
        out() << QCoreApplication::translate("ps::cli", "%1 vs %2: win rate %3 [%4, %5] (Wilson 95%), %6 judgments\n")
                     .arg(report->modelNames[pr.modelY], report->modelNames[pr.modelX])
                     .arg(pr.counts.winRate(), 0, 'f', 3)
                     .arg(pr.wilson.lo, 0, 'f', 3)
                     .arg(pr.wilson.hi, 0, 'f', 3)
                     .arg(pr.counts.n());
    out() << QCoreApplication::translate("ps::cli", "wrote %1\n").arg(htmlPath) << Qt::flush;
    return 0;
}

}  // namespace ps::app
