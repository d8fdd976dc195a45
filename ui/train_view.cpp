#include "train_view.h"

#include "store/workspace.h"

#include "io/safetensors.h"
#include "metrics_chart.h"
#include "model/config.h"
#include "run_folder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#ifdef C10_MACROS_MACROS_H_
#error "ui/ must not include LibTorch headers"
#endif

namespace ps::ui {

namespace {

struct MetricDef {
    const char* key;    // TRL name in MetricRow::values
    const char* title;  // translated in TrainView's context
};
constexpr MetricDef kMetrics[] = {
    {"loss", QT_TRANSLATE_NOOP("ps::ui::TrainView", "Loss")},
    {"rewards/margins", QT_TRANSLATE_NOOP("ps::ui::TrainView", "Reward margin")},
    {"rewards/accuracies", QT_TRANSLATE_NOOP("ps::ui::TrainView", "Reward accuracy")},
    {"learning_rate", QT_TRANSLATE_NOOP("ps::ui::TrainView", "Learning rate")},
    {"grad_norm", QT_TRANSLATE_NOOP("ps::ui::TrainView", "Gradient norm")},
};

// Run colours (Tableau 10): the live run and the first selected run are blue.
const QColor kColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                          QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                          QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
constexpr int kColorCount = int(sizeof(kColors) / sizeof(kColors[0]));

const char* const kLosses[] = {"sigmoid", "robust", "hinge", "ipo", "sigmoid_norm", "simpo"};
const char* const kSchedulers[] = {"linear", "cosine", "constant"};

const QString kErrorStyle = QStringLiteral("color: #b00020;");
const QString kHintStyle = QStringLiteral("color: #5f6368;");

QString number(double v) { return QString::number(v, 'g', 6); }

std::optional<double> parseNumber(const QString& text) {
    bool ok = false;
    const QString t = text.trimmed();
    double v = QLocale::c().toDouble(t, &ok);
    if (!ok) v = QLocale().toDouble(t, &ok);  // "0,1" in locales with a decimal comma
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString formatDuration(double seconds) {
    if (!(seconds >= 0) || !std::isfinite(seconds)) return QStringLiteral("–");
    const qint64 s = qint64(std::llround(seconds));
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString link(const QString& path) {
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped(), path.toHtmlEscaped());
}

// A wrapping label whose size hint follows its current width: layouts that
// ignore height-for-width (QFormLayout inside a scroll area) would otherwise
// reserve the height of a narrow, many-line rendering.
class HintLabel : public QLabel {
public:
    using QLabel::QLabel;
    QSize sizeHint() const override {
        const int w = width() > 1 ? width() : 320;
        return QSize(QLabel::minimumSizeHint().width(), heightForWidth(w));
    }
    QSize minimumSizeHint() const override { return QSize(QLabel::minimumSizeHint().width(), sizeHint().height()); }

protected:
    void resizeEvent(QResizeEvent* e) override {
        QLabel::resizeEvent(e);
        if (heightForWidth(width()) != height()) updateGeometry();
    }
};

QSpinBox* spin(int min, int max, QWidget* parent) {
    auto* s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setAccelerated(true);
    return s;
}

bool isUnder(const QString& path, const QString& root) {
    const QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString r = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    return QFileInfo(p).absolutePath() == r;
}

}  // namespace

TrainView::TrainView(QWidget* parent) : QWidget(parent) {
    controller_ = new TrainController(this);
    runsRoot_ = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("runs"));
    buildUi();
    connect(controller_, &TrainController::progressChanged, this, &TrainView::onProgress);
    connect(controller_, &TrainController::metricsReceived, this, [this](const train::MetricRow& r) { addMetrics(0, r); });
    connect(controller_, &TrainController::logLine, this, [this](const QString& s) { log_->appendPlainText(s); });
    connect(controller_, &TrainController::finished, this, &TrainView::onFinished);

