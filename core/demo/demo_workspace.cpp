#include "demo/demo_workspace.h"

#include "data/importer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

namespace ps::demo {

namespace {

// Bumped when the demo content changes: an older demo workspace is rebuilt.
const QString kVersion = QStringLiteral("1");
const QString kVersionKey = QStringLiteral("demo.version");
const QString kModelVersionName = QStringLiteral("demo-base");

Result<qint64> countRows(store::Workspace& ws, const QString& sql) {
    QSqlQuery q(ws.database());
    if (!q.exec(sql) || !q.next()) return makeError(QCoreApplication::translate("ps::demo::DemoWorkspace", "cannot count the demo workspace's content"), sql);
    return q.value(0).toLongLong();
}

Status fill(store::Workspace& ws, const QString& demoDir, const QString& modelDir, DemoWorkspaceReport& report) {
    auto tx = ws.begin();
    if (!tx) return tx.error();
    PS_TRY(ws.setSetting(store::Workspace::guidelinesKey(), demoGuidelines()));
    auto mv = ws.addModelVersion(store::NewModelVersion{kModelVersionName, modelDir, std::nullopt, std::nullopt});
    if (!mv) return mv.error();
    report.modelVersionId = mv.value();

    data::ImportOptions prompts;
    prompts.source = QStringLiteral("demo");
    auto pr = data::importFile(ws, QDir(demoDir).filePath(QStringLiteral("prompts.jsonl")), prompts);
    if (!pr) return pr.error();

    // The demo model's candidates: two generations and one pair per prompt.
    const QString candPath = QDir(demoDir).filePath(QStringLiteral("candidates.jsonl"));
    QFile f(candPath);
    if (!f.open(QIODevice::ReadOnly)) return makeError(QCoreApplication::translate("ps::demo::DemoWorkspace", "cannot read file"), candPath);
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine().trimmed();
        ++line;
        if (raw.isEmpty()) continue;
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        store::PromptContent content;
        content.messages = o.value(QLatin1String("prompt")).toArray();
        auto pid = ws.findPromptByHash(store::Workspace::promptHash(content));
        if (!pid) return pid.error();
        if (!pid.value())
            return makeError(QCoreApplication::translate("ps::demo::DemoWorkspace", "line %1: the prompt is not among the demo prompts").arg(line), candPath);
        const QJsonArray cands = o.value(QLatin1String("candidates")).toArray();
        if (cands.size() < 2) continue;
        std::vector<store::NewGeneration> gens;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject c = cands.at(i).toObject();
            store::NewGeneration g;
            g.promptId = *pid.value();
            g.modelVersionId = report.modelVersionId;
            g.sampling = o.value(QLatin1String("sampling")).toObject();
            g.seed = o.value(QLatin1String("seed")).toInteger();
            g.text = c.value(QLatin1String("text")).toString();
            g.tokenCount = c.value(QLatin1String("tokens")).toInt();
            g.source = QStringLiteral("demo");
            gens.push_back(g);
        }
        // Two identical samples leave nothing to compare: no pair for them.
        if (gens[0].text == gens[1].text) continue;
        auto ids = ws.addGenerations(gens);
        if (!ids) return ids.error();
        auto pair = ws.createPair(store::NewPair{*pid.value(), ids.value()[0], ids.value()[1]});
        if (!pair) return pair.error();
    }

    // Seed pairs, labelled by the annotator "demo".
    data::ImportOptions seed;
    seed.source = QStringLiteral("demo seed pairs");
    seed.annotator = QStringLiteral("demo");
    auto sr = data::importFile(ws, QDir(demoDir).filePath(QStringLiteral("seed_pairs.jsonl")), seed);
    if (!sr) return sr.error();
    PS_TRY(ws.setSetting(kVersionKey, kVersion));
    return tx.value().commit();
}

Status fillReport(store::Workspace& ws, DemoWorkspaceReport& report) {
    auto p = countRows(ws, QStringLiteral("SELECT COUNT(*) FROM prompts"));
    if (!p) return p.error();
    auto pairs = countRows(ws, QStringLiteral("SELECT COUNT(*) FROM pairs"));
    if (!pairs) return pairs.error();
    auto votes = countRows(ws, QStringLiteral("SELECT COUNT(*) FROM votes"));
    if (!votes) return votes.error();
    report.prompts = p.value();
    report.pairs = pairs.value();
    report.votes = votes.value();
    auto versions = ws.modelVersions();
    if (!versions) return versions.error();
    for (const auto& v : versions.value())
        if (v.name == kModelVersionName) report.modelVersionId = v.id;
    return {};
}

void removeDatabaseFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) QFile::remove(path + QLatin1String(suffix));
}

}  // namespace

QString defaultDemoWorkspacePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo/demo.prefstudio"));
}

QString demoModelDir(const QString& resourcesDir) { return QDir(QDir(resourcesDir).filePath(QStringLiteral("demo/model"))).absolutePath(); }

