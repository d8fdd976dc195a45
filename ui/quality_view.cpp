// quality_view.cpp — the Quality tab (quality_view.h).
#include "quality_view.h"

#include "quality_controller.h"
#include "store/workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPercentBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>
#include <set>

namespace ps::ui {

namespace {

using quality::AnnotatorStats;
using store::Choice;
using store::Id;

constexpr int kIdRole = Qt::UserRole;       // annotator or pair id on a row's first item
constexpr int kSortRole = Qt::UserRole + 1;  // numeric sort key

// A table cell that sorts by its number, not its text.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString& text, double key) : QTableWidgetItem(text) {
        setData(kSortRole, key);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override {
        const double a = data(kSortRole).toDouble(), b = other.data(kSortRole).toDouble();
        if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && !std::isnan(b);
        return a < b;
    }
};

QString percent(double rate) { return std::isnan(rate) ? QStringLiteral("–") : QStringLiteral("%1 %").arg(rate * 100.0, 0, 'f', 1); }
QString number(double v, int decimals = 2) { return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', decimals); }
// "p = 0.031" or "p < 0.0001" (a binomial p-value is never exactly 0, only below what is worth printing).
QString pValue(double p) { return p < 1e-4 ? QStringLiteral("p < 0.0001") : QStringLiteral("p = %1").arg(p, 0, 'g', 3); }

QTableWidget* makeTable(QWidget* parent, const char* name) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    // Fitting columns looks at the first 100 rows only: measuring 2000 rows of
    // prompts would hold the GUI thread for a noticeable moment.
    t->horizontalHeader()->setResizeContentsPrecision(100);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    return t;
}

void setHeaders(QTableWidget* t, const QStringList& headers) {
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
}

// A reason field with Exclude / Include buttons under a table; object names
// "quality<Kind>Reason", "qualityExclude<Kind>s", "qualityInclude<Kind>s".
QHBoxLayout* makeExclusionRow(QWidget* parent, const char* kind, QLineEdit** reason, QPushButton** exclude, QPushButton** include) {
    auto* row = new QHBoxLayout();
    const QString k = QLatin1String(kind);
    *reason = new QLineEdit(parent);
    (*reason)->setObjectName(QStringLiteral("quality%1Reason").arg(k));
    *exclude = new QPushButton(parent);
    (*exclude)->setObjectName(QStringLiteral("qualityExclude%1s").arg(k));
    *include = new QPushButton(parent);
    (*include)->setObjectName(QStringLiteral("qualityInclude%1s").arg(k));
    row->addWidget(*reason, 1);
    row->addWidget(*exclude);
    row->addWidget(*include);
    return row;
}

QChartView* makeChartView(QWidget* parent, const char* name) {
    auto* v = new QChartView(new QChart(), parent);
    v->setObjectName(QLatin1String(name));
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(240);
    v->chart()->legend()->setAlignment(Qt::AlignBottom);
    v->chart()->setMargins(QMargins(4, 4, 4, 4));
    return v;
}

void resetChart(QChart* c) {
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
}

// Landis & Koch's bands, from red (worse than chance) to green (almost perfect).
QColor kappaColor(double k) {
    if (std::isnan(k)) return QColor(0xe0, 0xe0, 0xe0);
    if (k < 0.0) return QColor(0xf4, 0x8f, 0x8f);
    if (k < 0.2) return QColor(0xf8, 0xc0, 0x8a);
    if (k < 0.4) return QColor(0xfb, 0xe5, 0x8c);
    if (k < 0.6) return QColor(0xd9, 0xee, 0x9a);
    if (k < 0.8) return QColor(0xa6, 0xdb, 0x8f);
    return QColor(0x6c, 0xc0, 0x74);
}

}  // namespace