    applyPreset(Preset::Lora);
    QSettings settings;
    modelEdit_->setText(settings.value(QStringLiteral("train/baseModel")).toString());
    dataEdit_->setText(settings.value(QStringLiteral("train/data")).toString());
    newRunFolder();
    setPairsSource(PairsSource::File);  // until a workspace is open
    retranslate();  // also fills the run list
}

TrainView::~TrainView() {
    // The controller stops a running job (it saves a checkpoint) before the widgets go.
    delete controller_;
    controller_ = nullptr;
}

void TrainView::buildUi() {
    auto text = [this](QWidget* w, const char* source) {
        texts_.emplace_back(w, source);
        return w;
    };
    auto label = [&](const char* source, QWidget* parent) { return static_cast<QLabel*>(text(new QLabel(parent), source)); };
    auto hint = [](QWidget* parent, const char* name) {
        auto* l = new HintLabel(parent);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        l->setStyleSheet(kHintStyle);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };

    // ---- Left column: the run's inputs, settings and the Train button.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setObjectName(QStringLiteral("formScroll"));
    auto* formHost = new QWidget(scroll);
    formHost->setObjectName(QStringLiteral("form"));
    auto* formLayout = new QVBoxLayout(formHost);
    formLayout->setContentsMargins(6, 6, 10, 6);

    auto* inputs = new QGroupBox(formHost);
    text(inputs, QT_TR_NOOP("Run"));
    auto* form = new QFormLayout(inputs);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto pathRow = [&](QLineEdit*& edit, const char* name, const char* browseName, const char* labelText, const char* placeholder) {
        auto* row = new QWidget(inputs);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        edit = new QLineEdit(row);
        edit->setObjectName(QLatin1String(name));
        edit->setClearButtonEnabled(true);
        texts_.emplace_back(edit, placeholder);
        auto* browse = new QPushButton(row);
        browse->setObjectName(QLatin1String(browseName));
        text(browse, QT_TR_NOOP("Browse..."));
        h->addWidget(edit, 1);
        h->addWidget(browse);
        form->addRow(label(labelText, inputs), row);
        formWidgets_ << row;
        return std::make_pair(h, browse);
    };
    auto [modelRow, modelBrowse] = pathRow(modelEdit_, "baseModelEdit", "baseModelBrowse", QT_TR_NOOP("Base model"),
                                           QT_TR_NOOP("Hugging Face LFM2 model folder"));
    modelSummary_ = hint(inputs, "modelSummary");
    form->addRow(QString(), modelSummary_);
    sourceCombo_ = new QComboBox(inputs);
    sourceCombo_->setObjectName(QStringLiteral("pairsSourceCombo"));
    sourceCombo_->addItem(QString(), int(PairsSource::Workspace));
    sourceCombo_->addItem(QString(), int(PairsSource::File));
    form->addRow(label(QT_TR_NOOP("Pairs from"), inputs), sourceCombo_);
    formWidgets_ << sourceCombo_;
    auto [dataRow, dataBrowse] = pathRow(dataEdit_, "dataFileEdit", "dataFileBrowse", QT_TR_NOOP("Pairs file"),
                                         QT_TR_NOOP("JSONL: TRL prompt/chosen/rejected, or token ids"));
    dataRow_ = dataRow->parentWidget();
    dataSummary_ = hint(inputs, "dataSummary");
    form->addRow(QString(), dataSummary_);
    auto [runRow, runBrowse] = pathRow(runDirEdit_, "runFolderEdit", "runFolderBrowse", QT_TR_NOOP("Run folder"),
                                       QT_TR_NOOP("checkpoints and exports go here"));
    auto* newRun = new QPushButton(inputs);
    newRun->setObjectName(QStringLiteral("newRunButton"));
    text(newRun, QT_TR_NOOP("New"));
    runRow->addWidget(newRun);
    runDirStatus_ = hint(inputs, "runFolderStatus");
    form->addRow(QString(), runDirStatus_);
    presetCombo_ = new QComboBox(inputs);
    presetCombo_->setObjectName(QStringLiteral("presetCombo"));
    presetCombo_->addItem(QString(), QStringLiteral("lora"));
    presetCombo_->addItem(QString(), QStringLiteral("full"));
    form->addRow(label(QT_TR_NOOP("Preset"), inputs), presetCombo_);
    formWidgets_ << presetCombo_;
    formLayout->addWidget(inputs);
    connect(modelBrowse, &QPushButton::clicked, this, &TrainView::browseModel);
    connect(dataBrowse, &QPushButton::clicked, this, &TrainView::browseData);
    connect(runBrowse, &QPushButton::clicked, this, &TrainView::browseRunFolder);
    connect(newRun, &QPushButton::clicked, this, &TrainView::newRunFolder);

    advancedToggle_ = new QToolButton(formHost);
    advancedToggle_->setObjectName(QStringLiteral("advancedToggle"));
    advancedToggle_->setCheckable(true);
    advancedToggle_->setAutoRaise(true);
    advancedToggle_->setArrowType(Qt::RightArrow);
    advancedToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    text(advancedToggle_, QT_TR_NOOP("Advanced settings"));
    formLayout->addWidget(advancedToggle_);
    advancedPanel_ = new QGroupBox(formHost);
    advancedPanel_->setObjectName(QStringLiteral("advancedPanel"));
    auto* adv = new QFormLayout(advancedPanel_);
    adv->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addField = [&](const char* labelText, QWidget* field, const char* name, const char* tip = nullptr) {
        field->setObjectName(QLatin1String(name));
        auto* l = label(labelText, advancedPanel_);
        l->setBuddy(field);
        adv->addRow(l, field);
        if (tip) {
            // Tool tips name the TRL setting; they are not translated further.
            field->setToolTip(QLatin1String(tip));
            l->setToolTip(QLatin1String(tip));
        }
        formWidgets_ << field;
    };
    lossCombo_ = new QComboBox(advancedPanel_);
    for (const char* l : kLosses) lossCombo_->addItem(QLatin1String(l), QLatin1String(l));
    addField(QT_TR_NOOP("Loss type"), lossCombo_, "lossCombo", "loss_type");
    betaEdit_ = new QLineEdit(advancedPanel_);
    addField(QT_TR_NOOP("Beta"), betaEdit_, "betaEdit", "beta");
    lrEdit_ = new QLineEdit(advancedPanel_);
    addField(QT_TR_NOOP("Learning rate"), lrEdit_, "learningRateEdit", "learning_rate");
    epochsEdit_ = new QLineEdit(advancedPanel_);
    addField(QT_TR_NOOP("Epochs"), epochsEdit_, "epochsEdit", "num_train_epochs");
    maxStepsSpin_ = spin(0, 10'000'000, advancedPanel_);
    addField(QT_TR_NOOP("Max steps"), maxStepsSpin_, "maxStepsSpin", "max_steps");
    batchSpin_ = spin(1, 4096, advancedPanel_);
    addField(QT_TR_NOOP("Batch size"), batchSpin_, "batchSizeSpin", "per_device_train_batch_size");
    gradAccumSpin_ = spin(1, 4096, advancedPanel_);
    addField(QT_TR_NOOP("Gradient accumulation"), gradAccumSpin_, "gradAccumSpin", "gradient_accumulation_steps");
    warmupEdit_ = new QLineEdit(advancedPanel_);
    addField(QT_TR_NOOP("Warmup ratio"), warmupEdit_, "warmupRatioEdit", "warmup_ratio");
    schedulerCombo_ = new QComboBox(advancedPanel_);
    for (const char* s : kSchedulers) schedulerCombo_->addItem(QLatin1String(s), QLatin1String(s));
    addField(QT_TR_NOOP("Scheduler"), schedulerCombo_, "schedulerCombo", "lr_scheduler_type");
    loraRSpin_ = spin(1, 4096, advancedPanel_);
    addField(QT_TR_NOOP("LoRA rank"), loraRSpin_, "loraRSpin", "lora_r");
    loraAlphaEdit_ = new QLineEdit(advancedPanel_);
    addField(QT_TR_NOOP("LoRA alpha"), loraAlphaEdit_, "loraAlphaEdit", "lora_alpha");
    loraDropoutEdit_ = new QLineEdit(advancedPanel_);
    addField(QT_TR_NOOP("LoRA dropout"), loraDropoutEdit_, "loraDropoutEdit", "lora_dropout");
    loraTargetsEdit_ = new QLineEdit(advancedPanel_);
    addField(QT_TR_NOOP("LoRA targets"), loraTargetsEdit_, "loraTargetsEdit", "lora_target_modules");
    loraFields_ = {loraRSpin_, loraAlphaEdit_, loraDropoutEdit_, loraTargetsEdit_};
    maxLengthSpin_ = spin(0, 1'000'000, advancedPanel_);
    addField(QT_TR_NOOP("Max length"), maxLengthSpin_, "maxLengthSpin", "max_length");
    seedSpin_ = spin(0, std::numeric_limits<int>::max(), advancedPanel_);
    addField(QT_TR_NOOP("Seed"), seedSpin_, "seedSpin", "seed");
    evalEverySpin_ = spin(0, 10'000'000, advancedPanel_);
    addField(QT_TR_NOOP("Evaluate every"), evalEverySpin_, "evalEverySpin", "eval_steps");
    saveEverySpin_ = spin(0, 10'000'000, advancedPanel_);
    addField(QT_TR_NOOP("Save every"), saveEverySpin_, "saveEverySpin", "save_steps");
    processesSpin_ = spin(1, 64, advancedPanel_);
    addField(QT_TR_NOOP("Processes"), processesSpin_, "processesSpin", "nproc");
    bf16Check_ = new QCheckBox(advancedPanel_);
    text(bf16Check_, QT_TR_NOOP("bf16 autocast (fp32 master weights)"));
    addField(QT_TR_NOOP("Precision"), bf16Check_, "bf16Check", "bf16");
    checkpointingCheck_ = new QCheckBox(advancedPanel_);
    text(checkpointingCheck_, QT_TR_NOOP("Recompute activations in the backward (less memory)"));
    addField(QT_TR_NOOP("Gradient checkpointing"), checkpointingCheck_, "gradientCheckpointingCheck", "gradient_checkpointing");
    advancedPanel_->setVisible(false);
    formLayout->addWidget(advancedPanel_);
    formLayout->addStretch(1);
    scroll->setWidget(formHost);
    leftLayout->addWidget(scroll, 1);
    connect(advancedToggle_, &QToolButton::toggled, this, [this](bool on) {
        advancedPanel_->setVisible(on);
        advancedToggle_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    validation_ = new QLabel(left);
    validation_->setObjectName(QStringLiteral("validationLabel"));
    validation_->setWordWrap(true);
    validation_->setStyleSheet(kErrorStyle);
    leftLayout->addWidget(validation_);
    auto* buttons = new QHBoxLayout;
    trainButton_ = new QPushButton(left);
    trainButton_->setObjectName(QStringLiteral("trainButton"));
    trainButton_->setMinimumHeight(48);
    QFont big = trainButton_->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    trainButton_->setFont(big);
    trainButton_->setDefault(true);
    cancelButton_ = new QPushButton(left);
    cancelButton_->setObjectName(QStringLiteral("cancelButton"));
    cancelButton_->setMinimumHeight(48);
    cancelButton_->setEnabled(false);
    buttons->addWidget(trainButton_, 3);
    buttons->addWidget(cancelButton_, 1);
    leftLayout->addLayout(buttons);
    result_ = new QLabel(left);
    result_->setObjectName(QStringLiteral("resultLabel"));
    result_->setWordWrap(true);
    result_->setTextFormat(Qt::RichText);
    result_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Files open in the desktop's viewer; "prefstudio:" links go to the studio's own views.
    connect(result_, &QLabel::linkActivated, this, [this](const QString& url) {
        if (url == QLatin1String("prefstudio:before-after"))
            Q_EMIT beforeAfterRequested();
        else
            QDesktopServices::openUrl(QUrl(url));
    });
    leftLayout->addWidget(result_);
    connect(trainButton_, &QPushButton::clicked, this, &TrainView::startTraining);
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        controller_->cancel();
        cancelButton_->setEnabled(false);
        log_->appendPlainText(tr("Cancelling: the run stops after the current step and saves a checkpoint."));
        renderProgress();
    });

    // ---- Right column: status, charts, then the run list and the log.
    auto* status = new QWidget(this);
    auto* statusLayout = new QVBoxLayout(status);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    auto* barRow = new QHBoxLayout;
    progress_ = new QProgressBar(status);
    progress_->setObjectName(QStringLiteral("progressBar"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    phase_ = new QLabel(status);
    phase_->setObjectName(QStringLiteral("phaseLabel"));
    phase_->setMinimumWidth(260);
    barRow->addWidget(progress_, 1);
    barRow->addWidget(phase_);
    statusLayout->addLayout(barRow);
    auto* figures = new QHBoxLayout;
    tokens_ = hint(status, "tokensPerSecondLabel");
    eta_ = hint(status, "etaLabel");
    memory_ = hint(status, "memoryLabel");
    epoch_ = hint(status, "epochLabel");
    for (QLabel* l : {tokens_, eta_, epoch_, memory_}) {
        l->setWordWrap(false);
        figures->addWidget(l);
    }
    figures->addStretch(1);
    statusLayout->addLayout(figures);

    auto* chartHost = new QWidget(this);
    auto* grid = new QGridLayout(chartHost);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    int i = 0;
    for (const MetricDef& m : kMetrics) {
        auto* c = new MetricsChart(QLatin1String(m.key), chartHost);
        c->setToolTip(QLatin1String(m.key));
        const QLatin1String key(m.key);
        if (key == QLatin1String("rewards/accuracies"))
            c->setValueBounds(0.0, 1.0);
        else if (key != QLatin1String("rewards/margins"))
            c->setValueBounds(0.0, std::nullopt);  // loss, learning rate, gradient norm
        charts_.push_back(c);
        grid->addWidget(c, i / 3, i % 3);
        ++i;
    }
    legend_ = new QLabel(chartHost);
    legend_->setObjectName(QStringLiteral("chartLegend"));
    legend_->setWordWrap(true);
    legend_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    legend_->setTextFormat(Qt::RichText);
    legend_->setMargin(8);
    grid->addWidget(legend_, i / 3, i % 3);
    for (int r = 0; r < 2; ++r) grid->setRowStretch(r, 1);
    for (int c = 0; c < 3; ++c) grid->setColumnStretch(c, 1);

    auto* runsBox = new QGroupBox(this);
    text(runsBox, QT_TR_NOOP("Runs"));
    auto* runsLayout = new QVBoxLayout(runsBox);
    runList_ = new QTreeWidget(runsBox);
    runList_->setObjectName(QStringLiteral("runList"));
    runList_->setRootIsDecorated(false);
    runList_->setAlternatingRowColors(true);
    runList_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    runList_->setUniformRowHeights(true);
    runList_->setColumnCount(9);
    runsLayout->addWidget(runList_, 1);
    auto* runsButtons = new QHBoxLayout;
    auto* runsHint = hint(runsBox, "runListHint");
    texts_.emplace_back(runsHint, QT_TR_NOOP("Select a run to load its settings and charts; select several to compare them."));
    refreshRuns_ = new QPushButton(runsBox);
    refreshRuns_->setObjectName(QStringLiteral("refreshRunsButton"));
    text(refreshRuns_, QT_TR_NOOP("Refresh"));
    runsButtons->addWidget(runsHint, 1);
    runsButtons->addWidget(refreshRuns_);
    runsLayout->addLayout(runsButtons);
    connect(refreshRuns_, &QPushButton::clicked, this, [this] {
        refreshRuns();
        updateState();
    });
    connect(runList_, &QTreeWidget::itemSelectionChanged, this, &TrainView::selectRuns);

    auto* logBox = new QGroupBox(this);
    text(logBox, QT_TR_NOOP("Log"));
    auto* logLayout = new QVBoxLayout(logBox);
    log_ = new QPlainTextEdit(logBox);
    log_->setObjectName(QStringLiteral("trainLog"));
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(20000);
    log_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    log_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    log_->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    logLayout->addWidget(log_);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(runsBox);
    bottom->addWidget(logBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({600, 360});
    auto* rightTop = new QWidget(this);
    auto* rightTopLayout = new QVBoxLayout(rightTop);
    rightTopLayout->setContentsMargins(0, 0, 0, 0);
    rightTopLayout->addWidget(status);
    rightTopLayout->addWidget(chartHost, 1);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(rightTop);
    right->addWidget(bottom);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("trainSplitter"));
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setChildrenCollapsible(false);
    left->setMinimumWidth(360);
    main->setSizes({470, 930});
    leftColumn_ = left;
    formScroll_ = scroll;
    form_ = formHost;
    splitter_ = main;
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(main);

    // Any change re-validates; inputs also refresh their inline summaries.
    connect(modelEdit_, &QLineEdit::textChanged, this, [this] {
        updateModelSummary();
        updateState();
    });
    connect(dataEdit_, &QLineEdit::textChanged, this, [this] {
        updateDataSummary();
        updateState();
    });
    connect(runDirEdit_, &QLineEdit::textChanged, this, &TrainView::updateState);
    connect(sourceCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (auto* form = qobject_cast<QFormLayout*>(dataRow_->parentWidget()->layout())) form->setRowVisible(dataRow_, pairsSource() == PairsSource::File);
        updateDataSummary();
        updateState();
    });
    connect(presetCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (!loading_) applyPreset(presetCombo_->currentData().toString() == QLatin1String("full") ? Preset::Full : Preset::Lora);
    });
    for (QLineEdit* e : {betaEdit_, lrEdit_, epochsEdit_, warmupEdit_, loraAlphaEdit_, loraDropoutEdit_, loraTargetsEdit_})
        connect(e, &QLineEdit::textChanged, this, &TrainView::updateState);
    for (QSpinBox* s : {maxStepsSpin_, batchSpin_, gradAccumSpin_, loraRSpin_, maxLengthSpin_, seedSpin_, evalEverySpin_, saveEverySpin_})
        connect(s, qOverload<int>(&QSpinBox::valueChanged), this, &TrainView::updateState);
    for (QComboBox* c : {lossCombo_, schedulerCombo_})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &TrainView::updateState);
    connect(bf16Check_, &QCheckBox::toggled, this, &TrainView::updateState);
    connect(checkpointingCheck_, &QCheckBox::toggled, this, &TrainView::updateState);
}

