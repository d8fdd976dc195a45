// cmd_train.cpp — `prefstudio train`, `sft` and `score`: DPO and SFT from the
// command line, printing TRL-named metrics as JSON lines.
#include "cli.h"
#include "cli_args.h"

#include "model/lfm2.h"
#include "train/completion_logps.h"
#include "train/dpo_data.h"
#include "train/dpo_trainer.h"
#include "train/train_job.h"
#include "train/dpo_tokenize.h"
#include "train/distributed.h"

#include <ATen/core/grad_mode.h>
#include <QDir>
#include <optional>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>
#include <functional>

namespace ps::app {

namespace {
std::atomic<bool> g_interrupted{false};
void onSigint(int) { g_interrupted = true; }

QJsonObject metricsJson(const train::MetricRow& r) {
    QJsonObject o;
    o.insert(QStringLiteral("step"), double(r.step));
    o.insert(QStringLiteral("split"), r.split);
    for (const auto& [k, v] : r.values) o.insert(r.split == QLatin1String("eval") ? QStringLiteral("eval_") + k : k, v);
    return o;
}

// Text pairs need the model folder's tokenizer; pre-tokenized files do not.
Result<std::vector<train::DpoExample>> readData(const QString& path, const QString& modelDir) {
    std::optional<train::DpoTokenizer> tok;
    const QDir dir(modelDir);
    if (dir.exists(QStringLiteral("tokenizer.json")) || dir.exists(QStringLiteral("tokenizer.model"))) {
        auto t = train::DpoTokenizer::forModel(modelDir);
        if (!t) return t.error();
        tok = t.value();
    }
    return train::readDpoJsonl(path, tok ? &*tok : nullptr);
}
// Runs a training job with Ctrl+C as cancel, metrics as JSON lines on stdout
// and progress on stderr; returns the exit code (130 when interrupted).
// In a data-parallel run only rank 0 reports (`reports`); `jsonProgress` prints
// progress as JSON lines on stdout for a program watching the run (the GUI).
struct ReportOptions {
    bool reports = true;
    bool jsonProgress = false;
};
int runReported(const train::TrainJobSpec& job, const ReportOptions& report,
                const std::function<Result<train::TrainResult>(const train::TrainJobSpec&, const train::TrainCallbacks&)>& run) {
    std::signal(SIGINT, onSigint);
    std::signal(SIGTERM, onSigint);
    train::TrainCallbacks cb;
    cb.cancel = &g_interrupted;
    cb.metrics = [](const train::MetricRow& r) { out() << QJsonDocument(metricsJson(r)).toJson(QJsonDocument::Compact) << "\n" << Qt::flush; };
    cb.log = [reports = report.reports](const QString& s) {
        if (reports) err() << s << "\n" << Qt::flush;
    };
    QString lastPhase;
    cb.progress = [&lastPhase, report](const train::TrainProgress& pr) {
        if (!report.reports) return;
        if (report.jsonProgress) {
            QJsonObject o;
            o.insert(QStringLiteral("progress"), pr.phase);
            o.insert(QStringLiteral("done"), double(pr.done));
            o.insert(QStringLiteral("total"), double(pr.total));
            o.insert(QStringLiteral("epoch"), pr.epoch);
            o.insert(QStringLiteral("tokens_per_second"), pr.tokensPerSecond);
            o.insert(QStringLiteral("eta_seconds"), pr.etaSeconds);
            o.insert(QStringLiteral("rss_bytes"), double(pr.rssBytes));
            o.insert(QStringLiteral("peak_rss_bytes"), double(pr.peakRssBytes));
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n" << Qt::flush;
            return;  // a program is watching: no text progress lines in its log
        }
        if (pr.phase == QLatin1String("train"))
            err() << QCoreApplication::translate("ps::cli", "step %1/%2  %3 tok/s  ETA %4 s  RSS %5 MB (peak %6 MB)\n")
                         .arg(pr.done)
                         .arg(pr.total)
                         .arg(pr.tokensPerSecond, 0, 'f', 1)
                         .arg(pr.etaSeconds, 0, 'f', 0)
                         .arg(pr.rssBytes >> 20)
                         .arg(pr.peakRssBytes >> 20)
                  << Qt::flush;
        else if (pr.phase != lastPhase)
            err() << QCoreApplication::translate("ps::cli", "%1...\n").arg(pr.phase) << Qt::flush;
        lastPhase = pr.phase;
    };
    auto r = run(job, cb);
    if (!r) return fail(r.error());
    if (r->cancelled) {
        err() << QCoreApplication::translate("ps::cli", "interrupted at step %1 of %2; run the same command again to resume\n")
                     .arg(r->steps)
                     .arg(r->totalSteps)
              << Qt::flush;
        return 130;
    }
    if (!report.reports) return 0;
    err() << QCoreApplication::translate("ps::cli", "done: %1 steps; model in %2%3\n")
                 .arg(r->steps)
                 .arg(r->modelDir)
                 .arg(r->adapterDir.isEmpty() ? QString() : QCoreApplication::translate("ps::cli", ", adapter in %1").arg(r->adapterDir))
          << Qt::flush;
    return 0;
}
}  // namespace

int cmdTrain(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Fine-tune an LFM2 model with DPO. Prints one JSON line of TRL metrics per logged step. Interrupt with Ctrl+C "
                   "and run the same command again to resume from the last checkpoint."));
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("ps::cli", "base model folder"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("data"), QCoreApplication::translate("ps::cli", "pairs as JSONL: TRL format (prompt/chosen/rejected, text or chat) or prompt_ids/chosen_ids/rejected_ids"), QStringLiteral("file")});
    p.addOption({QStringLiteral("workspace"),
                 QCoreApplication::translate("ps::cli", "train on a workspace's votes instead (exclusions respected, edits as chosen); "
                                                        "the run and the exported model are recorded there"),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ps::cli", "run folder (checkpoints, exported model and adapter)"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("config"), QCoreApplication::translate("ps::cli", "run settings as JSON (TRL DPOConfig names); flags override it"), QStringLiteral("file")});
    p.addOption({QStringLiteral("loss"), QCoreApplication::translate("ps::cli", "sigmoid, robust, hinge, ipo, sigmoid_norm or simpo"), QStringLiteral("name")});
    p.addOption({QStringLiteral("beta"), QCoreApplication::translate("ps::cli", "DPO beta (default 0.1)"), QStringLiteral("b")});
    p.addOption({QStringLiteral("full"), QCoreApplication::translate("ps::cli", "full fine-tuning instead of LoRA")});
    p.addOption({QStringLiteral("lora-r"), QCoreApplication::translate("ps::cli", "LoRA rank (default 16)"), QStringLiteral("r")});
    p.addOption({QStringLiteral("lora-alpha"), QCoreApplication::translate("ps::cli", "LoRA alpha (default 32)"), QStringLiteral("a")});
    p.addOption({QStringLiteral("epochs"), QCoreApplication::translate("ps::cli", "training epochs (default 3)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("max-steps"), QCoreApplication::translate("ps::cli", "optimizer steps (overrides epochs)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("lr"), QCoreApplication::translate("ps::cli", "peak learning rate (default 1e-6)"), QStringLiteral("lr")});
    p.addOption({QStringLiteral("batch-size"), QCoreApplication::translate("ps::cli", "pairs per micro-batch (default 2)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("grad-accum"), QCoreApplication::translate("ps::cli", "gradient accumulation steps (default 8)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("max-length"), QCoreApplication::translate("ps::cli", "max prompt + completion tokens (default 1024)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("ps::cli", "random seed (default 42)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("fp32"), QCoreApplication::translate("ps::cli", "train in fp32 (default: bf16 autocast)")});
    p.addOption({QStringLiteral("nproc"), QCoreApplication::translate("ps::cli", "data-parallel: start N processes on this machine (global batch = batch size x grad accum x N); across machines set RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT instead"), QStringLiteral("n")});
    p.addOption({QStringLiteral("json-progress"), QCoreApplication::translate("ps::cli", "print progress as JSON lines on standard output too (for programs that watch the run)")});
    p.addOption({QStringLiteral("dist-timeout"), QCoreApplication::translate("ps::cli", "data-parallel: seconds to wait for the other processes before failing (default 600)"), QStringLiteral("s")});
    p.addOption({QStringLiteral("no-gradient-checkpointing"),
                 QCoreApplication::translate("ps::cli", "keep every activation for the backward (faster, much more memory)")});
    if (!parseCommand(p, QStringLiteral("train"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("model")) || p.isSet(QStringLiteral("data")) == p.isSet(QStringLiteral("workspace")) ||
        !p.isSet(QStringLiteral("out")))
        return fail(makeError(QCoreApplication::translate("ps::cli", "train needs --model, --out and one of --data or --workspace")));

    train::DpoConfig cfg;
    if (p.isSet(QStringLiteral("config"))) {
        QFile f(p.value(QStringLiteral("config")));
        if (!f.open(QIODevice::ReadOnly)) return fail(makeError(QCoreApplication::translate("ps::cli", "cannot read file"), f.fileName()));
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return fail(makeError(QCoreApplication::translate("ps::cli", "invalid JSON: %1").arg(perr.errorString()), f.fileName()));
        auto c = train::DpoConfig::fromJson(doc.object());
        if (!c) return fail(c.error().within(f.fileName()));
        cfg = c.value();
    }
    if (p.isSet(QStringLiteral("loss"))) {
        auto l = train::lossFromName(p.value(QStringLiteral("loss")));
        if (!l) return fail(l.error());
        cfg.loss = l.value();
    }
    if (p.isSet(QStringLiteral("full"))) cfg.lora = false;
    if (p.isSet(QStringLiteral("fp32"))) cfg.bf16 = false;
    if (p.isSet(QStringLiteral("no-gradient-checkpointing"))) cfg.gradientCheckpointing = false;
    for (const auto& [name, target] : std::vector<std::pair<QString, double*>>{{QStringLiteral("beta"), &cfg.beta},
                                                                               {QStringLiteral("lora-alpha"), &cfg.loraAlpha},
                                                                               {QStringLiteral("epochs"), &cfg.epochs},
                                                                               {QStringLiteral("lr"), &cfg.learningRate}}) {
        auto v = parseDouble(p, name, *target);
        if (!v) return fail(v.error());
        *target = v.value();
    }
    int64_t seed = static_cast<int64_t>(cfg.seed);
    for (const auto& [name, target] : std::vector<std::pair<QString, int64_t*>>{{QStringLiteral("lora-r"), &cfg.loraR},
                                                                                {QStringLiteral("max-steps"), &cfg.maxSteps},
                                                                                {QStringLiteral("batch-size"), &cfg.batchSize},
                                                                                {QStringLiteral("grad-accum"), &cfg.gradAccum},
                                                                                {QStringLiteral("max-length"), &cfg.maxLength},
                                                                                {QStringLiteral("seed"), &seed}}) {
        auto v = parseInt(p, name, *target);
        if (!v) return fail(v.error());
        *target = v.value();
    }
    cfg.seed = static_cast<uint64_t>(seed);
    Status valid = cfg.validate();
    if (!valid) return fail(valid.error());

    // Data-parallel: torchrun-style variables make this process one rank; --nproc starts the ranks here.
    auto dist = train::distEnvFromEnvironment();
    if (!dist) return fail(dist.error());
    auto nproc = parseInt(p, QStringLiteral("nproc"), 1);
    if (!nproc || nproc.value() < 1 || nproc.value() > 256)
        return fail(nproc ? makeError(QCoreApplication::translate("ps::cli", "--nproc must be from 1 to 256")) : nproc.error());
    if (nproc.value() > 1) {
        if (dist->distributed())
            return fail(makeError(QCoreApplication::translate("ps::cli", "--nproc starts its own ranks; do not combine it with RANK and WORLD_SIZE")));
        QStringList childArgs{QStringLiteral("train")};
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (args[i] == QLatin1String("--nproc")) {
                ++i;
                continue;
            }
            if (!args[i].startsWith(QLatin1String("--nproc="))) childArgs << args[i];
        }
        return launchLocalRanks(static_cast<int>(nproc.value()), childArgs);
    }
    auto timeout = parseInt(p, QStringLiteral("dist-timeout"), dist->timeoutSeconds);
    if (!timeout || timeout.value() < 1)
        return fail(timeout ? makeError(QCoreApplication::translate("ps::cli", "--dist-timeout must be positive")) : timeout.error());
    dist->timeoutSeconds = static_cast<int>(timeout.value());
    std::shared_ptr<train::Communicator> comm;
    if (dist->distributed()) {
        err() << QCoreApplication::translate("ps::cli", "rank %1 of %2 (pid %3): joining %4:%5\n")
                     .arg(dist->rank)
                     .arg(dist->worldSize)
                     .arg(QCoreApplication::applicationPid())
                     .arg(dist->masterAddr)
                     .arg(dist->masterPort)
              << Qt::flush;
        auto c = train::Communicator::connect(dist.value());
        if (!c) return fail(c.error());
        comm = c.value();
    }
    const bool reports = !comm || comm->isMain();  // only rank 0 reports progress

    train::TrainJobSpec job;
    job.baseModelDir = p.value(QStringLiteral("model"));
    job.dataPath = p.value(QStringLiteral("data"));
    job.workspacePath = p.value(QStringLiteral("workspace"));
    job.runDir = p.value(QStringLiteral("out"));
    job.config = cfg;
    job.comm = comm;
    ReportOptions report;
    report.reports = reports;
    report.jsonProgress = p.isSet(QStringLiteral("json-progress"));
    return runReported(job, report, [report](const train::TrainJobSpec& j, const train::TrainCallbacks& cb) -> Result<train::TrainResult> {
        auto jr = train::runTrainJob(j, cb);
        if (!jr) return jr.error();
        if (jr->modelVersionId) {  // rank 0 only: it alone records the run in the workspace
            err() << QCoreApplication::translate("ps::cli", "registered in the workspace as model version %1 (run %2)\n")
                         .arg(*jr->modelVersionId)
                         .arg(jr->workspaceRunId)
                  << Qt::flush;
            if (report.jsonProgress) {
                QJsonObject o;
                o.insert(QStringLiteral("workspace_run_id"), double(jr->workspaceRunId));
                o.insert(QStringLiteral("model_version_id"), double(*jr->modelVersionId));
                if (jr->comparisonId) o.insert(QStringLiteral("comparison_id"), double(*jr->comparisonId));
                if (!jr->evaluationError.isEmpty()) o.insert(QStringLiteral("evaluation_error"), jr->evaluationError);
                if (!jr->safetyRegressions.isEmpty()) o.insert(QStringLiteral("safety_regressions"), QJsonArray::fromStringList(jr->safetyRegressions));
                out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n" << Qt::flush;
            }
        }
        if (!jr->evaluationError.isEmpty())
            err() << QCoreApplication::translate("ps::cli", "the evaluation after training failed: %1\n").arg(jr->evaluationError) << Qt::flush;
        if (!jr->safetyRegressions.isEmpty())
            err() << QCoreApplication::translate("ps::cli", "WARNING: safety regression against the base model in: %1\n")
                         .arg(jr->safetyRegressions.join(QStringLiteral(", ")))
                  << Qt::flush;
        return std::move(jr->train);
    });
}

int cmdSft(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Supervised fine-tuning (TRL SFT, loss on completion tokens only) of an LFM2 model on prompt/completion or messages "
                   "JSONL. Full fine-tuning unless --lora-r is given. Prints one JSON line of metrics per logged step; interrupt with "
                   "Ctrl+C and run the same command again to resume."));
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("ps::cli", "base model folder"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("data"), QCoreApplication::translate("ps::cli", "examples as JSONL: prompt/completion (text or chat) or messages"), QStringLiteral("file")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ps::cli", "run folder (checkpoints, exported model and adapter)"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("epochs"), QCoreApplication::translate("ps::cli", "training epochs (default 3)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("max-steps"), QCoreApplication::translate("ps::cli", "optimizer steps (overrides epochs)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("lr"), QCoreApplication::translate("ps::cli", "peak learning rate (default 2e-5)"), QStringLiteral("lr")});
    p.addOption({QStringLiteral("batch-size"), QCoreApplication::translate("ps::cli", "examples per micro-batch (default 8)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("grad-accum"), QCoreApplication::translate("ps::cli", "gradient accumulation steps (default 1)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("max-length"), QCoreApplication::translate("ps::cli", "max prompt + completion tokens (default 1024)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("lora-r"), QCoreApplication::translate("ps::cli", "train LoRA adapters of this rank instead of all weights"), QStringLiteral("r")});
    p.addOption({QStringLiteral("lora-alpha"), QCoreApplication::translate("ps::cli", "LoRA alpha (default 2 x rank)"), QStringLiteral("a")});
    p.addOption({QStringLiteral("warmup-ratio"), QCoreApplication::translate("ps::cli", "share of steps for linear warmup (default 0.1)"), QStringLiteral("x")});
    p.addOption({QStringLiteral("scheduler"), QCoreApplication::translate("ps::cli", "linear, cosine or constant (default cosine)"), QStringLiteral("name")});
    p.addOption({QStringLiteral("eval-fraction"), QCoreApplication::translate("ps::cli", "held-out share of the examples (default 0.05)"), QStringLiteral("x")});
    p.addOption({QStringLiteral("save-steps"), QCoreApplication::translate("ps::cli", "checkpoint every N steps (default 100)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("threads"), QCoreApplication::translate("ps::cli", "compute threads (default: all cores)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("ps::cli", "random seed (default 42)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("fp32"), QCoreApplication::translate("ps::cli", "train in fp32 (default: bf16 autocast)")});
    if (!parseCommand(p, QStringLiteral("sft"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("model")) || !p.isSet(QStringLiteral("data")) || !p.isSet(QStringLiteral("out")))
        return fail(makeError(QCoreApplication::translate("ps::cli", "sft needs --model, --data and --out")));
    // TRL SFTConfig defaults where they differ from DPO's.
    train::DpoConfig cfg;
    cfg.lora = p.isSet(QStringLiteral("lora-r"));
    cfg.learningRate = 2e-5;
    cfg.batchSize = 8;
    cfg.gradAccum = 1;
    cfg.scheduler = QStringLiteral("cosine");
    cfg.evalFraction = 0.05;
    cfg.loraDropout = 0.0;
    if (p.isSet(QStringLiteral("fp32"))) cfg.bf16 = false;
    if (p.isSet(QStringLiteral("scheduler"))) cfg.scheduler = p.value(QStringLiteral("scheduler"));
    for (const auto& [name, target] : std::vector<std::pair<QString, double*>>{{QStringLiteral("epochs"), &cfg.epochs},
                                                                               {QStringLiteral("lr"), &cfg.learningRate},
                                                                               {QStringLiteral("warmup-ratio"), &cfg.warmupRatio},
                                                                               {QStringLiteral("eval-fraction"), &cfg.evalFraction}}) {
        auto v = parseDouble(p, name, *target);
        if (!v) return fail(v.error());
        *target = v.value();
    }
    int64_t seed = static_cast<int64_t>(cfg.seed), threads = 0;
    for (const auto& [name, target] : std::vector<std::pair<QString, int64_t*>>{{QStringLiteral("lora-r"), &cfg.loraR},
                                                                                {QStringLiteral("max-steps"), &cfg.maxSteps},
                                                                                {QStringLiteral("batch-size"), &cfg.batchSize},
                                                                                {QStringLiteral("grad-accum"), &cfg.gradAccum},
                                                                                {QStringLiteral("max-length"), &cfg.maxLength},
                                                                                {QStringLiteral("save-steps"), &cfg.saveEvery},
                                                                                {QStringLiteral("threads"), &threads},
                                                                                {QStringLiteral("seed"), &seed}}) {
        auto v = parseInt(p, name, *target);
        if (!v) return fail(v.error());
        *target = v.value();
    }
    cfg.loraAlpha = 2.0 * static_cast<double>(cfg.loraR);
    auto alpha = parseDouble(p, QStringLiteral("lora-alpha"), cfg.loraAlpha);
    if (!alpha) return fail(alpha.error());
    cfg.loraAlpha = alpha.value();
    cfg.seed = static_cast<uint64_t>(seed);
    cfg.threads = static_cast<int>(threads);
    cfg.evalEvery = 0;
    cfg.maxPromptLength = 0;
    Status valid = cfg.validate();
    if (!valid) return fail(valid.error());
    train::SftJobSpec job;
    job.baseModelDir = p.value(QStringLiteral("model"));
    job.dataPath = p.value(QStringLiteral("data"));
    job.runDir = p.value(QStringLiteral("out"));
    job.config = cfg;
    return runReported(job, {}, train::runSftJob);
}

int cmdScore(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Score preference pairs: per pair the chosen and rejected log-probs (and, with --ref, the implicit DPO rewards); "
                   "prints JSON lines and a summary with the implicit reward accuracy."));
    p.addPositionalArgument(QStringLiteral("MODEL_DIR"), QCoreApplication::translate("ps::cli", "model folder"));
    p.addOption({QStringLiteral("data"), QCoreApplication::translate("ps::cli", "pairs as JSONL: TRL format (prompt/chosen/rejected, text or chat) or prompt_ids/chosen_ids/rejected_ids"), QStringLiteral("file")});
    p.addOption({QStringLiteral("ref"), QCoreApplication::translate("ps::cli", "reference model folder (the base before tuning)"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("beta"), QCoreApplication::translate("ps::cli", "DPO beta for rewards (default 0.1)"), QStringLiteral("b")});
    p.addOption({QStringLiteral("batch-size"), QCoreApplication::translate("ps::cli", "pairs per batch (default 4)"), QStringLiteral("n")});
    if (!parseCommand(p, QStringLiteral("score"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("data")))
        return fail(makeError(QCoreApplication::translate("ps::cli", "score needs MODEL_DIR and --data")));
    auto beta = parseDouble(p, QStringLiteral("beta"), 0.1);
    if (!beta) return fail(beta.error());
    auto bs = parseInt(p, QStringLiteral("batch-size"), 4);
    if (!bs || bs.value() < 1) return fail(bs ? makeError(QCoreApplication::translate("ps::cli", "--batch-size must be positive")) : bs.error());
    auto data = readData(p.value(QStringLiteral("data")), p.positionalArguments().first());
    if (!data) return fail(data.error());
    auto policy = model::Lfm2Model::load(p.positionalArguments().first());
    if (!policy) return fail(policy.error());
    std::shared_ptr<model::Lfm2Model> ref;
    if (p.isSet(QStringLiteral("ref"))) {
        auto r = model::Lfm2Model::load(p.value(QStringLiteral("ref")));
        if (!r) return fail(r.error());
        ref = r.value();
    }
    for (const auto& e : data.value())
        for (const auto* v : {&e.prompt, &e.chosen, &e.rejected})
            for (int64_t id : *v)
                if (id >= policy.value()->config().vocabSize)
                    return fail(makeError(QCoreApplication::translate("ps::cli", "line %1: token id %2 is outside the vocabulary").arg(e.id).arg(id)));
    at::NoGradGuard noGrad;
    int64_t correct = 0, n = 0;
    const auto& pairs = data.value();
    for (size_t i = 0; i < pairs.size(); i += static_cast<size_t>(bs.value())) {
        std::vector<const train::DpoExample*> batch;
        for (size_t j = i; j < std::min(pairs.size(), i + static_cast<size_t>(bs.value())); ++j) batch.push_back(&pairs[j]);
        const train::DpoBatch b = train::collate(batch, policy.value()->config().padTokenId);
        const train::CompletionScores s = train::scoreCompletions(*policy.value(), b);
        train::CompletionScores rs;
        if (ref) rs = train::scoreCompletions(*ref, b);
        for (size_t k = 0; k < batch.size(); ++k) {
            const int64_t ki = static_cast<int64_t>(k);
            QJsonObject o;
            o.insert(QStringLiteral("line"), double(batch[k]->id));
            const double pc = s.chosen(s.logps)[ki].item<double>(), pr = s.rejected(s.logps)[ki].item<double>();
            o.insert(QStringLiteral("logps_chosen"), pc);
            o.insert(QStringLiteral("logps_rejected"), pr);
            bool win = pc > pr;
            if (ref) {
                const double rc = rs.chosen(rs.logps)[ki].item<double>(), rr = rs.rejected(rs.logps)[ki].item<double>();
                o.insert(QStringLiteral("ref_logps_chosen"), rc);
                o.insert(QStringLiteral("ref_logps_rejected"), rr);
                o.insert(QStringLiteral("reward_chosen"), beta.value() * (pc - rc));
                o.insert(QStringLiteral("reward_rejected"), beta.value() * (pr - rr));
                win = (pc - rc) > (pr - rr);
            }
            o.insert(QStringLiteral("correct"), win);
            correct += win;
            ++n;
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        }
    }
    QJsonObject summary;
    summary.insert(QStringLiteral("pairs"), double(n));
    summary.insert(ref ? QStringLiteral("implicit_reward_accuracy") : QStringLiteral("logp_accuracy"), n ? double(correct) / double(n) : 0.0);
    out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << "\n" << Qt::flush;
    return 0;
}

}  // namespace ps::app