QualityView::QualityView(QWidget* parent) : QWidget(parent) {
    controller_ = new QualityController(this);
    connect(controller_, &QualityController::progressChanged, this, [this](int p, const QString& stage) {
        progress_->setValue(p);
        status_->setText(stage);
    });
    connect(controller_, &QualityController::finished, this, &QualityView::onFinished);
    connect(controller_, &QualityController::failed, this, &QualityView::onFailed);

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout();
    refreshButton_ = new QPushButton(this);
    refreshButton_->setObjectName(QStringLiteral("qualityRefresh"));
    cancelButton_ = new QPushButton(this);
    cancelButton_->setObjectName(QStringLiteral("qualityCancel"));
    includeExcluded_ = new QCheckBox(this);
    includeExcluded_->setObjectName(QStringLiteral("qualityIncludeExcluded"));
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("qualityProgress"));
    progress_->setRange(0, 100);
    progress_->setMaximumWidth(220);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("qualityStatus"));
    status_->setWordWrap(true);
    bar->addWidget(refreshButton_);
    bar->addWidget(cancelButton_);
    bar->addWidget(includeExcluded_);
    bar->addWidget(progress_);
    bar->addWidget(status_, 1);
    layout->addLayout(bar);
    connect(refreshButton_, &QPushButton::clicked, this, &QualityView::refresh);
    connect(cancelButton_, &QPushButton::clicked, controller_, &QualityController::cancel);
    connect(includeExcluded_, &QCheckBox::toggled, this, [this] {
        if (report_) refresh();
    });

    // Summary cards.
    auto* cardsLayout = new QGridLayout();
    for (int i = 0; i < 6; ++i) {
        auto* frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("qualityCard%1").arg(i));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setStyleSheet(QStringLiteral("QFrame#qualityCard%1 { background: palette(base); border-radius: 6px; }").arg(i));
        auto* v = new QVBoxLayout(frame);
        Card c{new QLabel(frame), new QLabel(frame), new QLabel(frame)};
        QFont titleFont = c.title->font();
        titleFont.setBold(true);
        c.title->setFont(titleFont);
        QFont valueFont = c.value->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
        c.value->setFont(valueFont);
        c.value->setObjectName(QStringLiteral("qualityCardValue%1").arg(i));
        c.detail->setWordWrap(true);
        c.detail->setObjectName(QStringLiteral("qualityCardDetail%1").arg(i));
        v->addWidget(c.title);
        v->addWidget(c.value);
        v->addWidget(c.detail);
        v->addStretch(1);
        cardsLayout->addWidget(frame, 0, i);
        cards_.push_back(c);
    }
    layout->addLayout(cardsLayout);

    sections_ = new QTabWidget(this);
    sections_->setObjectName(QStringLiteral("qualitySections"));
    layout->addWidget(sections_, 1);

    // Charts: choice shares, left-pick rate, length bias, kappa matrix.
    chartsPage_ = new QWidget(sections_);
    auto* grid = new QGridLayout(chartsPage_);
    choiceChart_ = makeChartView(chartsPage_, "qualityChoiceChart");
    leftChart_ = makeChartView(chartsPage_, "qualityLeftChart");
    lengthChart_ = makeChartView(chartsPage_, "qualityLengthChart");
    auto* kappaBox = new QWidget(chartsPage_);
    auto* kappaLayout = new QVBoxLayout(kappaBox);
    kappaLayout->setContentsMargins(0, 0, 0, 0);
    kappaTitle_ = new QLabel(kappaBox);
    kappa_ = makeTable(kappaBox, "qualityKappa");
    kappa_->verticalHeader()->setVisible(true);
    kappa_->horizontalHeader()->setStretchLastSection(false);
    kappa_->setSelectionMode(QAbstractItemView::NoSelection);
    kappa_->setAlternatingRowColors(false);
    kappaLayout->addWidget(kappaTitle_);
    kappaLayout->addWidget(kappa_);
    grid->addWidget(choiceChart_, 0, 0);
    grid->addWidget(leftChart_, 0, 1);
    grid->addWidget(lengthChart_, 1, 0);
    grid->addWidget(kappaBox, 1, 1);
    sections_->addTab(chartsPage_, QString());

    // Annotators, with exclusion.
    annotatorsPage_ = new QWidget(sections_);
    {
        auto* v = new QVBoxLayout(annotatorsPage_);
        annotators_ = makeTable(annotatorsPage_, "qualityAnnotators");
        annotators_->setSortingEnabled(true);
        QHBoxLayout* row = makeExclusionRow(annotatorsPage_, "Annotator", &annotatorReason_, &excludeAnnotators_, &includeAnnotators_);
        annotatorsHint_ = new QLabel(annotatorsPage_);
        annotatorsHint_->setWordWrap(true);
        v->addWidget(annotators_, 1);
        v->addLayout(row);
        v->addWidget(annotatorsHint_);
        connect(excludeAnnotators_, &QPushButton::clicked, this, [this] { setAnnotatorsExcluded(true); });
        connect(includeAnnotators_, &QPushButton::clicked, this, [this] { setAnnotatorsExcluded(false); });
    }
    sections_->addTab(annotatorsPage_, QString());

    // Contradictions, with pair exclusion.
    contradictionsPage_ = new QWidget(sections_);
    {
        auto* v = new QVBoxLayout(contradictionsPage_);
        contradictionsTitle_ = new QLabel(contradictionsPage_);
        contradictions_ = makeTable(contradictionsPage_, "qualityContradictions");
        contradictions_->setSortingEnabled(true);
        QHBoxLayout* row = makeExclusionRow(contradictionsPage_, "Pair", &pairReason_, &excludePairs_, &includePairs_);
        selfContradictionsTitle_ = new QLabel(contradictionsPage_);
        selfContradictions_ = makeTable(contradictionsPage_, "qualitySelfContradictions");
        v->addWidget(contradictionsTitle_);
        v->addWidget(contradictions_, 2);
        v->addLayout(row);
        v->addWidget(selfContradictionsTitle_);
        v->addWidget(selfContradictions_, 1);
        connect(excludePairs_, &QPushButton::clicked, this, [this] { setPairsExcluded(true); });
        connect(includePairs_, &QPushButton::clicked, this, [this] { setPairsExcluded(false); });
    }
    sections_->addTab(contradictionsPage_, QString());

    duplicatesPage_ = new QWidget(sections_);
    {
        auto* v = new QVBoxLayout(duplicatesPage_);
        duplicatesTitle_ = new QLabel(duplicatesPage_);
        duplicates_ = makeTable(duplicatesPage_, "qualityDuplicates");
        nearDuplicatesTitle_ = new QLabel(duplicatesPage_);
        nearDuplicates_ = makeTable(duplicatesPage_, "qualityNearDuplicates");
        nearDuplicates_->setSortingEnabled(true);
        v->addWidget(duplicatesTitle_);
        v->addWidget(duplicates_, 1);
        v->addWidget(nearDuplicatesTitle_);
        v->addWidget(nearDuplicates_, 2);
    }
    sections_->addTab(duplicatesPage_, QString());

    coveragePage_ = new QWidget(sections_);
    {
        auto* v = new QVBoxLayout(coveragePage_);
        diversityTitle_ = new QLabel(coveragePage_);
        diversity_ = makeTable(coveragePage_, "qualityDiversity");
        diversity_->setMaximumHeight(150);
        v->addWidget(diversityTitle_);
        v->addWidget(diversity_);
        auto* h = new QHBoxLayout();
        v->addLayout(h, 1);
        auto* left = new QVBoxLayout();
        auto* right = new QVBoxLayout();
        languagesTitle_ = new QLabel(coveragePage_);
        languages_ = makeTable(coveragePage_, "qualityLanguages");
        categoriesTitle_ = new QLabel(coveragePage_);
        categories_ = makeTable(coveragePage_, "qualityCategories");
        left->addWidget(languagesTitle_);
        left->addWidget(languages_);
        right->addWidget(categoriesTitle_);
        right->addWidget(categories_);
        h->addLayout(left);
        h->addLayout(right);
    }
    sections_->addTab(coveragePage_, QString());

    setComputing(false);
    retranslate();
}

