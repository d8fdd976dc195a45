#include "main_window.h"

#include "annotate_view.h"
#include "before_after_view.h"
#include "blind_eval_view.h"
#include "eval_results_view.h"
#include "io/safetensors.h"
#include "quality_view.h"
#include "store/workspace.h"
#include "train_controller.h"
#include "train_view.h"
#include "prompts_view.h"
#include "model/config.h"
#include "util/i18n.h"
#include "util/runtime.h"

#include <QAction>
#include <QCloseEvent>
#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ps::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("mainTabs"));
    tabs_->setDocumentMode(true);
    // The tabs in the order of the loop: prompts and candidates, annotation,
    // data quality, training, evaluation, then the model page.
    auto* promptsView = new PromptsView(tabs_);
    promptsView->setObjectName(QStringLiteral("promptsView"));
    tabs_->addTab(promptsView, QString());
    connect(this, &MainWindow::workspaceChanged, promptsView, &PromptsView::setWorkspace);
    annotateView_ = new AnnotateView(tabs_);
    annotateView_->setObjectName(QStringLiteral("annotateView"));
    tabs_->addTab(annotateView_, QString());
    annotateView_->setAnnotator(annotatorName());
    connect(this, &MainWindow::workspaceChanged, annotateView_, &AnnotateView::setWorkspace);
    connect(this, &MainWindow::annotatorChanged, annotateView_, &AnnotateView::setAnnotator);
    auto* qualityView = new QualityView(tabs_);
    qualityView->setObjectName(QStringLiteral("qualityView"));
    tabs_->addTab(qualityView, QString());
    connect(this, &MainWindow::workspaceChanged, qualityView, &QualityView::setWorkspace);
    trainView_ = new TrainView(tabs_);
    trainView_->setObjectName(QStringLiteral("trainView"));
    connect(this, &MainWindow::workspaceChanged, trainView_, &TrainView::setWorkspace);
    tabs_->addTab(trainView_, QString());
    // Evaluation: before/after runs, the reviewer's blind tab, the product owner's results tab.
    auto* beforeAfter = new BeforeAfterView(tabs_);
    tabs_->addTab(beforeAfter, QString());
    connect(this, &MainWindow::workspaceChanged, beforeAfter, &BeforeAfterView::setWorkspace);
    auto* blindEval = new BlindEvalView(tabs_);
    auto* evalResults = new EvalResultsView(tabs_);
    tabs_->addTab(blindEval, QString());
    tabs_->addTab(evalResults, QString());
    connect(this, &MainWindow::workspaceChanged, blindEval, &BlindEvalView::setWorkspace);
    connect(this, &MainWindow::workspaceChanged, evalResults, &EvalResultsView::setWorkspace);
    connect(this, &MainWindow::annotatorChanged, blindEval, &BlindEvalView::setReviewer);
    connect(blindEval, &BlindEvalView::judged, evalResults, &EvalResultsView::judgmentsChanged);
    // A finished run brings its continuous evaluation: before/after and safety results.
    connect(trainView_, &TrainView::runFinished, beforeAfter, &BeforeAfterView::refreshComparisons);
    connect(trainView_, &TrainView::runFinished, evalResults, &EvalResultsView::judgmentsChanged);
    connect(trainView_, &TrainView::beforeAfterRequested, this, [this] { showView(QStringLiteral("beforeAfterView")); });
    blindEval->setReviewer(annotatorName());
    auto* modelPage = new QWidget(tabs_);
    modelPage->setObjectName(QStringLiteral("modelPage"));
    auto* layout = new QVBoxLayout(modelPage);
    intro_ = new QLabel(modelPage);
    details_ = new QPlainTextEdit(modelPage);
    details_->setReadOnly(true);
    details_->setObjectName(QStringLiteral("modelDetails"));
    layout->addWidget(intro_);
    layout->addWidget(details_);
    tabs_->addTab(modelPage, QString());
    setCentralWidget(tabs_);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(status_);
    workspaceStatus_ = new QLabel(this);
    workspaceStatus_->setObjectName(QStringLiteral("workspaceStatusLabel"));
    statusBar()->addPermanentWidget(workspaceStatus_);

    fileMenu_ = menuBar()->addMenu(QString());
    newWorkspaceAction_ = fileMenu_->addAction(QString());
    newWorkspaceAction_->setShortcut(QKeySequence::New);
    connect(newWorkspaceAction_, &QAction::triggered, this, [this] { chooseWorkspace(true); });
    openWorkspaceAction_ = fileMenu_->addAction(QString());
    connect(openWorkspaceAction_, &QAction::triggered, this, [this] { chooseWorkspace(false); });
    annotatorAction_ = fileMenu_->addAction(QString());
    connect(annotatorAction_, &QAction::triggered, this, &MainWindow::askAnnotatorName);
    fileMenu_->addSeparator();
    openAction_ = fileMenu_->addAction(QString());
    openAction_->setShortcut(QKeySequence::Open);
    connect(openAction_, &QAction::triggered, this, &MainWindow::chooseModel);
    quitAction_ = fileMenu_->addAction(QString());
    quitAction_->setShortcut(QKeySequence::Quit);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    languageMenu_ = menuBar()->addMenu(QString());
    auto* group = new QActionGroup(this);
    // Language names are shown in their own language, so they are not translated.
    englishAction_ = languageMenu_->addAction(QStringLiteral("English"));
    vietnameseAction_ = languageMenu_->addAction(QStringLiteral("Tiếng Việt"));
    englishAction_->setObjectName(QStringLiteral("languageEn"));
    vietnameseAction_->setObjectName(QStringLiteral("languageVi"));
    for (QAction* a : {englishAction_, vietnameseAction_}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    connect(englishAction_, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(vietnameseAction_, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("vi")); });
    (installedLanguage() == QLatin1String("vi") ? vietnameseAction_ : englishAction_)->setChecked(true);

    retranslate();
    // Reopen the tab that was in front last time (by name: the tab order may change between versions).
    if (auto* last = tabs_->findChild<QWidget*>(QSettings().value(QStringLiteral("ui/tabName")).toString()); last && tabs_->indexOf(last) >= 0)
        tabs_->setCurrentWidget(last);
    connect(tabs_, &QTabWidget::currentChanged, this,
            [this](int i) { QSettings().setValue(QStringLiteral("ui/tabName"), tabs_->widget(i)->objectName()); });
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

