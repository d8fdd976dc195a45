#include "prompts_view.h"

#include "prompt_table_model.h"
#include "store/prompt_list.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <set>

namespace ps::ui {

namespace {
constexpr int kDirRole = Qt::UserRole;
constexpr int kVersionRole = Qt::UserRole + 1;

QString durationText(double seconds) {
    if (seconds < 0) return QStringLiteral("–");
    const qint64 s = std::llround(seconds);
    if (s >= 3600) return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

PromptsView::PromptsView(QWidget* parent) : QWidget(parent) {
    model_ = new PromptTableModel(this);
    generator_ = new CandidateController(this);
    transfer_ = new DataTransfer(this);
    filterTimer_ = new QTimer(this);
    filterTimer_->setSingleShot(true);
    filterTimer_->setInterval(250);  // filter as the user types, not on every key
    connect(filterTimer_, &QTimer::timeout, this, &PromptsView::applyFilter);
    buildUi();
    connect(model_, &PromptTableModel::totalCountChanged, this, &PromptsView::updateCount);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &PromptsView::updateCount);
    connect(transfer_, &DataTransfer::progressChanged, this, [this](qint64 done, qint64 total) {
        // Bytes can exceed int: show per mille.
        transferProgress_->setRange(0, 1000);
        transferProgress_->setValue(total > 0 ? int(1000.0 * double(done) / double(total)) : 0);
    });
    connect(transfer_, &DataTransfer::finished, this, &PromptsView::onTransferFinished);
    connect(generator_, &CandidateController::progressChanged, this, &PromptsView::onProgress);
    connect(generator_, &CandidateController::promptDone, this, [this](const gen::PromptCandidates& p) { model_->refreshPrompt(p.promptId); });
    connect(generator_, &CandidateController::finished, this, &PromptsView::onGenerationFinished);
    retranslate();
    updateState();
}

PromptsView::~PromptsView() = default;

void PromptsView::buildUi() {
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("promptsSplitter"));
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(split);

    // Left: filters, table, import/export.
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    filterEdit_ = new QLineEdit(left);
    filterEdit_->setObjectName(QStringLiteral("filterEdit"));
    filterEdit_->setClearButtonEnabled(true);
    languageCombo_ = new QComboBox(left);
    languageCombo_->setObjectName(QStringLiteral("languageCombo"));
    categoryCombo_ = new QComboBox(left);
    categoryCombo_->setObjectName(QStringLiteral("categoryCombo"));
    unpairedCheck_ = new QCheckBox(left);
    unpairedCheck_->setObjectName(QStringLiteral("unpairedCheck"));
    countLabel_ = new QLabel(left);
    countLabel_->setObjectName(QStringLiteral("countLabel"));
    filters->addWidget(filterEdit_, 1);
    filters->addWidget(languageCombo_);
    filters->addWidget(categoryCombo_);
    filters->addWidget(unpairedCheck_);
    filters->addWidget(countLabel_);
    leftLayout->addLayout(filters);
    connect(filterEdit_, &QLineEdit::textChanged, filterTimer_, qOverload<>(&QTimer::start));
    connect(languageCombo_, &QComboBox::activated, this, &PromptsView::applyFilter);
    connect(categoryCombo_, &QComboBox::activated, this, &PromptsView::applyFilter);
    connect(unpairedCheck_, &QCheckBox::toggled, this, &PromptsView::applyFilter);