QualityView::~QualityView() = default;

void QualityView::setWorkspace(store::Workspace* workspace) {
    workspace_ = workspace;
    controller_->cancel();
    report_.reset();
    stale_ = false;
    showReport();
    setComputing(controller_->isRunning());
}

bool QualityView::isComputing() const { return controller_->isRunning(); }

void QualityView::refresh() {
    if (!workspace_ || controller_->isRunning()) return;
    quality::QualityOptions options;
    options.respectExclusions = !includeExcluded_->isChecked();
    progress_->setValue(0);
    if (!controller_->start(workspace_->path(), options)) return;
    computingPath_ = workspace_->path();
    setComputing(true);
}

void QualityView::setComputing(bool computing) {
    refreshButton_->setEnabled(!computing && workspace_);
    cancelButton_->setEnabled(computing);
    progress_->setVisible(computing);
    if (!computing && !workspace_) status_->setText(tr("Open a workspace to see the quality of its preference data."));
}

void QualityView::onFinished(const quality::QualityReport& report) {
    setComputing(false);
    if (!workspace_ || workspace_->path() != computingPath_) return;  // closed or switched while computing
    report_ = report;
    stale_ = false;
    showReport();
    Q_EMIT reportReady();
}

void QualityView::onFailed(const QString& message, bool cancelled) {
    setComputing(false);
    if (!workspace_ || workspace_->path() != computingPath_) return;
    status_->setText(cancelled ? tr("Cancelled; the statistics shown are from the previous run.") : tr("Cannot compute the report: %1").arg(message));
}

void QualityView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void QualityView::retranslate() {
    refreshButton_->setText(tr("Refresh"));
    cancelButton_->setText(tr("Cancel"));
    includeExcluded_->setText(tr("Include excluded annotators and pairs"));
    includeExcluded_->setToolTip(tr("By default the statistics describe the data training will use."));
    sections_->setTabText(sections_->indexOf(chartsPage_), tr("Charts"));
    sections_->setTabText(sections_->indexOf(annotatorsPage_), tr("Annotators"));
    sections_->setTabText(sections_->indexOf(contradictionsPage_), tr("Contradictions"));
    sections_->setTabText(sections_->indexOf(duplicatesPage_), tr("Duplicates"));
    sections_->setTabText(sections_->indexOf(coveragePage_), tr("Coverage"));
    annotatorReason_->setPlaceholderText(tr("Reason for excluding (kept with the annotator)"));
    excludeAnnotators_->setText(tr("Exclude selected from training"));
    includeAnnotators_->setText(tr("Include again"));
    pairReason_->setPlaceholderText(tr("Reason for excluding (kept with the pair)"));
    excludePairs_->setText(tr("Exclude selected pairs from training"));
    includePairs_->setText(tr("Include again"));
    annotatorsHint_->setText(tr("Outliers: modified z-score (median and MAD over annotators with at least 10 votes) beyond ±3.5 "
                                "on the median time per vote or on the agreement with the other annotators' majority. "
                                "Position bias: the left answer picked with a binomial p < 0.001 over at least 20 decisive votes."));
    showReport();
}

void QualityView::markStale() {
    stale_ = true;
    status_->setText(tr("Exclusions changed: press Refresh to recompute the statistics."));
}