void TrainView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (pairsSource() == PairsSource::Workspace) {
        updateDataSummary();
        updateState();
    }
}

void TrainView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void TrainView::retranslate() {
    for (const auto& [w, source] : texts_) {
        const QString t = tr(source);
        if (auto* l = qobject_cast<QLabel*>(w))
            l->setText(t);
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            b->setText(t);
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            g->setTitle(t);
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            e->setPlaceholderText(t);
    }
    sourceCombo_->setItemText(0, tr("Workspace votes"));
    sourceCombo_->setItemText(1, tr("JSONL file"));
    presetCombo_->setItemText(0, tr("LoRA (quick)"));
    presetCombo_->setItemText(1, tr("Full fine-tune"));
    maxStepsSpin_->setSpecialValueText(tr("from epochs"));
    maxLengthSpin_->setSpecialValueText(tr("no limit"));
    evalEverySpin_->setSpecialValueText(tr("at the end"));
    saveEverySpin_->setSpecialValueText(tr("at the end"));
    for (QSpinBox* s : {evalEverySpin_, saveEverySpin_}) s->setSuffix(tr(" steps"));
    cancelButton_->setText(tr("Cancel"));
    for (size_t i = 0; i < charts_.size(); ++i) charts_[i]->setTitle(tr(kMetrics[i].title));
    runList_->setHeaderLabels({tr("Run"), tr("Method"), tr("Loss type"), tr("Beta"), tr("LR"), tr("Steps"),
                               tr("Eval loss"), tr("Eval acc."), tr("Status")});
    runList_->headerItem()->setToolTip(4, tr("Learning rate"));
    runList_->headerItem()->setToolTip(6, tr("Loss on the held-out pairs at the last evaluation"));
    runList_->headerItem()->setToolTip(7, tr("Reward accuracy on the held-out pairs at the last evaluation"));
    updateModelSummary();
    updateDataSummary();
    updateState();
    renderProgress();
    renderOutcome();
    refreshRuns();
    renderLegend();
    fitFormWidth();
}

