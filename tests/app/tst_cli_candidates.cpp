// tst_cli_candidates — `prefstudio candidates` as a process on a tiny real
// model: a limited run, a rerun that skips what is done, the store's contents,
// and clear errors for bad arguments and a bad model folder.
#include "cli_process.h"
#include "gen/model_fixture.h"
#include "store/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ps;

namespace {
cli_test::Run run(const QStringList& args) { return cli_test::run(args, 120000); }

qint64 scalar(store::Workspace& ws, const QString& sql) {
    QSqlQuery q(ws.database());
    q.exec(sql);
    q.next();
    return q.value(0).toLongLong();
}
}  // namespace

class TestCliCandidates : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_, ws_;

private Q_SLOTS:
    void initTestCase() {
        // A tiny model on a busy 2-core machine: one thread avoids OpenMP oversubscription.
        qputenv("PREFSTUDIO_THREADS", "1");
        model_ = dir_.filePath(QStringLiteral("model"));
        QVERIFY(gen_test::makeTinyModel(model_, 4));
        ws_ = dir_.filePath(QStringLiteral("ws.prefstudio"));
        auto ws = store::Workspace::open(ws_);
        QVERIFY(ws.ok());
        for (int i = 0; i < 3; ++i) {
            store::NewPrompt p;
            p.content.text = QStringLiteral("Question %1?").arg(i);
            QVERIFY(ws.value()->addPrompt(p).ok());
        }
    }

    void generatesThenSkipsWhatIsDone() {
        const QStringList common{QStringLiteral("candidates"), QStringLiteral("--workspace"), ws_, QStringLiteral("--model"), model_,
                                 QStringLiteral("--temperature"), QStringLiteral("0.9"), QStringLiteral("--max-new-tokens"), QStringLiteral("5"),
                                 QStringLiteral("--seed"), QStringLiteral("3")};
        const auto first = run(common + QStringList{QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(first.code == 0, first.err.constData());
        QVERIFY2(first.out.contains("2 prompts done"), first.out.constData());
        QVERIFY2(first.err.contains("[2/2]"), first.err.constData());  // progress lines
        const auto second = run(common + QStringList{QStringLiteral("--prompts"), QStringLiteral("all")});
        QVERIFY2(second.code == 0, second.err.constData());
        QVERIFY2(second.out.contains("1 prompts done (2 skipped"), second.out.constData());
        store::Workspace::OpenOptions o;
        o.create = false;
        o.instanceLock = false;
        auto ws = store::Workspace::open(ws_, o);
        QVERIFY(ws.ok());
        QCOMPARE(scalar(*ws.value(), QStringLiteral("SELECT COUNT(*) FROM generations")), qint64(6));
        QCOMPARE(scalar(*ws.value(), QStringLiteral("SELECT COUNT(*) FROM pairs")), qint64(3));
        QCOMPARE(scalar(*ws.value(), QStringLiteral("SELECT COUNT(*) FROM generations WHERE token_count BETWEEN 1 AND 5 AND seed IN (3, 4)")), qint64(6));
        QCOMPARE(scalar(*ws.value(), QStringLiteral("SELECT COUNT(*) FROM model_versions")), qint64(1));
    }

    void badArgumentsAndFoldersAreClearErrors() {
        const auto noWs = run({QStringLiteral("candidates"), QStringLiteral("--model"), model_});
        QCOMPARE(noWs.code, 1);
        QVERIFY(noWs.err.contains("--workspace"));
        const auto badModel = run({QStringLiteral("candidates"), QStringLiteral("--workspace"), ws_, QStringLiteral("--model"), dir_.filePath(QStringLiteral("nope"))});
        QCOMPARE(badModel.code, 1);
        QVERIFY2(badModel.err.contains("does not exist"), badModel.err.constData());
        const auto missingWs = run({QStringLiteral("candidates"), QStringLiteral("--workspace"), dir_.filePath(QStringLiteral("none.prefstudio")),
                                    QStringLiteral("--model"), model_});
        QCOMPARE(missingWs.code, 1);
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("none.prefstudio"))));  // not created by a typo
    }
};

QTEST_GUILESS_MAIN(TestCliCandidates)
#include "tst_cli_candidates.moc"