void QualityView::showReport() {
    setUpdatesEnabled(false);
    fillCards();
    fillCharts();
    fillAnnotators();
    fillKappa();
    fillContradictions();
    fillDuplicates();
    fillCoverage();
    setUpdatesEnabled(true);
    if (!report_ || controller_->isRunning()) return;
    if (stale_) {
        markStale();
        return;
    }
    status_->setText(tr("%1 active votes (%2 counted) on %3 pairs, %4 prompts; computed in %5 s.")
                         .arg(report_->activeVotes)
                         .arg(report_->countedVotes)
                         .arg(report_->countedPairs)
                         .arg(report_->prompts)
                         .arg(double(report_->elapsedMs) / 1000.0, 0, 'f', 2));
}

void QualityView::fillCards() {
    const QStringList titles = {tr("Position bias"), tr("Length bias"), tr("Agreement"), tr("Contradictions"), tr("Duplicates"), tr("Diversity")};
    for (size_t i = 0; i < cards_.size(); ++i) {
        cards_[i].title->setText(titles[qsizetype(i)]);
        cards_[i].value->setText(QStringLiteral("–"));
        cards_[i].detail->clear();
    }
    if (!report_) return;
    const quality::QualityReport& r = *report_;
    const auto& left = r.position.leftPicks;
    cards_[0].value->setText(percent(left.rate));
    cards_[0].detail->setText(tr("left answer picked in %1 of %2 decisive votes; 95 % CI %3–%4, %5")
                                  .arg(left.successes)
                                  .arg(left.trials)
                                  .arg(percent(left.ci95.low), percent(left.ci95.high), pValue(left.pValue)));
    const auto& longer = r.length.longerWinsChars;
    cards_[1].value->setText(percent(longer.rate));
    cards_[1].detail->setText(tr("longer answer chosen (%1 of %2, %3); mean length chosen %4 vs rejected %5 characters")
                                  .arg(longer.successes)
                                  .arg(longer.trials)
                                  .arg(pValue(longer.pValue), number(r.length.meanCharsChosen, 0), number(r.length.meanCharsRejected, 0)));
    const auto& f = r.agreement.fleiss;
    cards_[2].value->setText(QStringLiteral("κ = %1").arg(number(f.kappa)));
    cards_[2].detail->setText(tr("Fleiss' kappa on %1 pairs with 2–%2 votes; %3 of rater pairs agree")
                                  .arg(f.items)
                                  .arg(f.maxRaters)
                                  .arg(percent(f.items ? f.observed : NAN)));
    cards_[3].value->setText(QString::number(r.contradictionCount));
    cards_[3].detail->setText(tr("pairs with differing votes (%1 A against B); %2 times an annotator reversed a swapped pair")
                                  .arg(r.oppositeContradictionCount)
                                  .arg(r.selfContradictionCount));
    cards_[4].value->setText(QString::number(r.duplicatePrompts + r.nearDuplicateCount));
    cards_[4].detail->setText(tr("%1 exact duplicate prompts, %2 near-duplicate pairs").arg(r.duplicatePrompts).arg(r.nearDuplicateCount));
    const auto& d = r.diversity;
    cards_[5].value->setText(QStringLiteral("%1 / %2").arg(number(d.distinct1Prompts, 3), number(d.distinct2Prompts, 3)));
    cards_[5].detail->setText(tr("distinct-1 / distinct-2 of prompts; answers %1 / %2; %3 languages, %4 categories")
                                  .arg(number(d.distinct1Answers, 3), number(d.distinct2Answers, 3))
                                  .arg(d.languages.size())
                                  .arg(d.categories.size()));
}