    table_ = new QTableView(left);
    table_->setObjectName(QStringLiteral("promptTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setWordWrap(false);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // uniform rows: no per-row measuring on 10k rows
    table_->horizontalHeader()->setSectionResizeMode(PromptTableModel::Text, QHeaderView::Stretch);
    for (int c = PromptTableModel::Language; c < PromptTableModel::ColumnCount; ++c)
        table_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    leftLayout->addWidget(table_, 1);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PromptsView::updateState);

    dataBox_ = new QGroupBox(left);
    auto* dataLayout = new QVBoxLayout(dataBox_);
    auto* dataButtons = new QHBoxLayout;
    importButton_ = new QPushButton(dataBox_);
    importButton_->setObjectName(QStringLiteral("importButton"));
    exportButton_ = new QPushButton(dataBox_);
    exportButton_->setObjectName(QStringLiteral("exportButton"));
    connect(importButton_, &QPushButton::clicked, this, &PromptsView::chooseImportFile);
    connect(exportButton_, &QPushButton::clicked, this, &PromptsView::chooseExportFile);
    dataButtons->addWidget(importButton_);
    dataButtons->addWidget(exportButton_);
    includeTiesCheck_ = new QCheckBox(dataBox_);
    includeTiesCheck_->setObjectName(QStringLiteral("includeTiesCheck"));
    includeBothBadCheck_ = new QCheckBox(dataBox_);
    includeBothBadCheck_->setObjectName(QStringLiteral("includeBothBadCheck"));
    includeSkipsCheck_ = new QCheckBox(dataBox_);
    includeSkipsCheck_->setObjectName(QStringLiteral("includeSkipsCheck"));
    editsAsChosenCheck_ = new QCheckBox(dataBox_);
    editsAsChosenCheck_->setObjectName(QStringLiteral("editsAsChosenCheck"));
    editsAsChosenCheck_->setChecked(true);
    respectExclusionsCheck_ = new QCheckBox(dataBox_);
    respectExclusionsCheck_->setObjectName(QStringLiteral("respectExclusionsCheck"));
    respectExclusionsCheck_->setChecked(true);
    for (QCheckBox* c : {includeTiesCheck_, includeBothBadCheck_, includeSkipsCheck_, editsAsChosenCheck_, respectExclusionsCheck_})
        dataButtons->addWidget(c);
    dataButtons->addStretch(1);
    dataLayout->addLayout(dataButtons);
    auto* transferRow = new QHBoxLayout;
    transferProgress_ = new QProgressBar(dataBox_);
    transferProgress_->setObjectName(QStringLiteral("transferProgress"));
    transferCancelButton_ = new QPushButton(dataBox_);
    transferCancelButton_->setObjectName(QStringLiteral("transferCancelButton"));
    connect(transferCancelButton_, &QPushButton::clicked, transfer_, &DataTransfer::cancel);
    transferRow->addWidget(transferProgress_, 1);
    transferRow->addWidget(transferCancelButton_);
    dataLayout->addLayout(transferRow);
    transferMessage_ = new QLabel(dataBox_);
    transferMessage_->setObjectName(QStringLiteral("transferMessage"));
    transferMessage_->setWordWrap(true);
    transferMessage_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dataLayout->addWidget(transferMessage_);
    leftLayout->addWidget(dataBox_);

    // Right: the generation panel.
    generateBox_ = new QGroupBox(split);
    generateBox_->setObjectName(QStringLiteral("generateBox"));
    auto* gen = new QVBoxLayout(generateBox_);
    sourcesLabel_ = new QLabel(generateBox_);
    gen->addWidget(sourcesLabel_);
    sourcesList_ = new QListWidget(generateBox_);
    sourcesList_->setObjectName(QStringLiteral("sourcesList"));
    sourcesList_->setMaximumHeight(90);
    gen->addWidget(sourcesList_);
    auto* sourceButtons = new QHBoxLayout;
    addFolderButton_ = new QPushButton(generateBox_);
    addFolderButton_->setObjectName(QStringLiteral("addFolderButton"));
    versionCombo_ = new QComboBox(generateBox_);
    versionCombo_->setObjectName(QStringLiteral("versionCombo"));
    addVersionButton_ = new QPushButton(generateBox_);
    addVersionButton_->setObjectName(QStringLiteral("addVersionButton"));
    removeSourceButton_ = new QPushButton(generateBox_);
    removeSourceButton_->setObjectName(QStringLiteral("removeSourceButton"));
    connect(addFolderButton_, &QPushButton::clicked, this, &PromptsView::chooseModelFolder);
    connect(addVersionButton_, &QPushButton::clicked, this, &PromptsView::addModelVersionSource);
    connect(removeSourceButton_, &QPushButton::clicked, this, &PromptsView::removeSource);
    connect(sourcesList_, &QListWidget::itemSelectionChanged, this, &PromptsView::updateState);
    sourceButtons->addWidget(addFolderButton_);
    sourceButtons->addWidget(versionCombo_, 1);
    sourceButtons->addWidget(addVersionButton_);
    sourceButtons->addWidget(removeSourceButton_);
    gen->addLayout(sourceButtons);

    auto* form = new QFormLayout;
    candidatesLabel_ = new QLabel(generateBox_);
    candidatesSpin_ = new QSpinBox(generateBox_);
    candidatesSpin_->setObjectName(QStringLiteral("candidatesSpin"));
    candidatesSpin_->setRange(1, 16);
    candidatesSpin_->setValue(2);
    temperatureLabel_ = new QLabel(generateBox_);
    temperatureSpin_ = new QDoubleSpinBox(generateBox_);
    temperatureSpin_->setObjectName(QStringLiteral("temperatureSpin"));
    temperatureSpin_->setRange(0.0, 2.0);
    temperatureSpin_->setSingleStep(0.05);
    temperatureSpin_->setValue(0.8);
    topPLabel_ = new QLabel(generateBox_);
    topPSpin_ = new QDoubleSpinBox(generateBox_);
    topPSpin_->setObjectName(QStringLiteral("topPSpin"));
    topPSpin_->setRange(0.05, 1.0);
    topPSpin_->setSingleStep(0.05);
    topPSpin_->setValue(0.95);
    maxTokensLabel_ = new QLabel(generateBox_);
    maxTokensSpin_ = new QSpinBox(generateBox_);
    maxTokensSpin_->setObjectName(QStringLiteral("maxTokensSpin"));
    maxTokensSpin_->setRange(1, 8192);
    maxTokensSpin_->setValue(256);
    seedLabel_ = new QLabel(generateBox_);
    seedSpin_ = new QSpinBox(generateBox_);
    seedSpin_->setObjectName(QStringLiteral("seedSpin"));
    seedSpin_->setRange(0, std::numeric_limits<int>::max());
    pairingLabel_ = new QLabel(generateBox_);
    pairingCombo_ = new QComboBox(generateBox_);
    pairingCombo_->setObjectName(QStringLiteral("pairingCombo"));
    pairingCombo_->addItems({QString(), QString()});
    scopeLabel_ = new QLabel(generateBox_);
    scopeCombo_ = new QComboBox(generateBox_);
    scopeCombo_->setObjectName(QStringLiteral("scopeCombo"));
    scopeCombo_->addItems({QString(), QString()});  // 0: all without pairs, 1: selected rows
    connect(scopeCombo_, &QComboBox::currentIndexChanged, this, &PromptsView::updateState);
    form->addRow(candidatesLabel_, candidatesSpin_);
    form->addRow(temperatureLabel_, temperatureSpin_);
    form->addRow(topPLabel_, topPSpin_);
    form->addRow(maxTokensLabel_, maxTokensSpin_);
    form->addRow(seedLabel_, seedSpin_);
    form->addRow(pairingLabel_, pairingCombo_);
    form->addRow(scopeLabel_, scopeCombo_);
    gen->addLayout(form);

    auto* runButtons = new QHBoxLayout;
    startButton_ = new QPushButton(generateBox_);
    startButton_->setObjectName(QStringLiteral("startButton"));
    cancelButton_ = new QPushButton(generateBox_);
    cancelButton_->setObjectName(QStringLiteral("cancelButton"));
    connect(startButton_, &QPushButton::clicked, this, &PromptsView::startGeneration);
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        generator_->cancel();
        cancelButton_->setEnabled(false);
        showMessage(generateMessage_, tr("Cancelling: the prompt in progress is dropped, finished prompts are kept…"), false);
    });
    runButtons->addWidget(startButton_);
    runButtons->addWidget(cancelButton_);
    gen->addLayout(runButtons);
    generateProgress_ = new QProgressBar(generateBox_);
    generateProgress_->setObjectName(QStringLiteral("generateProgress"));
    gen->addWidget(generateProgress_);
    generateStats_ = new QLabel(generateBox_);
    generateStats_->setObjectName(QStringLiteral("generateStats"));
    gen->addWidget(generateStats_);
    streamText_ = new QPlainTextEdit(generateBox_);
    streamText_->setObjectName(QStringLiteral("streamText"));
    streamText_->setReadOnly(true);
    gen->addWidget(streamText_, 1);
    generateMessage_ = new QLabel(generateBox_);
    generateMessage_->setObjectName(QStringLiteral("generateMessage"));
    generateMessage_->setWordWrap(true);
    generateMessage_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    gen->addWidget(generateMessage_);

