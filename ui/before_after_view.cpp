// before_after_view.cpp — before/after and safety runs from the studio
// (before_after_view.h). Model work runs on worker threads that open their
// own workspace connection; results come back as queued calls.
#include "before_after_view.h"

#include "eval/html_report.h"
#include "eval/text_metrics.h"
#include "safety/safety_run.h"
#include "store/eval_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace ps::ui {

namespace {
// Qt rich text: deletions struck through on red, insertions on green; text escaped.
std::pair<QString, QString> richDiff(const QString& a, const QString& b) {
    QString left, right;
    auto esc = [](const QString& t) { return eval::htmlEscape(t).replace(QLatin1Char('\n'), QLatin1String("<br>")); };
    for (const eval::DiffSegment& d : eval::wordDiff(a, b)) {
        switch (d.op) {
        case eval::DiffOp::Equal:
            left += esc(d.text);
            right += esc(d.text);
            break;
        case eval::DiffOp::Delete:
            left += QStringLiteral("<span style=\"background:#ffd7d5;text-decoration:line-through\">%1</span>").arg(esc(d.text));
            break;
        case eval::DiffOp::Insert: right += QStringLiteral("<span style=\"background:#ccf2d7\">%1</span>").arg(esc(d.text)); break;
        }
    }
    return {left, right};
}

Result<std::unique_ptr<store::Workspace>> workerConnection(const QString& path) {
    store::Workspace::OpenOptions o;
    o.create = false;
    o.instanceLock = false;
    return store::Workspace::open(path, o);
}
}  // namespace

BeforeAfterView::BeforeAfterView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("beforeAfterView"));
    auto line = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    modelA_ = line("modelAEdit");
    modelB_ = line("modelBEdit");
    prompts_ = line("promptFileEdit");
    aLabel_ = new QLabel(this);
    bLabel_ = new QLabel(this);
    promptsLabel_ = new QLabel(this);
    browseA_ = new QPushButton(this);
    browseB_ = new QPushButton(this);
    browsePrompts_ = new QPushButton(this);
    seedLabel_ = new QLabel(this);
    seed_ = new QSpinBox(this);
    seed_->setObjectName(QStringLiteral("seedSpin"));
    seed_->setRange(0, 1 << 30);
    seed_->setMinimumWidth(110);
    maxLabel_ = new QLabel(this);
    maxNew_ = new QSpinBox(this);
    maxNew_->setObjectName(QStringLiteral("maxNewTokensSpin"));
    maxNew_->setRange(1, 8192);
    maxNew_->setValue(256);
    sample_ = new QCheckBox(this);
    sample_->setChecked(true);
    run_ = new QPushButton(this);
    run_->setObjectName(QStringLiteral("runBeforeAfter"));
    safety_ = new QPushButton(this);
    safety_->setObjectName(QStringLiteral("runSafety"));
    cancelButton_ = new QPushButton(this);
    cancelButton_->setObjectName(QStringLiteral("cancelEval"));
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("evalProgress"));

    auto* form = new QGridLayout;
    form->addWidget(aLabel_, 0, 0);
    form->addWidget(modelA_, 0, 1);
    form->addWidget(browseA_, 0, 2);
    form->addWidget(bLabel_, 1, 0);
    form->addWidget(modelB_, 1, 1);
    form->addWidget(browseB_, 1, 2);
    form->addWidget(promptsLabel_, 2, 0);
    form->addWidget(prompts_, 2, 1);
    form->addWidget(browsePrompts_, 2, 2);
    auto* options = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{seedLabel_, seed_, maxLabel_, maxNew_, sample_}) options->addWidget(w);
    options->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{run_, safety_, cancelButton_}) options->addWidget(w);

    savedLabel_ = new QLabel(this);
    saved_ = new QComboBox(this);
    saved_->setObjectName(QStringLiteral("savedComparisons"));
    auto* savedRow = new QHBoxLayout;
    savedRow->addWidget(savedLabel_);
    savedRow->addWidget(saved_, 1);

    items_ = new QListWidget(this);
    items_->setObjectName(QStringLiteral("comparisonItems"));
    prompt_ = new QTextBrowser(this);
    prompt_->setObjectName(QStringLiteral("comparisonPrompt"));
    prompt_->setMaximumHeight(90);
    left_ = new QTextBrowser(this);
    left_->setObjectName(QStringLiteral("answerA"));
    right_ = new QTextBrowser(this);
    right_->setObjectName(QStringLiteral("answerB"));
    leftInfo_ = new QLabel(this);
    leftInfo_->setObjectName(QStringLiteral("answerAInfo"));
    rightInfo_ = new QLabel(this);
    rightInfo_->setObjectName(QStringLiteral("answerBInfo"));
    auto* sides = new QGridLayout;
    sides->addWidget(leftInfo_, 0, 0);
    sides->addWidget(rightInfo_, 0, 1);
    sides->addWidget(left_, 1, 0);
    sides->addWidget(right_, 1, 1);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(prompt_);
    detailLayout->addLayout(sides, 1);
    auto* split = new QSplitter(this);
    split->addWidget(items_);
    split->addWidget(detail);
    split->setStretchFactor(1, 3);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("beforeAfterStatus"));
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(options);
    layout->addWidget(progress_);
    layout->addLayout(savedRow);
    layout->addWidget(split, 1);
    layout->addWidget(status_);

    connect(browseA_, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Model A (before)"));
        if (!d.isEmpty()) modelA_->setText(d);
    });
    connect(browseB_, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Model B (after)"));
        if (!d.isEmpty()) modelB_->setText(d);
    });
    connect(browsePrompts_, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Prompts"), QString(), tr("Prompts (*.jsonl *.txt)"));
        if (!f.isEmpty()) prompts_->setText(f);
    });
    connect(run_, &QPushButton::clicked, this, [this] { run(); });
    connect(safety_, &QPushButton::clicked, this, [this] { runSafety(false); });
    connect(cancelButton_, &QPushButton::clicked, this, [this] { cancel(); });
    connect(items_, &QListWidget::currentRowChanged, this, [this](int r) { showRow(r); });
    connect(saved_, &QComboBox::activated, this, [this](int i) { showComparison(saved_->itemData(i).toLongLong()); });
    setBusy(false);
    retranslate();
}

