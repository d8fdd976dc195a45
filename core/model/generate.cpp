#include "model/generate.h"

#include "model/lfm2.h"

#include <ATen/core/grad_mode.h>
#include <QCoreApplication>
#include <chrono>

namespace ps::model {

namespace {
double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

Result<GenerationResult> generate(const Lfm2Model& model, const std::vector<std::vector<int64_t>>& prompts,
                                  const GenerationConfig& cfg, const TokenCallback& onToken, const std::atomic<bool>* cancel) {
    const int64_t P = static_cast<int64_t>(prompts.size());
    const int64_t n = cfg.numReturnSequences;
    const int64_t V = model.config().vocabSize;
    if (P == 0) return makeError(QCoreApplication::translate("ps::model::Generate", "no prompts to generate from"));
    if (n < 1) return makeError(QCoreApplication::translate("ps::model::Generate", "the number of candidates per prompt must be at least 1"));
    if (cfg.maxNewTokens < 0) return makeError(QCoreApplication::translate("ps::model::Generate", "max new tokens must not be negative"));
    if (cfg.sampling.doSample && !(cfg.sampling.temperature > 0)) return makeError(QCoreApplication::translate("ps::model::Generate", "temperature must be positive when sampling"));
    if (cfg.sampling.topP <= 0 || cfg.sampling.topP > 1) return makeError(QCoreApplication::translate("ps::model::Generate", "top-p must be in (0, 1]"));
    if (cfg.sampling.minP < 0 || cfg.sampling.minP > 1) return makeError(QCoreApplication::translate("ps::model::Generate", "min-p must be in [0, 1]"));
    if (!cfg.candidateSeeds.empty() && static_cast<int64_t>(cfg.candidateSeeds.size()) != n)
        return makeError(QCoreApplication::translate("ps::model::Generate", "%1 candidate seeds given for %2 candidates").arg(cfg.candidateSeeds.size()).arg(n));
    if (!cfg.candidateTemperatures.empty()) {
        if (static_cast<int64_t>(cfg.candidateTemperatures.size()) != n)
            return makeError(QCoreApplication::translate("ps::model::Generate", "%1 candidate temperatures given for %2 candidates").arg(cfg.candidateTemperatures.size()).arg(n));
        for (double t : cfg.candidateTemperatures)
            if (cfg.sampling.doSample && !(t > 0)) return makeError(QCoreApplication::translate("ps::model::Generate", "temperature must be positive when sampling"));
    }
    if (cfg.sampling.repetitionPenalty <= 0) return makeError(QCoreApplication::translate("ps::model::Generate", "repetition penalty must be positive"));
    int64_t Tmax = 0;
    for (const auto& p : prompts) {
        if (p.empty()) return makeError(QCoreApplication::translate("ps::model::Generate", "a prompt has no tokens"));
        for (int64_t id : p)
            if (id < 0 || id >= V) return makeError(QCoreApplication::translate("ps::model::Generate", "token id %1 is outside the vocabulary (size %2)").arg(id).arg(V));
        Tmax = std::max<int64_t>(Tmax, static_cast<int64_t>(p.size()));
    }

    try {
        at::NoGradGuard noGrad;
        GenerationResult result;
        // Left-pad prompts: (P, Tmax) ids + mask.
        at::Tensor ids = at::full({P, Tmax}, cfg.padId, at::kLong);
        at::Tensor mask = at::zeros({P, Tmax}, at::kBool);
        for (int64_t i = 0; i < P; ++i) {
            const auto& p = prompts[static_cast<size_t>(i)];
            const int64_t len = static_cast<int64_t>(p.size());
            ids[i].narrow(0, Tmax - len, len).copy_(at::tensor(p, at::kLong));
            mask[i].narrow(0, Tmax - len, len).fill_(true);
            result.stats.promptTokens += len;
        }
        const int64_t B = P * n;
        result.sequences.resize(static_cast<size_t>(B));
        for (int64_t s = 0; s < B; ++s) {
            result.sequences[static_cast<size_t>(s)].promptIndex = s / n;
            result.sequences[static_cast<size_t>(s)].candidate = s % n;
        }

        // Prefill each distinct prompt once, then share it among its candidates.
        auto t0 = std::chrono::steady_clock::now();
        // The model may compute on a GPU; sampling, the history and the
        // per-candidate generators stay on the host, so a seed draws the same
        // tokens on every device (up to the logits' rounding).
        const at::Device dev = model.device();
        Lfm2Cache cache = model.makeCache(P, Tmax + cfg.maxNewTokens);
        at::Tensor hidden = model.forwardHidden(ids.to(dev), mask.to(dev), &cache);
        at::Tensor logits = model.logits(hidden.select(1, Tmax - 1)).to(at::kCPU).to(at::kFloat);  // (P,V)
        if (n > 1) {
            cache.repeatInterleave(n);
            logits = logits.repeat_interleave(n, 0);
        }
        result.stats.prefillSeconds = secondsSince(t0);

        // History for the repetition penalty: prompt + generated tokens per sequence.
        at::Tensor history = at::cat({ids.repeat_interleave(n, 0), at::zeros({B, cfg.maxNewTokens}, at::kLong)}, 1);
        at::Tensor historyMask = at::cat({mask.repeat_interleave(n, 0), at::zeros({B, cfg.maxNewTokens}, at::kBool)}, 1);

        std::vector<uint64_t> streams(static_cast<size_t>(B)), seeds;
        std::vector<double> rowTemperatures;
        for (int64_t s = 0; s < B; ++s) {
            const size_t k = static_cast<size_t>(s % n);  // candidate index
            streams[static_cast<size_t>(s)] = cfg.candidateSeeds.empty() ? k : 0;
            if (!cfg.candidateSeeds.empty()) seeds.push_back(cfg.candidateSeeds[k]);
            if (!cfg.candidateTemperatures.empty()) rowTemperatures.push_back(cfg.candidateTemperatures[k]);
        }
        Sampler sampler(cfg.sampling, streams, seeds, rowTemperatures);
        std::vector<int64_t> active(static_cast<size_t>(B));
        for (int64_t s = 0; s < B; ++s) active[static_cast<size_t>(s)] = s;

        t0 = std::chrono::steady_clock::now();
        for (int64_t step = 0; step < cfg.maxNewTokens && !active.empty(); ++step) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                for (int64_t s : active) result.sequences[static_cast<size_t>(s)].finish = FinishReason::Cancelled;
                active.clear();
                break;
            }
            const at::Tensor rowIdx = at::tensor(active, at::kLong);
            const at::Tensor next = sampler.sample(logits, active, history.index_select(0, rowIdx), historyMask.index_select(0, rowIdx));
            const int64_t* nextPtr = next.data_ptr<int64_t>();
            std::vector<int64_t> keepPos, stillActive;
            for (size_t r = 0; r < active.size(); ++r) {
                const int64_t s = active[r];
                const int64_t tok = nextPtr[r];
                GeneratedSequence& seq = result.sequences[static_cast<size_t>(s)];
                seq.tokens.push_back(tok);
                history[s][Tmax + step] = tok;
                historyMask[s][Tmax + step] = true;
                ++result.stats.generatedTokens;
                if (onToken) onToken(s, tok);
                const bool eos = std::find(cfg.eosIds.begin(), cfg.eosIds.end(), tok) != cfg.eosIds.end();
                if (eos) {
                    seq.finish = FinishReason::Eos;
                } else if (cfg.stopWhen && cfg.stopWhen(s, seq.tokens)) {
                    seq.finish = FinishReason::Stop;
                } else {
                    keepPos.push_back(static_cast<int64_t>(r));
                    stillActive.push_back(s);
                }
            }
            if (stillActive.empty() || step + 1 == cfg.maxNewTokens) {
                active = stillActive;
                break;
            }
            at::Tensor nextIds = next.unsqueeze(1);
            if (stillActive.size() != active.size()) {
                const at::Tensor keep = at::tensor(keepPos, at::kLong);
                cache.select(keep.to(dev));
                nextIds = nextIds.index_select(0, keep);
            }
            active = stillActive;
            logits = model.logits(model.forwardHidden(nextIds.to(dev), {}, &cache).select(1, 0)).to(at::kCPU).to(at::kFloat);
            ++result.stats.decodeSteps;
        }
        for (int64_t s : active) result.sequences[static_cast<size_t>(s)].finish = FinishReason::Length;
        result.stats.decodeSeconds = secondsSince(t0);
        return result;
    } catch (const c10::Error& e) {
        return makeError(QCoreApplication::translate("ps::model::Generate", "generation failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
    } catch (const std::exception& e) {
        return makeError(QCoreApplication::translate("ps::model::Generate", "generation failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

}  // namespace ps::model

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ps::model {

Status readGenerationConfig(const QString& modelDir, GenerationConfig& cfg) {
    QFile f(QDir(modelDir).filePath(QStringLiteral("generation_config.json")));
    if (!f.exists()) return {};
    if (!f.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::model::Generate", "cannot read file"), f.fileName());
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QCoreApplication::translate("ps::model::Generate", "invalid JSON: %1").arg(perr.errorString()), f.fileName());
    const QJsonObject o = doc.object();
    auto num = [&o](const char* key, double fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : fallback;
    };
    // Integers are checked before any cast (a cast of 1e300 is undefined) and
    // bounded: max_new_tokens sizes the KV cache allocated up front.
    auto integer = [&o, &f](const char* key, double lo, double hi, int64_t* out) -> Status {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) return {};
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !(d >= lo && d <= hi) || std::floor(d) != d)
            return makeError(QCoreApplication::translate("ps::model::Generate", "'%1' must be an integer from %2 to %3")
                                 .arg(QLatin1String(key)).arg(lo, 0, 'f', 0).arg(hi, 0, 'f', 0),
                             f.fileName());
        *out = static_cast<int64_t>(d);
        return {};
    };
    SamplingParams& s = cfg.sampling;
    if (o.value(QLatin1String("do_sample")).isBool()) s.doSample = o.value(QLatin1String("do_sample")).toBool();
    s.temperature = num("temperature", s.temperature);
    PS_TRY(integer("top_k", 0, 2147483647.0, &s.topK));
    s.topP = num("top_p", s.topP);
    s.minP = num("min_p", s.minP);
    s.repetitionPenalty = num("repetition_penalty", s.repetitionPenalty);
    PS_TRY(integer("max_new_tokens", 0, double(kMaxNewTokensFromFile), &cfg.maxNewTokens));
    PS_TRY(integer("pad_token_id", 0, double(1 << 24), &cfg.padId));
    const QJsonValue eos = o.value(QLatin1String("eos_token_id"));
    const QJsonArray eosList = eos.isArray() ? eos.toArray() : QJsonArray{eos};
    if (eos.isDouble() || eos.isArray()) {
        if (eosList.size() > 64) return makeError(QCoreApplication::translate("ps::model::Generate", "'eos_token_id' lists too many token ids"), f.fileName());
        std::vector<int64_t> ids;
        for (const QJsonValue& e : eosList) {
            const double d = e.toDouble(-1);
            if (!e.isDouble() || !(d >= 0 && d <= double(1 << 24)) || std::floor(d) != d)
                return makeError(QCoreApplication::translate("ps::model::Generate", "'eos_token_id' must hold token ids"), f.fileName());
            ids.push_back(static_cast<int64_t>(d));
        }
        cfg.eosIds = ids;
    }
    return {};
}

}  // namespace ps::model
