// tst_prompts_view — the Prompts tab driven through its real widgets on a real
// workspace: importing a JSONL file (and a bad one that imports nothing and
// names its line), lazy paging and filters over 10k prompts, exporting
// preferences with options, and generating candidates with a tiny real LFM2
// model — cancelled with a click, then finished by a second Start — while a
// 10 ms timer measures how long the GUI thread is ever blocked.
// PS_SCREENSHOT=/path.png saves a picture of the studio's Prompts tab during
// generation (run under xvfb-run with QT_QPA_PLATFORM=xcb, or offscreen).
#include "main_window.h"
#include "prompt_table_model.h"
#include "prompts_view.h"
#include "store/workspace.h"

#include "gen/model_fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ps;

namespace {

// The longest interval between ticks of a 10 ms timer: how long the GUI thread was busy at a stretch.
class GapMeter {
public:
    GapMeter() {
        timer_.setInterval(10);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const qint64 now = clock_.nsecsElapsed();
            maxGapNs_ = std::max(maxGapNs_, now - last_);
            if (qEnvironmentVariableIsSet("PS_GAP_DEBUG") && now - last_ > 25'000'000)
                qInfo("gap %.1f ms at %.1f ms", double(now - last_) / 1e6, double(now) / 1e6);
            last_ = now;
            ++ticks_;
        });
        clock_.start();
        last_ = clock_.nsecsElapsed();
        timer_.start();
    }
    double maxGapMs() const { return double(maxGapNs_) / 1e6; }
    int ticks() const { return ticks_; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0, maxGapNs_ = 0;
    int ticks_ = 0;
};

template <typename T>
T* child(QObject& parent, const char* name) {
    T* w = parent.findChild<T*>(QLatin1String(name));
    if (!w) qFatal("no child named %s", name);
    return w;
}

void typeInto(QSpinBox* s, const QString& text) {
    s->setFocus();
    s->selectAll();
    QTest::keyClicks(s, text);
    QTest::keyClick(s, Qt::Key_Tab);
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

qint64 scalar(store::Workspace& ws, const QString& sql) {
    QSqlQuery q(ws.database());
    q.exec(sql);
    q.next();
    return q.value(0).toLongLong();
}

ui::TransferOutcome transferOf(const QSignalSpy& spy, int i = 0) { return qvariant_cast<ui::TransferOutcome>(spy.at(i).at(0)); }
ui::CandidateOutcome generationOf(const QSignalSpy& spy, int i = 0) { return qvariant_cast<ui::CandidateOutcome>(spy.at(i).at(0)); }

}  // namespace