    split->addWidget(left);
    split->addWidget(generateBox_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
}

void PromptsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void PromptsView::retranslate() {
    filterEdit_->setPlaceholderText(tr("Filter prompts by text…"));
    unpairedCheck_->setText(tr("Only without pairs"));
    refreshFilterChoices();
    dataBox_->setTitle(tr("Import and export"));
    importButton_->setText(tr("Import…"));
    importButton_->setToolTip(tr("Prompts (JSONL or CSV with a prompt column) or TRL preference pairs; all or nothing"));
    exportButton_->setText(tr("Export preferences…"));
    exportButton_->setToolTip(tr("The decided pairs as TRL JSONL (or CSV for a .csv file name)"));
    includeTiesCheck_->setText(tr("Ties"));
    includeBothBadCheck_->setText(tr("Both bad"));
    includeSkipsCheck_->setText(tr("Skips"));
    editsAsChosenCheck_->setText(tr("Edits as chosen"));
    respectExclusionsCheck_->setText(tr("Respect exclusions"));
    transferCancelButton_->setText(tr("Cancel"));
    generateBox_->setTitle(tr("Generate candidates"));
    sourcesLabel_->setText(tr("Models (one: N candidates with different seeds; several: one candidate each)"));
    addFolderButton_->setText(tr("Add folder…"));
    addVersionButton_->setText(tr("Add version"));
    removeSourceButton_->setText(tr("Remove"));
    candidatesLabel_->setText(tr("Candidates per model"));
    temperatureLabel_->setText(tr("Temperature"));
    temperatureSpin_->setToolTip(tr("0 is greedy decoding"));
    topPLabel_->setText(tr("Top-p"));
    maxTokensLabel_->setText(tr("Max new tokens"));
    seedLabel_->setText(tr("Seed"));
    seedSpin_->setToolTip(tr("Candidate k uses seed + k; the seed is stored with each answer"));
    pairingLabel_->setText(tr("Pairing"));
    pairingCombo_->setItemText(0, tr("All pairs"));
    pairingCombo_->setItemText(1, tr("Adjacent pairs"));
    scopeLabel_->setText(tr("Prompts"));
    scopeCombo_->setItemText(0, tr("All without pairs (language/category filters apply)"));
    scopeCombo_->setItemText(1, tr("Selected rows"));
    startButton_->setText(tr("Start"));
    cancelButton_->setText(tr("Cancel"));
    streamText_->setPlaceholderText(tr("Answers appear here as they are generated."));
    model_->retranslate();
    updateCount();
    refreshModelVersions();
}

void PromptsView::setWorkspace(store::Workspace* workspace) {
    if (generator_->isRunning()) generator_->cancel();  // finished prompts are kept in the old workspace
    if (transfer_->isRunning()) transfer_->cancel();
    ws_ = workspace;
    model_->setWorkspace(workspace);
    refreshFilterChoices();
    refreshModelVersions();
    // Sources registered in another workspace mean nothing here; folders stay.
    for (int i = sourcesList_->count() - 1; i >= 0; --i)
        if (sourcesList_->item(i)->data(kVersionRole).toLongLong() > 0) delete sourcesList_->takeItem(i);
    updateState();
}

void PromptsView::refreshFilterChoices() {
    const QString language = languageCombo_->currentData().toString(), category = categoryCombo_->currentData().toString();
    languageCombo_->clear();
    categoryCombo_->clear();
    languageCombo_->addItem(tr("All languages"), QString());
    categoryCombo_->addItem(tr("All categories"), QString());
    if (ws_) {
        if (auto l = store::promptLanguages(*ws_))
            for (const QString& s : l.value()) languageCombo_->addItem(s, s);
        if (auto c = store::promptCategories(*ws_))
            for (const QString& s : c.value()) categoryCombo_->addItem(s, s);
    }
    languageCombo_->setCurrentIndex(std::max(0, languageCombo_->findData(language)));
    categoryCombo_->setCurrentIndex(std::max(0, categoryCombo_->findData(category)));
}

void PromptsView::refreshModelVersions() {
    const qint64 current = versionCombo_->currentData().toLongLong();
    versionCombo_->clear();
    if (ws_) {
        if (auto versions = ws_->modelVersions())
            for (const store::ModelVersion& v : versions.value()) versionCombo_->addItem(v.name, v.id);
    }
    if (versionCombo_->count() == 0) versionCombo_->setPlaceholderText(tr("No registered model versions"));
    versionCombo_->setCurrentIndex(std::max(0, versionCombo_->findData(current)));
    updateState();
}

void PromptsView::applyFilter() {
    store::PromptFilter f;
    f.text = filterEdit_->text().trimmed();
    f.language = languageCombo_->currentData().toString();
    f.category = categoryCombo_->currentData().toString();
    f.unpairedOnly = unpairedCheck_->isChecked();
    model_->setFilter(f);
}

void PromptsView::updateCount() {
    const qint64 total = model_->totalCount();
    if (!model_->lastError().isEmpty())
        countLabel_->setText(tr("Cannot read the prompts: %1").arg(model_->lastError()));
    else
        countLabel_->setText(total < 0 ? QString() : tr("%1 prompts").arg(total));
}

void PromptsView::updateState() {
    if (!startButton_) return;
    const bool hasWs = ws_ != nullptr, generating = generator_->isRunning(), transferring = transfer_->isRunning();
    importButton_->setEnabled(hasWs && !transferring && !generating);  // an import's long write would stall the job's commits
    exportButton_->setEnabled(hasWs && !transferring);
    transferProgress_->setVisible(transferring);
    transferCancelButton_->setVisible(transferring);
    const bool needsSelection = scopeCombo_->currentIndex() == 1;
    const bool hasSelection = table_->selectionModel() && table_->selectionModel()->hasSelection();
    startButton_->setEnabled(hasWs && !generating && sourcesList_->count() > 0 && (!needsSelection || hasSelection));
    cancelButton_->setEnabled(generating);
    addVersionButton_->setEnabled(!generating && versionCombo_->count() > 0);
    addFolderButton_->setEnabled(!generating);
    removeSourceButton_->setEnabled(!generating && !sourcesList_->selectedItems().isEmpty());
    for (QWidget* w : std::initializer_list<QWidget*>{candidatesSpin_, temperatureSpin_, topPSpin_, maxTokensSpin_, seedSpin_, pairingCombo_, scopeCombo_})
        w->setEnabled(!generating);
}

void PromptsView::showMessage(QLabel* label, const QString& text, bool error) {
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    label->setText(text);
}

// --- import / export ------------------------------------------------------------

void PromptsView::chooseImportFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import prompts or preferences"), QSettings().value(QStringLiteral("ui/importDir")).toString(),
                                                      tr("Prompt and preference files (*.jsonl *.json *.csv);;All files (*)"));
    if (path.isEmpty()) return;
    QSettings().setValue(QStringLiteral("ui/importDir"), QFileInfo(path).absolutePath());
    importFrom(path);
}

