#include "metrics_chart.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <cmath>

namespace ps::ui {

namespace {
// Sets an axis' range and tick interval in the order that never asks Qt Charts
// for more than a handful of ticks in between: with dynamic ticks, a wide range
// under the previous, finer interval would create thousands of tick items.
void setAxis(QValueAxis* a, double lo, double hi, double interval) {
    if (interval >= a->tickInterval()) {
        a->setTickInterval(interval);
        a->setRange(lo, hi);
    } else {
        a->setRange(lo, hi);
        a->setTickInterval(interval);
    }
}

// 1, 2 or 5 times a power of ten, close to `raw`: a readable tick interval.
double niceStep(double raw) {
    if (!(raw > 0) || !std::isfinite(raw)) return 1;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / p;
    return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * p;
}
}  // namespace

MetricsChart::MetricsChart(const QString& metric, QWidget* parent) : QChartView(parent), metric_(metric) {
    auto* chart = new QChart;
    chart->legend()->hide();  // the Train view shows one legend for all charts
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont title = chart->titleFont();
    title.setPointSizeF(title.pointSizeF() * 0.95);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitle(metric);
    x_ = new QValueAxis(chart);
    y_ = new QValueAxis(chart);
    for (QValueAxis* a : {x_, y_}) {
        QFont f = a->labelsFont();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        a->setLabelsFont(f);
        a->setTickCount(5);
    }
    for (QValueAxis* a : {x_, y_}) {
        a->setTickType(QValueAxis::TicksDynamic);  // round values at a readable interval
        a->setTickAnchor(0);
    }
    x_->setLabelFormat(QStringLiteral("%d"));
    y_->setLabelFormat(QStringLiteral("%.3g"));
    x_->setTickInterval(1);
    y_->setTickInterval(0.25);
    x_->setRange(0, 1);
    y_->setRange(0, 1);
    chart->addAxis(x_, Qt::AlignBottom);
    chart->addAxis(y_, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 150);
    setObjectName(QStringLiteral("chart:") + metric);
}

void MetricsChart::setTitle(const QString& title) { chart()->setTitle(title); }

void MetricsChart::setValueBounds(std::optional<double> lo, std::optional<double> hi) {
    boundLo_ = lo;
    boundHi_ = hi;
}


void MetricsChart::clear() {
    chart()->removeAllSeries();  // deletes them
    groups_.clear();
    empty_ = true;
    setAxis(x_, 0, 1, 1);
    setAxis(y_, 0, 1, 0.25);
}

int MetricsChart::addGroup(const QString& name, const QColor& color) {
    Group g;
    g.train = new QLineSeries;
    g.train->setName(name);
    g.train->setObjectName(QStringLiteral("train"));
    QPen pen(color);
    pen.setWidthF(1.6);
    g.train->setPen(pen);
    g.eval = new QLineSeries;
    g.eval->setName(name);
    g.eval->setObjectName(QStringLiteral("eval"));
    QPen dashed(color.darker(130));
    dashed.setWidthF(1.4);
    dashed.setStyle(Qt::DashLine);
    g.eval->setPen(dashed);
    g.eval->setPointsVisible(true);
    g.eval->setMarkerSize(7);
    for (QLineSeries* s : {g.train, g.eval}) {
        chart()->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    groups_.push_back(g);
    return static_cast<int>(groups_.size()) - 1;
}

void MetricsChart::append(int group, bool eval, double step, double value) {
    if (group < 0 || group >= groupCount() || !std::isfinite(value) || !std::isfinite(step)) return;
    Group& g = groups_[static_cast<size_t>(group)];
    (eval ? g.pendingEval : g.pendingTrain).append(QPointF(step, value));
    if (empty_) {
        minX_ = maxX_ = step;
        minY_ = maxY_ = value;
        empty_ = false;
    } else {
        minX_ = std::min(minX_, step);
        maxX_ = std::max(maxX_, step);
        minY_ = std::min(minY_, value);
        maxY_ = std::max(maxY_, value);
    }
    if (!flushQueued_) {
        flushQueued_ = true;
        QMetaObject::invokeMethod(this, &MetricsChart::flush, Qt::QueuedConnection);
    }
}

// Moves the points gathered since the last flush into their series, one
// update per series (a whole log history costs one redraw, not one per
// point), then fits the axes once.
void MetricsChart::flush() {
    flushQueued_ = false;
    bool any = false;
    for (Group& g : groups_) {
        for (auto [series, pending] : {std::pair{g.train, &g.pendingTrain}, std::pair{g.eval, &g.pendingEval}}) {
            if (pending->isEmpty()) continue;
            any = true;
            if (pending->size() == 1)
                series->append(pending->first());
            else
                series->replace(series->points() + *pending);
            pending->clear();
        }
    }
    if (any) fitAxes();
}

QLineSeries* MetricsChart::trainSeries(int group) const {
    return group >= 0 && group < groupCount() ? groups_[static_cast<size_t>(group)].train : nullptr;
}

QLineSeries* MetricsChart::evalSeries(int group) const {
    return group >= 0 && group < groupCount() ? groups_[static_cast<size_t>(group)].eval : nullptr;
}

// Grows the axes to hold every point: x from 0 to the last step, y over the
// values seen with a little headroom. The value range only changes when a
// point falls outside it or it has become far wider than the values.
void MetricsChart::fitAxes() {
    if (empty_) return;
    const double xLo = std::min(0.0, minX_), xHi = std::max(1.0, maxX_);
    if (x_->max() != xHi || x_->min() != xLo) setAxis(x_, xLo, xHi, std::max(1.0, niceStep((xHi - xLo) / 5)));
    double span = maxY_ - minY_;
    if (span <= 0) span = std::abs(maxY_) > 0 ? std::abs(maxY_) * 0.1 : 1.0;
    double lo = minY_ - 0.08 * span, hi = maxY_ + 0.08 * span;
    if (boundLo_ && minY_ >= *boundLo_) lo = std::max(lo, *boundLo_);
    if (boundHi_ && maxY_ <= *boundHi_) hi = std::min(hi, *boundHi_);
    if (minY_ < y_->min() || maxY_ > y_->max() || (y_->max() - y_->min()) > 3 * (hi - lo))
        setAxis(y_, lo, hi, niceStep((hi - lo) / 4));
}

}  // namespace ps::ui
