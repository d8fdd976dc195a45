// tst_cli.cpp — the real `prefstudio` command line (app/cmd_model.cpp), run
// as a process: create-model, inspect, forward, generate, and their errors.
//
// The binary comes from $PREFSTUDIO_CLI (set by CTest); outputs are checked
// with core's own readers (io::SafetensorsFile, Lfm2Config) and, for forward
// and greedy generation, against the model run in this process.
#include "io/safetensors.h"
#include "model/config.h"
#include "model/lfm2.h"
#include "model/weights.h"

#include <ATen/core/grad_mode.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QList<QByteArray> lines() const {
        QList<QByteArray> l = out.split('\n');
        while (!l.isEmpty() && l.last().trimmed().isEmpty()) l.removeLast();
        return l;
    }
};

QString cliPath() {
    const QString env = qEnvironmentVariable("PREFSTUDIO_CLI");
    if (!env.isEmpty()) return env;
    // Run by hand from the build tree: <build>/tests/tst_cli -> <build>/app/prefstudio.
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/prefstudio"));
}

CliRun runCli(const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments(args);
    p.start();
    CliRun r;
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + QFile::encodeName(cliPath());
        r.crashed = true;
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray describe(const QStringList& args, const CliRun& r) {
    return "prefstudio " + args.join(' ').toUtf8() + "\nexit " + QByteArray::number(r.exitCode) + (r.crashed ? " (crashed)" : "") +
           "\nstdout: " + r.out.left(2000) + "\nstderr: " + r.err.left(2000);
}

#define RUN_OK(var, ...)                                                  \
    const QStringList var##Args{__VA_ARGS__};                             \
    const CliRun var = runCli(var##Args);                                 \
    QVERIFY2(!var.crashed && var.exitCode == 0, describe(var##Args, var).constData())

bool copyFolder(const QString& from, const QString& to) {
    if (!QDir().mkpath(to)) return false;
    for (const QString& f : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f))) return false;
    return true;
}

QJsonObject parseObject(const QByteArray& text) {
    QJsonParseError err{};
    const QJsonDocument d = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError || !d.isObject()) return {};
    return d.object();
}

std::vector<int64_t> idsOf(const QJsonObject& o) {
    std::vector<int64_t> ids;
    for (const QJsonValue& v : o.value("ids").toArray()) ids.push_back(static_cast<int64_t>(v.toDouble()));
    return ids;
}

}  // namespace

class TstCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createModelWritesCheckpoint();
    void inspect();
    void inspectJson();
    void forward();
    void generateGreedy();
    void generateStream();
    void generateSamplingSeed();
    void generateSeveralPromptsAndCandidates();
    void createModelFromOldSpellingConfig();
    void errors_data();
    void errors();

private:
    QTemporaryDir tmp_;
    QString model_;  // tiny fp32 model, seed 1
    ps::model::Lfm2Config tiny_;
};

void TstCli::initTestCase() {
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable("no prefstudio binary at " + cliPath()));
    QVERIFY(tmp_.isValid());
    auto preset = ps::model::presetConfig("tiny");
    QVERIFY(preset.ok());
    tiny_ = preset.value();
    model_ = tmp_.filePath("tiny");
    RUN_OK(r, "create-model", "--config", "tiny", "--out", model_, "--dtype", "fp32", "--seed", "1");
    QVERIFY2(r.out.contains("wrote"), r.out.constData());
}

