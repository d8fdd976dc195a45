// candidate_job.cpp — the candidate-generation job (candidate_job.h): sources
// are loaded and registered first, then prompts are generated one at a time
// (one prefill per prompt and source, all its candidates decoded together)
// and committed prompt by prompt.
#include "gen/candidate_job.h"

#include "gen/prompt_encoder.h"
#include "model/generate.h"
#include "model/lfm2.h"
#include "model/tensor_bridge.h"
#include "store/prompt_list.h"
#include "store/workspace.h"
#include "tokenizer/streaming_decoder.h"
#include "tokenizer/tokenizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <QSet>

#include <set>

namespace ps::gen {

namespace {

int candidatesPerSource(const CandidateJobSpec& spec) {
    if (spec.candidatesPerSource > 0) return spec.candidatesPerSource;
    return spec.sources.size() == 1 ? 2 : 1;
}

struct LoadedSource {
    QString dir;
    store::Id versionId = 0;
    std::shared_ptr<model::Lfm2Model> model;
    std::shared_ptr<PromptEncoder> encoder;
    model::GenerationConfig config;
    QJsonObject sampling;  // the resolved settings, as stored with each generation
};

QJsonObject samplingJson(const model::GenerationConfig& g) {
    QJsonObject o;
    o.insert(QStringLiteral("do_sample"), g.sampling.doSample);
    if (g.sampling.doSample) {
        o.insert(QStringLiteral("temperature"), g.sampling.temperature);
        o.insert(QStringLiteral("top_k"), double(g.sampling.topK));
        o.insert(QStringLiteral("top_p"), g.sampling.topP);
        o.insert(QStringLiteral("min_p"), g.sampling.minP);
    }
    o.insert(QStringLiteral("repetition_penalty"), g.sampling.repetitionPenalty);
    o.insert(QStringLiteral("max_new_tokens"), double(g.maxNewTokens));
    QJsonArray eos;
    for (int64_t e : g.eosIds) eos.append(double(e));
    o.insert(QStringLiteral("eos_token_id"), eos);
    return o;
}

// The folder's model version: an existing one with the same folder, else a new
// one named after the folder (made unique).
Result<store::Id> registerModelVersion(store::Workspace& ws, const QString& dir) {
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    auto versions = ws.modelVersions();
    if (!versions) return versions.error();
    QSet<QString> names;
    for (const store::ModelVersion& v : versions.value()) {
        if (!v.path.isEmpty() && QFileInfo(v.path).canonicalFilePath() == canonical) return v.id;
        names.insert(v.name);
    }
    const QString base = QDir(canonical).dirName().isEmpty() ? QStringLiteral("model") : QDir(canonical).dirName();
    QString name = base;
    for (int i = 2; names.contains(name); ++i) name = QStringLiteral("%1 (%2)").arg(base).arg(i);
    store::NewModelVersion nv;
    nv.name = name;
    nv.path = canonical;
    return ws.addModelVersion(nv);
}

Result<LoadedSource> loadSource(store::Workspace& ws, const ModelSource& src, const CandidateJobSpec& spec) {
    LoadedSource s;
    s.dir = src.modelDir;
    if (src.modelVersionId) {
        auto v = ws.modelVersion(*src.modelVersionId);
        if (!v) return v.error();
        if (v->path.isEmpty())
            return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "model version '%1' has no model folder").arg(v->name));
        s.dir = v->path;
        s.versionId = v->id;
    }
    const QString where = QCoreApplication::translate("ps::gen::CandidateJob", "model folder %1").arg(s.dir);
    if (s.dir.isEmpty()) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "no model folder given"));
    if (!QFileInfo(s.dir).isDir()) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "the folder does not exist"), where);
    if (!QFileInfo::exists(QDir(s.dir).filePath(QStringLiteral("config.json"))))
        return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "no config.json: this is not a Hugging Face model folder"), where);
    auto enc = PromptEncoder::forModel(s.dir);
    if (!enc) return enc.error().within(QCoreApplication::translate("ps::gen::CandidateJob", "loading the tokenizer of %1").arg(s.dir));
    s.encoder = std::make_shared<PromptEncoder>(enc.value());
    model::LoadOptions lo;
    if (!spec.dtype.isEmpty()) {
        const auto t = model::parseDTypeName(spec.dtype);
        if (!t || (*t != at::kFloat && *t != at::kBFloat16))
            return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "the compute dtype must be fp32 or bf16, got '%1'").arg(spec.dtype));
        lo.dtype = *t;
    }
    auto m = model::Lfm2Model::load(s.dir, lo);
    if (!m) return m.error().within(QCoreApplication::translate("ps::gen::CandidateJob", "loading model %1").arg(s.dir));
    s.model = m.value();

    model::GenerationConfig& g = s.config;
    g.eosIds = s.model->config().eosTokenIds;
    g.padId = s.model->config().padTokenId;
    if (Status st = model::readGenerationConfig(s.dir, g); !st) return st.error();
    const CandidateSampling& o = spec.sampling;
    if (o.temperature) {
        g.sampling.doSample = *o.temperature > 0;
        if (*o.temperature > 0) g.sampling.temperature = *o.temperature;
    }
    if (o.topK) g.sampling.topK = *o.topK;
    if (o.topP) g.sampling.topP = *o.topP;
    if (o.minP) g.sampling.minP = *o.minP;
    if (o.repetitionPenalty) g.sampling.repetitionPenalty = *o.repetitionPenalty;
    if (o.maxNewTokens) g.maxNewTokens = *o.maxNewTokens;
    const int n = candidatesPerSource(spec);
    g.numReturnSequences = n;
    if (!spec.temperatures.empty()) {
        g.sampling.doSample = true;
        g.candidateTemperatures = spec.temperatures;
    }
    for (int k = 0; k < n; ++k) g.candidateSeeds.push_back(spec.seed + static_cast<uint64_t>(k));
    g.sampling.seed = spec.seed;
    if (n > 1 && !g.sampling.doSample)
        return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "%1 candidates from one model need sampling (a temperature above 0): greedy decoding gives %1 identical answers").arg(n),
                         where);
    if (g.maxNewTokens < 1) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "max new tokens must be at least 1"));
    s.sampling = samplingJson(g);
    if (!src.modelVersionId) {
        auto id = registerModelVersion(ws, s.dir);
        if (!id) return id.error();
        s.versionId = id.value();
    }
    return s;
}

