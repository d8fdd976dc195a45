// tst_train_view — the Train view driven through its real widgets on a tiny
// random LFM2 model: a LoRA run to the end (live charts, progress, export, run
// list) while a 10 ms timer measures how long the GUI thread is ever blocked;
// cancel and resume; settings that DpoConfig rejects; a missing model folder;
// an error from the trainer shown to the user; loading and comparing runs.
// PS_SCREENSHOT=/path.png additionally saves a picture of the studio's Train
// tab after a short run (run it under xvfb-run with QT_QPA_PLATFORM=xcb).
#include "main_window.h"
#include "metrics_chart.h"
#include "model/config.h"
#include "model/create_model.h"
#include "store/workspace.h"
#include "app/tiny_text_model.h"
#include "train_view.h"
#include "util/i18n.h"
#include "util/runtime.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>
#include <cmath>
#include <QtTest>

using namespace ps;

namespace {

// Records the longest interval between ticks of a 10 ms timer: how long the
// GUI thread was busy at a stretch.
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
        });
        clock_.start();
        last_ = clock_.nsecsElapsed();
        timer_.start();
    }
    double maxGapMs() const { return double(maxGapNs_) / 1e6; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0, maxGapNs_ = 0;
};

template <typename T>
T* child(QObject& parent, const char* name) {
    T* w = parent.findChild<T*>(QLatin1String(name));
    if (!w) qFatal("no child named %s", name);
    return w;
}

void typeInto(QLineEdit* e, const QString& text) {
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Delete);
    QTest::keyClicks(e, text);
}

void typeInto(QSpinBox* s, const QString& text) {
    s->selectAll();
    QTest::keyClicks(s, text);
    QTest::keyClick(s, Qt::Key_Tab);
}

ui::TrainOutcome outcomeOf(const QSignalSpy& spy, int i = 0) { return qvariant_cast<ui::TrainOutcome>(spy.at(i).at(0)); }

}  // namespace