void TstCli::createModelWritesCheckpoint() {
    const QDir d(model_);
    QCOMPARE(d.entryList(QDir::Files, QDir::Name), (QStringList{"config.json", "generation_config.json", "model.safetensors"}));
    // config.json: the preset's values, with the dtype that was written.
    auto c = ps::model::Lfm2Config::fromFile(d.filePath("config.json"));
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->torchDtype, QStringLiteral("float32"));
    QCOMPARE(c->parameterCount(), tiny_.parameterCount());
    QCOMPARE(c->layerKinds, tiny_.layerKinds);
    QCOMPARE(c->ffDim(), tiny_.ffDim());
    // The weights: exactly the expected tensor names and shapes, all F32.
    auto ckpt = ps::io::Checkpoint::openFolder(model_);
    QVERIFY(ckpt.ok());
    const auto specs = ps::model::expectedTensors(tiny_);
    QCOMPARE(ckpt->size(), static_cast<int>(specs.size()));
    for (const auto& s : specs) {
        const auto* e = ckpt->find(s.name);
        QVERIFY2(e, qPrintable(s.name));
        QCOMPARE(e->info->shape, s.shape);
        QCOMPARE(e->info->dtype, ps::io::DType::F32);
    }
    // The same seed gives the same bytes; another seed other bytes.
    const QString again = tmp_.filePath("tiny-again"), other = tmp_.filePath("tiny-seed2");
    RUN_OK(a, "create-model", "--config", "tiny", "--out", again, "--dtype", "fp32", "--seed", "1");
    RUN_OK(b, "create-model", "--config", "tiny", "--out", other, "--dtype", "fp32", "--seed", "2");
    auto bytes = [](const QString& dir) {
        QFile f(QDir(dir).filePath("model.safetensors"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QVERIFY(!bytes(model_).isEmpty());
    QCOMPARE(bytes(again), bytes(model_));
    QVERIFY(bytes(other) != bytes(model_));
    QCOMPARE(bytes(other).size(), bytes(model_).size());
}

void TstCli::inspect() {
    RUN_OK(r, "inspect", model_);
    const QString text = QString::fromUtf8(r.out);
    const QRegularExpressionMatch m = QRegularExpression(R"(parameters:\s+(\d+) \()").match(text);
    QVERIFY2(m.hasMatch(), r.out.constData());
    QCOMPARE(m.captured(1).toLongLong(), static_cast<qlonglong>(tiny_.parameterCount()));
    QVERIFY2(text.contains(QRegularExpression(R"(layer types:\s+conv attn conv attn\n)")), r.out.constData());
    QVERIFY2(text.contains(QRegularExpression(R"(layers:\s+4 \(2 attention, 2 conv\))")), r.out.constData());
    QVERIFY2(text.contains(QRegularExpression(R"(feed-forward:\s+128 \(intermediate_size 192, auto-adjusted\))")), r.out.constData());
    QVERIFY2(text.contains(QRegularExpression(R"(weights dtype:\s+F32 \(\d+\))")), r.out.constData());
}

void TstCli::inspectJson() {
    RUN_OK(r, "inspect", model_, "--json");
    QJsonParseError err{};
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    QVERIFY(d.isObject());
    const QJsonObject o = d.object();
    QCOMPARE(o.value("model_type").toString(), QStringLiteral("lfm2"));
    QCOMPARE(o.value("parameters").toDouble(), double(tiny_.parameterCount()));
    QCOMPARE(o.value("layer_types").toArray(), (QJsonArray{"conv", "attn", "conv", "attn"}));
    QCOMPARE(o.value("hidden_size").toDouble(), 64.0);
    QCOMPARE(o.value("ff_dim").toDouble(), 128.0);
    QCOMPARE(o.value("num_hidden_layers").toDouble(), 4.0);
    QCOMPARE(o.value("num_attention_heads").toDouble(), 4.0);
    QCOMPARE(o.value("num_key_value_heads").toDouble(), 2.0);
    QCOMPARE(o.value("head_dim").toDouble(), 16.0);
    QCOMPARE(o.value("vocab_size").toDouble(), 256.0);
    QCOMPARE(o.value("tie_embedding").toBool(), true);
    QCOMPARE(o.value("compute_dtype").toString(), QStringLiteral("float32"));
    QCOMPARE(o.value("dtypes").toObject(), (QJsonObject{{"F32", double(tiny_.parameterCount())}}));
    QCOMPARE(o.value("shards").toDouble(), 1.0);
}

void TstCli::forward() {
    const QString outPath = tmp_.filePath("logits.safetensors");
    RUN_OK(r, "forward", model_, "--ids", "1,2,3", "--out", outPath);
    auto f = ps::io::SafetensorsFile::open(outPath);
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().toString()));
    QCOMPARE(f.value()->tensors().size(), size_t(1));
    const ps::io::TensorInfo& t = f.value()->tensors().front();
    QCOMPARE(t.name, QStringLiteral("logits"));
    QCOMPARE(t.dtype, ps::io::DType::F32);
    QCOMPARE(t.shape, (std::vector<int64_t>{3, 256}));
    const float* logits = reinterpret_cast<const float*>(f.value()->data(t));
    float lo = logits[0], hi = logits[0];
    for (int i = 0; i < 3 * 256; ++i) {
        QVERIFY(std::isfinite(logits[i]));
        lo = std::min(lo, logits[i]);
        hi = std::max(hi, logits[i]);
    }
    QVERIFY(hi > lo);

    // The same forward in this process gives the same logits.
    auto m = ps::model::Lfm2Model::load(model_);
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().toString()));
    at::NoGradGuard noGrad;
    const at::Tensor expected = m.value()->forward(at::tensor(std::vector<int64_t>{1, 2, 3}, at::kLong).unsqueeze(0)).squeeze(0).to(at::kFloat);
    const at::Tensor got = at::from_blob(const_cast<float*>(logits), {3, 256}, at::kFloat);
    QVERIFY2(at::allclose(got, expected, 1e-5, 1e-6), qPrintable(QString::number((got - expected).abs().max().item<float>())));

    // --bf16 computes in bfloat16: still [3, 256], close to fp32.
    const QString bfPath = tmp_.filePath("logits-bf16.safetensors");
    RUN_OK(b, "forward", model_, "--ids", "1 2 3", "--out", bfPath, "--dtype", "bf16");
    auto bf = ps::io::SafetensorsFile::open(bfPath);
    QVERIFY(bf.ok());
    QCOMPARE(bf.value()->tensors().front().shape, (std::vector<int64_t>{3, 256}));
    QCOMPARE(bf.value()->tensors().front().dtype, ps::io::DType::F32);
    const at::Tensor bfLogits = at::from_blob(const_cast<uint8_t*>(bf.value()->data(bf.value()->tensors().front())), {3, 256}, at::kFloat);
    QVERIFY(at::allclose(bfLogits, expected, 0.05, 0.05));
}

