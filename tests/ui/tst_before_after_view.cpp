// tst_before_after_view — the Before/after tab driven through its widgets with
// two tiny random models: Run generates on a worker thread, the comparison
// lands in SQLite and is shown side by side with lengths and latency; the
// safety suite (quick) saves one safety run per model; bad input is a message.
#include "before_after_view.h"
#include "store/eval_store.h"
#include "store/workspace.h"

#include "app/tiny_text_model.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace ps;

class TestBeforeAfterView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsSavesAndShowsSideBySide() {
        QTemporaryDir dir;
        const QString a = dir.filePath("base"), b = dir.filePath("tuned");
        QVERIFY(tiny_text_model::make(a, 1));
        QVERIFY(tiny_text_model::make(b, 2));
        const QString prompts = dir.filePath("p.jsonl");
        QFile f(prompts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"prompt\": \"Where is my order?\"}\n{\"prompt\": \"<b>bold</b> Xin chào\"}\n");
        f.close();
        store::Workspace::OpenOptions o;
        o.instanceLock = false;
        auto ws = store::Workspace::open(dir.filePath("w.prefstudio"), o).value();

        ui::BeforeAfterView view;
        view.resize(1100, 700);
        view.setWorkspace(ws.get());
        auto* status = view.findChild<QLabel*>("beforeAfterStatus");
        // Bad input: a missing prompt file is a message, nothing starts.
        view.setModels(a, b);
        view.setPromptFile(dir.filePath("missing.jsonl"));
        QTest::mouseClick(view.findChild<QPushButton*>("runBeforeAfter"), Qt::LeftButton);
        QVERIFY(!view.busy());
        QVERIFY(status->text().contains("missing.jsonl"));

        view.setPromptFile(prompts);
        view.setMaxNewTokens(5);
        QSignalSpy done(&view, &ui::BeforeAfterView::runFinished);
        QTest::mouseClick(view.findChild<QPushButton*>("runBeforeAfter"), Qt::LeftButton);
        QVERIFY(view.busy());
        QVERIFY(view.findChild<QPushButton*>("cancelEval")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 120000);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QCOMPARE(store::EvalStore(*ws).comparisons().value().size(), size_t(1));
        QCOMPARE(view.rows().size(), size_t(2));
        QCOMPARE(view.findChild<QListWidget*>("comparisonItems")->count(), 2);
        QVERIFY(view.findChild<QLabel*>("answerAInfo")->text().contains("tokens"));
        QVERIFY(!view.findChild<QTextBrowser*>("answerA")->toPlainText().isEmpty());
        view.findChild<QListWidget*>("comparisonItems")->setCurrentRow(1);
        QCOMPARE(view.findChild<QTextBrowser*>("comparisonPrompt")->toPlainText(), QString("<b>bold</b> Xin chào"));  // shown as text
        if (qEnvironmentVariableIsSet("PS_SCREENSHOT_DIR")) view.grab().save(qEnvironmentVariable("PS_SCREENSHOT_DIR") + "/before_after.png");

        // Safety suite, quick: 2 prompts per category and language, saved for both models.
        QSignalSpy safetyDone(&view, &ui::BeforeAfterView::safetyFinished);
        view.setMaxNewTokens(2);
        view.runSafety(true);
        QTRY_VERIFY_WITH_TIMEOUT(safetyDone.count() == 1, 180000);
        QVERIFY2(safetyDone.at(0).at(0).toBool(), qPrintable(status->text()));
        QVERIFY(status->text().contains("Safety suite"));
        const auto runs = store::EvalStore(*ws).safetyRuns().value();
        QCOMPARE(runs.size(), size_t(2));
        QCOMPARE(store::EvalStore(*ws).safetyResults(runs[0].id).value().size(), size_t(36));  // 9 categories x 2 languages x 2
    }
};

QTEST_MAIN(TestBeforeAfterView)
#include "tst_before_after_view.moc"