Status MainWindow::openWorkspace(const QString& path) {
    auto opened = store::Workspace::open(path);
    if (!opened) return opened.error();
    // Views drop their pointers to the old workspace before it is closed.
    auto previous = std::move(workspace_);
    workspace_ = std::move(opened.value());
    QSettings().setValue(QStringLiteral("ui/workspace"), QFileInfo(path).absoluteFilePath());
    Q_EMIT workspaceChanged(workspace_.get());
    previous.reset();
    retranslate();
    return {};
}

void MainWindow::closeWorkspace() {
    if (!workspace_) return;
    Q_EMIT workspaceChanged(nullptr);
    workspace_.reset();
    retranslate();
}

QString MainWindow::annotatorName() const {
    QString fallback = qEnvironmentVariable("USER");
    if (fallback.isEmpty()) fallback = QStringLiteral("annotator");
    return QSettings().value(QStringLiteral("ui/annotator"), fallback).toString();
}

void MainWindow::setAnnotatorName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == annotatorName()) return;
    QSettings().setValue(QStringLiteral("ui/annotator"), trimmed);
    Q_EMIT annotatorChanged(trimmed);
    retranslate();
}

void MainWindow::askAnnotatorName() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Annotator"), tr("Your name (recorded with every vote):"), QLineEdit::Normal,
                                               annotatorName(), &ok);
    if (ok) setAnnotatorName(name);
}