void TstCli::generateGreedy() {
    RUN_OK(r, "generate", model_, "--ids", "1,2,3", "--max-new-tokens", "5", "--json");
    QCOMPARE(r.lines().size(), 1);
    const QJsonObject o = parseObject(r.lines().first());
    QVERIFY2(!o.isEmpty(), r.out.constData());
    QCOMPARE(o.value("prompt").toDouble(), 0.0);
    QCOMPARE(o.value("candidate").toDouble(), 0.0);
    const std::vector<int64_t> ids = idsOf(o);
    if (o.value("finish").toString() == "eos") {
        QVERIFY(!ids.empty() && ids.size() <= 5);
        QCOMPARE(ids.back(), int64_t(7));
    } else {
        QCOMPARE(o.value("finish").toString(), QStringLiteral("length"));
        QCOMPARE(ids.size(), size_t(5));
        for (int64_t id : ids) QVERIFY(id != 7);
    }
    for (int64_t id : ids) QVERIFY(id >= 0 && id < 256);
    QVERIFY2(r.err.contains("prefill:"), r.err.constData());

    // Greedy: the first token is the argmax of the prompt's last logits,
    // computed in this process; and decoding twice gives the same tokens.
    auto m = ps::model::Lfm2Model::load(model_);
    QVERIFY(m.ok());
    at::NoGradGuard noGrad;
    const at::Tensor logits = m.value()->forward(at::tensor(std::vector<int64_t>{1, 2, 3}, at::kLong).unsqueeze(0));
    QCOMPARE(logits[0][2].argmax().item<int64_t>(), ids.front());
    RUN_OK(again, "generate", model_, "--ids", "1,2,3", "--max-new-tokens", "5", "--json");
    QCOMPARE(again.out, r.out);
}