void PromptsView::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export preferences"), QSettings().value(QStringLiteral("ui/importDir")).toString(),
                                                      tr("TRL JSONL (*.jsonl);;CSV (*.csv)"));
    if (!path.isEmpty()) exportTo(path);
}

bool PromptsView::importFrom(const QString& path) {
    if (!ws_) {
        showMessage(transferMessage_, tr("Open a workspace first."), true);
        return false;
    }
    if (generator_->isRunning() || !transfer_->startImport(ws_->path(), path)) {
        showMessage(transferMessage_, tr("Wait until the running import, export or generation has finished."), true);
        return false;
    }
    transferIsImport_ = true;
    transferProgress_->setRange(0, 0);
    showMessage(transferMessage_, tr("Importing %1…").arg(QFileInfo(path).fileName()), false);
    updateState();
    return true;
}

bool PromptsView::exportTo(const QString& path) {
    if (!ws_) {
        showMessage(transferMessage_, tr("Open a workspace first."), true);
        return false;
    }
    data::ExportOptions o;
    o.preferences.includeTies = includeTiesCheck_->isChecked();
    o.preferences.includeBothBad = includeBothBadCheck_->isChecked();
    o.preferences.includeSkips = includeSkipsCheck_->isChecked();
    o.preferences.editsAsChosen = editsAsChosenCheck_->isChecked();
    o.preferences.respectExclusions = respectExclusionsCheck_->isChecked();
    if (!transfer_->startExport(ws_->path(), path, o)) {
        showMessage(transferMessage_, tr("Wait until the running import or export has finished."), true);
        return false;
    }
    transferIsImport_ = false;
    transferProgress_->setRange(0, 0);
    showMessage(transferMessage_, tr("Exporting to %1…").arg(QFileInfo(path).fileName()), false);
    updateState();
    return true;
}