class TestTrainView : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_, data_, badData_, runs_;
    QString finishedRun_;

    // The form filled as a user would: paths typed, preset chosen, steps and learning rate set.
    void fill(ui::TrainView& v, const QString& data, int maxSteps, const QString& lr) {
        v.setRunsRoot(runs_);
        typeInto(child<QLineEdit>(v, "baseModelEdit"), model_);
        typeInto(child<QLineEdit>(v, "dataFileEdit"), data);
        auto* preset = child<QComboBox>(v, "presetCombo");
        preset->setFocus();
        QTest::keyClick(preset, Qt::Key_End);  // "Full fine-tune"
        QCOMPARE(preset->currentData().toString(), QStringLiteral("full"));
        QTest::keyClick(preset, Qt::Key_Home);  // "LoRA (quick)"
        QCOMPARE(preset->currentData().toString(), QStringLiteral("lora"));
        auto* toggle = child<QToolButton>(v, "advancedToggle");
        if (!toggle->isChecked()) QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(child<QWidget>(v, "advancedPanel")->isVisible());
        typeInto(child<QSpinBox>(v, "maxStepsSpin"), QString::number(maxSteps));
        typeInto(child<QLineEdit>(v, "learningRateEdit"), lr);
    }

    void showView(ui::TrainView& v) {
        v.resize(1300, 850);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
    }

    static void writePairs(const QString& path, int n, int badTokenLine = -1) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QRandomGenerator rng(1234);
        auto ids = [&rng](int lo, int hi, int count) {
            QStringList s;
            for (int i = 0; i < count; ++i) s << QString::number(rng.bounded(lo, hi + 1));
            return s;
        };
        for (int i = 0; i < n; ++i) {
            QStringList prompt = QStringList{QStringLiteral("1")} + ids(100, 199, 3 + rng.bounded(4));
            QStringList chosen = ids(40, 49, 2 + rng.bounded(3)) << QStringLiteral("7");
            QStringList rejected = ids(60, 69, 2 + rng.bounded(3)) << QStringLiteral("7");
            if (i == badTokenLine) chosen.prepend(QStringLiteral("100000"));
            f.write(QStringLiteral("{\"prompt_ids\": [%1], \"chosen_ids\": [%2], \"rejected_ids\": [%3]}\n")
                        .arg(prompt.join(QLatin1Char(',')), chosen.join(QLatin1Char(',')), rejected.join(QLatin1Char(',')))
                        .toUtf8());
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("PrefstudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_train_view"));
        QStandardPaths::setTestModeEnabled(true);
        installTranslation(QStringLiteral("en"));
        initComputeThreads();  // as the studio does: training uses every core, the GUI must still respond
        QVERIFY(dir_.isValid());
        auto cfg = model::presetConfig(QStringLiteral("tiny"));
        QVERIFY(cfg.ok());
        model::CreateModelOptions o;
        o.outDir = model_ = dir_.filePath(QStringLiteral("tiny"));
        o.dtype = QStringLiteral("fp32");
        QVERIFY(model::createRandomModel(cfg.value(), o).ok());
        data_ = dir_.filePath(QStringLiteral("pairs.jsonl"));
        writePairs(data_, 24);
        badData_ = dir_.filePath(QStringLiteral("bad.jsonl"));
        writePairs(badData_, 24, 5);
        runs_ = dir_.filePath(QStringLiteral("runs"));
    }

    void trainsToTheEndWithLiveCharts() {
        ui::TrainView v;
        showView(v);
        fill(v, data_, 6, QStringLiteral("1e-2"));
        QCOMPARE(child<QComboBox>(v, "presetCombo")->currentText(), QStringLiteral("LoRA (quick)"));
        QCOMPARE(child<QComboBox>(v, "presetCombo")->itemText(1), QStringLiteral("Full fine-tune"));
        auto* train = child<QPushButton>(v, "trainButton");
        QVERIFY2(train->isEnabled(), qPrintable(child<QLabel>(v, "validationLabel")->text()));
        QCOMPARE(train->text(), QStringLiteral("Train"));
        QVERIFY2(child<QLabel>(v, "modelSummary")->text().contains(QLatin1String("LFM2")),
                 qPrintable(child<QLabel>(v, "modelSummary")->text()));
        QVERIFY(child<QLabel>(v, "modelSummary")->text().contains(QLatin1String("No tokenizer")));  // random model: token ids only
        QVERIFY(child<QLabel>(v, "dataSummary")->text().contains(QLatin1String("24")));
        const QString runDir = child<QLineEdit>(v, "runFolderEdit")->text();
        QVERIFY(runDir.startsWith(runs_));

        QSignalSpy finished(&v, &ui::TrainView::runFinished);
        QElapsedTimer wall;
        wall.start();
        GapMeter gaps;
        QTest::mouseClick(train, Qt::LeftButton);
        QVERIFY(v.controller()->isRunning());
        QVERIFY(!train->isEnabled());
        QVERIFY(child<QPushButton>(v, "cancelButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 180000);
        const double maxGap = gaps.maxGapMs();
        const ui::TrainOutcome out = outcomeOf(finished);
        qInfo("6-step LoRA run: %.1f s; longest GUI-thread stall during training: %.1f ms", double(wall.elapsed()) / 1e3, maxGap);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.steps, int64_t(6));

        QLineSeries* trainLoss = v.chart(QStringLiteral("loss"))->trainSeries();
        QVERIFY(trainLoss);
        QCOMPARE(trainLoss->count(), 6);
        QCOMPARE(trainLoss->at(5).x(), 6.0);
        QVERIFY(v.chart(QStringLiteral("loss"))->evalSeries()->count() >= 1);
        QVERIFY(v.chart(QStringLiteral("rewards/accuracies"))->evalSeries()->count() >= 1);
        QCOMPARE(v.chart(QStringLiteral("learning_rate"))->trainSeries()->count(), 6);
        QCOMPARE(v.chart(QStringLiteral("grad_norm"))->trainSeries()->count(), 6);
        auto* bar = child<QProgressBar>(v, "progressBar");
        QCOMPARE(bar->maximum(), 6);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(QFileInfo::exists(out.modelDir + QStringLiteral("/config.json")));
        QVERIFY(QFileInfo::exists(out.modelDir + QStringLiteral("/model.safetensors")));
        QVERIFY(QFileInfo::exists(out.adapterDir + QStringLiteral("/adapter_config.json")));
        const QString result = child<QLabel>(v, "resultLabel")->text();
        QVERIFY2(result.contains(out.modelDir.toHtmlEscaped()) && result.contains(out.adapterDir.toHtmlEscaped()), qPrintable(result));
        QVERIFY(child<QLabel>(v, "tokensPerSecondLabel")->text().contains(QLatin1String("tokens/s")));
        QVERIFY(child<QLabel>(v, "etaLabel")->text().startsWith(QLatin1String("ETA ")));
        QVERIFY(child<QLabel>(v, "memoryLabel")->text().contains(QLatin1String("MB")));
        QVERIFY(child<QPlainTextEdit>(v, "trainLog")->toPlainText().contains(QLatin1String("training 22 pairs")));

        auto* runs = child<QTreeWidget>(v, "runList");
        QList<QTreeWidgetItem*> found;
        for (int i = 0; i < runs->topLevelItemCount(); ++i)
            if (runs->topLevelItem(i)->data(0, Qt::UserRole).toString() == runDir) found << runs->topLevelItem(i);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0]->text(8), QStringLiteral("finished"));
        QCOMPARE(found[0]->text(5), QStringLiteral("6/6"));
        // The next experiment gets a fresh folder.
        QVERIFY(child<QLineEdit>(v, "runFolderEdit")->text() != runDir);
        QVERIFY(train->isEnabled());
        finishedRun_ = runDir;
        QVERIFY2(maxGap < 200, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(maxGap)));
    }

    // Processes = 2: the view runs `prefstudio train --nproc 2` and charts rank 0's reduced metrics.
    void trainsWithTwoProcesses() {
        if (qEnvironmentVariableIsEmpty("PREFSTUDIO_CLI")) QSKIP("needs the prefstudio executable (PREFSTUDIO_CLI, set by CTest)");
        ui::TrainView v;
        showView(v);
        fill(v, data_, 4, QStringLiteral("1e-2"));
        typeInto(child<QSpinBox>(v, "processesSpin"), QStringLiteral("2"));
        QCOMPARE(child<QSpinBox>(v, "processesSpin")->value(), 2);
        QSignalSpy finished(&v, &ui::TrainView::runFinished);
        QTest::mouseClick(child<QPushButton>(v, "trainButton"), Qt::LeftButton);
        QVERIFY(v.controller()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 180000);
        const ui::TrainOutcome out = outcomeOf(finished);
        const QString log = child<QPlainTextEdit>(v, "trainLog")->toPlainText();
        QVERIFY2(out.ok, qPrintable(out.error + QLatin1Char('\n') + log));
        QCOMPARE(out.steps, int64_t(4));
        QVERIFY2(log.contains(QLatin1String("data-parallel: 2 ranks")), qPrintable(log));
        QCOMPARE(v.chart(QStringLiteral("loss"))->trainSeries()->count(), 4);
        QVERIFY(v.chart(QStringLiteral("loss"))->evalSeries()->count() >= 1);
        QCOMPARE(child<QProgressBar>(v, "progressBar")->value(), 4);
        QVERIFY(QFileInfo::exists(out.modelDir + QStringLiteral("/model.safetensors")));
        QVERIFY(QFileInfo::exists(out.adapterDir + QStringLiteral("/adapter_model.safetensors")));
        if (const QString shot = qEnvironmentVariable("PS_SCREENSHOT_DIST"); !shot.isEmpty()) QVERIFY(v.grab().save(shot));
    }

    // Processes = 2 on the open workspace's votes: every rank reads the workspace,
    // rank 0 alone records the run and the exported model version there.
    void trainsOnWorkspaceVotesWithTwoProcesses() {
        if (qEnvironmentVariableIsEmpty("PREFSTUDIO_CLI")) QSKIP("needs the prefstudio executable (PREFSTUDIO_CLI, set by CTest)");
        const QString model = dir_.filePath(QStringLiteral("text-model")), pairs = dir_.filePath(QStringLiteral("text-pairs.jsonl"));
        const QString wsPath = dir_.filePath(QStringLiteral("votes.prefstudio"));
        QVERIFY(tiny_text_model::make(model, 5));
        {
            QFile f(pairs);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 10; ++i)
                f.write(QStringLiteral("{\"prompt\": \"Where is my order %1?\", \"chosen\": \"Could you share the order number?\", "
                                       "\"rejected\": \"No idea %1.\"}\n")
                            .arg(i)
                            .toUtf8());
        }
        QProcess import;
        import.start(qEnvironmentVariable("PREFSTUDIO_CLI"), {QStringLiteral("import"), wsPath, pairs});
        QVERIFY(import.waitForFinished(60000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        auto ws = store::Workspace::open(wsPath);  // the studio's own connection, with the instance lock
        QVERIFY(ws.ok());
        ui::TrainView v;
        showView(v);
        v.setRunsRoot(runs_);
        v.setWorkspace(ws.value().get());
        QCOMPARE(v.pairsSource(), ui::TrainView::PairsSource::Workspace);
        typeInto(child<QLineEdit>(v, "baseModelEdit"), model);
        auto* toggle = child<QToolButton>(v, "advancedToggle");
        if (!toggle->isChecked()) QTest::mouseClick(toggle, Qt::LeftButton);
        typeInto(child<QSpinBox>(v, "maxStepsSpin"), QStringLiteral("2"));
        typeInto(child<QSpinBox>(v, "processesSpin"), QStringLiteral("2"));
        QSignalSpy finished(&v, &ui::TrainView::runFinished);
        QVERIFY(child<QPushButton>(v, "trainButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(v, "trainButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 180000);
        const ui::TrainOutcome out = outcomeOf(finished);
        const QString log = child<QPlainTextEdit>(v, "trainLog")->toPlainText();
        QVERIFY2(out.ok, qPrintable(out.error + QLatin1Char('\n') + log));
        QVERIFY2(log.contains(QLatin1String("data-parallel: 2 ranks")), qPrintable(log));
        QVERIFY(out.modelVersionId > 0);
        QVERIFY2(out.comparisonId > 0, qPrintable(out.evaluationError));  // rank 0's continuous evaluation, read from its JSON line
        auto runs = ws.value()->runs();
        QVERIFY(runs.ok());
        QCOMPARE(int(runs->size()), 1);  // one run, not one per rank
        QCOMPARE(runs->front().status, store::RunStatus::Finished);
        QCOMPARE(runs->front().outputModelVersionId, std::optional<store::Id>(out.modelVersionId));
        v.setWorkspace(nullptr);
    }

    void cancelsAndResumes() {
        ui::TrainView v;
        showView(v);
        fill(v, data_, 40, QStringLiteral("1e-3"));
        typeInto(child<QSpinBox>(v, "evalEverySpin"), QStringLiteral("0"));
        const QString runDir = child<QLineEdit>(v, "runFolderEdit")->text();
        auto* train = child<QPushButton>(v, "trainButton");
        auto* bar = child<QProgressBar>(v, "progressBar");
        QSignalSpy finished(&v, &ui::TrainView::runFinished);
        QElapsedTimer wall;
        wall.start();
        GapMeter gaps;
        QTest::mouseClick(train, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() == 40 && bar->value() >= 1, 120000);
        QTest::mouseClick(child<QPushButton>(v, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        ui::TrainOutcome out = outcomeOf(finished);
        QVERIFY2(out.cancelled, qPrintable(out.error));
        QVERIFY(out.steps >= 1 && out.steps < 40);
        const int64_t stoppedAt = out.steps;
        QVERIFY(child<QLabel>(v, "resultLabel")->text().contains(QLatin1String("press Resume")));
        QCOMPARE(child<QLineEdit>(v, "runFolderEdit")->text(), runDir);
        QCOMPARE(train->text(), QStringLiteral("Resume"));
        QVERIFY(train->isEnabled());

        QTest::mouseClick(train, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 180000);
        const double maxGap = gaps.maxGapMs();
        qInfo("40-step run with cancel and resume: %.1f s; longest GUI-thread stall: %.1f ms", double(wall.elapsed()) / 1e3, maxGap);
        QVERIFY2(maxGap < 200, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(maxGap)));
        out = outcomeOf(finished, 1);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.resumedFrom, stoppedAt);
        QCOMPARE(out.steps, int64_t(40));
        const QString log = child<QPlainTextEdit>(v, "trainLog")->toPlainText();
        QVERIFY2(log.contains(QLatin1String("resumed")), qPrintable(log));
        // The charts hold the whole run: the steps before the stop are replayed from the checkpoint.
        QCOMPARE(v.chart(QStringLiteral("loss"))->trainSeries()->count(), 40);
        QCOMPARE(bar->value(), 40);
        QVERIFY(QFileInfo::exists(out.modelDir + QStringLiteral("/config.json")));
    }

    void invalidSettingsDisableTrain() {
        ui::TrainView v;
        showView(v);
        fill(v, data_, 6, QStringLiteral("1e-2"));
        auto* train = child<QPushButton>(v, "trainButton");
        auto* message = child<QLabel>(v, "validationLabel");
        QVERIFY2(train->isEnabled(), qPrintable(message->text()));
        auto* beta = child<QLineEdit>(v, "betaEdit");
        typeInto(beta, QStringLiteral("0"));
        QVERIFY(!train->isEnabled());
        QVERIFY2(message->text().contains(QLatin1String("beta must be positive")), qPrintable(message->text()));
        QVERIFY(message->isVisible());
        typeInto(beta, QStringLiteral("abc"));
        QVERIFY(!train->isEnabled());
        QVERIFY2(message->text().contains(QLatin1String("not a number")), qPrintable(message->text()));
        typeInto(beta, QStringLiteral("0.1"));
        QVERIFY2(train->isEnabled(), qPrintable(message->text()));
        QVERIFY(!message->isVisible());
        typeInto(child<QLineEdit>(v, "loraDropoutEdit"), QStringLiteral("1.5"));
        QVERIFY(!train->isEnabled());
        QVERIFY2(message->text().contains(QLatin1String("lora_dropout")), qPrintable(message->text()));
        // Choosing a preset puts its defaults back; full fine-tuning disables the LoRA fields.
        auto* preset = child<QComboBox>(v, "presetCombo");
        preset->setFocus();
        QTest::keyClick(preset, Qt::Key_End);
        QVERIFY(!child<QLineEdit>(v, "loraDropoutEdit")->isEnabled());
        QCOMPARE(child<QLineEdit>(v, "loraDropoutEdit")->text(), QStringLiteral("0.05"));
        QCOMPARE(child<QLineEdit>(v, "learningRateEdit")->text(), QStringLiteral("1e-06"));
        QVERIFY2(train->isEnabled(), qPrintable(message->text()));
    }

    void missingModelFolderShowsTheError() {
        ui::TrainView v;
        showView(v);
        fill(v, data_, 6, QStringLiteral("1e-2"));
        auto* edit = child<QLineEdit>(v, "baseModelEdit");
        auto* summary = child<QLabel>(v, "modelSummary");
        typeInto(edit, dir_.filePath(QStringLiteral("no-such-model")));
        QVERIFY2(summary->text().contains(QLatin1String("does not exist")), qPrintable(summary->text()));
        QVERIFY(!child<QPushButton>(v, "trainButton")->isEnabled());
        QVERIFY(child<QLabel>(v, "validationLabel")->text().contains(QLatin1String("base model")));
        typeInto(edit, dir_.path());  // a folder, but not a model
        QVERIFY2(summary->text().contains(QLatin1String("config.json")) && summary->text().contains(QLatin1String("cannot read file")),
                 qPrintable(summary->text()));
        QVERIFY(!child<QPushButton>(v, "trainButton")->isEnabled());
        typeInto(edit, model_);
        QVERIFY(child<QPushButton>(v, "trainButton")->isEnabled());
    }

    void trainerErrorsAreShown() {
        ui::TrainView v;
        showView(v);
        fill(v, badData_, 6, QStringLiteral("1e-2"));
        QSignalSpy finished(&v, &ui::TrainView::runFinished);
        QTest::mouseClick(child<QPushButton>(v, "trainButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        const ui::TrainOutcome out = outcomeOf(finished);
        QVERIFY(!out.ok && !out.cancelled);
        QVERIFY2(out.error.contains(QLatin1String("outside the vocabulary")), qPrintable(out.error));
        QVERIFY(child<QLabel>(v, "resultLabel")->text().contains(QLatin1String("outside the vocabulary")));
        QVERIFY(child<QPlainTextEdit>(v, "trainLog")->toPlainText().contains(QLatin1String("outside the vocabulary")));
        QCOMPARE(child<QLabel>(v, "phaseLabel")->text(), QStringLiteral("Failed"));
        QVERIFY(child<QPushButton>(v, "trainButton")->isEnabled());  // fix the data and try again
    }

    void runListLoadsAndComparesRuns() {
        QVERIFY2(!finishedRun_.isEmpty(), "needs the run of trainsToTheEndWithLiveCharts");
        ui::TrainView v;
        showView(v);
        v.setRunsRoot(runs_);
        auto* runs = child<QTreeWidget>(v, "runList");
        QTreeWidgetItem* item = nullptr;
        QTreeWidgetItem* other = nullptr;
        for (int i = 0; i < runs->topLevelItemCount(); ++i) {
            QTreeWidgetItem* it = runs->topLevelItem(i);
            if (it->data(0, Qt::UserRole).toString() == finishedRun_)
                item = it;
            else if (it->text(8) == QLatin1String("finished"))
                other = it;
        }
        QVERIFY(item && other);
        QCOMPARE(item->text(1), QStringLiteral("LoRA r16"));
        QCOMPARE(item->text(4), QStringLiteral("0.01"));
        QVERIFY(!item->text(7).isEmpty());  // eval accuracy of the last evaluation
        runs->scrollToItem(item);
        QTest::mouseClick(runs->viewport(), Qt::LeftButton, {}, runs->visualItemRect(item).center());
        QCOMPARE(runs->selectedItems().size(), 1);
        QCOMPARE(child<QLineEdit>(v, "learningRateEdit")->text(), QStringLiteral("0.01"));
        QCOMPARE(child<QSpinBox>(v, "maxStepsSpin")->value(), 6);
        QCOMPARE(child<QLineEdit>(v, "baseModelEdit")->text(), model_);
        QCOMPARE(child<QLineEdit>(v, "dataFileEdit")->text(), data_);
        QVERIFY(child<QLineEdit>(v, "runFolderEdit")->text() != finishedRun_);  // finished: a template for a new run
        QCOMPARE(v.chart(QStringLiteral("loss"))->groupCount(), 1);
        QCOMPARE(v.chart(QStringLiteral("loss"))->trainSeries(0)->count(), 6);
        QVERIFY(v.chart(QStringLiteral("loss"))->evalSeries(0)->count() >= 1);
        // Ctrl+click adds a second run: both are drawn for comparison.
        QTest::mouseClick(runs->viewport(), Qt::LeftButton, Qt::ControlModifier, runs->visualItemRect(other).center());
        QCOMPARE(runs->selectedItems().size(), 2);
        QCOMPARE(v.chart(QStringLiteral("loss"))->groupCount(), 2);
        QVERIFY(v.chart(QStringLiteral("loss"))->trainSeries(1)->count() > 0);
        QVERIFY(child<QPushButton>(v, "trainButton")->isEnabled());
    }

    // Axes grow and shrink with the values, stay within a metric's natural range,
    // and never ask Qt Charts for thousands of ticks (that once froze the GUI for seconds).
    void chartAxesFollowTheValues() {
        ui::MetricsChart c(QStringLiteral("grad_norm"));
        c.setValueBounds(0.0, std::nullopt);
        c.resize(300, 200);
        c.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c));
        const int g = c.addGroup(QStringLiteral("run"), Qt::blue);
        QElapsedTimer t;
        t.start();
        const double values[] = {0.4, 0.41, 500.0, 0.002, 1e-7, 3e4, 0.5};
        auto* x = qobject_cast<QValueAxis*>(c.chart()->axes(Qt::Horizontal).first());
        auto* y = qobject_cast<QValueAxis*>(c.chart()->axes(Qt::Vertical).first());
        int step = 0;
        for (double v : values) {
            c.append(g, false, ++step, v);
            QCoreApplication::processEvents();
            QVERIFY(y->min() <= v && v <= y->max());
            QVERIFY2((y->max() - y->min()) / y->tickInterval() <= 20, qPrintable(QString::number(y->tickInterval())));
            QVERIFY((x->max() - x->min()) / x->tickInterval() <= 20);
        }
        QVERIFY(y->min() >= 0);  // a gradient norm is never negative
        // A long history (e.g. a resumed run's log replayed) arrives as a burst: one update, not 2000.
        for (int i = 0; i < 2000; ++i) c.append(g, i % 7 == 0, ++step, 0.5 + 0.1 * std::sin(i));
        QCOMPARE(c.trainSeries(g)->count() + c.evalSeries(g)->count(), 7);  // queued until the event loop runs
        QCoreApplication::processEvents();
        QCOMPARE(c.trainSeries(g)->count() + c.evalSeries(g)->count(), 2007);
        QVERIFY((x->max() - x->min()) / x->tickInterval() <= 20);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        ui::MetricsChart acc(QStringLiteral("rewards/accuracies"));
        acc.setValueBounds(0.0, 1.0);
        const int a = acc.addGroup(QStringLiteral("run"), Qt::red);
        acc.append(a, true, 1, 1.0);
        acc.append(a, true, 2, 0.5);
        acc.flush();
        QCOMPARE(acc.evalSeries(a)->count(), 2);
        auto* ay = qobject_cast<QValueAxis*>(acc.chart()->axes(Qt::Vertical).first());
        QVERIFY(ay->max() <= 1.0 && ay->min() >= 0.0 && ay->min() <= 0.5);
        acc.clear();
        QCOMPARE(acc.groupCount(), 0);
    }

    // Not a check: a picture of the studio for people (PS_SCREENSHOT=/tmp/x.png).
    void screenshot() {
        const QString path = qEnvironmentVariable("PS_SCREENSHOT");
        if (path.isEmpty()) QSKIP("set PS_SCREENSHOT to save a picture of the Train tab");
        if (const QString lang = qEnvironmentVariable("PS_SCREENSHOT_LANG"); !lang.isEmpty()) installTranslation(lang);
        ui::MainWindow w;
        w.resize(1400, 900);
        w.showTrainView();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::TrainView& v = *w.trainView();
        fill(v, data_, 30, QStringLiteral("1e-2"));
        typeInto(child<QSpinBox>(v, "evalEverySpin"), QStringLiteral("5"));
        QSignalSpy finished(&v, &ui::TrainView::runFinished);
        QTest::mouseClick(child<QPushButton>(v, "trainButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 300000);
        QTest::qWait(300);
        QVERIFY(w.grab().save(path));
        qInfo("saved %s", qPrintable(path));
        installTranslation(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTrainView)
#include "tst_train_view.moc"
