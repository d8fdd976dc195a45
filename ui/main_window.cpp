#include "main_window.h"

#include "io/safetensors.h"
#include "model/config.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ps::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("Prefstudio"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* title = new QLabel(tr("Open a Hugging Face LFM2 model folder (File > Open model...)."), central);
    details_ = new QPlainTextEdit(central);
    details_->setReadOnly(true);
    details_->setObjectName(QStringLiteral("modelDetails"));
    layout->addWidget(title);
    layout->addWidget(details_);
    setCentralWidget(central);
    status_ = new QLabel(tr("No model"), this);
    statusBar()->addWidget(status_);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open model..."));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseModel);
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    resize(900, 600);
}

void MainWindow::chooseModel() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Model folder"));
    if (!dir.isEmpty()) openModel(dir);
}

void MainWindow::openModel(const QString& dir) {
    auto config = model::Lfm2Config::fromFile(QDir(dir).filePath(QStringLiteral("config.json")));
    if (!config) {
        details_->setPlainText(tr("Cannot open this model: %1").arg(config.error().toString()));
        status_->setText(tr("No model"));
        return;
    }
    auto ckpt = io::Checkpoint::openFolder(dir);
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
                               .arg(dir)
                               .arg(double(c.parameterCount()) / 1e6, 0, 'f', 1)
                               .arg(c.hiddenSize)
                               .arg(c.ffDim())
                               .arg(types.join(QStringLiteral(", ")))
                               .arg(c.numAttentionHeads)
                               .arg(c.numKeyValueHeads)
                               .arg(c.vocabSize)
                               .arg(double(ckpt->totalBytes()) / 1e6, 0, 'f', 1)
                               .arg(ckpt->shardCount()));
    status_->setText(tr("Model: %1").arg(QDir(dir).dirName()));
}

}  // namespace ps::ui
