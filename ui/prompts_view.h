// prompts_view.h — the Prompts tab of the open workspace: a lazily loaded
// table of prompts (PromptTableModel) with a text filter and language /
// category filters; Import… (prompts or TRL preference files) and Export
// preferences… (TRL JSONL or CSV) on a worker thread with progress; and the
// "Generate candidates" panel: model folders or registered versions, N,
// sampling, which prompts, Start / Cancel, with progress, tokens/s, ETA and the
// text streaming in (CandidateController's worker thread). Rows update as
// prompts finish.
//
// File dialogs live only in the thin choose…() wrappers; importFrom(),
// exportTo() and addModelFolder() take paths, so tests drive the view without
// modal dialogs. Errors are shown in the view, not in message boxes.
#pragma once

#include "candidate_controller.h"
#include "data_transfer.h"
#include "store/types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace ps::store {
class Workspace;
}

namespace ps::ui {

class PromptTableModel;

class PromptsView : public QWidget {
    Q_OBJECT
public:
    explicit PromptsView(QWidget* parent = nullptr);
    ~PromptsView() override;

    PromptTableModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    CandidateController* generator() const { return generator_; }
    DataTransfer* transfer() const { return transfer_; }
    bool isGenerating() const { return generator_->isRunning(); }
    bool isTransferring() const { return transfer_->isRunning(); }

    // Starts importing / exporting on the worker thread; false (with the reason
    // shown in the view) when that cannot start now.
    bool importFrom(const QString& path);
    bool exportTo(const QString& path);
    // Adds a model folder to the generation sources.
    void addModelFolder(const QString& dir);
    // The generation settings of the panel; an error when they cannot work.
    Result<gen::CandidateJobSpec> generationSpec() const;
    // Starts generating with the panel's settings; false (reason shown) when it cannot.
    bool startGeneration();

public Q_SLOTS:
    // The workspace to show (nullptr: none). A running job is cancelled.
    void setWorkspace(ps::store::Workspace* workspace);
    void chooseImportFile();
    void chooseExportFile();
    void chooseModelFolder();

Q_SIGNALS:
    void transferFinished(const ps::ui::TransferOutcome& outcome);
    void generationFinished(const ps::ui::CandidateOutcome& outcome);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void applyFilter();
    void refreshFilterChoices();
    void refreshModelVersions();
    void addModelVersionSource();
    void removeSource();
    void updateState();
    void updateCount();
    void showMessage(QLabel* label, const QString& text, bool error);
    void onTransferFinished(const TransferOutcome& outcome);
    void onProgress(const gen::CandidateProgress& p);
    void onGenerationFinished(const CandidateOutcome& outcome);

    store::Workspace* ws_ = nullptr;
    PromptTableModel* model_ = nullptr;
    CandidateController* generator_ = nullptr;
    DataTransfer* transfer_ = nullptr;
    QTimer* filterTimer_ = nullptr;

    QLineEdit* filterEdit_ = nullptr;
    QComboBox* languageCombo_ = nullptr;
    QComboBox* categoryCombo_ = nullptr;
    QCheckBox* unpairedCheck_ = nullptr;
    QLabel* countLabel_ = nullptr;
    QTableView* table_ = nullptr;

    QGroupBox* dataBox_ = nullptr;
    QPushButton* importButton_ = nullptr;
    QPushButton* exportButton_ = nullptr;
    QCheckBox* includeTiesCheck_ = nullptr;
    QCheckBox* includeBothBadCheck_ = nullptr;
    QCheckBox* includeSkipsCheck_ = nullptr;
    QCheckBox* editsAsChosenCheck_ = nullptr;
    QCheckBox* respectExclusionsCheck_ = nullptr;
    QProgressBar* transferProgress_ = nullptr;
    QPushButton* transferCancelButton_ = nullptr;
    QLabel* transferMessage_ = nullptr;

    QGroupBox* generateBox_ = nullptr;
    QLabel* sourcesLabel_ = nullptr;
    QListWidget* sourcesList_ = nullptr;
    QPushButton* addFolderButton_ = nullptr;
    QComboBox* versionCombo_ = nullptr;
    QPushButton* addVersionButton_ = nullptr;
    QPushButton* removeSourceButton_ = nullptr;
    QLabel* candidatesLabel_ = nullptr;
    QSpinBox* candidatesSpin_ = nullptr;
    QLabel* temperatureLabel_ = nullptr;
    QDoubleSpinBox* temperatureSpin_ = nullptr;
    QLabel* topPLabel_ = nullptr;
    QDoubleSpinBox* topPSpin_ = nullptr;
    QLabel* maxTokensLabel_ = nullptr;
    QSpinBox* maxTokensSpin_ = nullptr;
    QLabel* seedLabel_ = nullptr;
    QSpinBox* seedSpin_ = nullptr;
    QLabel* pairingLabel_ = nullptr;
    QComboBox* pairingCombo_ = nullptr;
    QLabel* scopeLabel_ = nullptr;
    QComboBox* scopeCombo_ = nullptr;
    QPushButton* startButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QProgressBar* generateProgress_ = nullptr;
    QLabel* generateStats_ = nullptr;
    QPlainTextEdit* streamText_ = nullptr;
    QLabel* generateMessage_ = nullptr;
    bool transferIsImport_ = true;
};

}  // namespace ps::ui