// The form never scrolls sideways: its column is as wide as the form needs in
// the current language, the hidden Advanced panel included.
void TrainView::fitFormWidth() {
    const QMargins m = form_->layout()->contentsMargins();
    const int formWidth = std::max(form_->minimumSizeHint().width(), advancedPanel_->minimumSizeHint().width() + m.left() + m.right());
    const int needed = formWidth + formScroll_->verticalScrollBar()->sizeHint().width() + 2 * formScroll_->frameWidth() + 4;
    leftColumn_->setMinimumWidth(needed);
    QList<int> sizes = splitter_->sizes();
    if (sizes.size() == 2 && sizes[0] < needed) {
        sizes[1] = std::max(0, sizes[1] - (needed - sizes[0]));
        sizes[0] = needed;
        splitter_->setSizes(sizes);
    }
}

void TrainView::setRunsRoot(const QString& dir) {
    const bool defaultFolder = runDirEdit_->text().isEmpty() || isUnder(runDirEdit_->text(), runsRoot_);
    runsRoot_ = dir;
    if (defaultFolder && !controller_->isRunning()) newRunFolder();
    refreshRuns();
}

void TrainView::setBaseModel(const QString& dir, bool force) {
    if (force || modelEdit_->text().trimmed().isEmpty()) modelEdit_->setText(dir);
}

void TrainView::setDataFile(const QString& path, bool force) {
    if (force || dataEdit_->text().trimmed().isEmpty()) dataEdit_->setText(path);
}

MetricsChart* TrainView::chart(const QString& metric) const {
    for (MetricsChart* c : charts_)
        if (c->metric() == metric) return c;
    return nullptr;
}

// ---- Settings

void TrainView::applyPreset(Preset preset) {
    loading_ = true;
    train::DpoConfig c;  // TRL's defaults, then the preset's choices
    c.lora = preset == Preset::Lora;
    if (c.lora) {  // quick LoRA: one epoch, a LoRA-sized learning rate
        c.learningRate = 5e-5;
        c.epochs = 1;
        c.gradAccum = 4;
        c.evalEvery = 25;
        c.saveEvery = 50;
    } else {  // full fine-tune: TRL's DPO defaults
        c.learningRate = 1e-6;
        c.epochs = 3;
        c.gradAccum = 8;
        c.evalEvery = 50;
        c.saveEvery = 100;
    }
    loading_ = false;
    setFormConfig(c);
}

