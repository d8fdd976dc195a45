// eval_results_view.cpp — sessions, results and report export for the
// product owner (eval_results_view.h).
#include "eval_results_view.h"

#include "eval/html_report.h"
#include "safety/safety_run.h"
#include "store/eval_store.h"
#include "util/atomic_file.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace ps::ui {

namespace {
QTableWidgetItem* cell(const QString& text, bool number = false) {
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number) i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}
QString f3(double v) { return QString::number(v, 'f', 3); }
constexpr int kMaxFittedRows = 8;
}  // namespace

EvalResultsView::EvalResultsView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("evalResultsView"));
    sessionLabel_ = new QLabel(this);
    sessions_ = new QComboBox(this);
    sessions_->setObjectName(QStringLiteral("resultsSessionCombo"));
    newSession_ = new QPushButton(this);
    newSession_->setObjectName(QStringLiteral("newSession"));
    refresh_ = new QPushButton(this);
    refresh_->setObjectName(QStringLiteral("refreshResults"));
    export_ = new QPushButton(this);
    export_->setObjectName(QStringLiteral("exportReport"));
    close_ = new QPushButton(this);
    close_->setObjectName(QStringLiteral("closeSession"));
    filter_ = new QPushButton(this);
    filter_->setObjectName(QStringLiteral("editSafetyFilter"));
    auto* top = new QHBoxLayout;
    top->addWidget(sessionLabel_);
    top->addWidget(sessions_, 1);
    for (QPushButton* b : {newSession_, refresh_, close_, export_, filter_}) top->addWidget(b);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("resultsSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    winRatesLabel_ = new QLabel(this);
    winRates_ = new QTableWidget(0, 7, this);
    winRates_->setObjectName(QStringLiteral("winRates"));
    leaderboardLabel_ = new QLabel(this);
    leaderboard_ = new QTableWidget(0, 4, this);
    leaderboard_->setObjectName(QStringLiteral("leaderboard"));
    for (QTableWidget* t : {winRates_, leaderboard_}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    metricsLabel_ = new QLabel(this);
    metrics_ = new QTableWidget(0, 8, this);
    metrics_->setObjectName(QStringLiteral("annotationMetrics"));
    safetyLabel_ = new QLabel(this);
    safety_ = new QTableWidget(0, 5, this);
    safety_->setObjectName(QStringLiteral("safetyComparison"));
    for (QTableWidget* t : {metrics_, safety_}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    // The short tables are as tall as their rows (up to kMaxFittedRows, then they
    // scroll); the safety table, often the longest, takes the remaining room.
    for (QTableWidget* t : {winRates_, leaderboard_, metrics_}) {
        t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        t->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    }
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("resultsStatus"));
    status_->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(summary_);
    layout->addWidget(winRatesLabel_);
    layout->addWidget(winRates_);
    layout->addWidget(leaderboardLabel_);
    layout->addWidget(leaderboard_);
    layout->addWidget(metricsLabel_);
    layout->addWidget(metrics_);
    layout->addWidget(safetyLabel_);
    layout->addWidget(safety_, 1);
    layout->addWidget(status_);

    connect(sessions_, &QComboBox::currentIndexChanged, this, [this] { refreshResults(); });
    connect(refresh_, &QPushButton::clicked, this, [this] { refreshResults(); });
    connect(newSession_, &QPushButton::clicked, this, [this] { newSessionDialog(); });
    connect(export_, &QPushButton::clicked, this, [this] { exportDialog(); });
    connect(filter_, &QPushButton::clicked, this, [this] { filterDialog(); });
    connect(close_, &QPushButton::clicked, this, [this] {
        if (!ws_ || !sessionId()) return;
        Status s = store::EvalStore(*ws_).setSessionStatus(*sessionId(), store::SessionStatus::Closed);
        status_->setText(s ? tr("Session closed: reviewers can no longer judge it.") : s.error().toString());
    });
    retranslate();
}

EvalResultsView::~EvalResultsView() = default;

void EvalResultsView::setWorkspace(store::Workspace* workspace) {
    ws_ = workspace;
    report_.reset();
    refreshSessions();
}

std::optional<store::Id> EvalResultsView::sessionId() const {
    if (sessions_->currentIndex() < 0) return std::nullopt;
    return sessions_->currentData().toLongLong();
}

void EvalResultsView::refreshSessions() {
    const auto keep = sessionId();
    {
        const QSignalBlocker block(sessions_);
        sessions_->clear();
        if (ws_) {
            auto all = store::EvalStore(*ws_).sessions();
            if (all)
                for (const store::Session& s : all.value())
                    sessions_->addItem(s.name.isEmpty() ? tr("Session %1").arg(s.id) : tr("Session %1: %2").arg(s.id).arg(s.name),
                                       QVariant::fromValue<qlonglong>(s.id));
        }
        const int i = keep ? sessions_->findData(QVariant::fromValue<qlonglong>(*keep)) : -1;
        sessions_->setCurrentIndex(i >= 0 ? i : sessions_->count() - 1);
    }
    for (QPushButton* b : {export_, close_}) b->setEnabled(sessions_->count() > 0);
    refresh_->setEnabled(ws_ != nullptr);  // without a session: the evidence of every model version
    newSession_->setEnabled(ws_ != nullptr);
    filter_->setEnabled(ws_ != nullptr);
    refreshResults();
}

void EvalResultsView::selectSession(store::Id id) {
    const int i = sessions_->findData(QVariant::fromValue<qlonglong>(id));
    if (i >= 0) sessions_->setCurrentIndex(i);
}

Result<store::Id> EvalResultsView::createSession(const QString& name, const std::vector<store::Id>& models, int answersPerPrompt,
                                                 const QStringList& reviewers, uint64_t seed) {
    if (!ws_) return makeError(tr("No workspace is open."));
    auto prompts = eval::promptsAnsweredByAll(*ws_, models, answersPerPrompt);
    if (!prompts) return prompts.error();
    if (prompts->empty())
        return makeError(tr("No prompt has %1 answer(s) from every chosen model version. Run a before/after comparison first.").arg(answersPerPrompt));
    eval::SessionSpec spec;
    spec.name = name;
    spec.modelVersions = models;
    spec.prompts = prompts.value();
    spec.answersPerPrompt = answersPerPrompt;
    spec.seed = seed;
    auto ids = reviewerIds(reviewers);
    if (!ids) return ids.error();
    spec.reviewers = ids.value();
    auto id = eval::createBlindSession(*ws_, spec);
    if (!id) return id.error();
    refreshSessions();
    selectSession(id.value());
    return id;
}

Result<store::Id> EvalResultsView::createSessionFromComparison(const QString& name, store::Id comparisonId, const QStringList& reviewers,
                                                              uint64_t seed) {
    if (!ws_) return makeError(tr("No workspace is open."));
    auto ids = reviewerIds(reviewers);
    if (!ids) return ids.error();
    auto id = eval::createBlindSessionFromComparison(*ws_, comparisonId, name, ids.value(), seed);
    if (!id) return id.error();
    refreshSessions();
    selectSession(id.value());
    return id;
}

Result<std::vector<store::Id>> EvalResultsView::reviewerIds(const QStringList& names) {
    std::vector<store::Id> out;
    for (const QString& r : names) {
        if (r.trimmed().isEmpty()) continue;
        auto id = ws_->annotatorId(r.trimmed(), true);
        if (!id) return id.error();
        out.push_back(id.value());
    }
    return out;
}

void EvalResultsView::newSessionDialog() {
    if (!ws_) return;
    auto versions = ws_->modelVersions();
    if (!versions) {
        status_->setText(versions.error().toString());
        return;
    }
    QDialog d(this);
    d.setWindowTitle(tr("New blind evaluation session"));
    auto* name = new QLineEdit(&d);
    auto* models = new QListWidget(&d);
    for (const store::ModelVersion& v : versions.value()) {
        auto* item = new QListWidgetItem(v.name, models);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(v.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* answers = new QSpinBox(&d);
    answers->setRange(1, 16);
    // Either every answer the chosen versions have, or the pairs of one saved
    // before/after comparison (same prompt and seed on both sides).
    auto* source = new QComboBox(&d);
    source->setObjectName(QStringLiteral("sessionPairsSource"));
    source->addItem(tr("Answers of the chosen model versions"), QVariant::fromValue<qlonglong>(0));
    if (auto comparisons = store::EvalStore(*ws_).comparisons())
        for (const store::Comparison& c : comparisons.value())
            source->addItem(tr("Before/after comparison %1: %2").arg(c.id).arg(c.name), QVariant::fromValue<qlonglong>(c.id));
    connect(source, &QComboBox::currentIndexChanged, &d, [source, models, answers] {
        const bool fromModels = source->currentData().toLongLong() == 0;
        models->setEnabled(fromModels);
        answers->setEnabled(fromModels);
    });
    auto* reviewers = new QLineEdit(&d);
    reviewers->setPlaceholderText(tr("names separated by commas; empty: anyone"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    auto* form = new QFormLayout(&d);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Pairs from"), source);
    form->addRow(tr("Model versions (two or more)"), models);
    form->addRow(tr("Answers per prompt"), answers);
    form->addRow(tr("Reviewers"), reviewers);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted) return;
    const QStringList reviewerNames = reviewers->text().split(QLatin1Char(','));
    const uint64_t seed = QRandomGenerator::global()->generate64();
    if (const store::Id comparison = source->currentData().toLongLong(); comparison != 0) {
        auto id = createSessionFromComparison(name->text(), comparison, reviewerNames, seed);
        status_->setText(id ? tr("Session %1 created.").arg(id.value()) : id.error().toString());
        return;
    }
    std::vector<store::Id> chosen;
    for (int i = 0; i < models->count(); ++i)
        if (models->item(i)->checkState() == Qt::Checked) chosen.push_back(models->item(i)->data(Qt::UserRole).toLongLong());
    auto id = createSession(name->text(), chosen, answers->value(), reviewerNames, seed);
    status_->setText(id ? tr("Session %1 created.").arg(id.value()) : id.error().toString());
}

void EvalResultsView::refreshResults() {
    const int generation = ++generation_;
    const auto sid = sessionId();
    if (!ws_) {
        report_.reset();
        for (QTableWidget* t : {winRates_, leaderboard_, metrics_, safety_}) t->setRowCount(0);
        summary_->clear();
        return;
    }
    status_->setText(tr("Computing results…"));
    refresh_->setEnabled(false);
    QPointer<EvalResultsView> self(this);
    const QString path = ws_->path();
    // Without a session: the evidence of every model version (metrics, safety against its parent).
    const store::Id session = sid ? *sid : 0;
    QThread* t = QThread::create([self, path, session, generation] {
        // The worker's own connection (a Workspace is used by the thread that opened it).
        store::Workspace::OpenOptions o;
        o.create = false;
        o.instanceLock = false;
        auto ws = store::Workspace::open(path, o);
        Result<eval::SessionReport> r = !ws              ? Result<eval::SessionReport>(ws.error())
                                        : session != 0 ? eval::buildSessionReport(*ws.value(), session)
                                                       : eval::buildWorkspaceEvidence(*ws.value());
        if (!self) return;
        QMetaObject::invokeMethod(self, [self, r, generation] {
            if (!self || generation != self->generation_) return;
            self->refresh_->setEnabled(true);
            if (!r) {
                self->status_->setText(r.error().toString());
                return;
            }
            self->showReport(r.value());
        }, Qt::QueuedConnection);
    });
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

void EvalResultsView::showReport(const eval::SessionReport& r) {
    report_ = r;
    auto name = [&](store::Id id) { return r.modelNames.count(id) ? r.modelNames.at(id) : QString::number(id); };
    winRates_->setRowCount(int(r.results.pairwise.size()));
    int row = 0;
    QStringList summary;
    for (const eval::PairwiseResult& p : r.results.pairwise) {
        winRates_->setItem(row, 0, cell(name(p.modelY)));
        winRates_->setItem(row, 1, cell(name(p.modelX)));
        winRates_->setItem(row, 2, cell(QStringLiteral("%1 / %2 / %3").arg(p.counts.wins).arg(p.counts.ties).arg(p.counts.losses), true));
        winRates_->setItem(row, 3, cell(f3(p.counts.winRate()), true));
        winRates_->setItem(row, 4, cell(QStringLiteral("[%1, %2]").arg(f3(p.wilson.lo), f3(p.wilson.hi)), true));
        winRates_->setItem(row, 5, cell(QStringLiteral("[%1, %2]").arg(f3(p.bootstrap.winRateCi.lo), f3(p.bootstrap.winRateCi.hi)), true));
        winRates_->setItem(row, 6, cell(QString::number(p.prompts), true));
        summary << tr("%1 vs %2: win rate %3 (95% Wilson %4–%5, bootstrap %6–%7) from %8 judgments")
                       .arg(name(p.modelY), name(p.modelX), f3(p.counts.winRate()), f3(p.wilson.lo), f3(p.wilson.hi), f3(p.bootstrap.winRateCi.lo),
                            f3(p.bootstrap.winRateCi.hi))
                       .arg(p.counts.n());
        ++row;
    }
    leaderboard_->setRowCount(int(r.results.leaderboard.size()));
    row = 0;
    for (const eval::LeaderboardRow& l : r.results.leaderboard) {
        leaderboard_->setItem(row, 0, cell(name(l.model)));
        leaderboard_->setItem(row, 1, cell(QString::number(l.rating, 'f', 0), true));
        leaderboard_->setItem(row, 2, cell(QStringLiteral("[%1, %2]").arg(QString::number(l.ratingCi.lo, 'f', 0), QString::number(l.ratingCi.hi, 'f', 0)), true));
        leaderboard_->setItem(row, 3, cell(QStringLiteral("%1 / %2 / %3").arg(l.wins).arg(l.ties).arg(l.losses), true));
        ++row;
    }
    auto pct = [](double v) { return QString::number(100.0 * v, 'f', 1) + QLatin1Char('%'); };
    metrics_->setRowCount(int(r.annotation.size()));
    row = 0;
    for (const eval::ModelAnnotationMetrics& m : r.annotation) {
        QString heldOut = QStringLiteral("–");
        if (r.heldOut.count(m.modelVersionId)) {
            const eval::HeldOutMetrics& h = r.heldOut.at(m.modelVersionId);
            heldOut = (h.rewardAccuracy ? pct(*h.rewardAccuracy) : QStringLiteral("–")) + QStringLiteral(" / ") +
                      (h.klToBase ? QString::number(*h.klToBase, 'f', 3) : QStringLiteral("–"));
        }
        const QString values[] = {m.name, QString::number(m.counts.shown), pct(m.counts.acceptanceRate()), pct(m.counts.editFrequency()),
                                  QString::number(m.counts.meanEditDistance(), 'f', 1), pct(m.counts.flagRate()),
                                  QString::number(m.meanLength, 'f', 1) + (m.lengthVsParent ? QStringLiteral(" (×%1)").arg(*m.lengthVsParent, 0, 'f', 2) : QString()),
                                  heldOut};
        for (int c = 0; c < 8; ++c) metrics_->setItem(row, c, cell(values[c], c > 0));
        ++row;
    }
    int safetyRows = 0;
    for (const eval::SafetyPairReport& s : r.safety) safetyRows += int(s.comparison.categories.size()) + 1;
    safety_->setRowCount(safetyRows);
    row = 0;
    for (const eval::SafetyPairReport& s : r.safety) {
        std::vector<safety::CategoryComparison> rows = s.comparison.categories;
        rows.push_back(s.comparison.overall);
        for (const safety::CategoryComparison& c : rows) {
            const QString label = c.overRefusal ? tr("%1 (over-refusal)").arg(c.category) : tr("%1 (unsafe)").arg(c.category);
            safety_->setItem(row, 0, cell(tr("%1 vs %2: %3").arg(name(s.tunedModel), name(s.baseModel), label)));
            safety_->setItem(row, 1, cell(pct(c.baseRate), true));
            safety_->setItem(row, 2, cell(pct(c.tunedRate), true));
            safety_->setItem(row, 3, cell(QString::number(c.pValue, 'f', 3), true));
            safety_->setItem(row, 4, cell(c.regression ? tr("REGRESSION") : QString()));
            if (c.regression)
                for (int col = 0; col < 5; ++col) safety_->item(row, col)->setBackground(QColor(255, 227, 224));
            ++row;
        }
    }
    for (QTableWidget* t : {winRates_, leaderboard_, metrics_, safety_}) {
        t->resizeColumnsToContents();
        t->resizeRowsToContents();
    }
    for (QTableWidget* t : {winRates_, leaderboard_, metrics_}) {
        int rows = 0;
        for (int i = 0; i < std::min(t->rowCount(), kMaxFittedRows); ++i) rows += t->rowHeight(i);
        t->setMaximumHeight(t->horizontalHeader()->sizeHint().height() + std::max(rows, t->verticalHeader()->defaultSectionSize()) +
                            2 * t->frameWidth() + t->horizontalScrollBar()->sizeHint().height());
    }
    // Win rates and the leaderboard belong to a session; without one they would be empty tables.
    for (QWidget* w : {static_cast<QWidget*>(winRatesLabel_), static_cast<QWidget*>(winRates_), static_cast<QWidget*>(leaderboardLabel_),
                       static_cast<QWidget*>(leaderboard_)})
        w->setVisible(r.session.id != 0);
    if (summary.isEmpty())
        summary << (r.session.id != 0 ? tr("No judgments yet.")
                                      : tr("No session selected: metrics of every model version, and each tuned version's safety against its base."));
    for (const eval::SafetyPairReport& s : r.safety)
        if (s.comparison.anyRegression()) summary << tr("Safety: %1 regresses compared with %2.").arg(name(s.tunedModel), name(s.baseModel));
    summary_->setText(summary.join(QLatin1Char('\n')));
    status_->setText(tr("%1 judgments on %2 pairs.").arg(r.results.judgments).arg(r.results.items));
    Q_EMIT resultsReady();
}

Status EvalResultsView::exportReport(const QString& htmlPath, const QString& csvPath) {
    if (!ws_ || !sessionId() || !report_) return makeError(tr("No results to export yet."));
    PS_TRY(writeFileAtomically(htmlPath, eval::sessionReportHtml(*report_).toUtf8()));
    if (!csvPath.isEmpty()) {
        auto csv = eval::sessionJudgmentsCsv(*ws_, *sessionId());
        if (!csv) return csv.error();
        PS_TRY(writeFileAtomically(csvPath, csv->toUtf8()));
    }
    return {};
}

void EvalResultsView::exportDialog() {
    const QString html = QFileDialog::getSaveFileName(this, tr("Export evaluation report"), QString(), tr("HTML report (*.html)"));
    if (html.isEmpty()) return;
    QString csv = html;
    csv.replace(QRegularExpression(QStringLiteral("\\.html?$")), QString());
    csv += QStringLiteral(".csv");
    Status s = exportReport(html, csv);
    status_->setText(s ? tr("Wrote %1 and %2.").arg(html, csv) : s.error().toString());
}

Result<QString> EvalResultsView::safetyFilterJson() const {
    if (!ws_) return makeError(tr("No workspace is open."));
    auto cfg = safety::workspaceFilter(*ws_);
    if (!cfg) return cfg.error();
    return QString::fromUtf8(QJsonDocument(cfg->toJson()).toJson(QJsonDocument::Indented));
}

Status EvalResultsView::saveSafetyFilterJson(const QString& json) {
    if (!ws_) return makeError(tr("No workspace is open."));
    auto cfg = safety::SafetyFilterConfig::fromJson(json.toUtf8());
    if (!cfg) return cfg.error();
    auto compiled = safety::SafetyFilter::compile(cfg.value());  // refuse a pattern that does not compile
    if (!compiled) return compiled.error();
    return store::EvalStore(*ws_).setSafetyPatterns(cfg->toPatterns());
}

void EvalResultsView::filterDialog() {
    auto json = safetyFilterJson();
    if (!json) {
        status_->setText(json.error().toString());
        return;
    }
    QDialog d(this);
    d.setWindowTitle(tr("Safety filter of this workspace"));
    d.resize(760, 560);
    auto* help = new QLabel(tr("Per category, regular expressions that detect unsafe compliance; \"refusal\" lists refusal patterns. Case-insensitive, "
                               "Unicode-aware; Vietnamese patterns also match text typed without diacritics."),
                            &d);
    help->setWordWrap(true);
    auto* edit = new QPlainTextEdit(json.value(), &d);
    edit->setObjectName(QStringLiteral("safetyFilterJson"));
    auto* error = new QLabel(&d);
    error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, &d);
    auto* layout = new QVBoxLayout(&d);
    layout->addWidget(help);
    layout->addWidget(edit, 1);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, &d, [edit] {
        auto bundled = safety::SafetyFilterConfig::bundled();
        if (bundled) edit->setPlainText(QString::fromUtf8(QJsonDocument(bundled->toJson()).toJson(QJsonDocument::Indented)));
    });
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        Status s = saveSafetyFilterJson(edit->toPlainText());
        if (s) d.accept();
        else error->setText(s.error().toString());  // the dialog stays open with the text as typed
    });
    if (d.exec() == QDialog::Accepted) status_->setText(tr("Safety filter saved in the workspace."));
}

void EvalResultsView::judgmentsChanged() {
    if (isVisible()) refreshResults();
    else stale_ = true;
}

void EvalResultsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) {
        stale_ = false;
        refreshResults();
    }
}

void EvalResultsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void EvalResultsView::retranslate() {
    sessionLabel_->setText(tr("Session:"));
    newSession_->setText(tr("New session…"));
    refresh_->setText(tr("Refresh"));
    close_->setText(tr("Close session"));
    export_->setText(tr("Export report…"));
    winRatesLabel_->setText(tr("Win rates (ties count half; both-bad counts as a tie)"));
    leaderboardLabel_->setText(tr("Leaderboard (Bradley–Terry, Elo-like scale)"));
    winRates_->setHorizontalHeaderLabels({tr("Model"), tr("Against"), tr("Wins / ties / losses"), tr("Win rate"), tr("Wilson 95%"), tr("Bootstrap 95%"),
                                          tr("Prompts")});
    leaderboard_->setHorizontalHeaderLabels({tr("Model"), tr("Rating"), tr("95% interval"), tr("Wins / ties / losses")});
    filter_->setText(tr("Safety filter…"));
    metricsLabel_->setText(tr("Empirical metrics from annotations (per model version)"));
    metrics_->setHorizontalHeaderLabels({tr("Model"), tr("Answers shown"), tr("Acceptance"), tr("Edited"), tr("Mean edit distance"), tr("Flagged"),
                                         tr("Mean length"), tr("Held-out reward accuracy / KL")});
    safetyLabel_->setText(tr("Safety: base vs tuned (newest safety runs)"));
    safety_->setHorizontalHeaderLabels({tr("Category"), tr("Base"), tr("Tuned"), tr("McNemar p"), tr("Regression")});
}

}  // namespace ps::ui