void MainWindow::chooseWorkspace(bool create) {
    const QString filter = tr("Prefstudio workspace (*.prefstudio *.sqlite *.db)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New workspace"), QString(), filter)
                                : QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(), filter);
    if (path.isEmpty()) return;
    if (Status s = openWorkspace(path); !s)
        QMessageBox::warning(this, tr("Workspace"), tr("Cannot open the workspace: %1").arg(s.error().toString()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (trainView_->controller()->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Training is running"),
            tr("A training run is in progress. Stop it and quit? It saves a checkpoint first, and pressing Resume later continues it."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        trainView_->controller()->cancel();  // the controller waits for the checkpoint when it is destroyed
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showView(const QString& objectName) {
    if (auto* w = tabs_->findChild<QWidget*>(objectName); w && tabs_->indexOf(w) >= 0) tabs_->setCurrentWidget(w);
}

void MainWindow::showTrainView() { tabs_->setCurrentWidget(trainView_); }

void MainWindow::setLanguage(const QString& language) {
    installTranslation(language);  // English has no .qm: removing the translator is enough
    QSettings().setValue(QStringLiteral("ui/language"), language);
    (language == QLatin1String("vi") ? vietnameseAction_ : englishAction_)->setChecked(true);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Prefstudio"));
    intro_->setText(tr("Open a Hugging Face LFM2 model folder (File > Open model...)."));
    fileMenu_->setTitle(tr("&File"));
    newWorkspaceAction_->setText(tr("&New workspace..."));
    openWorkspaceAction_->setText(tr("Open &workspace..."));
    annotatorAction_->setText(tr("&Annotator name..."));
    openAction_->setText(tr("&Open model..."));
    quitAction_->setText(tr("&Quit"));
    languageMenu_->setTitle(tr("&Language"));
    tabs_->setTabText(tabs_->indexOf(tabs_->findChild<QWidget*>(QStringLiteral("modelPage"))), tr("Model"));
    tabs_->setTabText(tabs_->indexOf(trainView_), tr("Train"));
    tabs_->setTabText(tabs_->indexOf(annotateView_), tr("Annotate"));
    tabs_->setTabText(tabs_->indexOf(tabs_->findChild<PromptsView*>(QStringLiteral("promptsView"))), tr("Prompts"));
    tabs_->setTabText(tabs_->indexOf(tabs_->findChild<QWidget*>(QStringLiteral("qualityView"))), tr("Quality"));
    tabs_->setTabText(tabs_->indexOf(tabs_->findChild<QWidget*>(QStringLiteral("beforeAfterView"))), tr("Before/after"));
    tabs_->setTabText(tabs_->indexOf(tabs_->findChild<QWidget*>(QStringLiteral("blindEvalView"))), tr("Blind evaluation"));
    tabs_->setTabText(tabs_->indexOf(tabs_->findChild<QWidget*>(QStringLiteral("evalResultsView"))), tr("Evaluation results"));
    workspaceStatus_->setText(workspace_ ? tr("Workspace: %1 · annotator: %2").arg(QFileInfo(workspace_->path()).fileName(), annotatorName())
                                         : tr("No workspace"));
    showModel();
}

void MainWindow::chooseModel() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Model folder"));
    if (!dir.isEmpty()) openModel(dir);
}

void MainWindow::openModel(const QString& dir) {
    modelDir_ = dir;
    trainView_->setBaseModel(dir);  // a starting point for the Train tab, unless one is chosen there
    showModel();
}

void MainWindow::showModel() {
    if (modelDir_.isEmpty()) {
        details_->clear();
        status_->setText(tr("No model"));
        return;
    }
    auto config = model::Lfm2Config::fromFile(QDir(modelDir_).filePath(QStringLiteral("config.json")));
    auto ckpt = config ? io::Checkpoint::openFolder(modelDir_) : Result<io::Checkpoint>(config.error());
    if (!ckpt) {
        details_->setPlainText(tr("Cannot open this model: %1").arg(ckpt.error().toString()));
        status_->setText(tr("No model"));
        return;
    }
    const model::Lfm2Config& c = config.value();
    QStringList types;
    for (int i = 0; i < c.numHiddenLayers; ++i) types << (c.isAttention(i) ? tr("attention") : tr("conv"));
    details_->setPlainText(tr("Folder: %1\nParameters: %2 M\nHidden size: %3, feed-forward: %4\nLayers: %5\nHeads: %6 query, %7 key/value\n"
                              "Vocabulary: %8\nWeights: %9 MB in %10 file(s)")
                               .arg(modelDir_)
                               .arg(double(c.parameterCount()) / 1e6, 0, 'f', 1)
                               .arg(c.hiddenSize)
                               .arg(c.ffDim())
                               .arg(types.join(QStringLiteral(", ")))
                               .arg(c.numAttentionHeads)
                               .arg(c.numKeyValueHeads)
                               .arg(c.vocabSize)
                               .arg(double(ckpt->totalBytes()) / 1e6, 0, 'f', 1)
                               .arg(ckpt->shardCount()));
    details_->appendPlainText(tr("Computes on: %1 (--device or PREFSTUDIO_DEVICE changes it)").arg(computeDeviceName()));
    status_->setText(tr("Model: %1").arg(QDir(modelDir_).dirName()));
}

}  // namespace ps::ui