void TrainView::setFormConfig(const train::DpoConfig& c) {
    loading_ = true;
    base_ = c;
    presetCombo_->setCurrentIndex(c.lora ? 0 : 1);
    lossCombo_->setCurrentIndex(std::max(0, lossCombo_->findData(train::lossName(c.loss))));
    betaEdit_->setText(number(c.beta));
    lrEdit_->setText(number(c.learningRate));
    epochsEdit_->setText(number(c.epochs));
    maxStepsSpin_->setValue(int(std::min<int64_t>(c.maxSteps, maxStepsSpin_->maximum())));
    batchSpin_->setValue(int(c.batchSize));
    gradAccumSpin_->setValue(int(c.gradAccum));
    warmupEdit_->setText(number(c.warmupRatio));
    const int sched = schedulerCombo_->findData(c.scheduler);
    if (sched < 0) schedulerCombo_->addItem(c.scheduler, c.scheduler);  // validate() will name the problem
    schedulerCombo_->setCurrentIndex(schedulerCombo_->findData(c.scheduler));
    loraRSpin_->setValue(int(c.loraR));
    loraAlphaEdit_->setText(number(c.loraAlpha));
    loraDropoutEdit_->setText(number(c.loraDropout));
    loraTargetsEdit_->setText(c.loraTargets.join(QStringLiteral(", ")));
    maxLengthSpin_->setValue(int(std::min<int64_t>(c.maxLength, maxLengthSpin_->maximum())));
    seedSpin_->setValue(int(std::min<uint64_t>(c.seed, uint64_t(seedSpin_->maximum()))));
    evalEverySpin_->setValue(int(std::min<int64_t>(c.evalEvery, evalEverySpin_->maximum())));
    saveEverySpin_->setValue(int(std::min<int64_t>(c.saveEvery, saveEverySpin_->maximum())));
    bf16Check_->setChecked(c.bf16);
    checkpointingCheck_->setChecked(c.gradientCheckpointing);
    loading_ = false;
    updateState();
}

Result<train::DpoConfig> TrainView::formConfig() const {
    train::DpoConfig c = base_;
    auto loss = train::lossFromName(lossCombo_->currentData().toString());
    if (!loss) return loss.error();
    c.loss = loss.value();
    struct Field {
        QLineEdit* edit;
        const char* name;
        double* target;
    };
    const Field fields[] = {{betaEdit_, QT_TR_NOOP("Beta"), &c.beta},
                            {lrEdit_, QT_TR_NOOP("Learning rate"), &c.learningRate},
                            {epochsEdit_, QT_TR_NOOP("Epochs"), &c.epochs},
                            {warmupEdit_, QT_TR_NOOP("Warmup ratio"), &c.warmupRatio},
                            {loraAlphaEdit_, QT_TR_NOOP("LoRA alpha"), &c.loraAlpha},
                            {loraDropoutEdit_, QT_TR_NOOP("LoRA dropout"), &c.loraDropout}};
    for (const Field& f : fields) {
        auto v = parseNumber(f.edit->text());
        if (!v) return makeError(tr("%1: '%2' is not a number").arg(tr(f.name), f.edit->text()));
        *f.target = *v;
    }
    c.lora = presetCombo_->currentData().toString() == QLatin1String("lora");
    c.maxSteps = maxStepsSpin_->value();
    c.batchSize = batchSpin_->value();
    c.gradAccum = gradAccumSpin_->value();
    c.scheduler = schedulerCombo_->currentData().toString();
    c.loraR = loraRSpin_->value();
    c.loraTargets.clear();
    for (const QString& t : loraTargetsEdit_->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        c.loraTargets << t;
    c.maxLength = maxLengthSpin_->value();
    c.seed = uint64_t(seedSpin_->value());
    c.evalEvery = evalEverySpin_->value();
    c.saveEvery = saveEverySpin_->value();
    c.bf16 = bf16Check_->isChecked();
    c.gradientCheckpointing = checkpointingCheck_->isChecked();
    return c;
}

// ---- Inputs

void TrainView::browseModel() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Base model folder"), modelEdit_->text());
    if (!dir.isEmpty()) modelEdit_->setText(dir);
}

void TrainView::browseData() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Preference pairs"), dataEdit_->text(),
                                                      tr("JSON lines (*.jsonl *.json);;All files (*)"));
    if (!file.isEmpty()) dataEdit_->setText(file);
}

void TrainView::browseRunFolder() {
    const QString start = runDirEdit_->text().isEmpty() ? runsRoot_ : runDirEdit_->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Run folder"), start);
    if (!dir.isEmpty()) runDirEdit_->setText(dir);
}

void TrainView::newRunFolder() {
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString dir = QDir(runsRoot_).filePath(stamp);
    for (int n = 2; QFileInfo::exists(dir); ++n) dir = QDir(runsRoot_).filePath(stamp + QStringLiteral("-%1").arg(n));
    runDirEdit_->setText(dir);
}

void TrainView::updateModelSummary() {
    const QString dir = modelEdit_->text().trimmed();
    modelOk_ = false;
    modelSummary_->setStyleSheet(kErrorStyle);
    if (dir.isEmpty()) {
        modelSummary_->setStyleSheet(kHintStyle);
        modelSummary_->setText(tr("Choose the model to fine-tune."));
        return;
    }
    if (!QFileInfo(dir).isDir()) {
        modelSummary_->setText(tr("The folder does not exist."));
        return;
    }
    auto cfg = model::Lfm2Config::fromFile(QDir(dir).filePath(QStringLiteral("config.json")));
    if (!cfg) {
        modelSummary_->setText(tr("Cannot use this model: %1").arg(cfg.error().toString()));
        return;
    }
    auto ckpt = io::Checkpoint::openFolder(dir);
    if (!ckpt) {
        modelSummary_->setText(tr("Cannot use this model: %1").arg(ckpt.error().toString()));
        return;
    }
    const model::Lfm2Config& c = cfg.value();
    modelOk_ = true;
    modelSummary_->setStyleSheet(kHintStyle);
    modelSummary_->setText(tr("LFM2, %1 M parameters: %2 layers (%3 attention), hidden size %4, vocabulary %5; %6 MB of weights.")
                               .arg(double(c.parameterCount()) / 1e6, 0, 'f', 1)
                               .arg(c.numHiddenLayers)
                               .arg(c.attentionLayerCount())
                               .arg(c.hiddenSize)
                               .arg(c.vocabSize)
                               .arg(double(ckpt->totalBytes()) / 1e6, 0, 'f', 1) +
                           QLatin1Char(' ') +
                           (QDir(dir).exists(QStringLiteral("tokenizer.json")) || QDir(dir).exists(QStringLiteral("tokenizer.model"))
                                ? tr("Its tokenizer reads text pairs.")
                                : tr("No tokenizer: use pairs of token ids.")));
}