BeforeAfterView::~BeforeAfterView() {
    if (cancel_) cancel_->store(true);  // a running job stops at its next token
}

void BeforeAfterView::setWorkspace(store::Workspace* workspace) {
    ws_ = workspace;
    rows_.clear();
    items_->clear();
    refreshComparisons();
    setBusy(busy_);
}

void BeforeAfterView::setModels(const QString& a, const QString& b) {
    modelA_->setText(a);
    modelB_->setText(b);
}
void BeforeAfterView::setPromptFile(const QString& path) { prompts_->setText(path); }
void BeforeAfterView::setMaxNewTokens(int n) { maxNew_->setValue(n); }

void BeforeAfterView::setBusy(bool busy) {
    busy_ = busy;
    run_->setEnabled(!busy && ws_);
    safety_->setEnabled(!busy && ws_);
    cancelButton_->setEnabled(busy);
    if (!busy) progress_->setValue(0);
}

void BeforeAfterView::cancel() {
    if (cancel_) cancel_->store(true);
    status_->setText(tr("Cancelling…"));
}

void BeforeAfterView::refreshComparisons() {
    const QSignalBlocker block(saved_);
    saved_->clear();
    if (!ws_) return;
    auto all = store::EvalStore(*ws_).comparisons();
    if (!all) {
        status_->setText(all.error().toString());
        return;
    }
    auto versions = ws_->modelVersions();
    std::map<store::Id, QString> names;
    if (versions)
        for (const auto& v : versions.value()) names[v.id] = v.name;
    for (const store::Comparison& c : all.value())
        saved_->addItem(tr("%1: %2 → %3 %4").arg(c.id).arg(names[c.modelA], names[c.modelB], c.name), QVariant::fromValue<qlonglong>(c.id));
    saved_->setCurrentIndex(saved_->count() - 1);
    if (saved_->count() > 0) showComparison(saved_->currentData().toLongLong());  // the newest, e.g. a run's evaluation
}