void TstCli::generateStream() {
    RUN_OK(json, "generate", model_, "--ids", "4,5", "--max-new-tokens", "6", "--json");
    RUN_OK(stream, "generate", model_, "--ids", "4,5", "--max-new-tokens", "6", "--stream");
    QCOMPARE(stream.lines().size(), 1);
    QStringList expected;
    for (int64_t id : idsOf(parseObject(json.lines().first()))) expected << QString::number(id);
    QCOMPARE(QString::fromUtf8(stream.lines().first()).simplified(), expected.join(' '));
    // Without --json: one line of space-separated ids.
    RUN_OK(plain, "generate", model_, "--ids", "4,5", "--max-new-tokens", "6");
    QCOMPARE(plain.lines().size(), 1);
    QCOMPARE(QString::fromUtf8(plain.lines().first()).simplified(), expected.join(' '));
}

void TstCli::generateSamplingSeed() {
    auto sample = [this](const QString& seed) {
        return runCli({"generate", model_, "--ids", "1,2,3", "--max-new-tokens", "10", "--do-sample", "--temperature", "1", "--seed",
                       seed, "--json"});
    };
    const CliRun a = sample("5"), b = sample("5"), c = sample("6");
    for (const CliRun* r : {&a, &b, &c}) {
        QVERIFY2(!r->crashed && r->exitCode == 0, r->err.constData());
        QCOMPARE(r->lines().size(), 1);
        QVERIFY(!idsOf(parseObject(r->lines().first())).empty());
    }
    QCOMPARE(a.out, b.out);
    // A near-uniform tiny model over 256 tokens: another seed practically never repeats 10 tokens.
    QVERIFY2(a.out != c.out, a.out.constData());
}

void TstCli::generateSeveralPromptsAndCandidates() {
    RUN_OK(r, "generate", model_, "--num-return-sequences", "3", "--ids", "1,2,3", "--ids", "4,5", "--max-new-tokens", "4",
           "--do-sample", "--seed", "3", "--json");
    const QList<QByteArray> lines = r.lines();
    QCOMPARE(lines.size(), 6);
    for (int i = 0; i < 6; ++i) {
        const QJsonObject o = parseObject(lines[i]);
        QVERIFY2(!o.isEmpty(), lines[i].constData());
        QCOMPARE(o.value("prompt").toDouble(), double(i / 3));
        QCOMPARE(o.value("candidate").toDouble(), double(i % 3));
        const auto ids = idsOf(o);
        QVERIFY(!ids.empty() && ids.size() <= 4);
    }
    // Plain output: one line per sequence as well.
    RUN_OK(p, "generate", model_, "--num-return-sequences", "3", "--ids", "1,2,3", "--ids", "4,5", "--max-new-tokens", "4",
           "--do-sample", "--seed", "3");
    QCOMPARE(p.lines().size(), 6);
    for (int i = 0; i < 6; ++i) {
        QStringList ids;
        for (int64_t id : idsOf(parseObject(lines[i]))) ids << QString::number(id);
        QCOMPARE(QString::fromUtf8(p.lines()[i]).simplified(), ids.join(' '));
    }
}