void TrainView::setWorkspace(store::Workspace* workspace) {
    workspace_ = workspace;
    if (workspace_ && !controller_->isRunning()) setPairsSource(PairsSource::Workspace);
    updateDataSummary();
    updateState();
}

void TrainView::setPairsSource(PairsSource source) { sourceCombo_->setCurrentIndex(sourceCombo_->findData(int(source))); }

TrainView::PairsSource TrainView::pairsSource() const { return PairsSource(sourceCombo_->currentData().toInt()); }

void TrainView::updateDataSummary() {
    const QString path = dataEdit_->text().trimmed();
    dataOk_ = false;
    dataSummary_->setStyleSheet(kErrorStyle);
    if (pairsSource() == PairsSource::Workspace) {
        if (!workspace_) {
            dataSummary_->setText(tr("No workspace is open (File > Open workspace), or choose a pairs file."));
            return;
        }
        // Counts from indexed queries: cheap enough for the GUI thread at 100k pairs.
        auto p = workspace_->progress();
        if (!p) {
            dataSummary_->setText(p.error().toString());
            return;
        }
        dataOk_ = p->labeledPairs > 0;
        if (dataOk_) dataSummary_->setStyleSheet(kHintStyle);
        dataSummary_->setText(dataOk_ ? tr("%1 labelled pairs in %2 (%3 excluded); ties, both-bad and skips carry no preference.")
                                            .arg(p->labeledPairs)
                                            .arg(QFileInfo(workspace_->path()).fileName())
                                            .arg(p->excludedPairs)
                                      : tr("No labelled pairs in this workspace yet: annotate some first."));
        return;
    }
    if (path.isEmpty()) {
        dataSummary_->setStyleSheet(kHintStyle);
        dataSummary_->setText(tr("Choose the preference pairs: JSON lines in TRL format (prompt, chosen, rejected) or as token ids."));
        return;
    }
    const QFileInfo fi(path);
    if (!fi.isFile()) {
        dataSummary_->setText(tr("The file does not exist."));
        return;
    }
    dataOk_ = true;
    dataSummary_->setStyleSheet(kHintStyle);
    // Lines are counted on the GUI thread only for small files (and once per
    // file version); the trainer reads and checks every line anyway.
    if (fi.size() > (16 << 20)) {
        dataSummary_->setText(tr("%1 MB of pairs").arg(double(fi.size()) / 1e6, 0, 'f', 0));
        return;
    }
    const QString key = fi.absoluteFilePath() + QString::number(fi.size()) + fi.lastModified().toString(Qt::ISODateWithMs);
    if (key != dataCountKey_) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            dataOk_ = false;
            dataSummary_->setStyleSheet(kErrorStyle);
            dataSummary_->setText(tr("The file cannot be read."));
            return;
        }
        qint64 lines = 0;
        while (!f.atEnd())
            if (!f.readLine().trimmed().isEmpty()) ++lines;
        dataCountKey_ = key;
        dataLines_ = lines;
    }
    dataSummary_->setText(tr("Pairs: %1 (a share is held out for evaluation)").arg(dataLines_));
}

// Validates everything that decides whether Train can start, and names the first problem.
void TrainView::updateState() {
    if (loading_ || !trainButton_) return;
    const bool running = controller_->isRunning();
    const bool lora = presetCombo_->currentData().toString() == QLatin1String("lora");
    for (QWidget* w : loraFields_) w->setEnabled(lora && !running);

    QString problem;
    auto cfg = formConfig();
    if (!cfg)
        problem = cfg.error().toString();
    else if (Status s = cfg->validate(); !s)
        problem = s.error().toString();
    else if (!modelOk_)
        problem = tr("Choose a valid base model folder.");
    else if (!dataOk_)
        problem = pairsSource() == PairsSource::Workspace ? dataSummary_->text() : tr("Choose an existing pairs file.");

    const QString dir = runDirEdit_->text().trimmed();
    bool resume = false;
    runDirStatus_->setStyleSheet(kHintStyle);
    if (dir.isEmpty()) {
        runDirStatus_->setText(QString());
        if (problem.isEmpty()) problem = tr("Choose a run folder.");
    } else {
        if (dir != runInfo_.dir || runInfoStale_) {  // checkpoints are read once per folder, not per keystroke
            runInfo_ = readRunInfo(dir);
            runInfo_.dir = dir;
            runInfoStale_ = false;
        }
        const RunInfo& info = runInfo_;
        if (info.finished) {
            runDirStatus_->setText(tr("This folder holds a finished run. Press New for another run."));
            if (problem.isEmpty() && !running) problem = tr("The run folder already holds a finished run.");
        } else if (!info.latestCheckpoint.isEmpty()) {
            resume = true;
            runDirStatus_->setText(tr("Stopped at step %1: training resumes from its checkpoint.").arg(info.stepsDone));
            if (problem.isEmpty() && cfg && !running && !runAcceptsConfig(info, cfg.value()))
                problem = tr("This run folder was trained with other settings. Select it in the run list to load them, or press New.");
        } else {
            runDirStatus_->setText(QFileInfo(dir).isDir() ? tr("No checkpoint yet: training starts from the beginning.")
                                                          : tr("A new run folder."));
        }
    }
    trainButton_->setText(resume ? tr("Resume") : tr("Train"));
    trainButton_->setEnabled(!running && problem.isEmpty());
    validation_->setText(running ? QString() : problem);
    validation_->setVisible(!validation_->text().isEmpty());
}

// ---- Running

void TrainView::startTraining() {
    if (controller_->isRunning()) return;
    auto cfg = formConfig();
    if (!cfg || !cfg->validate()) return;  // the button is disabled then; updateState names the problem
    train::TrainJobSpec spec;
    spec.baseModelDir = modelEdit_->text().trimmed();
    if (pairsSource() == PairsSource::Workspace && workspace_)
        spec.workspacePath = workspace_->path();
    else
        spec.dataPath = dataEdit_->text().trimmed();
    spec.runDir = QFileInfo(runDirEdit_->text().trimmed()).absoluteFilePath();
    spec.config = cfg.value();
    spec.evalPrompts = evaluationPrompts_;

    // Remember the inputs for the next start. QSettings syncs (fsync) its file,
    // which can take long on a busy disk: not on the GUI thread.
    QThreadPool::globalInstance()->start([model = spec.baseModelDir, data = spec.dataPath] {
        QSettings settings;
        settings.setValue(QStringLiteral("train/baseModel"), model);
        if (!data.isEmpty()) settings.setValue(QStringLiteral("train/data"), data);
    });

    log_->clear();
    lastOutcome_.reset();
    lastProgress_.reset();
    lastTrainProgress_.reset();
    renderOutcome();
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(QStringLiteral("%p%"));
    runList_->blockSignals(true);
    runList_->clearSelection();
    runList_->blockSignals(false);
    clearCharts();
    addChartGroup(QDir(spec.runDir).dirName());
    if (!isUnder(spec.runDir, runsRoot_) && !sessionRuns_.contains(spec.runDir)) sessionRuns_ << spec.runDir;
    activeRunDir_ = spec.runDir;
    sawTrainPhase_ = false;
    controller_->setProcesses(processesSpin_->value());
    controller_->start(spec);
    setRunning(true);
    log_->appendPlainText(tr("Run folder: %1").arg(spec.runDir));
    renderProgress();
}