void QualityView::fillCharts() {
    QChart* choices = choiceChart_->chart();
    QChart* left = leftChart_->chart();
    QChart* length = lengthChart_->chart();
    for (QChart* c : {choices, left, length}) resetChart(c);
    choices->setTitle(tr("Choice shares per annotator"));
    left->setTitle(tr("Left answer picked (95 % interval; 50 % = no position bias)"));
    length->setTitle(tr("Longer answer chosen, by how much longer (50 % = no length bias)"));
    if (!report_) return;
    const quality::QualityReport& r = *report_;

    // Choice shares: one 100 % column per annotator with votes (a horizontal
    // layout elides the names of a dozen annotators).
    const QStringList choiceNames = {tr("A"), tr("B"), tr("Tie"), tr("Both bad"), tr("Skip")};
    auto* shares = new QPercentBarSeries();
    std::vector<QBarSet*> sets;
    for (const QString& n : choiceNames) {
        sets.push_back(new QBarSet(n));
        shares->append(sets.back());
    }
    QStringList names;
    std::vector<const AnnotatorStats*> voters;
    for (const AnnotatorStats& a : r.annotators)
        if (a.votes > 0) voters.push_back(&a);
    for (const AnnotatorStats* a : voters) {
        names << a->name;
        for (size_t c = 0; c < 5; ++c) sets[c]->append(double(a->choices[c]));
    }
    choices->addSeries(shares);
    // Many annotators: smaller labels, so that names are not elided to "…".
    QFont small = choiceChart_->font();
    small.setPointSizeF(small.pointSizeF() * (names.size() > 8 ? 0.8 : 0.95));
    auto* annotatorAxis = new QBarCategoryAxis();
    annotatorAxis->append(names);
    annotatorAxis->setLabelsFont(small);
    if (names.size() > 8) annotatorAxis->setLabelsAngle(-45);
    choices->addAxis(annotatorAxis, Qt::AlignBottom);
    shares->attachAxis(annotatorAxis);
    auto* shareAxis = new QValueAxis();
    shareAxis->setLabelFormat(QStringLiteral("%d %"));
    choices->addAxis(shareAxis, Qt::AlignLeft);
    shares->attachAxis(shareAxis);

    // Left-pick rate: overall and per annotator, a point at the rate and a bar for the interval.
    struct Row {
        QString label;
        quality::ProportionTest t;
    };
    std::vector<Row> rows{{tr("All"), r.position.leftPicks}};
    for (const AnnotatorStats* a : voters)
        if (a->leftPicks.trials > 0) rows.push_back({a->name, a->leftPicks});
    auto* x = new QCategoryAxis();
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, double(rows.size()) - 0.5);
    x->setLabelsFont(small);
    if (rows.size() > 8) x->setLabelsAngle(-45);
    auto* y = new QValueAxis();
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    left->addAxis(x, Qt::AlignBottom);
    left->addAxis(y, Qt::AlignLeft);
    auto* points = new QScatterSeries();
    points->setName(tr("Left-pick rate"));
    points->setMarkerSize(10);
    auto* reference = new QLineSeries();
    reference->setName(tr("No bias"));
    reference->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    reference->append(-0.5, 50);
    reference->append(double(rows.size()) - 0.5, 50);
    left->addSeries(reference);
    reference->attachAxis(x);
    reference->attachAxis(y);
    for (size_t i = 0; i < rows.size(); ++i) {
        x->append(rows[i].label, double(i));
        if (rows[i].t.trials == 0) continue;
        auto* interval = new QLineSeries();
        interval->setPen(QPen(rows[i].t.pValue < 0.05 ? QColor(0xd0, 0x40, 0x40) : QColor(0x40, 0x70, 0xc0), 3));
        interval->append(double(i), rows[i].t.ci95.low * 100);
        interval->append(double(i), rows[i].t.ci95.high * 100);
        left->addSeries(interval);
        interval->attachAxis(x);
        interval->attachAxis(y);
        points->append(double(i), rows[i].t.rate * 100);
    }
    left->addSeries(points);
    points->attachAxis(x);
    points->attachAxis(y);
    for (QLegendMarker* m : left->legend()->markers())
        m->setVisible(m->series() == points || m->series() == reference);

    // Length bias: overall (characters, words) and per length-ratio bucket.
    auto* lengthSeries = new QBarSeries();
    auto* rate = new QBarSet(tr("Longer answer chosen (%)"));
    auto* reference50 = new QBarSet(tr("No bias"));
    reference50->setColor(QColor(0xd0, 0xd0, 0xd0));
    QStringList buckets = {tr("all (chars)"), tr("all (words)")};
    auto addBar = [&](const quality::ProportionTest& t) {
        rate->append(std::isnan(t.rate) ? 0.0 : t.rate * 100);
        reference50->append(50);
    };
    addBar(r.length.longerWinsChars);
    addBar(r.length.longerWinsWords);
    for (const quality::LengthBucket& b : r.length.buckets) {
        buckets << (b.upper > 0 ? tr("×%1–%2").arg(b.lower).arg(b.upper) : tr("≥ ×%1").arg(b.lower));
        addBar(b.longerWins);
    }
    lengthSeries->append(rate);
    lengthSeries->append(reference50);
    length->addSeries(lengthSeries);
    auto* bucketAxis = new QBarCategoryAxis();
    bucketAxis->append(buckets);
    length->addAxis(bucketAxis, Qt::AlignBottom);
    lengthSeries->attachAxis(bucketAxis);
    auto* rateAxis = new QValueAxis();
    rateAxis->setRange(0, 100);
    rateAxis->setLabelFormat(QStringLiteral("%d %"));
    length->addAxis(rateAxis, Qt::AlignLeft);
    lengthSeries->attachAxis(rateAxis);
}