void TstCli::createModelFromOldSpellingConfig() {
    // A hand-written config.json with the older key spellings.
    const QString cfgPath = tmp_.filePath("old-config.json");
    QFile f(cfgPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({
        "model_type": "lfm2", "vocab_size": 256, "block_dim": 64, "block_ff_dim": 192,
        "num_hidden_layers": 4, "num_attention_heads": 4, "num_key_value_heads": 2,
        "full_attn_idxs": [1, 3], "theta": 10000.0, "tie_embedding": true,
        "block_auto_adjust_ff_dim": true, "block_ffn_dim_multiplier": 1.0, "block_multiple_of": 32,
        "eos_token_id": 7, "norm_eps": 1e-05
    })");
    f.close();
    auto cfg = ps::model::Lfm2Config::fromFile(cfgPath);
    QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(cfg.error().toString()));

    const QString dir = tmp_.filePath("old-spelling-model");
    RUN_OK(c, "create-model", "--config", cfgPath, "--out", dir, "--seed", "3");  // default dtype: bf16
    RUN_OK(i, "inspect", dir, "--json");
    const QJsonObject o = parseObject(i.out);
    QVERIFY2(!o.isEmpty(), i.out.constData());
    QCOMPARE(o.value("hidden_size").toDouble(), 64.0);
    QCOMPARE(o.value("ff_dim").toDouble(), 128.0);
    QCOMPARE(o.value("layer_types").toArray(), (QJsonArray{"conv", "attn", "conv", "attn"}));
    QCOMPARE(o.value("parameters").toDouble(), double(cfg->parameterCount()));
    QCOMPARE(o.value("parameters").toDouble(), double(tiny_.parameterCount()));
    QCOMPARE(o.value("dtypes").toObject(), (QJsonObject{{"BF16", double(cfg->parameterCount())}}));
    QCOMPARE(o.value("compute_dtype").toString(), QStringLiteral("bfloat16"));

    // The written config.json keeps the original spellings and adds the current ones.
    QFile written(QDir(dir).filePath("config.json"));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject w = QJsonDocument::fromJson(written.readAll()).object();
    QCOMPARE(w.value("block_dim").toDouble(), 64.0);
    QCOMPARE(w.value("block_ff_dim").toDouble(), 192.0);
    QCOMPARE(w.value("full_attn_idxs").toArray(), (QJsonArray{1, 3}));
    QCOMPARE(w.value("theta").toDouble(), 10000.0);
    QCOMPARE(w.value("tie_embedding").toBool(), true);
    QCOMPARE(w.value("hidden_size").toDouble(), 64.0);
    QCOMPARE(w.value("rope_theta").toDouble(), 10000.0);
    QCOMPARE(w.value("layer_types").toArray(), (QJsonArray{"conv", "full_attention", "conv", "full_attention"}));
    QCOMPARE(w.value("torch_dtype").toString(), QStringLiteral("bfloat16"));

    // And the model runs.
    RUN_OK(g, "generate", dir, "--ids", "1,2", "--max-new-tokens", "3", "--json");
    QCOMPARE(g.lines().size(), 1);
}

// ---------------------------------------------------------------------------