void TrainView::setRunning(bool running) {
    runInfoStale_ = true;  // a run writes checkpoints into its folder
    for (QWidget* w : formWidgets_) w->setEnabled(!running);
    advancedToggle_->setEnabled(true);
    runList_->setEnabled(!running);
    refreshRuns_->setEnabled(!running);
    cancelButton_->setEnabled(running);
    updateState();
}

void TrainView::onProgress(const train::TrainProgress& p) {
    lastProgress_ = p;
    if (p.phase == QLatin1String("train")) {
        lastTrainProgress_ = p;
        progress_->setRange(0, int(std::min<int64_t>(p.total, std::numeric_limits<int>::max())));
        progress_->setValue(int(std::min<int64_t>(p.done, progress_->maximum())));
        if (!sawTrainPhase_) {  // run_config.json and the first checkpoint state are written by now
            sawTrainPhase_ = true;
            refreshRuns();
        }
    } else if (!lastTrainProgress_ && p.phase == QLatin1String("reference") && p.total > 0) {
        // Before the first step the bar follows the reference pass (minutes on large data).
        progress_->setRange(0, int(std::min<int64_t>(p.total, std::numeric_limits<int>::max())));
        progress_->setValue(int(std::min<int64_t>(p.done, progress_->maximum())));
    }
    renderProgress();
}

void TrainView::renderProgress() {
    QString text;
    if (lastOutcome_)
        text = lastOutcome_->ok ? tr("Finished") : lastOutcome_->cancelled ? tr("Stopped") : tr("Failed");
    else if (controller_->isRunning() && controller_->cancelRequested())
        text = tr("Stopping after this step...");
    else if (!lastProgress_)
        text = controller_->isRunning() ? tr("Loading the model and the pairs...") : tr("Ready");
    else if (lastProgress_->phase == QLatin1String("reference"))
        text = tr("Reference log-probs: %1 of %2 pairs").arg(lastProgress_->done).arg(lastProgress_->total);
    else if (lastProgress_->phase == QLatin1String("train"))
        text = tr("Training: step %1 of %2").arg(lastProgress_->done).arg(lastProgress_->total);
    else if (lastProgress_->phase == QLatin1String("eval"))
        text = tr("Evaluating: %1 of %2 pairs").arg(lastProgress_->done).arg(lastProgress_->total);
    else if (lastProgress_->phase == QLatin1String("checkpoint"))
        text = tr("Saving a checkpoint...");
    else if (lastProgress_->phase == QLatin1String("export"))
        text = tr("Exporting the model...");
    else if (lastProgress_->phase == QLatin1String("evaluate"))
        text = tr("Comparing the tuned model with its base: %1 of %2").arg(lastProgress_->done).arg(lastProgress_->total);
    else
        text = lastProgress_->phase;
    phase_->setText(text);
    if (lastTrainProgress_)
        progress_->setFormat(tr("step %v of %m"));
    else if (lastProgress_ && lastProgress_->phase == QLatin1String("reference"))
        progress_->setFormat(tr("reference %v of %m"));
    else
        progress_->setFormat(QStringLiteral("%p%"));
    if (!lastTrainProgress_) {
        tokens_->clear();
        eta_->clear();
        epoch_->clear();
    } else {
        const train::TrainProgress& t = *lastTrainProgress_;
        tokens_->setText(tr("%1 tokens/s").arg(QLocale().toString(t.tokensPerSecond, 'f', 0)));
        eta_->setText(tr("ETA %1").arg(formatDuration(lastOutcome_ ? 0.0 : t.etaSeconds)));
        epoch_->setText(tr("Epoch %1").arg(QLocale().toString(t.epoch, 'f', 2)));
    }
    if (lastProgress_)
        memory_->setText(tr("Memory %1 MB (peak %2 MB)").arg(lastProgress_->rssBytes >> 20).arg(lastProgress_->peakRssBytes >> 20));
    else
        memory_->clear();
}

void TrainView::onFinished(const TrainOutcome& outcome) {
    lastOutcome_ = outcome;
    activeRunDir_.clear();
    if (outcome.ok && outcome.totalSteps > 0) {
        progress_->setRange(0, int(std::min<int64_t>(outcome.totalSteps, std::numeric_limits<int>::max())));
        progress_->setValue(progress_->maximum());
    }
    for (MetricsChart* c : charts_) c->flush();  // the charts are complete when the run is reported finished
    if (!outcome.error.isEmpty()) log_->appendPlainText(tr("Error: %1").arg(outcome.error));
    else if (outcome.cancelled) log_->appendPlainText(tr("Stopped at step %1 of %2.").arg(outcome.steps).arg(outcome.totalSteps));
    else if (outcome.ok) log_->appendPlainText(tr("Finished: model exported to %1").arg(outcome.modelDir));
    setRunning(false);
    renderProgress();
    renderOutcome();
    refreshRuns();
    if (outcome.ok) {
        // Show the finished run in the list (its charts are already on screen)
        // and get a fresh folder ready for the next experiment.
        runList_->blockSignals(true);
        for (int i = 0; i < runList_->topLevelItemCount(); ++i) {
            QTreeWidgetItem* it = runList_->topLevelItem(i);
            if (it->data(0, Qt::UserRole).toString() == outcome.runDir) {
                runList_->setCurrentItem(it);
                it->setSelected(true);
            }
        }
        runList_->blockSignals(false);
        newRunFolder();
    }
    updateState();
    Q_EMIT runFinished(outcome);
}

