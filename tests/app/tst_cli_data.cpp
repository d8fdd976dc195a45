// tst_cli_data — `prefstudio import` / `export` as processes: a TRL file
// round-trips through a workspace, a bad line imports nothing and names its line.
#include "cli_process.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using cli_test::Run;
Run run(const QStringList& args) { return cli_test::run(args, 120000); }
void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
QList<QJsonObject> readJsonl(const QString& path) {
    QFile f(path);
    QList<QJsonObject> l;
    if (!f.open(QIODevice::ReadOnly)) return l;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty()) l << QJsonDocument::fromJson(line).object();
    return l;
}
}  // namespace

class TestCliData : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void importThenExportRoundTrips() {
        const QString in = dir_.filePath(QStringLiteral("in.jsonl")), ws = dir_.filePath(QStringLiteral("ws.db"));
        const QByteArray text =
            "{\"prompt\": \"Where is my order?\", \"chosen\": \"Could you share your order number?\", \"rejected\": \"No idea.\"}\n"
            "{\"prompt\": [{\"role\": \"user\", \"content\": \"Xin ch\xc3\xa0o\"}], \"chosen\": [{\"role\": \"assistant\", \"content\": \"Ch\xc3\xa0o b\xe1\xba\xa1n!\"}], "
            "\"rejected\": [{\"role\": \"assistant\", \"content\": \"G\xc3\xac?\"}]}\n"
            "{\"prompt\": \"Only a prompt\"}\n";
        write(in, text);
        const Run imp = run({QStringLiteral("import"), ws, in});
        QVERIFY2(imp.code == 0, imp.err.constData());
        QVERIFY2(imp.out.contains("3 records") && imp.out.contains("2 pairs"), imp.out.constData());
        const QString out = dir_.filePath(QStringLiteral("out.jsonl"));
        const Run exp = run({QStringLiteral("export"), ws, out});
        QVERIFY2(exp.code == 0, exp.err.constData());
        const QList<QJsonObject> original = readJsonl(in), exported = readJsonl(out);
        QCOMPARE(exported.size(), 2);
        for (int i = 0; i < 2; ++i)
            for (const char* key : {"prompt", "chosen", "rejected"})
                QCOMPARE(exported[i].value(QLatin1String(key)), original[i].value(QLatin1String(key)));
    }

    void badLineImportsNothing() {
        const QString in = dir_.filePath(QStringLiteral("bad.jsonl")), ws = dir_.filePath(QStringLiteral("bad.db"));
        write(in, "{\"prompt\": \"a\", \"chosen\": \"b\", \"rejected\": \"c\"}\n{\"chosen\": 5}\n");
        const Run imp = run({QStringLiteral("import"), ws, in});
        QCOMPARE(imp.code, 1);
        QVERIFY2(imp.err.contains("line 2"), imp.err.constData());
        const QString out = dir_.filePath(QStringLiteral("bad-out.jsonl"));
        QCOMPARE(run({QStringLiteral("export"), ws, out}).code, 0);
        QCOMPARE(readJsonl(out).size(), 0);  // the good first line did not land either
        const Run missing = run({QStringLiteral("export"), dir_.filePath(QStringLiteral("none.db")), out});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("does not exist"), missing.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliData)
#include "tst_cli_data.moc"
