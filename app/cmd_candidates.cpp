// cmd_candidates.cpp — `prefstudio candidates`: generate candidate answers for a
// workspace's prompts with one or more models and pair them for annotation
// (core/gen/candidate_job.h, the job the studio's Prompts tab runs). Ctrl+C
// stops after committing every finished prompt; running it again continues.
#include "cli.h"
#include "cli_args.h"

#include "gen/candidate_job.h"

#include <QCoreApplication>
#include <atomic>
#include <cmath>
#include <csignal>

namespace ps::app {

namespace {
std::atomic<bool> g_stop{false};
void onSignal(int) { g_stop = true; }

QString duration(double seconds) {
    if (seconds < 0) return QStringLiteral("?");
    const qint64 s = std::llround(seconds);
    return s >= 3600 ? QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
         : s >= 60  ? QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                    : QStringLiteral("%1s").arg(s);
}
}  // namespace

int cmdCandidates(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Generate candidate answers for a workspace's prompts and pair them for annotation: N seeded candidates from one "
                   "model, or one candidate from each of several models. Each prompt is committed when it is done; running the "
                   "same command again skips the prompts already done."));
    p.addOption({QStringLiteral("workspace"), QCoreApplication::translate("ps::cli", "workspace file (SQLite)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("ps::cli", "model folder; repeat to compare models (one candidate each)"),
                 QStringLiteral("dir")});
    p.addOption({QStringLiteral("model-version"), QCoreApplication::translate("ps::cli", "a registered model version id; repeatable"), QStringLiteral("id")});
    p.addOption({QStringLiteral("n"), QCoreApplication::translate("ps::cli", "candidates per prompt and model (default: 2 with one model, 1 with several)"),
                 QStringLiteral("n")});
    p.addOption({QStringLiteral("temperature"), QCoreApplication::translate("ps::cli", "sampling temperature; 0: greedy (default: the model's)"),
                 QStringLiteral("t")});
    p.addOption({QStringLiteral("temperatures"), QCoreApplication::translate("ps::cli", "one temperature per candidate, comma-separated"),
                 QStringLiteral("list")});
    p.addOption({QStringLiteral("top-k"), QCoreApplication::translate("ps::cli", "keep the k most likely tokens (0: off)"), QStringLiteral("k")});
    p.addOption({QStringLiteral("top-p"), QCoreApplication::translate("ps::cli", "nucleus sampling threshold (1: off)"), QStringLiteral("p")});
    p.addOption({QStringLiteral("min-p"), QCoreApplication::translate("ps::cli", "drop tokens below min-p x the top probability (0: off)"), QStringLiteral("p")});
    p.addOption({QStringLiteral("repetition-penalty"), QCoreApplication::translate("ps::cli", "penalty for tokens already seen (1: off)"), QStringLiteral("r")});
    p.addOption({QStringLiteral("max-new-tokens"), QCoreApplication::translate("ps::cli", "tokens to generate at most per candidate"), QStringLiteral("n")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("ps::cli", "random seed; candidate k uses seed + k (default 0)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("prompts"), QCoreApplication::translate("ps::cli", "which prompts: unpaired (default) or all"), QStringLiteral("which")});
    p.addOption({QStringLiteral("ids"), QCoreApplication::translate("ps::cli", "only these prompt ids, comma-separated"), QStringLiteral("ids")});
    p.addOption({QStringLiteral("language"), QCoreApplication::translate("ps::cli", "only prompts in this language"), QStringLiteral("code")});
    p.addOption({QStringLiteral("category"), QCoreApplication::translate("ps::cli", "only prompts of this category"), QStringLiteral("name")});
    p.addOption({QStringLiteral("limit"), QCoreApplication::translate("ps::cli", "generate for at most K prompts"), QStringLiteral("k")});
    p.addOption({QStringLiteral("pairing"), QCoreApplication::translate("ps::cli", "all (every two candidates, default) or adjacent (each with the next)"),
                 QStringLiteral("rule")});
    p.addOption({QStringLiteral("dtype"), QCoreApplication::translate("ps::cli", "compute dtype: fp32 or bf16 (default: the checkpoint's)"), QStringLiteral("dtype")});
    if (!parseCommand(p, QStringLiteral("candidates"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("workspace")) || (!p.isSet(QStringLiteral("model")) && !p.isSet(QStringLiteral("model-version"))))
        return fail(makeError(QCoreApplication::translate("ps::cli", "candidates needs --workspace and at least one --model or --model-version")));

    gen::CandidateJobSpec spec;
    spec.workspacePath = p.value(QStringLiteral("workspace"));
    spec.instanceLock = true;
    for (const QString& dir : p.values(QStringLiteral("model"))) spec.sources.push_back({dir, std::nullopt});
    for (const QString& v : p.values(QStringLiteral("model-version"))) {
        bool ok = false;
        const qlonglong id = v.toLongLong(&ok);
        if (!ok) return fail(makeError(QCoreApplication::translate("ps::cli", "--model-version expects an id, got '%1'").arg(v)));
        spec.sources.push_back({QString(), id});
    }
    auto n = parseInt(p, QStringLiteral("n"), 0);
    if (!n) return fail(n.error());
    spec.candidatesPerSource = static_cast<int>(n.value());
    for (const auto& [name, target] : std::vector<std::pair<QString, std::optional<double>*>>{
             {QStringLiteral("temperature"), &spec.sampling.temperature}, {QStringLiteral("top-p"), &spec.sampling.topP},
             {QStringLiteral("min-p"), &spec.sampling.minP}, {QStringLiteral("repetition-penalty"), &spec.sampling.repetitionPenalty}}) {
        if (!p.isSet(name)) continue;
        auto v = parseDouble(p, name, 0);
        if (!v) return fail(v.error());
        *target = v.value();
    }
    for (const auto& [name, target] : std::vector<std::pair<QString, std::optional<int64_t>*>>{
             {QStringLiteral("top-k"), &spec.sampling.topK}, {QStringLiteral("max-new-tokens"), &spec.sampling.maxNewTokens}}) {
        if (!p.isSet(name)) continue;
        auto v = parseInt(p, name, 0);
        if (!v) return fail(v.error());
        *target = v.value();
    }
    if (p.isSet(QStringLiteral("temperatures"))) {
        for (const QString& t : p.value(QStringLiteral("temperatures")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double v = t.trimmed().toDouble(&ok);
            if (!ok) return fail(makeError(QCoreApplication::translate("ps::cli", "--temperatures expects numbers, got '%1'").arg(t)));
            spec.temperatures.push_back(v);
        }
        if (!p.isSet(QStringLiteral("n"))) spec.candidatesPerSource = static_cast<int>(spec.temperatures.size());
    }
    auto seed = parseInt(p, QStringLiteral("seed"), 0);
    if (!seed) return fail(seed.error());
    spec.seed = static_cast<uint64_t>(seed.value());
    auto limit = parseInt(p, QStringLiteral("limit"), 0);
    if (!limit) return fail(limit.error());
    spec.limit = limit.value();
    const QString which = p.value(QStringLiteral("prompts"));
    if (p.isSet(QStringLiteral("ids"))) {
        auto ids = parseIdList(p.value(QStringLiteral("ids")));
        if (!ids) return fail(ids.error());
        spec.scope = gen::PromptScope::Selected;
        spec.promptIds.assign(ids->begin(), ids->end());
    } else if (which.isEmpty() || which == QLatin1String("unpaired")) {
        spec.scope = gen::PromptScope::Unpaired;
    } else if (which == QLatin1String("all")) {
        spec.scope = gen::PromptScope::All;
    } else {
        return fail(makeError(QCoreApplication::translate("ps::cli", "--prompts must be all or unpaired, got '%1'").arg(which)));
    }
    spec.language = p.value(QStringLiteral("language"));
    spec.category = p.value(QStringLiteral("category"));
    const QString pairing = p.value(QStringLiteral("pairing"));
    if (pairing == QLatin1String("adjacent"))
        spec.pairing = gen::PairingRule::Adjacent;
    else if (!pairing.isEmpty() && pairing != QLatin1String("all"))
        return fail(makeError(QCoreApplication::translate("ps::cli", "--pairing must be all or adjacent, got '%1'").arg(pairing)));
    spec.dtype = p.value(QStringLiteral("dtype"));
    if (Status s = gen::validateCandidateJob(spec); !s) return fail(s.error());

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    gen::CandidateCallbacks cb;
    cb.cancel = &g_stop;
    QString lastStage;
    qint64 printed = 0;
    cb.progress = [&lastStage, &printed](const gen::CandidateProgress& pr) {
        // Stages before the first prompt (loading models) once each; then one line per finished prompt.
        if (pr.stage != lastStage && pr.promptsDone == 0 && pr.promptId == 0) err() << pr.stage << "\n" << Qt::flush;
        lastStage = pr.stage;
        if (pr.promptsDone > printed) {
            printed = pr.promptsDone;
            err() << QCoreApplication::translate("ps::cli", "[%1/%2] prompt %3 · %4 tok/s · ETA %5\n")
                         .arg(pr.promptsDone)
                         .arg(pr.promptsTotal)
                         .arg(pr.promptId)
                         .arg(pr.tokensPerSecond, 0, 'f', 1)
                         .arg(duration(pr.etaSeconds))
                  << Qt::flush;
        }
    };
    auto r = gen::runCandidateJob(spec, cb);
    if (!r) return fail(r.error());
    out() << QCoreApplication::translate("ps::cli", "%1 prompts done (%2 skipped: already done with these models and settings): %3 candidates, %4 pairs, "
                                                    "%5 tokens in %6 s (%7 tok/s)%8\n")
                 .arg(r->promptsDone)
                 .arg(r->promptsSkipped)
                 .arg(r->generations)
                 .arg(r->pairs)
                 .arg(r->tokens)
                 .arg(r->seconds, 0, 'f', 1)
                 .arg(r->seconds > 0 ? double(r->tokens) / r->seconds : 0.0, 0, 'f', 1)
                 .arg(r->cancelled ? QCoreApplication::translate("ps::cli", " (stopped: run the command again to continue)") : QString())
          << Qt::flush;
    return r->cancelled ? 130 : 0;
}

}  // namespace ps::app