// Same sources, candidates, settings and seed -> the same key: what a rerun skips.
QString jobKey(const std::vector<LoadedSource>& sources, const CandidateJobSpec& spec, int n) {
    QJsonArray srcs;
    for (const LoadedSource& s : sources) {
        QJsonObject o;
        o.insert(QStringLiteral("model_version"), double(s.versionId));
        o.insert(QStringLiteral("sampling"), s.sampling);
        srcs.append(o);
    }
    QJsonObject key;
    key.insert(QStringLiteral("sources"), srcs);
    key.insert(QStringLiteral("candidates"), n);
    QJsonArray temps;
    for (double t : spec.temperatures) temps.append(t);
    key.insert(QStringLiteral("temperatures"), temps);
    key.insert(QStringLiteral("seed"), QString::number(spec.seed));
    key.insert(QStringLiteral("dtype"), spec.dtype);
    const QByteArray digest = QCryptographicHash::hash(QJsonDocument(key).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

Result<std::set<store::Id>> promptsDoneBy(store::Workspace& ws, const QString& key) {
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    const QString what = QCoreApplication::translate("ps::gen::CandidateJob", "looking up finished prompts");
    // sampling_json is compact JSON written by the store: the job's key appears exactly like this.
    if (!q.prepare(QStringLiteral("SELECT DISTINCT prompt_id FROM generations WHERE instr(sampling_json, ?) > 0")))
        return makeError(q.lastError().text(), what);
    q.addBindValue(QStringLiteral("\"job\":\"%1\"").arg(key));
    if (!q.exec()) return makeError(q.lastError().text(), what);
    std::set<store::Id> done;
    while (q.next()) done.insert(q.value(0).toLongLong());
    return done;
}

Result<std::vector<store::Id>> selectPrompts(store::Workspace& ws, const CandidateJobSpec& spec) {
    if (spec.scope == PromptScope::Selected) {
        std::vector<store::Id> ids;
        std::set<store::Id> seen;
        for (store::Id id : spec.promptIds) {
            if (!seen.insert(id).second) continue;
            auto p = ws.prompt(id);
            if (!p) return p.error();
            ids.push_back(id);
        }
        return ids;
    }
    store::PromptFilter f;
    f.language = spec.language;
    f.category = spec.category;
    f.unpairedOnly = spec.scope == PromptScope::Unpaired;
    return store::promptIds(ws, f);
}

std::vector<std::pair<int, int>> pairsOf(int count, PairingRule rule) {
    std::vector<std::pair<int, int>> out;
    for (int i = 0; i < count; ++i)
        for (int j = i + 1; j < count; ++j)
            if (rule == PairingRule::AllPairs || j == i + 1) out.emplace_back(i, j);
    return out;
}

const char* finishName(model::FinishReason r) {
    switch (r) {
    case model::FinishReason::Eos: return "eos";
    case model::FinishReason::Length: return "length";
    case model::FinishReason::Stop: return "stop";
    case model::FinishReason::Cancelled: return "cancelled";
    }
    return "";
}

Result<CandidateJobReport> runJob(const CandidateJobSpec& spec, const CandidateCallbacks& cb) {
    PS_TRY(validateCandidateJob(spec));
    auto cancelled = [&cb] { return cb.cancel && cb.cancel->load(); };
    store::Workspace::OpenOptions wo;
    wo.create = false;
    wo.instanceLock = spec.instanceLock;
    auto opened = store::Workspace::open(spec.workspacePath, wo);
    if (!opened) return opened.error();
    store::Workspace& ws = *opened.value();

    CandidateProgress progress;
    auto report = [&](const QString& stage) {
        progress.stage = stage;
        if (cb.progress) cb.progress(progress);
    };

    const int n = candidatesPerSource(spec);
    std::vector<LoadedSource> sources;
    for (size_t i = 0; i < spec.sources.size(); ++i) {
        const ModelSource& src = spec.sources[i];
        report(QCoreApplication::translate("ps::gen::CandidateJob", "loading model %1").arg(src.modelDir.isEmpty() ? QCoreApplication::translate("ps::gen::CandidateJob", "version %1").arg(src.modelVersionId.value_or(0)) : src.modelDir));
        auto s = loadSource(ws, src, spec);
        if (!s) return s.error();
        sources.push_back(std::move(s.value()));
        if (cancelled()) break;
    }
    CandidateJobReport out;
    for (const LoadedSource& s : sources) out.modelVersionIds.push_back(s.versionId);
    out.jobKey = jobKey(sources, spec, n);
    if (cancelled()) {
        out.cancelled = true;
        return out;
    }

    auto selected = selectPrompts(ws, spec);
    if (!selected) return selected.error();
    auto done = promptsDoneBy(ws, out.jobKey);
    if (!done) return done.error();
    std::vector<store::Id> todo;
    for (store::Id id : selected.value()) {
        if (done->count(id)) {
            ++out.promptsSkipped;
            continue;
        }
        if (spec.limit > 0 && static_cast<qint64>(todo.size()) >= spec.limit) continue;
        todo.push_back(id);
    }
    progress.promptsTotal = static_cast<qint64>(todo.size());
    progress.promptsSkipped = out.promptsSkipped;

    const auto pairing = pairsOf(static_cast<int>(sources.size()) * n, spec.pairing);
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceReport;
    sinceReport.start();
    for (store::Id promptId : todo) {
        if (cancelled()) {
            out.cancelled = true;
            break;
        }
        auto prompt = ws.prompt(promptId);
        if (!prompt) return prompt.error();
        progress.promptId = promptId;
        std::vector<store::NewGeneration> generations;
        for (size_t si = 0; si < sources.size() && !out.cancelled; ++si) {
            LoadedSource& src = sources[si];
            auto ids = src.encoder->encode(prompt->content);
            if (!ids) return ids.error().within(QCoreApplication::translate("ps::gen::CandidateJob", "prompt %1").arg(promptId));
            progress.source = static_cast<int>(si);
            progress.streaming.assign(static_cast<size_t>(n), QString());
            std::vector<tokenizer::StreamingDecoder> decoders;
            for (int k = 0; k < n; ++k) decoders.emplace_back(src.encoder->tokenizer(), true);
            std::vector<qint64> lastTokenMs(static_cast<size_t>(n), 0);
            QElapsedTimer promptClock;
            promptClock.start();
            report(QCoreApplication::translate("ps::gen::CandidateJob", "generating candidates for prompt %1 with model %2").arg(promptId).arg(si + 1));
            auto onToken = [&](int64_t seq, int64_t token) {
                const size_t k = static_cast<size_t>(seq);
                progress.streaming[k] += QString::fromStdString(decoders[k].push(token));
                lastTokenMs[k] = promptClock.elapsed();
                ++progress.tokens;
                if (sinceReport.elapsed() >= 50) {
                    sinceReport.restart();
                    const double secs = double(clock.elapsed()) / 1000.0;
                    progress.tokensPerSecond = secs > 0 ? double(progress.tokens) / secs : 0;
                    if (cb.progress) cb.progress(progress);
                }
            };
            auto r = model::generate(*src.model, {ids.value()}, src.config, onToken, cb.cancel);
            if (!r) return r.error().within(QCoreApplication::translate("ps::gen::CandidateJob", "prompt %1").arg(promptId));
            if (r->cancelled) {
                out.cancelled = true;
                break;
            }
            for (const model::GeneratedSequence& seq : r->sequences) {
                const size_t k = static_cast<size_t>(seq.candidate);
                store::NewGeneration g;
                g.promptId = promptId;
                g.modelVersionId = src.versionId;
                g.sampling = src.sampling;
                if (!src.config.candidateTemperatures.empty()) g.sampling.insert(QStringLiteral("temperature"), src.config.candidateTemperatures[k]);
                g.sampling.insert(QStringLiteral("candidate"), static_cast<int>(k));
                g.sampling.insert(QStringLiteral("finish"), QLatin1String(finishName(seq.finish)));
                g.sampling.insert(QStringLiteral("job"), out.jobKey);
                g.seed = static_cast<qint64>(src.config.candidateSeeds[k]);
                g.text = QString::fromStdString(src.encoder->tokenizer()->decode(seq.tokens, true));
                g.tokenCount = static_cast<int>(seq.tokens.size());
                g.timeMs = lastTokenMs[k] > 0 ? lastTokenMs[k] : promptClock.elapsed();
                g.source = QStringLiteral("generated");
                generations.push_back(std::move(g));
            }
        }
        if (out.cancelled) break;  // the prompt in progress is dropped whole

        // The prompt's generations and pairs land together or not at all.
        PromptCandidates pc;
        pc.promptId = promptId;
        {
            auto tx = ws.begin();
            if (!tx) return tx.error();
            auto gids = ws.addGenerations(generations);
            if (!gids) return gids.error();
            std::vector<store::NewPair> pairs;
            for (auto [a, b] : pairing) pairs.push_back({promptId, gids.value()[static_cast<size_t>(a)], gids.value()[static_cast<size_t>(b)]});
            auto pids = ws.createPairs(pairs);
            if (!pids) return pids.error();
            if (Status s = tx->commit(); !s) return s.error();
            pc.generationIds = gids.value();
            pc.pairIds = pids.value();
        }
        out.generations += static_cast<qint64>(pc.generationIds.size());
        out.pairs += static_cast<qint64>(pc.pairIds.size());
        ++out.promptsDone;
        progress.promptsDone = out.promptsDone;
        const double secs = double(clock.elapsed()) / 1000.0;
        progress.tokensPerSecond = secs > 0 ? double(progress.tokens) / secs : 0;
        progress.etaSeconds = secs / double(out.promptsDone) * double(progress.promptsTotal - out.promptsDone);
        if (cb.promptDone) cb.promptDone(pc);
        report(QCoreApplication::translate("ps::gen::CandidateJob", "prompt %1 done").arg(promptId));
    }
    out.tokens = progress.tokens;
    out.seconds = double(clock.elapsed()) / 1000.0;
    report(out.cancelled ? QCoreApplication::translate("ps::gen::CandidateJob", "cancelled") : QCoreApplication::translate("ps::gen::CandidateJob", "finished"));
    return out;
}

}  // namespace

Status validateCandidateJob(const CandidateJobSpec& spec) {
    if (spec.workspacePath.isEmpty()) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "no workspace given"));
    if (spec.sources.empty()) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "choose at least one model"));
    const int n = candidatesPerSource(spec);
    if (n < 1 || n > 64) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "candidates per model must be between 1 and 64"));
    if (n * static_cast<int>(spec.sources.size()) < 2)
        return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "a pair needs two candidates: generate at least 2 from one model, or 1 each from two models"));
    if (!spec.temperatures.empty()) {
        if (static_cast<int>(spec.temperatures.size()) != n)
            return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "%1 temperatures given for %2 candidates per model").arg(spec.temperatures.size()).arg(n));
        for (double t : spec.temperatures)
            if (!(t > 0)) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "every candidate temperature must be above 0"));
    }
    const CandidateSampling& s = spec.sampling;
    if (s.temperature && *s.temperature < 0) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "the temperature must not be negative"));
    if (s.topP && (*s.topP <= 0 || *s.topP > 1)) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "top-p must be in (0, 1]"));
    if (s.topK && *s.topK < 0) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "top-k must not be negative"));
    if (s.minP && (*s.minP < 0 || *s.minP > 1)) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "min-p must be in [0, 1]"));
    if (s.repetitionPenalty && *s.repetitionPenalty <= 0) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "the repetition penalty must be positive"));
    if (s.maxNewTokens && *s.maxNewTokens < 1) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "max new tokens must be at least 1"));
    if (spec.limit < 0) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "the prompt limit must not be negative"));
    if (spec.scope == PromptScope::Selected && spec.promptIds.empty()) return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "no prompts selected"));
    return {};
}

Result<CandidateJobReport> runCandidateJob(const CandidateJobSpec& spec, const CandidateCallbacks& callbacks) {
    try {
        return runJob(spec, callbacks);
    } catch (const c10::Error& e) {
        return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "candidate generation failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
    } catch (const std::exception& e) {
        return makeError(QCoreApplication::translate("ps::gen::CandidateJob", "candidate generation failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

}  // namespace ps::gen
