// tst_import.cpp — importing TRL JSONL and CSV files into a workspace
// (data/importer.h, data/preference_record.h).
//
// What is proven here:
//  - every accepted shape (standard, conversational, implicit prompt,
//    prompt-only, mixed; CRLF, BOM, blank lines; CSV quoting and multi-line
//    fields) lands as the right prompts, generations, pairs and votes;
//  - every bad file is refused with its line number and a clear reason, and
//    nothing of it is imported (the workspace keeps exactly what it had);
//  - dedup, dry run, progress reports and cancel.
#include "data/importer.h"
#include "store/workspace.h"
#include "store/store_fixtures.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace ps::store;
using namespace ps::data;
using fixtures::count;
using fixtures::must;
using fixtures::scalar;

class TestImport : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    int n_ = 0;

    QString write(const QByteArray& bytes, const QString& ext) {
        const QString path = dir_.filePath(QStringLiteral("in%1.%2").arg(++n_).arg(ext));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    std::unique_ptr<Workspace> fresh() { return fixtures::open(dir_.filePath(QStringLiteral("w%1.prefstudio").arg(++n_))); }

    // Everything in the workspace, for "nothing changed" checks.
    QString snapshot(Workspace& ws) {
        QString s;
        for (const char* t : {"prompts", "generations", "pairs", "votes", "annotators"}) s += QString("%1=%2 ").arg(t).arg(count(ws, t));
        return s;
    }

private Q_SLOTS:
    void goodFiles_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<QString>("expected");  // prompts/pairs/votes/duplicates skipped
        QTest::newRow("jsonl strings") << QByteArray("{\"prompt\":\"p1\",\"chosen\":\"c1\",\"rejected\":\"r1\"}\n"
                                                     "{\"prompt\":\"p2\",\"chosen\":\"c2\",\"rejected\":\"r2\",\"id\":7}\n")
                                       << "jsonl" << "2/2/2/0";
        QTest::newRow("jsonl conversational")
            << QByteArray("{\"prompt\":[{\"role\":\"user\",\"content\":\"hi\"}],\"chosen\":[{\"role\":\"assistant\",\"content\":\"hello\"}],"
                          "\"rejected\":[{\"role\":\"assistant\",\"content\":\"go away\"}]}\n")
            << "jsonl" << "1/1/1/0";
        QTest::newRow("jsonl implicit prompt")
            << QByteArray("{\"chosen\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"hello\"}],"
                          "\"rejected\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"no\"}]}\n")
            << "jsonl" << "1/1/1/0";
        QTest::newRow("jsonl prompt only") << QByteArray("{\"prompt\":\"a\",\"category\":\"billing\",\"language\":\"en\"}\n{\"prompt\":\"b\"}\n")
                                           << "jsonl" << "2/0/0/0";
        QTest::newRow("jsonl crlf bom blank lines") << QByteArray("\xEF\xBB\xBF{\"prompt\":\"a\"}\r\n\r\n   \n{\"prompt\":\"b\"}") << "jsonl" << "2/0/0/0";
        QTest::newRow("jsonl duplicates") << QByteArray("{\"prompt\":\"same\"}\n{\"prompt\":\" same \"}\n"
                                                        "{\"prompt\":\"same\",\"chosen\":\"x\",\"rejected\":\"y\"}\n")
                                          << "jsonl" << "1/1/1/1";
        QTest::newRow("jsonl preference field") << QByteArray("{\"prompt\":\"p\",\"chosen\":\"x\",\"rejected\":\"y\",\"preference\":\"tie\"}\n") << "jsonl"
                                                << "1/1/1/0";
        QTest::newRow("csv") << QByteArray("prompt,chosen,rejected,category\r\n\"Hi, there\",\"Hello \"\"friend\"\"\",Go,greet\r\n"
                                           "\"multi\nline\",\"a\r\nb\",c,\r\n")
                             << "csv" << "2/2/2/0";
        QTest::newRow("csv prompt only with extra column") << QByteArray("id,Prompt,language\n1,Xin chào,vi\n2,Hello,en\n") << "csv" << "2/0/0/0";
        QTest::newRow("csv mixed rows") << QByteArray("prompt,chosen,rejected\np1,,\np2,c,r\n") << "csv" << "2/1/1/0";
        QTest::newRow("csv prompt messages") << QByteArray("prompt,prompt_messages,chosen,rejected\n,\"[{\"\"role\"\":\"\"user\"\",\"\"content\"\":\"\"hi\"\"}]\",a,b\n")
                                             << "csv" << "1/1/1/0";
    }

    void goodFiles() {
        QFETCH(QByteArray, content);
        QFETCH(QString, ext);
        QFETCH(QString, expected);
        auto ws = fresh();
        const QString path = write(content, ext);
        auto r = importFile(*ws, path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        const QString got = QString("%1/%2/%3/%4").arg(count(*ws, "prompts")).arg(count(*ws, "pairs")).arg(count(*ws, "votes")).arg(r->duplicatesSkipped);
        QCOMPARE(got, expected);
        QCOMPARE(r->promptsAdded, count(*ws, "prompts"));
        QCOMPARE(r->pairsAdded, count(*ws, "pairs"));
        QCOMPARE(count(*ws, "generations"), 2 * count(*ws, "pairs"));
        // Imported text has no model; the source is the file name.
        QCOMPARE(count(*ws, "generations", "model_version_id IS NOT NULL"), 0);
        QCOMPARE(count(*ws, "prompts", QString("source = '%1'").arg(QFileInfo(path).fileName())), count(*ws, "prompts"));
        QCOMPARE(scalar(ws->database(), "PRAGMA integrity_check").toString(), QString("ok"));
    }

    void jsonlContentLandsExactly() {
        auto ws = fresh();
        const QString path = write("{\"prompt\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Đổi mật khẩu?\"}],"
                                   "\"chosen\":[{\"role\":\"assistant\",\"content\":\"Vào Cài đặt.\"}],"
                                   "\"rejected\":[{\"role\":\"assistant\",\"content\":\"Không biết.\"}],\"language\":\"vi\",\"category\":\"account\"}\n"
                                   "{\"prompt\":\"p\",\"chosen\":\"x\",\"rejected\":\"y\",\"preference\":\"both_bad\"}\n",
                                   "jsonl");
        must(importFile(*ws, path));
        const auto items = must(ws->queue({QueueFilter::All, {}, 0, 10}));
        QCOMPARE(int(items.size()), 2);
        QVERIFY(items[0].prompt.isChat());
        QCOMPARE(items[0].prompt.messages.size(), 2);
        QCOMPARE(items[0].prompt.messages[1].toObject()["content"].toString(), QString("Đổi mật khẩu?"));
        QCOMPARE(items[0].textA, QString("Vào Cài đặt."));  // A = chosen
        QCOMPARE(items[0].textB, QString("Không biết."));
        QCOMPARE(items[0].language, QString("vi"));
        QCOMPARE(items[0].category, QString("account"));
        const auto votes = must(ws->votesForPair(items[0].pairId));
        QCOMPARE(int(votes.size()), 1);
        QCOMPARE(votes[0].choice, Choice::A);
        QVERIFY(!votes[0].leftIsA.has_value());  // never shown side by side
        QCOMPARE(must(ws->annotator(votes[0].annotatorId)).name, QString("imported"));
        QCOMPARE(must(ws->votesForPair(items[1].pairId))[0].choice, Choice::BothBad);
    }

    void importWithoutVotes() {
        auto ws = fresh();
        ImportOptions o;
        o.votesFromPreferences = false;
        o.source = "ultrafeedback";
        must(importFile(*ws, write("{\"prompt\":\"p\",\"chosen\":\"x\",\"rejected\":\"y\"}\n", "jsonl"), o));
        QCOMPARE(count(*ws, "pairs"), 1);
        QCOMPARE(count(*ws, "votes"), 0);
        QCOMPARE(count(*ws, "annotators"), 0);
        QCOMPARE(count(*ws, "prompts", "source = 'ultrafeedback'"), 1);
    }

    void dedupAgainstWorkspace() {
        auto ws = fresh();
        must(ws->addPrompt({{"Xin chào", {}}}));
        auto r = must(importFile(*ws, write("{\"prompt\":\"Xin chào\"}\n{\"prompt\":\"Xin chào\",\"chosen\":\"a\",\"rejected\":\"b\"}\n", "jsonl")));
        QCOMPARE(r.duplicatesSkipped, 1);
        QCOMPARE(r.promptsReused, 1);
        QCOMPARE(count(*ws, "prompts"), 1);
        ImportOptions noDedup;
        noDedup.dedupPrompts = false;
        must(importFile(*ws, write("{\"prompt\":\"Xin chào\"}\n", "jsonl"), noDedup));
        QCOMPARE(count(*ws, "prompts"), 2);
    }

    void badFiles_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<QString>("error");
        const QByteArray ok = "{\"prompt\":\"p\",\"chosen\":\"c\",\"rejected\":\"r\"}\n";
        const QByteArray ok3 = ok + ok + ok;
        // JSONL
        QTest::newRow("chosen missing") << ok3 + ok3 + ok3 + ok3 + ok3 + ok + "{\"prompt\":\"p\",\"rejected\":\"r\"}\n" << "jsonl"
                                        << "line 17: 'chosen' is missing";
        QTest::newRow("rejected missing") << ok + "{\"prompt\":\"p\",\"chosen\":\"c\"}\n" << "jsonl" << "line 2: 'rejected' is missing";
        QTest::newRow("prompt missing") << ok + ok + "{\"chosen\":\"c\",\"rejected\":\"r\"}\n" << "jsonl" << "line 3: 'prompt' is missing";
        QTest::newRow("not json") << ok + "{\"prompt\": oops}\n" << "jsonl" << "line 2: not valid JSON";
        QTest::newRow("trailing garbage") << QByteArray("{\"prompt\":\"a\"} x\n") << "jsonl" << "line 1: not valid JSON";
        QTest::newRow("not an object") << QByteArray("[\"prompt\"]\n") << "jsonl" << "line 1: expected a JSON object";
        QTest::newRow("invalid utf-8") << ok + ok + ok + "{\"prompt\":\"caf\xE9\"}\n" << "jsonl" << "line 4: the text is not valid UTF-8";
        QTest::newRow("lone surrogate escape") << ok + "{\"prompt\":\"x\\ud800y\"}\n" << "jsonl" << "line 2: 'prompt' contains an invalid \\u escape";
        QTest::newRow("chosen wrong type") << ok + "{\"prompt\":\"p\",\"chosen\":5,\"rejected\":\"r\"}\n" << "jsonl"
                                           << "line 2: 'chosen' must be a string or a list of messages";
        QTest::newRow("prompt wrong type") << QByteArray("{\"prompt\":{\"text\":\"p\"}}\n") << "jsonl" << "line 1: 'prompt' must be a string or a list of messages";
        QTest::newRow("empty prompt") << QByteArray("{\"prompt\":\"  \"}\n") << "jsonl" << "line 1: 'prompt' is empty";
        QTest::newRow("empty chosen") << QByteArray("{\"prompt\":\"p\",\"chosen\":\"\",\"rejected\":\"r\"}\n") << "jsonl" << "line 1: 'chosen' is empty";
        QTest::newRow("message without role") << QByteArray("{\"prompt\":[{\"content\":\"hi\"}]}\n") << "jsonl" << "line 1: message 1 of 'prompt' has no 'role'";
        QTest::newRow("message content not string") << QByteArray("{\"prompt\":[{\"role\":\"user\",\"content\":[1]}]}\n") << "jsonl"
                                                    << "line 1: 'content' of message 1 of 'prompt' must be a string";
        QTest::newRow("chosen user message") << QByteArray("{\"prompt\":\"p\",\"chosen\":[{\"role\":\"user\",\"content\":\"c\"}],\"rejected\":\"r\"}\n")
                                             << "jsonl" << "line 1: 'chosen' must hold exactly one assistant message";
        QTest::newRow("implicit prompt mismatch")
            << QByteArray("{\"chosen\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"x\"}],"
                          "\"rejected\":[{\"role\":\"user\",\"content\":\"b\"},{\"role\":\"assistant\",\"content\":\"y\"}]}\n")
            << "jsonl" << "line 1: 'prompt' is missing, and 'chosen' and 'rejected' are not the same conversation";
        QTest::newRow("category not string") << QByteArray("{\"prompt\":\"p\",\"category\":3}\n") << "jsonl" << "line 1: 'category' must be a string";
        QTest::newRow("bad preference") << QByteArray("{\"prompt\":\"p\",\"chosen\":\"c\",\"rejected\":\"r\",\"preference\":\"b\"}\n") << "jsonl"
                                        << "line 1: 'preference' must be one of chosen, tie, both_bad, skip";
        QTest::newRow("preference without answers") << QByteArray("{\"prompt\":\"p\",\"preference\":\"tie\"}\n") << "jsonl"
                                                    << "line 1: 'preference' needs 'chosen' and 'rejected'";
        QTest::newRow("huge field") << ok + "{\"prompt\":\"p\",\"chosen\":\"" + QByteArray(1001, 'x') + "\",\"rejected\":\"r\"}\n" << "jsonl"
                                    << "line 2: 'chosen' is longer than the limit of 1000 bytes";
        QTest::newRow("huge multibyte field") << "{\"prompt\":\"" + QByteArray("\xE1\xBB\x87").repeated(334) + "\"}\n" << "jsonl"
                                              << "line 1: 'prompt' is longer than the limit of 1000 bytes";
        QTest::newRow("huge message list") << "{\"prompt\":[{\"role\":\"user\",\"content\":\"" + QByteArray(600, 'x') + "\"},{\"role\":\"user\",\"content\":\"" +
                                                  QByteArray(600, 'y') + "\"}]}\n"
                                           << "jsonl" << "line 1: 'prompt' is longer than the limit of 1000 bytes";
        QTest::newRow("huge line") << ok + ok + "{\"prompt\":\"" + QByteArray(100000, 'x') + "\"}\n" << "jsonl"
                                   << "line 3: the line is longer than the limit of 73536 bytes";
        QTest::newRow("empty file") << QByteArray("\n\n") << "jsonl" << "the file holds no records";
        // CSV
        QTest::newRow("csv no prompt column") << QByteArray("question,answer\na,b\n") << "csv" << "line 1: the header has no 'prompt' column";
        QTest::newRow("csv chosen without rejected") << QByteArray("prompt,chosen\na,b\n") << "csv" << "line 1: the header has 'chosen' but no 'rejected'";
        QTest::newRow("csv duplicate column") << QByteArray("prompt,Prompt\na,b\n") << "csv" << "line 1: column 'prompt' appears twice";
        QTest::newRow("csv field count") << QByteArray("prompt,chosen,rejected\na,b,c\nd,e\n") << "csv" << "line 3: expected 3 fields as in the header, found 2";
        QTest::newRow("csv chosen missing") << QByteArray("prompt,chosen,rejected\na,b,c\n\"multi\nline\",x,y\nd,,r\n") << "csv" << "line 5: 'chosen' is missing";
        QTest::newRow("csv rejected missing") << QByteArray("prompt,chosen,rejected\nd,c,\n") << "csv" << "line 2: 'rejected' is missing";
        QTest::newRow("csv prompt missing") << QByteArray("prompt,category\n,x\n") << "csv" << "line 2: 'prompt' is missing";
        QTest::newRow("csv unclosed quote") << QByteArray("prompt\nok\n\"never closed\nmore\n") << "csv" << "line 3: a quoted field is not closed";
        QTest::newRow("csv stray quote") << QByteArray("prompt\nab\"c\n") << "csv" << "line 2: a quote inside an unquoted field";
        QTest::newRow("csv invalid utf-8 in multiline") << QByteArray("prompt\n\"a\nb\xFF\"\n") << "csv" << "line 3: the text is not valid UTF-8";
        QTest::newRow("csv huge field") << QByteArray("prompt\n") + QByteArray(1001, 'x') + "\n" << "csv" << "line 2: 'prompt' is longer than the limit of 1000 bytes";
        QTest::newRow("csv bad messages") << QByteArray("prompt_messages\n\"[{\"\"content\"\":1}]\"\n") << "csv"
                                          << "line 2: message 1 of 'prompt_messages' has no 'role'";
        QTest::newRow("csv messages not json") << QByteArray("prompt_messages\n[oops\n") << "csv" << "line 2: 'prompt_messages' must be a JSON list";
        QTest::newRow("csv header only") << QByteArray("prompt,chosen,rejected\n") << "csv" << "the file holds no records";
    }

    void badFiles() {
        QFETCH(QByteArray, content);
        QFETCH(QString, ext);
        QFETCH(QString, error);
        auto ws = fresh();
        // What was there before must stay exactly as it was.
        fixtures::fill(*ws, 2);
        must(ws->recordVote({1, must(ws->addAnnotator("imported")), true, Choice::A}));
        const QString before = snapshot(*ws);
        ImportOptions o;
        o.maxFieldBytes = 1000;
        const QString path = write(content, ext);
        auto r = importFile(*ws, path, o);
        QVERIFY(!r.ok());
        const QString msg = r.error().message;
        QVERIFY2(msg.startsWith(error), qPrintable(msg));
        QCOMPARE(r.error().context, path);
        QCOMPARE(snapshot(*ws), before);
        QCOMPARE(count(*ws, "prompts", "source <> ''"), 0);
        // The connection is fine afterwards (no transaction left open).
        QVERIFY(ws->addPrompt({{"after", {}}}).ok());
    }

    // Seeded mutations of valid JSONL and CSV files: every result is a clean
    // import or an error naming a line (or an empty file), never a crash; dry
    // runs, so nothing is kept.
    void mutatedFilesNeverCrash() {
        const QByteArray jsonl =
            "{\"prompt\":\"p\",\"chosen\":\"c\",\"rejected\":\"r\",\"category\":\"x\"}\n"
            "{\"prompt\":[{\"role\":\"user\",\"content\":\"Chào\"}],\"chosen\":[{\"role\":\"assistant\",\"content\":\"a\"}],"
            "\"rejected\":[{\"role\":\"assistant\",\"content\":\"b\"}],\"preference\":\"tie\"}\n"
            "{\"prompt\":\"only\"}\n";
        const QByteArray csv = "prompt,prompt_messages,chosen,rejected,language\r\n\"a, \"\"b\"\"\",,\"x\ny\",z,vi\r\n"
                               ",\"[{\"\"role\"\":\"\"user\"\",\"\"content\"\":\"\"hi\"\"}]\",c,d,\r\nplain,,,,\r\n";
        const char specials[] = {'"', '{', '}', '[', ']', ',', ':', '\n', '\r', '\\', '\xFF', '\xC3', '\0'};
        auto ws = fresh();
        QRandomGenerator rng(1234);
        ImportOptions o;
        o.dryRun = true;
        o.maxFieldBytes = 64;
        int accepted = 0;
        for (int i = 0; i < 1500; ++i) {
            const bool isCsv = i % 2;
            QByteArray data = isCsv ? csv : jsonl;
            for (int m = 1 + rng.bounded(4); m > 0; --m) {
                const int pos = rng.bounded(int(data.size()) + 1);
                switch (rng.bounded(5)) {
                case 0: if (pos < data.size()) data[pos] = char(rng.bounded(256)); break;
                case 1: data.insert(pos, specials[rng.bounded(int(sizeof specials))]); break;
                case 2: data.remove(pos, rng.bounded(8)); break;
                case 3: data.insert(pos, data.mid(rng.bounded(int(data.size()) + 1), rng.bounded(40))); break;
                case 4: data.insert(pos, QByteArray(rng.bounded(100), 'x')); break;
                }
            }
            const QString path = write(data, isCsv ? "csv" : "jsonl");
            auto r = importFile(*ws, path, o);
            if (r.ok()) {
                ++accepted;
            } else {
                const QString msg = r.error().message;
                QVERIFY2(msg.startsWith("line ") || msg == "the file holds no records", qPrintable(msg));
            }
            QFile::remove(path);
        }
        QCOMPARE(count(*ws, "prompts"), 0);
        QVERIFY(accepted > 0);
        QCOMPARE(scalar(ws->database(), "PRAGMA integrity_check").toString(), QString("ok"));
    }

    void missingFile() {
        auto ws = fresh();
        auto r = importFile(*ws, dir_.filePath("nope.jsonl"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains("cannot open"), qPrintable(r.error().toString()));
    }

    void dryRunImportsNothing() {
        auto ws = fresh();
        ImportOptions o;
        o.dryRun = true;
        auto r = must(importFile(*ws, write("{\"prompt\":\"p\",\"chosen\":\"x\",\"rejected\":\"y\"}\n{\"prompt\":\"q\"}\n", "jsonl"), o));
        QCOMPARE(r.records, 2);
        QCOMPARE(r.promptsAdded, 2);
        QCOMPARE(r.votesAdded, 1);
        QCOMPARE(count(*ws, "prompts"), 0);
        QCOMPARE(count(*ws, "annotators"), 0);
    }

    void progressAndCancel() {
        QByteArray big;
        for (int i = 0; i < 3000; ++i)
            big += QStringLiteral("{\"prompt\":\"prompt number %1 with some padding text\",\"chosen\":\"good answer %1\",\"rejected\":\"bad answer %1\"}\n")
                       .arg(i)
                       .toUtf8();
        const QString path = write(big, "jsonl");
        {
            auto ws = fresh();
            QList<qint64> seen;
            qint64 total = 0;
            ImportOptions o;
            o.progress = [&](qint64 done, qint64 all) {
                seen << done;
                total = all;
            };
            auto r = must(importFile(*ws, path, o));
            QCOMPARE(r.records, 3000);
            QCOMPARE(total, qint64(big.size()));
            QVERIFY(seen.size() >= 2);
            QCOMPARE(seen.last(), qint64(big.size()));
            for (int i = 1; i < seen.size(); ++i) QVERIFY(seen[i] >= seen[i - 1]);
            QCOMPARE(count(*ws, "pairs"), 3000);
        }
        {
            auto ws = fresh();
            std::atomic<bool> cancel{false};
            ImportOptions o;
            o.cancel = &cancel;
            o.progress = [&](qint64 done, qint64) {
                if (done > 0) cancel = true;  // the user presses Cancel part-way
            };
            auto r = importFile(*ws, path, o);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().toString().contains("cancelled"), qPrintable(r.error().toString()));
            QCOMPARE(count(*ws, "prompts"), 0);
            QCOMPARE(count(*ws, "annotators"), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