void QualityView::fillKappa() {
    kappaTitle_->setText(tr("Cohen's kappa per annotator pair (items both labelled); colours after Landis & Koch"));
    kappa_->clear();
    kappa_->setRowCount(0);
    kappa_->setColumnCount(0);
    if (!report_) return;
    std::vector<const AnnotatorStats*> people;
    std::set<Id> inPairs;
    for (const auto& k : report_->agreement.pairs) inPairs.insert(k.first), inPairs.insert(k.second);
    for (const AnnotatorStats& a : report_->annotators)
        if (inPairs.count(a.id)) people.push_back(&a);
    QStringList names;
    for (const AnnotatorStats* a : people) names << a->name;
    kappa_->setRowCount(int(people.size()));
    kappa_->setColumnCount(int(people.size()));
    kappa_->setHorizontalHeaderLabels(names);
    kappa_->setVerticalHeaderLabels(names);
    std::map<std::pair<Id, Id>, const quality::CohenResult*> byPair;
    for (const auto& k : report_->agreement.pairs) byPair[{k.first, k.second}] = &k.cohen;
    for (int i = 0; i < int(people.size()); ++i) {
        for (int j = 0; j < int(people.size()); ++j) {
            auto* item = new QTableWidgetItem();
            item->setTextAlignment(Qt::AlignCenter);
            if (i == j) {
                item->setText(QStringLiteral("—"));
            } else {
                const Id a = std::min(people[size_t(i)]->id, people[size_t(j)]->id), b = std::max(people[size_t(i)]->id, people[size_t(j)]->id);
                auto it = byPair.find({a, b});
                if (it != byPair.end()) {
                    item->setText(number(it->second->kappa));
                    item->setBackground(kappaColor(it->second->kappa));
                    item->setForeground(Qt::black);
                    item->setToolTip(tr("%1 pairs labelled by both; agreement %2, expected by chance %3")
                                         .arg(it->second->items)
                                         .arg(percent(it->second->observed), percent(it->second->expected)));
                }
            }
            kappa_->setItem(i, j, item);
        }
    }
    kappa_->resizeColumnsToContents();
}

void QualityView::fillAnnotators() {
    annotators_->setSortingEnabled(false);
    annotators_->clearContents();
    setHeaders(annotators_, {tr("Annotator"), tr("Status"), tr("Votes"), tr("Median s"), tr("Mean s"), tr("A"), tr("B"), tr("Tie"),
                             tr("Both bad"), tr("Skip"), tr("Left picked"), tr("Agrees with majority"), tr("Speed z"), tr("Agreement z"),
                             tr("Flags")});
    annotators_->setRowCount(report_ ? int(report_->annotators.size()) : 0);
    if (!report_) return;
    int row = 0;
    for (const AnnotatorStats& a : report_->annotators) {
        auto* name = new QTableWidgetItem(a.name);
        name->setData(kIdRole, a.id);
        annotators_->setItem(row, 0, name);
        auto* status = new QTableWidgetItem(a.excluded ? tr("Excluded: %1").arg(a.excludedReason) : tr("Included"));
        if (a.excluded) status->setForeground(QColor(0xb0, 0x30, 0x30));
        annotators_->setItem(row, 1, status);
        annotators_->setItem(row, 2, new NumberItem(QString::number(a.votes), double(a.votes)));
        annotators_->setItem(row, 3, new NumberItem(number(a.medianSeconds, 1), a.medianSeconds));
        annotators_->setItem(row, 4, new NumberItem(number(a.meanSeconds, 1), a.meanSeconds));
        for (size_t c = 0; c < 5; ++c) {
            const double share = a.votes ? double(a.choices[c]) / double(a.votes) : NAN;
            annotators_->setItem(row, 5 + int(c), new NumberItem(percent(share), share));
        }
        auto* leftItem = new NumberItem(percent(a.leftPicks.rate), a.leftPicks.rate);
        leftItem->setToolTip(tr("%1 of %2 decisive votes; %3").arg(a.leftPicks.successes).arg(a.leftPicks.trials).arg(pValue(a.leftPicks.pValue)));
        annotators_->setItem(row, 10, leftItem);
        auto* majority = new NumberItem(percent(a.majorityAgreement.rate), a.majorityAgreement.rate);
        majority->setToolTip(tr("%1 of %2 pairs where the others had a clear majority").arg(a.majorityAgreement.successes).arg(a.majorityAgreement.trials));
        annotators_->setItem(row, 11, majority);
        annotators_->setItem(row, 12, new NumberItem(number(a.speedZ, 1), a.speedZ));
        annotators_->setItem(row, 13, new NumberItem(number(a.agreementZ, 1), a.agreementZ));
        QStringList flags;
        if (a.speedOutlier) flags << (a.speedZ < 0 ? tr("unusually fast") : tr("unusually slow"));
        if (a.agreementOutlier) flags << (a.agreementZ < 0 ? tr("disagrees with the others") : tr("agrees unusually often"));
        if (a.leftPicks.trials >= 20 && a.leftPicks.pValue < 0.001) flags << tr("position bias");
        auto* flagItem = new QTableWidgetItem(flags.join(QStringLiteral(", ")));
        if (!flags.isEmpty()) flagItem->setBackground(QColor(0xf8, 0xd0, 0xc8));
        flagItem->setForeground(Qt::black);
        annotators_->setItem(row, 14, flagItem);
        ++row;
    }
    annotators_->setSortingEnabled(true);
    annotators_->resizeColumnsToContents();
}