void TrainView::renderOutcome() {
    if (!lastOutcome_) {
        result_->clear();
        result_->setStyleSheet(QString());
        return;
    }
    const TrainOutcome& o = *lastOutcome_;
    if (!o.error.isEmpty()) {
        result_->setStyleSheet(kErrorStyle);
        result_->setText(tr("Training failed: %1").arg(o.error).toHtmlEscaped());
        return;
    }
    result_->setStyleSheet(QString());
    if (o.cancelled) {
        result_->setText(o.checkpointDir.isEmpty()
                             ? tr("Stopped before the first step; nothing to resume.").toHtmlEscaped()
                             : tr("Stopped at step %1 of %2. A checkpoint was saved: press Resume to continue.")
                                   .arg(o.steps)
                                   .arg(o.totalSteps)
                                   .toHtmlEscaped());
        return;
    }
    QString html = tr("Finished %1 steps. Model: %2").arg(o.steps).arg(link(o.modelDir));
    if (!o.adapterDir.isEmpty()) html += QStringLiteral("<br>") + tr("LoRA adapter: %1").arg(link(o.adapterDir));
    if (o.comparisonId > 0)
        html += QStringLiteral("<br>") + tr("The base and the tuned model answered held-out prompts with the same seeds: %1")
                                              .arg(QStringLiteral("<a href=\"prefstudio:before-after\">%1</a>").arg(tr("show before/after")));
    if (!o.safetyRegressions.isEmpty())
        html += QStringLiteral("<br><span style=\"color:#b00020\"><b>%1</b></span>")
                    .arg(tr("Safety regression: the tuned model answers unsafely (or refuses harmless requests) more often than its base in: %1. "
                            "Check the Evaluation results tab before exporting or shipping it.")
                             .arg(o.safetyRegressions.join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    if (o.comparisonId == 0 && !o.evaluationError.isEmpty())
        html += QStringLiteral("<br>") + tr("The evaluation after training failed: %1").arg(o.evaluationError.toHtmlEscaped());
    result_->setText(html);
}

// ---- Charts

void TrainView::clearCharts() {
    for (MetricsChart* c : charts_) c->clear();
    legendNames_.clear();
}

int TrainView::addChartGroup(const QString& name) {
    const QColor color = kColors[legendNames_.size() % kColorCount];
    int g = -1;
    for (MetricsChart* c : charts_) g = c->addGroup(name, color);
    legendNames_ << name;
    renderLegend();
    return g;
}

void TrainView::renderLegend() {
    QStringList parts;
    for (int i = 0; i < legendNames_.size(); ++i)
        parts << QStringLiteral("<span style=\"color:%1\">&#9644;&#9644;</span>&nbsp;%2")
                     .arg(kColors[i % kColorCount].name(), legendNames_[i].toHtmlEscaped());
    legend_->setText(parts.join(QStringLiteral("<br>")) + QStringLiteral("<p style=\"color:#5f6368\">") +
                     tr("Solid line: training steps. Dashed line with points: evaluation on held-out pairs.").toHtmlEscaped() +
                     QStringLiteral("</p>"));
}

void TrainView::addMetrics(int group, const train::MetricRow& row) {
    const bool eval = row.split == QLatin1String("eval");
    for (MetricsChart* c : charts_) {
        auto it = row.values.find(c->metric());
        if (it != row.values.end()) c->append(group, eval, double(row.step), it->second);
    }
}

// ---- Run list

void TrainView::refreshRuns() {
    if (!runList_) return;
    runInfoStale_ = true;
    QStringList selected;
    for (QTreeWidgetItem* it : runList_->selectedItems()) selected << it->data(0, Qt::UserRole).toString();
    const QString current = runList_->currentItem() ? runList_->currentItem()->data(0, Qt::UserRole).toString() : QString();
    std::vector<RunInfo> runs = scanRuns(runsRoot_);
    for (const QString& d : sessionRuns_)
        if (QFileInfo(d).isDir()) runs.push_back(readRunInfo(d));
    runList_->blockSignals(true);
    runList_->clear();
    for (const RunInfo& r : runs) {
        auto* it = new QTreeWidgetItem(runList_);
        it->setData(0, Qt::UserRole, r.dir);
        it->setText(0, QDir(r.dir).dirName());
        it->setToolTip(0, r.dir);
        if (r.config) {
            const train::DpoConfig& c = *r.config;
            it->setText(1, c.lora ? tr("LoRA r%1").arg(c.loraR) : tr("Full"));
            it->setText(2, train::lossName(c.loss));
            it->setText(3, number(c.beta));
            it->setText(4, number(c.learningRate));
            it->setText(5, c.maxSteps > 0 ? QStringLiteral("%1/%2").arg(r.stepsDone).arg(c.maxSteps) : QString::number(r.stepsDone));
        } else {
            it->setText(5, QString::number(r.stepsDone));
        }
        if (r.evalLoss) it->setText(6, QString::number(*r.evalLoss, 'f', 4));
        if (r.evalAccuracy) it->setText(7, QString::number(*r.evalAccuracy, 'f', 3));
        QString status;
        if (r.dir == activeRunDir_)
            status = tr("running");
        else if (!r.problem.isEmpty())
            status = tr("unreadable");
        else if (r.finished)
            status = tr("finished");
        else if (!r.latestCheckpoint.isEmpty())
            status = tr("stopped");
        else
            status = tr("not started");
        it->setText(8, status);
        if (!r.problem.isEmpty()) it->setToolTip(8, r.problem);
        for (int col = 3; col <= 7; ++col) it->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        if (selected.contains(r.dir)) it->setSelected(true);
        if (r.dir == current) runList_->setCurrentItem(it, 0, QItemSelectionModel::NoUpdate);
    }
    for (int col = 0; col < runList_->columnCount(); ++col) runList_->resizeColumnToContents(col);
    runList_->blockSignals(false);
}

// Loads the current run's settings into the form and every selected run's
// log history into the charts, one colour per run.
void TrainView::selectRuns() {
    if (controller_->isRunning()) return;
    const QList<QTreeWidgetItem*> items = runList_->selectedItems();
    if (items.isEmpty()) return;
    clearCharts();
    for (QTreeWidgetItem* it : items) {
        const QString dir = it->data(0, Qt::UserRole).toString();
        const int g = addChartGroup(QDir(dir).dirName());
        for (const train::MetricRow& r : readLogHistory(dir)) addMetrics(g, r);
    }
    for (MetricsChart* c : charts_) c->flush();  // one update per series for the whole history
    QTreeWidgetItem* current = runList_->currentItem();
    if (!current || !current->isSelected()) current = items.first();
    const RunInfo info = readRunInfo(current->data(0, Qt::UserRole).toString());
    if (info.config) setFormConfig(*info.config);
    if (!info.baseModelDir.isEmpty()) modelEdit_->setText(info.baseModelDir);
    if (!info.dataPath.isEmpty()) dataEdit_->setText(info.dataPath);
    if (!info.workspacePath.isEmpty() && workspace_ && QFileInfo(info.workspacePath) == QFileInfo(workspace_->path()))
        setPairsSource(PairsSource::Workspace);
    else if (!info.dataPath.isEmpty())
        setPairsSource(PairsSource::File);
    // An unfinished run is resumed in place; a finished one is a template for a new run.
    if (info.finished)
        newRunFolder();
    else
        runDirEdit_->setText(info.dir);
    lastOutcome_.reset();
    lastProgress_.reset();
    lastTrainProgress_.reset();
    renderOutcome();
    renderProgress();
    updateState();
}

}  // namespace ps::ui