class TestPromptsView : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_;

    std::unique_ptr<store::Workspace> newWorkspace(const QString& name) {
        auto ws = store::Workspace::open(dir_.filePath(name));
        return ws ? std::move(ws.value()) : nullptr;
    }

    static void addPrompts(store::Workspace& ws, int n, const QString& prefix) {
        std::vector<store::NewPrompt> prompts;
        for (int i = 0; i < n; ++i) {
            store::NewPrompt p;
            p.content.text = QStringLiteral("%1 question %2: where is my order?").arg(prefix).arg(i);
            p.language = i % 2 ? QStringLiteral("vi") : QStringLiteral("en");
            p.category = i % 3 ? QStringLiteral("orders") : QStringLiteral("billing");
            p.source = QStringLiteral("test");
            prompts.push_back(p);
        }
        QVERIFY(ws.addPrompts(prompts).ok());
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("PrefstudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_prompts_view"));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        model_ = dir_.filePath(QStringLiteral("tiny-model"));
        QVERIFY(gen_test::makeTinyModel(model_, 1));
    }

    void importsAJsonlFileOnAWorkerThread() {
        auto ws = newWorkspace(QStringLiteral("import.prefstudio"));
        QVERIFY(ws);
        ui::PromptsView v;
        v.setWorkspace(ws.get());
        v.show();
        QCOMPARE(v.model()->rowCount(), 0);
        const QString file = dir_.filePath(QStringLiteral("prompts.jsonl"));
        write(file,
              "{\"prompt\": \"Where is my order?\", \"language\": \"en\", \"category\": \"orders\"}\n"
              "{\"prompt\": \"How do I reset my password?\", \"language\": \"en\", \"category\": \"account\"}\n"
              "{\"prompt\": [{\"role\": \"user\", \"content\": \"Xin ch\xc3\xa0o\"}], \"language\": \"vi\"}\n"
              "{\"prompt\": \"Refund?\", \"chosen\": \"Sure, here is how.\", \"rejected\": \"No.\"}\n");
        QSignalSpy done(&v, &ui::PromptsView::transferFinished);
        QVERIFY(v.importFrom(file));
        QVERIFY(!child<QPushButton>(v, "importButton")->isEnabled());  // one transfer at a time
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY2(transferOf(done).ok, qPrintable(transferOf(done).error));
        QCOMPARE(ws->promptCount().value(), qint64(4));
        QCOMPARE(v.model()->rowCount(), 4);
        QCOMPARE(v.model()->data(v.model()->index(3, ui::PromptTableModel::Pairs)).toLongLong(), qint64(1));
        QCOMPARE(v.model()->data(v.model()->index(3, ui::PromptTableModel::Votes)).toLongLong(), qint64(1));
        QCOMPARE(v.model()->data(v.model()->index(2, ui::PromptTableModel::Text)).toString(), QStringLiteral("user: Xin chào"));
        QVERIFY(child<QLabel>(v, "transferMessage")->text().contains(QLatin1String("4 records")));
        QVERIFY(child<QPushButton>(v, "importButton")->isEnabled());
        // The language filter lists what was imported.
        QVERIFY(child<QComboBox>(v, "languageCombo")->findData(QStringLiteral("vi")) > 0);

        // A bad record: nothing of the file is imported, the message names the line.
        const QString bad = dir_.filePath(QStringLiteral("bad.jsonl"));
        write(bad, "{\"prompt\": \"One more\"}\n{\"prompt\": \"Two more\"}\n{\"prompt\": \"x\", \"chosen\": \"only chosen\"}\n");
        QVERIFY(v.importFrom(bad));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
        QVERIFY(!transferOf(done, 1).ok);
        const QString message = child<QLabel>(v, "transferMessage")->text();
        QVERIFY2(message.contains(QLatin1String("line 3")), qPrintable(message));
        QCOMPARE(ws->promptCount().value(), qint64(4));
        QCOMPARE(v.model()->rowCount(), 4);
    }

    void tenThousandPromptsLoadLazilyAndFilter() {
        auto ws = newWorkspace(QStringLiteral("big.prefstudio"));
        addPrompts(*ws, 10000, QStringLiteral("Bulk"));
        ui::PromptsView v;
        v.resize(1200, 700);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QElapsedTimer t;
        t.start();
        v.setWorkspace(ws.get());
        QCoreApplication::processEvents();
        const qint64 openMs = t.elapsed();
        QVERIFY2(openMs < 1000, qPrintable(QStringLiteral("opening took %1 ms").arg(openMs)));
        QCOMPARE(v.model()->totalCount(), qint64(10000));
        QVERIFY(v.model()->rowCount() <= 2 * ui::PromptTableModel::kPageSize);  // only what is needed is loaded
        QVERIFY(v.model()->canFetchMore({}));
        // Scrolling to the end pulls the next pages in.
        t.restart();
        const int before = v.model()->rowCount();
        v.table()->scrollToBottom();
        QCoreApplication::processEvents();
        QVERIFY(v.model()->rowCount() > before);
        QVERIFY2(t.elapsed() < 500, qPrintable(QStringLiteral("a page took %1 ms").arg(t.elapsed())));
        qInfo("10k prompts: first page in %lld ms", openMs);

        // Text filter, typed.
        auto* filter = child<QLineEdit>(v, "filterEdit");
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("question 999"));
        QTRY_COMPARE(v.model()->totalCount(), qint64(11));  // 999 and 9990..9999
        QCOMPARE(v.model()->rowCount(), 11);
        QVERIFY(child<QLabel>(v, "countLabel")->text().contains(QLatin1String("11")));
        // Language filter on top, chosen with the keyboard.
        auto* language = child<QComboBox>(v, "languageCombo");
        const int vi = language->findData(QStringLiteral("vi"));
        QVERIFY(vi > 0);
        language->setCurrentIndex(vi);
        Q_EMIT language->activated(vi);
        QCOMPARE(v.model()->totalCount(), qint64(6));  // the odd ones: 999, 9991, 9993, ...
        for (int r = 0; r < v.model()->rowCount(); ++r)
            QCOMPARE(v.model()->data(v.model()->index(r, ui::PromptTableModel::Language)).toString(), QStringLiteral("vi"));
    }

    void exportsPreferencesWithOptions() {
        auto ws = newWorkspace(QStringLiteral("export.prefstudio"));
        ui::PromptsView v;
        v.setWorkspace(ws.get());
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        const QString file = dir_.filePath(QStringLiteral("pairs.jsonl"));
        write(file,
              "{\"prompt\": \"A?\", \"chosen\": \"yes\", \"rejected\": \"no\"}\n"
              "{\"prompt\": \"B?\", \"chosen\": \"one\", \"rejected\": \"two\", \"preference\": \"tie\"}\n");
        QSignalSpy done(&v, &ui::PromptsView::transferFinished);
        QVERIFY(v.importFrom(file));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY(transferOf(done).ok);

        const QString out = dir_.filePath(QStringLiteral("out.jsonl"));
        QVERIFY(v.exportTo(out));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
        QVERIFY2(transferOf(done, 1).ok, qPrintable(transferOf(done, 1).error));
        QCOMPARE(transferOf(done, 1).exportReport.examples, qint64(1));  // the tie is left out by default
        QTest::mouseClick(child<QCheckBox>(v, "includeTiesCheck"), Qt::LeftButton);
        QVERIFY(v.exportTo(out));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 30000);
        QCOMPARE(transferOf(done, 2).exportReport.examples, qint64(2));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 2);
        // A folder that does not exist: a clear message, no file.
        QVERIFY(v.exportTo(dir_.filePath(QStringLiteral("no/such/dir/out.jsonl"))));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 4, 30000);
        QVERIFY(!transferOf(done, 3).ok);
        QVERIFY(child<QLabel>(v, "transferMessage")->text().contains(QLatin1String("out.jsonl")));
    }

    void generatesCancelsWithAClickAndContinues() {
        auto ws = newWorkspace(QStringLiteral("generate.prefstudio"));
        addPrompts(*ws, 8, QStringLiteral("Gen"));
        ui::PromptsView v;
        v.resize(1300, 800);
        v.setWorkspace(ws.get());
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        auto* start = child<QPushButton>(v, "startButton");
        QVERIFY(!start->isEnabled());  // no model yet
        v.addModelFolder(model_);
        QVERIFY(start->isEnabled());
        typeInto(child<QSpinBox>(v, "candidatesSpin"), QStringLiteral("2"));
        typeInto(child<QSpinBox>(v, "maxTokensSpin"), QStringLiteral("64"));
        typeInto(child<QSpinBox>(v, "seedSpin"), QStringLiteral("7"));

        QSignalSpy promptDone(v.generator(), &ui::CandidateController::promptDone);
        QSignalSpy finished(&v, &ui::PromptsView::generationFinished);
        GapMeter gaps;
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(v.isGenerating());
        QVERIFY(!start->isEnabled());
        QVERIFY(!child<QPushButton>(v, "importButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(promptDone.count() >= 1, 60000);
        QVERIFY(gaps.ticks() > 0);  // the event loop turned while the model loaded and tokens streamed
        QVERIFY(!child<QPlainTextEdit>(v, "streamText")->toPlainText().isEmpty());
        QVERIFY(child<QLabel>(v, "generateStats")->text().contains(QLatin1String("tok/s")));
        // The finished prompt's row shows its candidates and pair.
        const auto firstDone = qvariant_cast<gen::PromptCandidates>(promptDone.at(0).at(0));
        const int row = v.model()->rowOf(firstDone.promptId);
        QVERIFY(row >= 0);
        QCOMPARE(v.model()->data(v.model()->index(row, ui::PromptTableModel::Candidates)).toLongLong(), qint64(2));
        QTest::mouseClick(child<QPushButton>(v, "cancelButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const ui::CandidateOutcome cancelled = generationOf(finished);
        QVERIFY2(cancelled.error.isEmpty(), qPrintable(cancelled.error));
        QVERIFY(cancelled.cancelled);
        const qint64 kept = cancelled.report.promptsDone;
        QVERIFY(kept >= 1 && kept < 8);
        qInfo("GUI thread: longest stall %.1f ms during generation (%lld prompts kept at cancel)", gaps.maxGapMs(), kept);
        QVERIFY2(gaps.maxGapMs() < 200, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(gaps.maxGapMs())));
        // Only whole prompts were kept: two candidates and one pair each.
        QCOMPARE(scalar(*ws, QStringLiteral("SELECT COUNT(*) FROM generations")), 2 * kept);
        QCOMPARE(scalar(*ws, QStringLiteral("SELECT COUNT(*) FROM pairs")), kept);
        QVERIFY(child<QLabel>(v, "generateMessage")->text().contains(QLatin1String("Cancelled")));
        QCOMPARE(v.model()->data(v.model()->index(row, ui::PromptTableModel::Pairs)).toLongLong(), qint64(1));

        // Start again: the rest is generated, nothing twice.
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        const ui::CandidateOutcome rest = generationOf(finished, 1);
        QVERIFY2(rest.ok, qPrintable(rest.error));
        QCOMPARE(rest.report.promptsDone, 8 - kept);
        qInfo("generation: %.0f tok/s over %lld tokens", rest.report.seconds > 0 ? double(rest.report.tokens) / rest.report.seconds : 0.0, rest.report.tokens);
        QCOMPARE(scalar(*ws, QStringLiteral("SELECT COUNT(*) FROM generations")), qint64(16));
        QCOMPARE(scalar(*ws, QStringLiteral("SELECT COUNT(*) FROM pairs")), qint64(8));
        QCOMPARE(scalar(*ws, QStringLiteral("SELECT COUNT(DISTINCT seed) FROM generations")), qint64(2));  // 7 and 8
        QCOMPARE(scalar(*ws, QStringLiteral("SELECT MIN(seed) FROM generations")), qint64(7));
        for (int r = 0; r < v.model()->rowCount(); ++r)
            QCOMPARE(v.model()->data(v.model()->index(r, ui::PromptTableModel::Candidates)).toLongLong(), qint64(2));
        // The folder became a model version, offered for the next run.
        QCOMPARE(child<QComboBox>(v, "versionCombo")->count(), 1);
    }

    void generatesForSelectedRowsAndReportsBadFolders() {
        auto ws = newWorkspace(QStringLiteral("selected.prefstudio"));
        addPrompts(*ws, 4, QStringLiteral("Sel"));
        ui::PromptsView v;
        v.setWorkspace(ws.get());
        v.show();
        v.addModelFolder(dir_.filePath(QStringLiteral("missing-model")));
        QSignalSpy finished(&v, &ui::PromptsView::generationFinished);
        QVERIFY(v.startGeneration());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!generationOf(finished).error.isEmpty());
        QVERIFY2(child<QLabel>(v, "generateMessage")->text().contains(QLatin1String("does not exist")),
                 qPrintable(child<QLabel>(v, "generateMessage")->text()));
        // Replace the source by the real model, generate for rows 2 and 4 only.
        auto* sources = child<QListWidget>(v, "sourcesList");
        sources->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(v, "removeSourceButton"), Qt::LeftButton);
        QCOMPARE(sources->count(), 0);
        v.addModelFolder(model_);
        typeInto(child<QSpinBox>(v, "maxTokensSpin"), QStringLiteral("4"));
        child<QComboBox>(v, "scopeCombo")->setCurrentIndex(1);  // selected rows
        QVERIFY(!child<QPushButton>(v, "startButton")->isEnabled());
        v.table()->selectRow(1);
        v.table()->selectionModel()->select(v.model()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(child<QPushButton>(v, "startButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(v, "startButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY(generationOf(finished, 1).ok);
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT prompt_id, COUNT(*) FROM generations GROUP BY prompt_id ORDER BY prompt_id")));
        QList<qint64> generatedFor;
        while (q.next()) {
            generatedFor << q.value(0).toLongLong();
            QCOMPARE(q.value(1).toLongLong(), qint64(2));
        }
        QCOMPARE(generatedFor, (QList<qint64>{v.model()->promptId(1), v.model()->promptId(3)}));
    }

    // A measurement, not part of the suite: PS_BIG_IMPORT_MB=100 imports a file of
    // that size through the view and reports the time and the GUI thread's longest stall.
    void bigImportStaysFluid() {
        const int mb = qEnvironmentVariableIntValue("PS_BIG_IMPORT_MB");
        if (mb <= 0) QSKIP("set PS_BIG_IMPORT_MB to measure a large import");
        const QString file = dir_.filePath(QStringLiteral("big.jsonl"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray filler(400, 'x');
            for (qint64 i = 0; f.size() < qint64(mb) << 20; ++i)
                f.write("{\"prompt\": \"Question " + QByteArray::number(i) + " " + filler + "\", \"chosen\": \"Yes " + filler +
                        "\", \"rejected\": \"No\", \"language\": \"en\"}\n");
        }
        auto ws = newWorkspace(QStringLiteral("bigimport.prefstudio"));
        ui::PromptsView v;
        v.setWorkspace(ws.get());
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QSignalSpy done(&v, &ui::PromptsView::transferFinished);
        QSignalSpy progress(v.transfer(), &ui::DataTransfer::progressChanged);
        GapMeter gaps;
        QElapsedTimer t;
        t.start();
        QVERIFY(v.importFrom(file));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 1800000);
        QVERIFY2(transferOf(done).ok, qPrintable(transferOf(done).error));
        qInfo("%d MB: %lld records in %.1f s, %lld progress updates, longest GUI stall %.1f ms, table shows %d of %lld rows",
              mb, transferOf(done).importReport.records, double(t.elapsed()) / 1e3, qint64(progress.count()), gaps.maxGapMs(),
              v.model()->rowCount(), v.model()->totalCount());
    }

    // Not a check: a picture of the studio during generation (PS_SCREENSHOT=/tmp/x.png).
    void screenshot() {
        const QString path = qEnvironmentVariable("PS_SCREENSHOT");
        if (path.isEmpty()) QSKIP("set PS_SCREENSHOT to save a picture of the Prompts tab");
        ui::MainWindow w;
        QVERIFY(w.openWorkspace(dir_.filePath(QStringLiteral("shot.prefstudio"))).ok());
        addPrompts(*w.workspace(), 40, QStringLiteral("Customer"));
        auto* v = w.findChild<ui::PromptsView*>(QStringLiteral("promptsView"));
        v->setWorkspace(w.workspace());  // re-read: prompts were added after the workspace opened
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(v);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        v->addModelFolder(model_);
        typeInto(child<QSpinBox>(*v, "maxTokensSpin"), QStringLiteral("200"));
        QSignalSpy promptDone(v->generator(), &ui::CandidateController::promptDone);
        QVERIFY(v->startGeneration());
        QTRY_VERIFY_WITH_TIMEOUT(promptDone.count() >= 2, 120000);
        QTest::qWait(300);
        QVERIFY(w.grab().save(path));
        qInfo("saved %s", qPrintable(path));
        QTest::mouseClick(child<QPushButton>(*v, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!v->isGenerating(), 60000);
    }
};

QTEST_MAIN(TestPromptsView)
#include "tst_prompts_view.moc"
