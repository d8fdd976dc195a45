// tst_export.cpp — exporting preferences as TRL JSONL and CSV
// (data/exporter.h), and the round trip import → vote → export → re-import
// → export.
//
// What is proven here:
//  - the exact TRL shape of a line (standard and conversational);
//  - import → vote → export → re-import → export gives byte-identical files,
//    for JSONL and CSV, with ties / both-bad / skips / edits / awkward text;
//  - a CSV export re-imported and exported as JSONL equals the JSONL export;
//  - options choose what is exported; exclusions are respected;
//  - a cancelled or failed export leaves the previous file untouched and no
//    temporary file behind.
#include "data/exporter.h"
#include "data/importer.h"
#include "store/workspace.h"
#include "store/store_fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ps::store;
using namespace ps::data;
using fixtures::count;
using fixtures::must;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// Prompts with two answers each (A first), imported without votes.
const char* kSource =
    "{\"prompt\":\"Làm sao đổi mật khẩu?\",\"chosen\":\"Vào Cài đặt → Bảo mật.\",\"rejected\":\"Không biết.\",\"language\":\"vi\",\"category\":\"account\"}\n"
    "{\"prompt\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Refund \\\"now\\\", please\"}],"
    "\"chosen\":[{\"role\":\"assistant\",\"content\":\"Sure,\\nI'll start it.\"}],\"rejected\":[{\"role\":\"assistant\",\"content\":\"No.\"}],\"language\":\"en\"}\n"
    "{\"prompt\":\"Tie?\",\"chosen\":\"one\",\"rejected\":\"two\"}\n"
    "{\"prompt\":\"Both bad?\",\"chosen\":\"bad 1\",\"rejected\":\"bad 2\",\"category\":\"x, y\"}\n"
    "{\"prompt\":\"Skip me\",\"chosen\":\"s1\",\"rejected\":\"s2\"}\n"
    "{\"prompt\":\"Split\",\"chosen\":\"left\",\"rejected\":\"right\"}\n"
    "{\"prompt\":\"Emoji 😀 and CRLF\\r\\nline\",\"chosen\":\"\\\"quoted\\\", comma\",\"rejected\":\" spaced \"}\n";

}  // namespace

class TestExport : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    int n_ = 0;
    QString path(const QString& ext) { return dir_.filePath(QStringLiteral("f%1.%2").arg(++n_).arg(ext)); }
    std::unique_ptr<Workspace> fresh() { return fixtures::open(path("prefstudio")); }

    // The annotated workspace: import, then votes by three annotators.
    std::unique_ptr<Workspace> annotated() {
        auto ws = fresh();
        const QString src = path("jsonl");
        QFile f(src);
        f.open(QIODevice::WriteOnly);
        f.write(kSource);
        f.close();
        ImportOptions o;
        o.votesFromPreferences = false;
        must(importFile(*ws, src, o));
        const Id lan = must(ws->addAnnotator("Lan")), minh = must(ws->addAnnotator("Minh")), hoa = must(ws->addAnnotator("Hoa"));
        must(ws->recordVote({1, lan, true, Choice::A}));
        must(ws->recordVote({1, minh, false, Choice::A}));
        must(ws->recordVote({1, hoa, true, Choice::B}));
        NewVote edit{2, lan, false, Choice::B};
        edit.editedSide = Side::B;
        edit.editedText = "Không, tôi \"sửa\" rồi,\nxin lỗi.";
        must(ws->recordVote(edit));
        must(ws->recordVote({3, minh, true, Choice::Tie}));
        must(ws->recordVote({4, hoa, true, Choice::BothBad}));
        must(ws->recordVote({5, lan, true, Choice::Skip}));
        must(ws->recordVote({6, lan, true, Choice::A}));
        must(ws->recordVote({6, minh, true, Choice::B}));
        must(ws->recordVote({7, hoa, false, Choice::A}));
        return ws;
    }

    static ExportOptions everything() {
        ExportOptions o;
        o.preferences.includeTies = o.preferences.includeBothBad = o.preferences.includeSkips = true;
        return o;
    }