void PromptsView::onTransferFinished(const TransferOutcome& o) {
    const QString file = QFileInfo(o.path).fileName();
    if (o.ok && o.import) {
        const data::ImportReport& r = o.importReport;
        showMessage(transferMessage_,
                    tr("Imported %1: %2 records, %3 new prompts, %4 already present, %5 pairs, %6 votes.")
                        .arg(file)
                        .arg(r.records)
                        .arg(r.promptsAdded)
                        .arg(r.promptsReused + r.duplicatesSkipped)
                        .arg(r.pairsAdded)
                        .arg(r.votesAdded),
                    false);
        model_->reload();
        refreshFilterChoices();
    } else if (o.ok) {
        const data::ExportReport& r = o.exportReport;
        showMessage(transferMessage_, tr("Exported %1 examples to %2 (%3 from edits, %4 undecided).").arg(r.examples).arg(file).arg(r.fromEdits).arg(r.undecided),
                    false);
    } else if (o.cancelled) {
        showMessage(transferMessage_, o.import ? tr("Import cancelled: nothing was imported.") : tr("Export cancelled: no file was written."), false);
    } else {
        showMessage(transferMessage_, (o.import ? tr("Nothing was imported from %1: %2") : tr("The export to %1 failed: %2")).arg(file, o.error), true);
    }
    updateState();
    Q_EMIT transferFinished(o);
}