void TstCli::errors_data() {
    // $MODEL: the good tiny model; $BAD: a folder prepared per row; $TMP: a scratch folder.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("prepare");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messages");  // all must appear on stderr
    QTest::addColumn<QString>("mustNotExist");  // an output that must not have been written

    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "" << 2 << QStringList{"error: unknown command 'frobnicate'"} << "";
    QTest::newRow("unknown option") << QStringList{"inspect", "--frob", "$MODEL"} << "" << 2 << QStringList{"frob"} << "";
    QTest::newRow("inspect without MODEL_DIR") << QStringList{"inspect"} << "" << 1 << QStringList{"inspect needs exactly one MODEL_DIR"} << "";
    QTest::newRow("inspect a missing folder") << QStringList{"inspect", "$TMP/nope"} << "" << 1
                                              << QStringList{"model folder does not exist", "nope"} << "";
    QTest::newRow("forward without MODEL_DIR") << QStringList{"forward", "--ids", "1", "--out", "$TMP/x.safetensors"} << "" << 1
                                               << QStringList{"forward needs MODEL_DIR, --ids and --out"} << "$TMP/x.safetensors";
    QTest::newRow("generate without --ids") << QStringList{"generate", "$MODEL"} << "" << 1
                                            << QStringList{"generate needs MODEL_DIR and --ids"} << "";
    QTest::newRow("inspect a truncated model.safetensors") << QStringList{"inspect", "$BAD"} << "truncate" << 1
                                                           << QStringList{"model.safetensors", "truncated"} << "";
    QTest::newRow("generate with a truncated model.safetensors") << QStringList{"generate", "$BAD", "--ids", "1"} << "truncate" << 1
                                                                 << QStringList{"model.safetensors", "truncated"} << "";
    QTest::newRow("forward with a truncated model.safetensors")
        << QStringList{"forward", "$BAD", "--ids", "1", "--out", "$TMP/y.safetensors"} << "truncate" << 1
        << QStringList{"model.safetensors", "truncated"} << "$TMP/y.safetensors";
    QTest::newRow("model.safetensors with garbage") << QStringList{"inspect", "$BAD"} << "garbage" << 1
                                                    << QStringList{"model.safetensors", "header length"} << "";
    QTest::newRow("folder without config.json") << QStringList{"inspect", "$BAD"} << "noconfig" << 1
                                                << QStringList{"config.json", "cannot read file"} << "";
    QTest::newRow("folder without weights") << QStringList{"inspect", "$BAD"} << "noweights" << 1
                                            << QStringList{"no model.safetensors or model.safetensors.index.json"} << "";
    QTest::newRow("config.json with unknown model_type") << QStringList{"inspect", "$BAD"} << "llama" << 1
                                                         << QStringList{"unknown model_type 'llama'", "config.json"} << "";
    QTest::newRow("config.json that does not match the weights") << QStringList{"inspect", "$BAD"} << "wrongshape" << 1
                                                                 << QStringList{"has shape", "but the config needs"} << "";
    QTest::newRow("forward: bad --ids") << QStringList{"forward", "$MODEL", "--ids", "1,x", "--out", "$TMP/z.safetensors"} << "" << 1
                                        << QStringList{"'x' is not a token id"} << "$TMP/z.safetensors";
    QTest::newRow("generate: bad --ids") << QStringList{"generate", "$MODEL", "--ids", "1,x"} << "" << 1
                                         << QStringList{"'x' is not a token id"} << "";
    QTest::newRow("negative id") << QStringList{"generate", "$MODEL", "--ids=1,-1"} << "" << 1 << QStringList{"'-1' is not a token id"}
                                 << "";
    QTest::newRow("empty --ids") << QStringList{"generate", "$MODEL", "--ids="} << "" << 1 << QStringList{"no token ids given"} << "";
    QTest::newRow("forward: id >= vocab") << QStringList{"forward", "$MODEL", "--ids", "1,256", "--out", "$TMP/v.safetensors"} << "" << 1
                                          << QStringList{"token id 256 is outside the vocabulary (size 256)"} << "$TMP/v.safetensors";
    QTest::newRow("generate: id >= vocab") << QStringList{"generate", "$MODEL", "--ids", "300,1"} << "" << 1
                                           << QStringList{"token id 300 is outside the vocabulary (size 256)"} << "";
    QTest::newRow("generate: bad --max-new-tokens") << QStringList{"generate", "$MODEL", "--ids", "1", "--max-new-tokens", "many"} << ""
                                                    << 1 << QStringList{"--max-new-tokens expects an integer, got 'many'"} << "";
    QTest::newRow("generate: bad --temperature") << QStringList{"generate", "$MODEL", "--ids", "1", "--temperature", "hot"} << "" << 1
                                                 << QStringList{"--temperature expects a number"} << "";
    QTest::newRow("generate: top-p 0") << QStringList{"generate", "$MODEL", "--ids", "1", "--top-p", "0"} << "" << 1
                                       << QStringList{"top-p must be in (0, 1]"} << "";
    QTest::newRow("forward: --dtype fp16") << QStringList{"forward", "$MODEL", "--ids", "1", "--out", "$TMP/w.safetensors", "--dtype", "fp16"}
                                           << "" << 1 << QStringList{"--dtype must be fp32 or bf16, got 'fp16'"} << "$TMP/w.safetensors";
    QTest::newRow("forward into a missing folder")
        << QStringList{"forward", "$MODEL", "--ids", "1", "--out", "$TMP/missing/out.safetensors"} << "" << 1
        << QStringList{"cannot create file", "out.safetensors"} << "$TMP/missing";
    QTest::newRow("create-model: unknown preset") << QStringList{"create-model", "--config", "13b", "--out", "$TMP/m1"} << "" << 1
                                                  << QStringList{"unknown preset '13b'", "tiny"} << "$TMP/m1";
    QTest::newRow("create-model: without --out") << QStringList{"create-model", "--config", "tiny"} << "" << 1
                                                 << QStringList{"create-model needs --config and --out"} << "";
    QTest::newRow("create-model: bad dtype") << QStringList{"create-model", "--config", "tiny", "--out", "$TMP/m2", "--dtype", "int8"} << ""
                                             << 1 << QStringList{"unsupported dtype 'int8'"} << "$TMP/m2";
    QTest::newRow("create-model: bad seed") << QStringList{"create-model", "--config", "tiny", "--out", "$TMP/m3", "--seed", "x"} << "" << 1
                                            << QStringList{"--seed expects an integer"} << "$TMP/m3";
    QTest::newRow("create-model: config.json with unknown model_type")
        << QStringList{"create-model", "--config", "$BAD/config.json", "--out", "$TMP/m4"} << "llama" << 1
        << QStringList{"unknown model_type 'llama'", "config.json"} << "$TMP/m4";
}