private Q_SLOTS:
    void lineFormat() {
        PreferenceExample e;
        e.prompt.text = "p";
        e.chosen = "x";
        e.rejected = "y";
        QCOMPARE(toJsonLine(e), QByteArray("{\"chosen\":\"x\",\"prompt\":\"p\",\"rejected\":\"y\"}\n"));
        e.outcome = Choice::Tie;
        e.category = "c";
        QCOMPARE(toJsonLine(e), QByteArray("{\"category\":\"c\",\"chosen\":\"x\",\"preference\":\"tie\",\"prompt\":\"p\",\"rejected\":\"y\"}\n"));
        PreferenceExample chat;
        chat.prompt.messages = QJsonArray{QJsonObject{{"role", "user"}, {"content", "hi"}}};
        chat.chosen = "a";
        chat.rejected = "b";
        QCOMPARE(toJsonLine(chat), QByteArray("{\"chosen\":[{\"content\":\"a\",\"role\":\"assistant\"}],\"prompt\":[{\"content\":\"hi\",\"role\":\"user\"}],"
                                              "\"rejected\":[{\"content\":\"b\",\"role\":\"assistant\"}]}\n"));
        QCOMPARE(toCsvRecord(e), QByteArray("p,,x,y,c,,tie\r\n"));
    }

    void exportedContent() {
        auto ws = annotated();
        const QString out = path("jsonl");
        const ExportReport r = must(exportPreferences(*ws, out, everything()));
        // pair 1 A (2:1), pair 2 B + edit, 3 tie, 4 both bad, 5 skip, 6 split (none), 7 A
        QCOMPARE(r.examples, 7);
        QCOMPARE(r.fromEdits, 1);
        QCOMPARE(r.undecided, 3);
        const QList<QByteArray> lines = readAll(out).split('\n');
        QCOMPARE(lines.size(), 8);  // 7 lines + the empty tail
        QVERIFY(lines[0].contains("\"chosen\":\"Vào Cài đặt → Bảo mật.\""));
        QVERIFY(lines[1].contains("\"chosen\":[{\"content\":\"No.\",\"role\":\"assistant\"}]"));
        QVERIFY(lines[2].contains("xin lỗi."));
        QVERIFY(lines[2].contains("\"rejected\":[{\"content\":\"Sure,\\nI'll start it.\""));
        QVERIFY(lines[3].contains("\"preference\":\"tie\""));
        QVERIFY(lines[4].contains("\"preference\":\"both_bad\""));
        QVERIFY(lines[5].contains("\"preference\":\"skip\""));

        // Defaults: decided pairs and edits only.
        const ExportReport d = must(exportPreferences(*ws, path("jsonl")));
        QCOMPARE(d.examples, 4);
        ExportOptions noEdits;
        noEdits.preferences.editsAsChosen = false;
        QCOMPARE(must(exportPreferences(*ws, path("jsonl"), noEdits)).examples, 3);
        // Exclusions.
        QVERIFY(ws->setPairExcluded(7, true, "off-topic").ok());
        QVERIFY(ws->setAnnotatorExcluded(must(ws->annotatorId("Hoa", false)), true).ok());
        QCOMPARE(must(exportPreferences(*ws, path("jsonl"))).examples, 3);  // pair 1 now 2:0, pair 2 + edit
    }

    void roundTrip_data() {
        QTest::addColumn<QString>("ext");
        QTest::newRow("jsonl") << "jsonl";
        QTest::newRow("csv") << "csv";
    }

    void roundTrip() {
        QFETCH(QString, ext);
        auto ws = annotated();
        const QString first = path(ext);
        must(exportPreferences(*ws, first, everything()));
        auto again = fresh();
        const ImportReport imported = must(importFile(*again, first));
        QCOMPARE(imported.records, 7);
        const QString second = path(ext);
        must(exportPreferences(*again, second, everything()));
        QCOMPARE(readAll(second), readAll(first));
        QVERIFY(readAll(first).size() > 500);

        // Across formats: what came in as CSV goes out as the same JSONL.
        const QString jsonlFromOriginal = path("jsonl"), jsonlFromCopy = path("jsonl");
        must(exportPreferences(*ws, jsonlFromOriginal, everything()));
        must(exportPreferences(*again, jsonlFromCopy, everything()));
        QCOMPARE(readAll(jsonlFromCopy), readAll(jsonlFromOriginal));
    }

    void csvHasHeader() {
        auto ws = annotated();
        const QString out = path("csv");
        must(exportPreferences(*ws, out));
        QVERIFY(readAll(out).startsWith("prompt,prompt_messages,chosen,rejected,category,language,preference\r\n"));
    }

    void cancelledExportKeepsOldFile() {
        auto ws = annotated();
        const QString out = path("jsonl");
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous export\n");
        f.close();
        std::atomic<bool> cancel{true};
        ExportOptions o;
        o.cancel = &cancel;
        auto r = exportPreferences(*ws, out, o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains("cancelled"), qPrintable(r.error().toString()));
        QCOMPARE(readAll(out), QByteArray("previous export\n"));
        const QStringList leftovers = QDir(dir_.path()).entryList({"*.tmp-*"}, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(',')));
    }

    void progressReportsPairs() {
        auto ws = annotated();
        QList<QPair<qint64, qint64>> calls;
        ExportOptions o;
        o.progress = [&](qint64 done, qint64 total) { calls << qMakePair(done, total); };
        must(exportPreferences(*ws, path("jsonl"), o));
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.last(), qMakePair(qint64(7), qint64(7)));
    }

    void exportIntoMissingFolderFails() {
        auto ws = annotated();
        auto r = exportPreferences(*ws, dir_.filePath("no/such/folder/out.jsonl"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains("cannot create file"), qPrintable(r.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
