// metrics_chart.h — one live chart of a TRL metric (loss, rewards/margins, ...)
// over optimizer steps. Each run shown is a group of two series: train (line)
// and eval (dashed line, points marked), in the group's colour. Points are
// gathered as they arrive and appended once per event-loop pass (a burst,
// such as a replayed log history, costs one update); the axes grow to fit.
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <optional>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace ps::ui {

class MetricsChart : public QChartView {
    Q_OBJECT
public:
    MetricsChart(const QString& metric, QWidget* parent = nullptr);

    const QString& metric() const { return metric_; }
    void setTitle(const QString& title);
    // Limits the value axis to a metric's natural range (e.g. [0, 1] for
    // accuracies, >= 0 for a loss) when the values lie within it.
    void setValueBounds(std::optional<double> lo, std::optional<double> hi);
    // Removes every series (a new run is about to be shown).
    void clear();
    // Adds a run's pair of series in `color`; returns its index.
    int addGroup(const QString& name, const QColor& color);
    // Queues a point for the group's "train" or "eval" series; it is drawn at
    // the next flush(), which runs by itself once control returns to the event loop.
    void append(int group, bool eval, double step, double value);
    // Draws the queued points now.
    void flush();

    int groupCount() const { return static_cast<int>(groups_.size()); }
    // The series as drawn (queued points appear after flush()).
    QLineSeries* trainSeries(int group = 0) const;
    QLineSeries* evalSeries(int group = 0) const;

private:
    struct Group {
        QLineSeries* train = nullptr;
        QLineSeries* eval = nullptr;
        QList<QPointF> pendingTrain, pendingEval;
    };
    void fitAxes();

    QString metric_;
    QValueAxis* x_ = nullptr;
    QValueAxis* y_ = nullptr;
    std::vector<Group> groups_;
    std::optional<double> boundLo_, boundHi_;
    bool empty_ = true;
    bool flushQueued_ = false;
    double minX_ = 0, maxX_ = 0, minY_ = 0, maxY_ = 0;
};

}  // namespace ps::ui
