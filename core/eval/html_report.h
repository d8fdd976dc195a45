// html_report.h — self-contained HTML reports (one file, inline CSS, charts
// as inline SVG, no scripts, nothing fetched): before/after, safety, and the
// blind-session report. Every model- or user-provided text (answers, prompts,
// names, comments, paths) goes through htmlEscape().
#pragma once

#include "eval/before_after.h"
#include "eval/session_report.h"
#include "safety/safety_report.h"

#include <QString>

namespace ps::eval {

QString htmlEscape(const QString& text);

struct BarDatum {
    QString label;
    double value = 0;
    std::optional<Interval> interval;
    bool highlight = false;  // drawn in the warning colour
};

// A horizontal bar chart as inline SVG; values and intervals clipped to [lo, hi].
// `reference` draws a dashed vertical line (e.g. 0.5 for win rates).
QString barChartSvg(const std::vector<BarDatum>& bars, double lo, double hi, std::optional<double> reference = std::nullopt,
                    int decimals = 3);

// The word diff of two answers as two HTML fragments (deleted words marked in
// `before`, inserted words in `after`).
std::pair<QString, QString> diffHtml(const QString& before, const QString& after);

QString beforeAfterHtml(const BeforeAfterRun& run, const BeforeAfterMetrics& metrics);

struct SafetyReportInput {
    QString modelName;
    std::vector<store::SafetyResult> results;
    QString baseName;                                 // empty: no base run
    std::vector<store::SafetyResult> baseResults;
    std::optional<safety::SafetyComparison> comparison;
};
QString safetyHtml(const SafetyReportInput& in);

QString sessionReportHtml(const SessionReport& report);

}  // namespace ps::eval
