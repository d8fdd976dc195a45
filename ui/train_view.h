// train_view.h — the Train tab: choose a base model, the pairs and a run
// folder, pick a preset (LoRA quick / full fine-tune) and advanced settings
// (ps::train::DpoConfig, field for field), press Train; watch live charts of
// the TRL metrics, progress, tokens/s, ETA and memory; cancel and resume; and
// compare earlier runs from the run list. Training runs in TrainController's
// worker thread; this widget only reacts to its queued signals.
#pragma once

#include "run_folder.h"
#include "train/dpo_config.h"
#include "train_controller.h"
#include "util/result.h"

#include <QWidget>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QToolButton;
class QTreeWidget;

namespace ps::store {
class Workspace;
}

namespace ps::ui {

class MetricsChart;

class TrainView : public QWidget {
    Q_OBJECT
public:
    explicit TrainView(QWidget* parent = nullptr);
    ~TrainView() override;

    // Folder whose sub-folders are listed as runs and where new run folders are
    // made; default: <AppDataLocation>/runs.
    void setRunsRoot(const QString& dir);
    QString runsRoot() const { return runsRoot_; }
    // Fills the base model field (e.g. from File > Open model) when it is empty or `force`.
    void setBaseModel(const QString& dir, bool force = false);
    // The open workspace (or nullptr): its votes become a source of pairs,
    // chosen by default; runs on it are recorded there.
    void setWorkspace(store::Workspace* workspace);
    // Where the pairs come from: the open workspace's votes or a JSONL file.
    enum class PairsSource { Workspace, File };
    void setPairsSource(PairsSource source);
    PairsSource pairsSource() const;
    // Fills the pairs file field (e.g. the demo's exported pairs) when it is empty or `force`.
    void setDataFile(const QString& path, bool force = false);
    // The settings in the form, or why they cannot be read (not yet validated).
    Result<train::DpoConfig> formConfig() const;
    // Puts `config` into the form (the preset follows config.lora).
    void setFormConfig(const train::DpoConfig& config);
    // Held-out prompts the base and the tuned model answer after a workspace
    // run (its before/after comparison); default train::TrainJobSpec's.
    void setEvaluationPrompts(int n) { evaluationPrompts_ = n < 0 ? 0 : n; }
    TrainController* controller() const { return controller_; }
    MetricsChart* chart(const QString& metric) const;
    // Re-reads the run list from the runs root.
    void refreshRuns();

Q_SIGNALS:
    void runFinished(const ps::ui::TrainOutcome& outcome);
    // The user asked to see the run's before/after comparison.
    void beforeAfterRequested();

protected:
    void changeEvent(QEvent* event) override;
    // Re-counts the workspace's labelled pairs: votes cast in the Annotate tab since.
    void showEvent(QShowEvent* event) override;

private:
    enum class Preset { Lora, Full };
    void buildUi();
    void retranslate();
    void applyPreset(Preset preset);
    void newRunFolder();
    void browseModel();
    void browseData();
    void browseRunFolder();
    void updateModelSummary();
    void updateDataSummary();
    void updateState();
    void startTraining();
    void selectRuns();
    void clearCharts();
    int addChartGroup(const QString& name);
    void addMetrics(int group, const train::MetricRow& row);
    void onProgress(const train::TrainProgress& p);
    void onFinished(const TrainOutcome& outcome);
    void renderProgress();
    void renderOutcome();
    void renderLegend();
    void fitFormWidth();
    void setRunning(bool running);

    TrainController* controller_ = nullptr;
    QString runsRoot_;
    train::DpoConfig base_;  // settings without a field in the form keep these values
    bool modelOk_ = false, dataOk_ = false;
    QStringList sessionRuns_;  // run folders trained here that lie outside the runs root
    std::optional<train::TrainProgress> lastProgress_;       // latest of any phase
    std::optional<train::TrainProgress> lastTrainProgress_;  // latest optimizer step
    QString activeRunDir_;
    bool sawTrainPhase_ = false;
    bool loading_ = false;  // the form is being filled programmatically
    RunInfo runInfo_;       // the run folder field's folder, read when it changes
    bool runInfoStale_ = true;
    QString dataCountKey_;  // path, size and time of the pairs file whose lines were counted
    qint64 dataLines_ = 0;
    std::optional<TrainOutcome> lastOutcome_;
    int evaluationPrompts_ = train::TrainJobSpec{}.evalPrompts;

    // Static texts, set again on a language change: (widget, untranslated text).
    std::vector<std::pair<QWidget*, const char*>> texts_;

    QWidget* leftColumn_ = nullptr;
    QScrollArea* formScroll_ = nullptr;
    QWidget* form_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QLineEdit* modelEdit_ = nullptr;
    QLabel* modelSummary_ = nullptr;
    store::Workspace* workspace_ = nullptr;
    QComboBox* sourceCombo_ = nullptr;
    QWidget* dataRow_ = nullptr;
    QLineEdit* dataEdit_ = nullptr;
    QLabel* dataSummary_ = nullptr;
    QLineEdit* runDirEdit_ = nullptr;
    QLabel* runDirStatus_ = nullptr;
    QComboBox* presetCombo_ = nullptr;
    QToolButton* advancedToggle_ = nullptr;
    QWidget* advancedPanel_ = nullptr;
    QComboBox* lossCombo_ = nullptr;
    QLineEdit* betaEdit_ = nullptr;
    QLineEdit* lrEdit_ = nullptr;
    QLineEdit* epochsEdit_ = nullptr;
    QSpinBox* maxStepsSpin_ = nullptr;
    QSpinBox* batchSpin_ = nullptr;
    QSpinBox* gradAccumSpin_ = nullptr;
    QLineEdit* warmupEdit_ = nullptr;
    QComboBox* schedulerCombo_ = nullptr;
    QSpinBox* loraRSpin_ = nullptr;
    QLineEdit* loraAlphaEdit_ = nullptr;
    QLineEdit* loraDropoutEdit_ = nullptr;
    QLineEdit* loraTargetsEdit_ = nullptr;
    QSpinBox* maxLengthSpin_ = nullptr;
    QSpinBox* seedSpin_ = nullptr;
    QSpinBox* processesSpin_ = nullptr;  // data-parallel ranks (1: in this process)
    QSpinBox* evalEverySpin_ = nullptr;
    QSpinBox* saveEverySpin_ = nullptr;
    QCheckBox* bf16Check_ = nullptr;
    QCheckBox* checkpointingCheck_ = nullptr;
    QList<QWidget*> loraFields_;
    QList<QWidget*> formWidgets_;  // disabled while a run is going
    QLabel* validation_ = nullptr;
    QPushButton* trainButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QLabel* result_ = nullptr;

    QProgressBar* progress_ = nullptr;
    QLabel* phase_ = nullptr;
    QLabel* tokens_ = nullptr;
    QLabel* eta_ = nullptr;
    QLabel* memory_ = nullptr;
    QLabel* epoch_ = nullptr;
    std::vector<MetricsChart*> charts_;
    QLabel* legend_ = nullptr;
    QStringList legendNames_;
    QPlainTextEdit* log_ = nullptr;
    QTreeWidget* runList_ = nullptr;
    QPushButton* refreshRuns_ = nullptr;
};

}  // namespace ps::ui