void QualityView::fillContradictions() {
    contradictions_->setSortingEnabled(false);
    contradictions_->clearContents();
    setHeaders(contradictions_, {tr("Pair"), tr("Status"), tr("Kind"), tr("Votes"), tr("Prompt")});
    setHeaders(selfContradictions_, {tr("Annotator"), tr("First pair"), tr("Second pair"), tr("Prompt")});
    contradictionsTitle_->setText(report_ ? tr("%1 pairs whose votes differ (%2 listed)").arg(report_->contradictionCount).arg(report_->contradictions.size())
                                          : tr("Pairs whose votes differ"));
    selfContradictionsTitle_->setText(report_ ? tr("%1 reversed answers: the same two answers, sides swapped, opposite choices").arg(report_->selfContradictionCount)
                                              : tr("Reversed answers"));
    contradictions_->setRowCount(report_ ? int(report_->contradictions.size()) : 0);
    selfContradictions_->setRowCount(report_ ? int(report_->selfContradictions.size()) : 0);
    if (!report_) return;
    auto choiceText = [this](Choice c) {
        switch (c) {
        case Choice::A: return tr("A");
        case Choice::B: return tr("B");
        case Choice::Tie: return tr("Tie");
        case Choice::BothBad: return tr("Both bad");
        case Choice::Skip: break;
        }
        return tr("Skip");
    };
    int row = 0;
    for (const quality::Contradiction& c : report_->contradictions) {
        auto* id = new NumberItem(QString::number(c.pairId), double(c.pairId));
        id->setData(kIdRole, c.pairId);
        contradictions_->setItem(row, 0, id);
        contradictions_->setItem(row, 1, new QTableWidgetItem(c.excluded ? tr("Excluded") : tr("Included")));
        contradictions_->setItem(row, 2, new QTableWidgetItem(c.opposite ? tr("A against B") : tr("mixed")));
        QStringList votes;
        for (const quality::VoteBrief& v : c.votes) votes << QStringLiteral("%1: %2").arg(v.annotator, choiceText(v.choice));
        contradictions_->setItem(row, 3, new QTableWidgetItem(votes.join(QStringLiteral(", "))));
        contradictions_->setItem(row, 4, new QTableWidgetItem(c.prompt));
        ++row;
    }
    contradictions_->setSortingEnabled(true);
    contradictions_->resizeColumnsToContents();
    row = 0;
    for (const quality::SelfContradiction& s : report_->selfContradictions) {
        selfContradictions_->setItem(row, 0, new QTableWidgetItem(s.annotator));
        selfContradictions_->setItem(row, 1, new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(s.firstPair).arg(choiceText(s.firstChoice))));
        selfContradictions_->setItem(row, 2, new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(s.secondPair).arg(choiceText(s.secondChoice))));
        selfContradictions_->setItem(row, 3, new QTableWidgetItem(s.prompt));
        ++row;
    }
    selfContradictions_->resizeColumnsToContents();
}

void QualityView::fillDuplicates() {
    setHeaders(duplicates_, {tr("Copies"), tr("Prompt ids"), tr("Prompt")});
    setHeaders(nearDuplicates_, {tr("Similarity"), tr("Prompt"), tr("Similar prompt")});
    duplicatesTitle_->setText(report_ ? tr("%1 exact duplicate prompts (same normalized text)").arg(report_->duplicatePrompts) : tr("Exact duplicates"));
    const quality::NearDuplicateOptions nd = quality::QualityOptions{}.nearDuplicates;  // what refresh() computes with
    nearDuplicatesTitle_->setText(report_ ? tr("%1 near-duplicate prompt pairs (Jaccard similarity of word %2-grams ≥ %3)")
                                                .arg(report_->nearDuplicateCount)
                                                .arg(nd.shingleWords)
                                                .arg(nd.threshold)
                                          : tr("Near duplicates"));
    nearDuplicates_->setSortingEnabled(false);
    duplicates_->clearContents();
    nearDuplicates_->clearContents();
    duplicates_->setRowCount(report_ ? int(report_->duplicateGroups.size()) : 0);
    nearDuplicates_->setRowCount(report_ ? int(report_->nearDuplicates.size()) : 0);
    if (!report_) return;
    int row = 0;
    for (const quality::DuplicateGroup& g : report_->duplicateGroups) {
        QStringList ids;
        for (Id id : g.promptIds) ids << QString::number(id);
        duplicates_->setItem(row, 0, new NumberItem(QString::number(g.promptIds.size()), double(g.promptIds.size())));
        duplicates_->setItem(row, 1, new QTableWidgetItem(ids.join(QStringLiteral(", "))));
        duplicates_->setItem(row, 2, new QTableWidgetItem(g.prompt));
        ++row;
    }
    row = 0;
    for (const quality::NearDuplicate& n : report_->nearDuplicates) {
        nearDuplicates_->setItem(row, 0, new NumberItem(QString::number(n.jaccard, 'f', 2), n.jaccard));
        nearDuplicates_->setItem(row, 1, new QTableWidgetItem(QStringLiteral("#%1  %2").arg(n.first).arg(n.firstPrompt)));
        nearDuplicates_->setItem(row, 2, new QTableWidgetItem(QStringLiteral("#%1  %2").arg(n.second).arg(n.secondPrompt)));
        ++row;
    }
    nearDuplicates_->setSortingEnabled(true);
    duplicates_->resizeColumnToContents(0);
    nearDuplicates_->resizeColumnToContents(0);
    nearDuplicates_->setColumnWidth(1, 420);
}

