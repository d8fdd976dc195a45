// tst_cli_demo — the demo pipeline's commands end to end through the real
// binary, as scripts/build-demo-model.sh runs them on a small slice of the
// demo corpus: train-tokenizer -> create-model -> sft (interrupt-free run,
// metrics as JSON lines, an exported model that loads and generates text) ->
// demo-workspace (built, then reused). Bad input gets a clear error.
#include "app/cli_process.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using cli_test::run;

namespace {
QString source(const QString& rel) { return qEnvironmentVariable("PREFSTUDIO_SOURCE_DIR") + QLatin1Char('/') + rel; }

// The first n lines of a file, into dst.
bool head(const QString& src, const QString& dst, int n) {
    QFile in(src), out(dst);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) return false;
    for (int i = 0; i < n && !in.atEnd(); ++i) out.write(in.readLine());
    return true;
}
}  // namespace

class TestCliDemo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenizerModelSftGenerate() {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base"));
        auto r = run({QStringLiteral("train-tokenizer"), QStringLiteral("--input"), source(QStringLiteral("resources/demo/tokenizer_corpus.txt")),
                      QStringLiteral("--vocab-size"), QStringLiteral("600"), QStringLiteral("--out"), base});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("vocabulary 600"));
        // A small LFM2 for the test (the demo's own config, narrower).
        QFile cfgIn(source(QStringLiteral("resources/demo/model_config.json")));
        QVERIFY(cfgIn.open(QIODevice::ReadOnly));
        QJsonObject cfg = QJsonDocument::fromJson(cfgIn.readAll()).object();
        cfg.insert(QStringLiteral("vocab_size"), 640);
        cfg.insert(QStringLiteral("hidden_size"), 64);
        cfg.insert(QStringLiteral("intermediate_size"), 192);
        QFile cfgOut(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(cfgOut.open(QIODevice::WriteOnly));
        cfgOut.write(QJsonDocument(cfg).toJson());
        cfgOut.close();
        r = run({QStringLiteral("create-model"), QStringLiteral("--config"), cfgOut.fileName(), QStringLiteral("--out"), base, QStringLiteral("--dtype"), QStringLiteral("fp32")});
        QVERIFY2(r.code == 0, r.err.constData());

        const QString data = dir.filePath(QStringLiteral("sft.jsonl"));
        QVERIFY(head(source(QStringLiteral("resources/demo/corpus.jsonl")), data, 64));
        const QString runDir = dir.filePath(QStringLiteral("run"));
        r = run({QStringLiteral("sft"), QStringLiteral("--model"), base, QStringLiteral("--data"), data, QStringLiteral("--out"), runDir,
                 QStringLiteral("--max-steps"), QStringLiteral("6"), QStringLiteral("--lr"), QStringLiteral("3e-3"), QStringLiteral("--batch-size"),
                 QStringLiteral("8"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, r.err.constData());
        QList<double> losses;
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.isEmpty()) continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("split")) == QStringLiteral("train")) losses << o.value(QStringLiteral("loss")).toDouble();
        }
        QCOMPARE(losses.size(), 6);
        QVERIFY2(losses.last() < losses.first(), qPrintable(QStringLiteral("%1 -> %2").arg(losses.first()).arg(losses.last())));
        for (const char* f : {"model.safetensors", "config.json", "tokenizer.json", "tokenizer_config.json", "generation_config.json"})
            QVERIFY2(QFile::exists(runDir + QStringLiteral("/model/") + QLatin1String(f)), f);
        r = run({QStringLiteral("generate"), runDir + QStringLiteral("/model"), QStringLiteral("--chat-json"),
                 QStringLiteral(R"([{"role":"user","content":"Xin chào!"}])"), QStringLiteral("--max-new-tokens"), QStringLiteral("8")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.trimmed().isEmpty());

        // Bad input: a line without a completion is named.
        QFile bad(dir.filePath(QStringLiteral("bad.jsonl")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"prompt\": \"a\", \"completion\": \"b\"}\n{\"prompt\": \"no answer\"}\n");
        bad.close();
        r = run({QStringLiteral("sft"), QStringLiteral("--model"), base, QStringLiteral("--data"), bad.fileName(), QStringLiteral("--out"), dir.filePath(QStringLiteral("run2"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("line 2"), r.err.constData());
        r = run({QStringLiteral("sft"), QStringLiteral("--model"), base});
        QCOMPARE(r.code, 1);
    }

    void demoWorkspaceCommand() {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("demo.prefstudio"));
        auto r = run({QStringLiteral("demo-workspace"), QStringLiteral("--out"), ws});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("built"), r.out.constData());
        QVERIFY(QFile::exists(ws));
        r = run({QStringLiteral("demo-workspace"), QStringLiteral("--out"), ws});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("reused"), r.out.constData());
        r = run({QStringLiteral("demo-workspace"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.prefstudio")), QStringLiteral("--resources"),
                 dir.filePath(QStringLiteral("missing"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("PREFSTUDIO_RESOURCES"));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
