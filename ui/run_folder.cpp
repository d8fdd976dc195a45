#include "run_folder.h"

#include "util/atomic_file.h"
#include "util/safe_name.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace ps::ui {

namespace {

std::optional<QJsonObject> readJsonObject(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) return std::nullopt;
    return doc.object();
}

QString latestName(const QString& dir) {
    QFile f(QDir(dir).filePath(QStringLiteral("latest")));
    if (!f.open(QIODevice::ReadOnly)) return {};
    // A name leading outside the run folder is ignored (safe_name.h).
    const QString name = QString::fromUtf8(f.read(4096)).trimmed();
    return checkPlainName(name) ? name : QString();
}

std::optional<QJsonObject> latestState(const QString& dir) {
    const QString name = latestName(dir);
    if (name.isEmpty()) return std::nullopt;
    return readJsonObject(QDir(dir).filePath(name + QStringLiteral("/trainer_state.json")));
}

std::vector<train::MetricRow> historyOf(const QJsonObject& state) {
    std::vector<train::MetricRow> rows;
    for (const QJsonValue& v : state.value(QStringLiteral("log_history")).toArray()) {
        const QJsonObject o = v.toObject();
        train::MetricRow r;
        r.step = static_cast<int64_t>(o.value(QStringLiteral("step")).toDouble());
        r.split = o.value(QStringLiteral("split")).toString();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("step") && it.key() != QLatin1String("split") && it->isDouble())
                r.values[it.key()] = it->toDouble();
        rows.push_back(std::move(r));
    }
    return rows;
}

// Settings that may change between a checkpoint and its resumption (as in DpoTrainer).
QJsonObject comparable(QJsonObject o) {
    for (const char* free : {"eval_steps", "save_steps", "logging_steps", "threads"}) o.remove(QLatin1String(free));
    return o;
}

}  // namespace

RunInfo readRunInfo(const QString& dir) {
    RunInfo info;
    info.dir = dir;
    if (auto cfg = readJsonObject(QDir(dir).filePath(QStringLiteral("run_config.json")))) {
        auto parsed = train::DpoConfig::fromJson(*cfg);
        if (parsed)
            info.config = parsed.value();
        else
            info.problem = parsed.error().toString();
    }
    if (auto job = readJsonObject(QDir(dir).filePath(QStringLiteral("studio_job.json")))) {
        info.baseModelDir = job->value(QStringLiteral("base_model")).toString();
        info.dataPath = job->value(QStringLiteral("data")).toString();
        info.workspacePath = job->value(QStringLiteral("workspace")).toString();
    }
    info.latestCheckpoint = latestName(dir);
    if (!info.latestCheckpoint.isEmpty()) {
        if (auto state = latestState(dir)) {
            info.checkpointConfig = state->value(QStringLiteral("config")).toObject();
            info.stepsDone = static_cast<int64_t>(state->value(QStringLiteral("global_step")).toDouble());
            const auto rows = historyOf(*state);
            for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
                if (it->split != QLatin1String("eval")) continue;
                if (auto l = it->values.find(QStringLiteral("loss")); l != it->values.end()) info.evalLoss = l->second;
                if (auto a = it->values.find(QStringLiteral("rewards/accuracies")); a != it->values.end()) info.evalAccuracy = a->second;
                break;
            }
        } else if (info.problem.isEmpty()) {
            info.problem = QCoreApplication::translate("ps::ui::RunFolder", "the latest checkpoint cannot be read");
        }
    }
    info.finished = QFileInfo::exists(QDir(dir).filePath(QStringLiteral("model/config.json")));
    return info;
}

std::vector<RunInfo> scanRuns(const QString& root) {
    std::vector<std::pair<QDateTime, RunInfo>> found;
    const QFileInfoList dirs = QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& d : dirs) {
        const QDir dir(d.absoluteFilePath());
        if (!dir.exists(QStringLiteral("run_config.json")) && !dir.exists(QStringLiteral("latest"))) continue;
        found.emplace_back(d.birthTime().isValid() ? d.birthTime() : d.lastModified(), readRunInfo(d.absoluteFilePath()));
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.dir > b.second.dir;
    });
    std::vector<RunInfo> runs;
    runs.reserve(found.size());
    for (auto& f : found) runs.push_back(std::move(f.second));
    return runs;
}

std::vector<train::MetricRow> readLogHistory(const QString& dir) {
    auto state = latestState(dir);
    return state ? historyOf(*state) : std::vector<train::MetricRow>{};
}

bool runAcceptsConfig(const RunInfo& run, const train::DpoConfig& config) {
    if (run.latestCheckpoint.isEmpty() || run.checkpointConfig.isEmpty()) return true;
    return comparable(run.checkpointConfig) == comparable(config.toJson());
}

Status writeJobFile(const QString& runDir, const QString& baseModelDir, const QString& dataPath, const QString& workspacePath) {
    if (!QDir().mkpath(runDir))
        return makeError(QCoreApplication::translate("ps::ui::RunFolder", "cannot create the run folder"), runDir);
    QJsonObject o;
    o.insert(QStringLiteral("base_model"), QFileInfo(baseModelDir).absoluteFilePath());
    if (!dataPath.isEmpty()) o.insert(QStringLiteral("data"), QFileInfo(dataPath).absoluteFilePath());
    if (!workspacePath.isEmpty()) o.insert(QStringLiteral("workspace"), QFileInfo(workspacePath).absoluteFilePath());
    return writeFileAtomically(QDir(runDir).filePath(QStringLiteral("studio_job.json")), QJsonDocument(o).toJson());
}

}  // namespace ps::ui