// --- generation ---------------------------------------------------------------------

void PromptsView::chooseModelFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Model folder"), QSettings().value(QStringLiteral("ui/candidateModelDir")).toString());
    if (dir.isEmpty()) return;
    QSettings().setValue(QStringLiteral("ui/candidateModelDir"), dir);
    addModelFolder(dir);
}

void PromptsView::addModelFolder(const QString& dir) {
    const QString path = QFileInfo(dir).absoluteFilePath();
    for (int i = 0; i < sourcesList_->count(); ++i)
        if (sourcesList_->item(i)->data(kDirRole).toString() == path) return;
    auto* item = new QListWidgetItem(path, sourcesList_);
    item->setData(kDirRole, path);
    item->setData(kVersionRole, qint64(0));
    item->setToolTip(path);
    // One model: two candidates to compare; several: one each.
    if (sourcesList_->count() == 2 && candidatesSpin_->value() == 2) candidatesSpin_->setValue(1);
    updateState();
}

void PromptsView::addModelVersionSource() {
    const qint64 id = versionCombo_->currentData().toLongLong();
    if (id <= 0) return;
    for (int i = 0; i < sourcesList_->count(); ++i)
        if (sourcesList_->item(i)->data(kVersionRole).toLongLong() == id) return;
    auto* item = new QListWidgetItem(tr("%1 (model version #%2)").arg(versionCombo_->currentText()).arg(id), sourcesList_);
    item->setData(kDirRole, QString());
    item->setData(kVersionRole, id);
    if (sourcesList_->count() == 2 && candidatesSpin_->value() == 2) candidatesSpin_->setValue(1);
    updateState();
}

void PromptsView::removeSource() {
    for (QListWidgetItem* item : sourcesList_->selectedItems()) delete item;
    if (sourcesList_->count() == 1 && candidatesSpin_->value() == 1) candidatesSpin_->setValue(2);
    updateState();
}