void TstCli::errors() {
    QFETCH(QStringList, args);
    QFETCH(QString, prepare);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messages);
    QFETCH(QString, mustNotExist);
    QTemporaryDir scratch;
    const QString bad = scratch.filePath("bad");
    const QDir b(bad);
    if (!prepare.isEmpty()) QVERIFY(copyFolder(model_, bad));
    const QString weights = b.filePath("model.safetensors"), config = b.filePath("config.json");
    auto rewrite = [](const QString& path, const QByteArray& bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    };
    auto editConfig = [&](const char* key, const QJsonValue& v) {
        QFile f(config);
        if (!f.open(QIODevice::ReadOnly)) return false;
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o.insert(key, v);
        return rewrite(config, QJsonDocument(o).toJson());
    };
    if (prepare == "truncate") QVERIFY(QFile::resize(weights, QFileInfo(weights).size() - 100));
    if (prepare == "garbage") QVERIFY(rewrite(weights, QByteArray(64, '\xff')));
    if (prepare == "noconfig") QVERIFY(QFile::remove(config));
    if (prepare == "noweights") QVERIFY(QFile::remove(weights));
    if (prepare == "llama") QVERIFY(editConfig("model_type", "llama"));
    if (prepare == "wrongshape") QVERIFY(editConfig("hidden_size", 128));

    for (QString& a : args) a.replace("$MODEL", model_).replace("$BAD", bad).replace("$TMP", scratch.path());
    mustNotExist.replace("$TMP", scratch.path());
    const CliRun r = runCli(args);
    QVERIFY2(!r.crashed, describe(args, r).constData());
    QVERIFY2(r.exitCode == exitCode, describe(args, r).constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains("error"), describe(args, r).constData());
    for (QString m : messages) {
        m.replace("$TMP", scratch.path());
        QVERIFY2(err.contains(m), qPrintable("missing '" + m + "' in:\n" + describe(args, r)));
    }
    if (!mustNotExist.isEmpty()) QVERIFY2(!QFileInfo::exists(mustNotExist), qPrintable(mustNotExist));
    // Nothing is printed as a result on failure (stdout stays free of ids/JSON).
    if (exitCode == 1) QVERIFY2(r.out.trimmed().isEmpty(), describe(args, r).constData());
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