void QualityView::fillCoverage() {
    diversityTitle_->setText(tr("Diversity: distinct-n = distinct word n-grams / all word n-grams (higher is more varied)"));
    setHeaders(diversity_, {tr("Measure"), tr("Prompts"), tr("Answers")});
    diversity_->clearContents();
    diversity_->setRowCount(report_ ? 4 : 0);
    if (report_) {
        const quality::Diversity& d = report_->diversity;
        auto put = [this](int row, const QString& name, const QString& prompts, const QString& answers) {
            diversity_->setItem(row, 0, new QTableWidgetItem(name));
            diversity_->setItem(row, 1, new NumberItem(prompts, 0));
            diversity_->setItem(row, 2, new NumberItem(answers, 0));
        };
        put(0, tr("distinct-1"), number(d.distinct1Prompts, 3), number(d.distinct1Answers, 3));
        put(1, tr("distinct-2"), number(d.distinct2Prompts, 3), number(d.distinct2Answers, 3));
        put(2, tr("texts"), QString::number(report_->prompts), QString::number(d.answers));
        put(3, tr("words"), QString::number(d.promptTokens), QString::number(d.answerTokens));
        diversity_->resizeColumnsToContents();
    }
    languagesTitle_->setText(tr("Languages"));
    categoriesTitle_->setText(tr("Categories"));
    for (QTableWidget* t : {languages_, categories_}) {
        setHeaders(t, {t == languages_ ? tr("Language") : tr("Category"), tr("Prompts"), tr("Share"), tr("Pairs")});
        t->clearContents();
        t->setRowCount(0);
    }
    if (!report_) return;
    auto fill = [this](QTableWidget* t, const std::vector<quality::CountRow>& rows) {
        t->setRowCount(int(rows.size()));
        int row = 0;
        for (const quality::CountRow& c : rows) {
            t->setItem(row, 0, new QTableWidgetItem(c.key.isEmpty() ? tr("(not set)") : c.key));
            t->setItem(row, 1, new NumberItem(QString::number(c.prompts), double(c.prompts)));
            const double share = report_->prompts ? double(c.prompts) / double(report_->prompts) : NAN;
            t->setItem(row, 2, new NumberItem(percent(share), share));
            t->setItem(row, 3, new NumberItem(QString::number(c.pairs), double(c.pairs)));
            ++row;
        }
        t->resizeColumnsToContents();
    };
    fill(languages_, report_->diversity.languages);
    fill(categories_, report_->diversity.categories);
}

void QualityView::setAnnotatorsExcluded(bool excluded) {
    if (!workspace_ || !report_) return;
    const QString reason = annotatorReason_->text().trimmed().isEmpty() ? tr("excluded in the quality view") : annotatorReason_->text().trimmed();
    std::set<int> rows;
    for (const QModelIndex& i : annotators_->selectionModel()->selectedRows()) rows.insert(i.row());
    bool changed = false;
    for (int row : rows) {
        const Id id = annotators_->item(row, 0)->data(kIdRole).toLongLong();
        if (Status s = workspace_->setAnnotatorExcluded(id, excluded, excluded ? reason : QString()); !s) {
            QMessageBox::warning(this, tr("Quality"), tr("Cannot change the annotator: %1").arg(s.error().toString()));
            break;
        }
        for (AnnotatorStats& a : report_->annotators) {
            if (a.id != id) continue;
            a.excluded = excluded;
            a.excludedReason = excluded ? reason : QString();
            annotators_->item(row, 1)->setText(excluded ? tr("Excluded: %1").arg(reason) : tr("Included"));
            annotators_->item(row, 1)->setForeground(excluded ? QColor(0xb0, 0x30, 0x30) : annotators_->palette().text().color());
        }
        changed = true;
    }
    if (!changed) return;
    markStale();
    Q_EMIT exclusionsChanged();
}

void QualityView::setPairsExcluded(bool excluded) {
    if (!workspace_ || !report_) return;
    const QString reason = pairReason_->text().trimmed().isEmpty() ? tr("contradicting votes") : pairReason_->text().trimmed();
    std::set<int> rows;
    for (const QModelIndex& i : contradictions_->selectionModel()->selectedRows()) rows.insert(i.row());
    bool changed = false;
    for (int row : rows) {
        const Id id = contradictions_->item(row, 0)->data(kIdRole).toLongLong();
        if (Status s = workspace_->setPairExcluded(id, excluded, excluded ? reason : QString()); !s) {
            QMessageBox::warning(this, tr("Quality"), tr("Cannot change the pair: %1").arg(s.error().toString()));
            break;
        }
        for (quality::Contradiction& c : report_->contradictions)
            if (c.pairId == id) c.excluded = excluded;
        contradictions_->item(row, 1)->setText(excluded ? tr("Excluded") : tr("Included"));
        changed = true;
    }
    if (!changed) return;
    markStale();
    Q_EMIT exclusionsChanged();
}

}  // namespace ps::ui