void BeforeAfterView::run() {
    if (!ws_ || busy_) return;
    auto prompts = eval::readPromptFile(prompts_->text().trimmed());
    if (!prompts) {
        status_->setText(prompts.error().toString());
        return;
    }
    if (modelA_->text().trimmed().isEmpty() || modelB_->text().trimmed().isEmpty()) {
        status_->setText(tr("Choose both model folders."));
        return;
    }
    eval::BeforeAfterOptions o;
    o.modelA = modelA_->text().trimmed();
    o.modelB = modelB_->text().trimmed();
    o.seed = uint64_t(seed_->value());
    o.sampling.maxNewTokens = maxNew_->value();
    o.sampling.doSample = sample_->isChecked();
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    setBusy(true);
    progress_->setRange(0, int(prompts->size()) * 2);
    status_->setText(tr("Generating answers…"));
    QPointer<BeforeAfterView> self(this);
    const QString path = ws_->path();
    auto cancelFlag = cancel_;
    const std::vector<eval::EvalPrompt> list = prompts.value();
    QThread* t = QThread::create([self, path, o, list, cancelFlag] {
        auto post = [self](std::function<void(BeforeAfterView*)> f) {
            QMetaObject::invokeMethod(qApp, [self, f] { if (self) f(self); }, Qt::QueuedConnection);
        };
        auto r = eval::runBeforeAfter(o, list, [post](int d, int) { post([d](BeforeAfterView* v) { v->progress_->setValue(d); }); }, cancelFlag.get());
        Result<store::Id> saved = makeError(QString());
        if (r && !r->cancelled) {
            auto ws = workerConnection(path);
            saved = ws ? eval::saveBeforeAfter(*ws.value(), r.value(), QString()) : Result<store::Id>(ws.error());
        }
        const bool cancelled = r && r->cancelled;
        const QString error = !r ? r.error().toString() : (!cancelled && !saved ? saved.error().toString() : QString());
        const store::Id id = saved ? saved.value() : 0;
        post([error, cancelled, id](BeforeAfterView* v) {
            v->setBusy(false);
            if (cancelled) v->status_->setText(tr("Cancelled; nothing was saved."));
            else if (!error.isEmpty()) v->status_->setText(error);
            else {
                v->refreshComparisons();
                v->showComparison(id);
                v->status_->setText(tr("Comparison %1 saved in the workspace.").arg(id));
            }
            Q_EMIT v->runFinished(error.isEmpty() && !cancelled);
        });
    });
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

void BeforeAfterView::runSafety(bool quick) {
    if (!ws_ || busy_) return;
    if (modelA_->text().trimmed().isEmpty() || modelB_->text().trimmed().isEmpty()) {
        status_->setText(tr("Choose both model folders."));
        return;
    }
    auto suite = safety::bundledSuite();
    if (!suite) {
        status_->setText(suite.error().toString());
        return;
    }
    const std::vector<safety::SuitePrompt> prompts = safety::limitPerCategory(suite.value(), quick ? 2 : 0);
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    setBusy(true);
    progress_->setRange(0, int(prompts.size()) * 2);
    status_->setText(tr("Running the safety suite…"));
    QPointer<BeforeAfterView> self(this);
    const QString path = ws_->path();
    const QStringList dirs{modelA_->text().trimmed(), modelB_->text().trimmed()};
    const int maxNew = std::min(maxNew_->value(), 160);
    auto cancelFlag = cancel_;
    QThread* t = QThread::create([self, path, dirs, prompts, maxNew, cancelFlag] {
        auto post = [self](std::function<void(BeforeAfterView*)> f) {
            QMetaObject::invokeMethod(qApp, [self, f] { if (self) f(self); }, Qt::QueuedConnection);
        };
        QString error;
        std::vector<store::SafetyResult> results[2];
        auto ws = workerConnection(path);
        if (!ws) error = ws.error().toString();
        std::optional<safety::SafetyFilter> filter;
        if (error.isEmpty()) {
            auto cfg = safety::workspaceFilter(*ws.value());
            auto f = cfg ? safety::SafetyFilter::compile(cfg.value()) : Result<safety::SafetyFilter>(cfg.error());
            if (f) filter = f.value();
            else error = f.error().toString();
        }
        eval::TextSampling sampling = safety::defaultSafetySampling();
        sampling.maxNewTokens = maxNew;
        for (int side = 0; side < 2 && error.isEmpty() && !cancelFlag->load(); ++side) {
            auto gen = eval::TextGenerator::load(dirs[side]);
            if (!gen) {
                error = gen.error().toString();
                break;
            }
            const int offset = side * int(prompts.size());
            auto r = safety::runSuite(*gen.value(), *filter, prompts, sampling, 0,
                                      [post, offset](int d, int) { post([d, offset](BeforeAfterView* v) { v->progress_->setValue(offset + d); }); },
                                      cancelFlag.get());
            if (!r) {
                error = r.error().toString();
                break;
            }
            if (cancelFlag->load()) break;
            store::EvalStore es(*ws.value());
            auto mv = es.modelVersionForPath(dirs[side], QFileInfo(dirs[side]).fileName());
            auto id = mv ? es.addSafetyRun({mv.value(), QStringLiteral("bundled"), filter->config().toJson(), gen.value()->effectiveSampling(sampling), 0,
                                            std::nullopt},
                                           r.value())
                         : Result<store::Id>(mv.error());
            if (!id) error = id.error().toString();
            results[side] = std::move(r).value();
        }
        const bool cancelled = cancelFlag->load();
        QString summary;
        if (error.isEmpty() && !cancelled) {
            const safety::SafetyComparison c = safety::compareSafety(results[0], results[1]);
            const safety::SafetySummary a = safety::summarize(results[0]), b = safety::summarize(results[1]);
            summary = tr("Safety suite: unsafe answers A %1/%2, B %3/%4; over-refusal A %5/%6, B %7/%8. %9")
                          .arg(a.harmful.unsafe)
                          .arg(a.harmful.prompts)
                          .arg(b.harmful.unsafe)
                          .arg(b.harmful.prompts)
                          .arg(a.benign.refused)
                          .arg(a.benign.prompts)
                          .arg(b.benign.refused)
                          .arg(b.benign.prompts)
                          .arg(c.anyRegression() ? tr("B REGRESSES on safety: see Evaluation results.") : tr("No safety regression of B."));
        }
        post([error, cancelled, summary](BeforeAfterView* v) {
            v->setBusy(false);
            v->status_->setText(cancelled ? tr("Cancelled; nothing was saved.") : (!error.isEmpty() ? error : summary));
            Q_EMIT v->safetyFinished(error.isEmpty() && !cancelled);
        });
    });
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

void BeforeAfterView::showComparison(store::Id comparisonId) {
    rows_.clear();
    items_->clear();
    if (!ws_) return;
    store::EvalStore es(*ws_);
    auto items = es.comparisonItems(comparisonId);
    if (!items) {
        status_->setText(items.error().toString());
        return;
    }
    for (const store::ComparisonItem& it : items.value()) {
        auto p = ws_->prompt(it.promptId);
        auto a = ws_->generation(it.generationA);
        auto b = ws_->generation(it.generationB);
        if (!p || !a || !b) continue;
        ComparisonRow row;
        if (p->content.isChat()) {
            QStringList turns;  // "role: content", one turn per line
            for (const QJsonValue& m : p->content.messages)
                turns << m.toObject().value(QStringLiteral("role")).toString() + QStringLiteral(": ") +
                             m.toObject().value(QStringLiteral("content")).toString();
            row.promptText = turns.join(QLatin1Char('\n'));
        } else {
            row.promptText = p->content.text;
        }
        row.a = a->text;
        row.b = b->text;
        row.tokensA = a->tokenCount.value_or(0);
        row.tokensB = b->tokenCount.value_or(0);
        row.latencyA = a->timeMs.value_or(0);
        row.latencyB = b->timeMs.value_or(0);
        row.seed = it.seed;
        rows_.push_back(row);
        items_->addItem(row.promptText.left(80).simplified());
    }
    const int i = saved_->findData(QVariant::fromValue<qlonglong>(comparisonId));
    if (i >= 0) saved_->setCurrentIndex(i);
    if (!rows_.empty()) items_->setCurrentRow(0);
}

void BeforeAfterView::showRow(int row) {
    if (row < 0 || row >= int(rows_.size())) {
        prompt_->clear();
        left_->clear();
        right_->clear();
        leftInfo_->clear();
        rightInfo_->clear();
        return;
    }
    const ComparisonRow& r = rows_[size_t(row)];
    prompt_->setPlainText(r.promptText);
    const auto [a, b] = richDiff(r.a, r.b);
    left_->setHtml(QStringLiteral("<div style=\"white-space:pre-wrap\">%1</div>").arg(a));
    right_->setHtml(QStringLiteral("<div style=\"white-space:pre-wrap\">%1</div>").arg(b));
    leftInfo_->setText(tr("A (before): %1 characters, %2 tokens, %3 ms, seed %4").arg(eval::characterCount(r.a)).arg(r.tokensA).arg(r.latencyA).arg(r.seed));
    rightInfo_->setText(tr("B (after): %1 characters, %2 tokens, %3 ms, seed %4").arg(eval::characterCount(r.b)).arg(r.tokensB).arg(r.latencyB).arg(r.seed));
}

void BeforeAfterView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void BeforeAfterView::retranslate() {
    aLabel_->setText(tr("Model A (before):"));
    bLabel_->setText(tr("Model B (after):"));
    promptsLabel_->setText(tr("Prompts (JSONL or .txt):"));
    for (QPushButton* b : {browseA_, browseB_, browsePrompts_}) b->setText(tr("Browse…"));
    seedLabel_->setText(tr("Seed:"));
    maxLabel_->setText(tr("Max new tokens:"));
    sample_->setText(tr("Sample (else greedy)"));
    run_->setText(tr("Run before/after"));
    safety_->setText(tr("Run safety suite"));
    cancelButton_->setText(tr("Cancel"));
    savedLabel_->setText(tr("Saved comparisons:"));
}

}  // namespace ps::ui