QString demoGuidelines() {
    // Workspace data in both languages (every annotator sees both), not UI text.
    return QStringLiteral(
               "Welcome to the Prefstudio demo: a tiny assistant of an online shop (Lotus Shop) answers customers in English and Vietnamese.\n\n"
               "The loop: (1) Annotate: compare answers A and B and pick the better one, or mark a tie, both bad, or skip. "
               "(2) Train: press Train; DPO fine-tunes the demo model on your votes and on the demo annotator's seed votes. "
               "(3) Compare: look at the base and the tuned model side by side.\n\n"
               "Prefer the answer that is polite, short, answers the actual question, and asks for the order number when it needs one. "
               "Reject answers that are rude, ramble, dodge the question or invent facts (for example, saying an order has shipped without "
               "knowing which order it is). Flag anything unsafe.") +
           QStringLiteral("\n\n———\n\n") +
           QStringLiteral(
               "Chào mừng bạn đến với bản demo của Prefstudio: một trợ lý nhỏ của cửa hàng trực tuyến (Lotus Shop) trả lời khách bằng tiếng Anh "
               "và tiếng Việt.\n\n"
               "Quy trình: (1) Gán nhãn: so sánh câu trả lời A và B rồi chọn câu tốt hơn, hoặc đánh dấu ngang nhau, cả hai đều tệ, "
               "hay bỏ qua. (2) Huấn luyện: bấm Train; DPO sẽ tinh chỉnh mô hình demo theo phiếu của bạn và phiếu mẫu của người gán nhãn \"demo\". "
               "(3) So sánh: xem mô hình gốc và mô hình đã tinh chỉnh cạnh nhau.\n\n"
               "Hãy chọn câu trả lời lịch sự, ngắn gọn, trả lời đúng câu hỏi và hỏi mã đơn hàng khi cần. Loại các câu trả lời thô lỗ, dài dòng, né "
               "tránh câu hỏi hoặc bịa thông tin (ví dụ: nói đơn đã được gửi mà không biết là đơn nào). Đánh dấu mọi nội dung không an toàn.");
}

train::DpoConfig demoTrainConfig() {
    train::DpoConfig c;
    c.lora = false;
    c.bf16 = true;
    c.learningRate = 3e-4;
    c.beta = 0.1;
    c.batchSize = 8;
    c.gradAccum = 1;
    c.epochs = 1;
    c.warmupRatio = 0.1;
    c.evalFraction = 0.2;
    c.evalEvery = 10;
    c.saveEvery = 20;
    c.maxLength = 256;
    return c;
}

Result<DemoWorkspaceReport> ensureDemoWorkspace(const QString& workspacePath, const QString& resourcesDir) {
    DemoWorkspaceReport report;
    report.workspacePath = QFileInfo(workspacePath).absoluteFilePath();
    report.modelDir = demoModelDir(resourcesDir);
    const QString demoDir = QDir(resourcesDir).filePath(QStringLiteral("demo"));
    for (const char* f : {"prompts.jsonl", "candidates.jsonl", "seed_pairs.jsonl", "model/config.json"})
        if (!QFileInfo::exists(QDir(demoDir).filePath(QLatin1String(f))))
            return makeError(QCoreApplication::translate("ps::demo::DemoWorkspace", "the demo resources are incomplete ('%1' is missing); set PREFSTUDIO_RESOURCES to the resources folder")
                                 .arg(QLatin1String(f)),
                             demoDir);

    if (QFileInfo::exists(report.workspacePath)) {
        store::Workspace::OpenOptions o;
        o.create = false;
        o.instanceLock = false;
        auto ws = store::Workspace::open(report.workspacePath, o);
        if (ws) {
            auto v = ws.value()->setting(kVersionKey);
            if (v && v.value() == kVersion) {
                PS_TRY(fillReport(*ws.value(), report));
                return report;
            }
        }
        // Not a current demo workspace: a fresh one replaces it below (it is ours: the demo folder).
    }
    if (!QDir().mkpath(QFileInfo(report.workspacePath).absolutePath()))
        return makeError(QCoreApplication::translate("ps::demo::DemoWorkspace", "cannot create folder"), QFileInfo(report.workspacePath).absolutePath());
    const QString tmp = report.workspacePath + QStringLiteral(".building");
    removeDatabaseFiles(tmp);
    {
        auto ws = store::Workspace::open(tmp);
        if (!ws) return ws.error();
        Status s = fill(*ws.value(), demoDir, report.modelDir, report);
        if (s) s = fillReport(*ws.value(), report);
        if (!s) {
            ws.value().reset();
            removeDatabaseFiles(tmp);
            return s.error();
        }
        // Checkpoint the WAL into the main file so one file can be renamed.
        QSqlQuery q(ws.value()->database());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    removeDatabaseFiles(report.workspacePath);
    if (!QFile::rename(tmp, report.workspacePath))
        return makeError(QCoreApplication::translate("ps::demo::DemoWorkspace", "cannot move the demo workspace into place"), report.workspacePath);
    removeDatabaseFiles(tmp);
    report.created = true;
    return report;
}

}  // namespace ps::demo