Result<gen::CandidateJobSpec> PromptsView::generationSpec() const {
    if (!ws_) return makeError(tr("Open a workspace first."));
    gen::CandidateJobSpec s;
    s.workspacePath = ws_->path();
    s.instanceLock = false;  // the studio holds the workspace's lock
    for (int i = 0; i < sourcesList_->count(); ++i) {
        const QListWidgetItem* item = sourcesList_->item(i);
        const qint64 version = item->data(kVersionRole).toLongLong();
        s.sources.push_back({item->data(kDirRole).toString(), version > 0 ? std::optional<store::Id>(version) : std::nullopt});
    }
    s.candidatesPerSource = candidatesSpin_->value();
    s.sampling.temperature = temperatureSpin_->value();
    s.sampling.topP = topPSpin_->value();
    s.sampling.maxNewTokens = maxTokensSpin_->value();
    s.seed = static_cast<uint64_t>(seedSpin_->value());
    s.pairing = pairingCombo_->currentIndex() == 1 ? gen::PairingRule::Adjacent : gen::PairingRule::AllPairs;
    if (scopeCombo_->currentIndex() == 1) {
        s.scope = gen::PromptScope::Selected;
        std::set<int> rows;
        for (const QModelIndex& i : table_->selectionModel()->selectedIndexes()) rows.insert(i.row());
        for (int r : rows) s.promptIds.push_back(model_->promptId(r));
    } else {
        s.scope = gen::PromptScope::Unpaired;
        s.language = languageCombo_->currentData().toString();
        s.category = categoryCombo_->currentData().toString();
    }
    if (Status v = gen::validateCandidateJob(s); !v) return v.error();
    return s;
}

bool PromptsView::startGeneration() {
    auto spec = generationSpec();
    if (!spec) {
        showMessage(generateMessage_, spec.error().toString(), true);
        return false;
    }
    if (transfer_->isRunning() || !generator_->start(spec.value())) {
        showMessage(generateMessage_, tr("Wait until the running import or generation has finished."), true);
        return false;
    }
    streamText_->clear();
    generateProgress_->setRange(0, 0);
    generateStats_->clear();
    showMessage(generateMessage_, tr("Loading the model…"), false);
    updateState();
    return true;
}

void PromptsView::onProgress(const gen::CandidateProgress& p) {
    if (p.promptsTotal > 0) {
        generateProgress_->setRange(0, int(std::min<qint64>(p.promptsTotal, std::numeric_limits<int>::max())));
        generateProgress_->setValue(int(p.promptsDone));
    }
    generateProgress_->setFormat(tr("%1 / %2 prompts").arg(p.promptsDone).arg(p.promptsTotal));
    generateStats_->setText(tr("%1 tok/s · ETA %2 · %3 tokens · %4 skipped (already done)")
                                .arg(p.tokensPerSecond, 0, 'f', 1)
                                .arg(durationText(p.etaSeconds))
                                .arg(p.tokens)
                                .arg(p.promptsSkipped));
    if (p.promptId > 0 && !p.streaming.empty()) {
        QString text;
        for (size_t k = 0; k < p.streaming.size(); ++k) {
            text += tr("── prompt #%1 · model %2 · candidate %3 ──").arg(p.promptId).arg(p.source + 1).arg(k + 1) + QLatin1Char('\n');
            text += p.streaming[k] + QStringLiteral("\n\n");
        }
        // Follow the newest tokens unless the user scrolled up to read.
        QScrollBar* bar = streamText_->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 4;
        const int previous = bar->value();
        streamText_->setPlainText(text);
        bar->setValue(atEnd ? bar->maximum() : previous);
    }
    if (!p.stage.isEmpty()) showMessage(generateMessage_, p.stage, false);
}

void PromptsView::onGenerationFinished(const CandidateOutcome& o) {
    const gen::CandidateJobReport& r = o.report;
    if (!o.error.isEmpty()) {
        showMessage(generateMessage_, tr("Generation failed: %1").arg(o.error), true);
    } else if (o.cancelled) {
        showMessage(generateMessage_, tr("Cancelled. %1 prompts finished and kept (%2 candidates, %3 pairs); Start again to continue.")
                                          .arg(r.promptsDone)
                                          .arg(r.generations)
                                          .arg(r.pairs),
                    false);
    } else {
        showMessage(generateMessage_, tr("Done: %1 prompts, %2 candidates, %3 pairs in %4 s (%5 already done before).")
                                          .arg(r.promptsDone)
                                          .arg(r.generations)
                                          .arg(r.pairs)
                                          .arg(r.seconds, 0, 'f', 1)
                                          .arg(r.promptsSkipped),
                    false);
    }
    generateProgress_->setRange(0, 1);
    generateProgress_->setValue(o.ok ? 1 : 0);
    refreshModelVersions();  // model folders were registered
    if (model_->filter().unpairedOnly) model_->reload();
    updateState();
    Q_EMIT generationFinished(o);
}

}  // namespace ps::ui
