// quality_view.h — the Quality tab: the workspace's data quality report
// (quality/quality_report.h) as summary cards, charts (choice shares per
// annotator, left-pick rate with its 95 % interval, length bias, the kappa
// matrix) and tables (annotators with outliers, contradictions, duplicate
// prompts, coverage), computed on a worker thread with progress and cancel.
// Annotators and pairs are excluded from training (and re-included) here,
// with a reason; the tables show the change at once, the statistics on the
// next Refresh.
// Not here: the statistics (core/quality), the worker thread (quality_controller.h).
#pragma once

#include "quality/quality_report.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QChartView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace ps::store {
class Workspace;
}

namespace ps::ui {

class QualityController;

class QualityView : public QWidget {
    Q_OBJECT
public:
    explicit QualityView(QWidget* parent = nullptr);
    ~QualityView() override;
    // The GUI thread's connection (exclusions are written through it); nullptr
    // when no workspace is open. The report is computed on a connection of its own.
    void setWorkspace(store::Workspace* workspace);
    // Starts computing the report (what the Refresh button does).
    void refresh();
    bool isComputing() const;
    const std::optional<quality::QualityReport>& report() const { return report_; }

Q_SIGNALS:
    void reportReady();
    // An annotator or pair was excluded or re-included.
    void exclusionsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onFinished(const quality::QualityReport& report);
    void onFailed(const QString& message, bool cancelled);
    void setComputing(bool computing);
    void showReport();
    void fillCards();
    void fillCharts();
    void fillAnnotators();
    void fillKappa();
    void fillContradictions();
    void fillDuplicates();
    void fillCoverage();
    void setAnnotatorsExcluded(bool excluded);
    void setPairsExcluded(bool excluded);
    void markStale();

    store::Workspace* workspace_ = nullptr;
    QualityController* controller_ = nullptr;
    std::optional<quality::QualityReport> report_;
    bool stale_ = false;
    QString computingPath_;  // the workspace file the running computation reads

    QPushButton* refreshButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QCheckBox* includeExcluded_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    struct Card {
        QLabel* title;
        QLabel* value;
        QLabel* detail;
    };
    std::vector<Card> cards_;
    QTabWidget* sections_ = nullptr;
    QWidget* chartsPage_ = nullptr;
    QWidget* annotatorsPage_ = nullptr;
    QWidget* contradictionsPage_ = nullptr;
    QWidget* duplicatesPage_ = nullptr;
    QWidget* coveragePage_ = nullptr;
    QChartView* choiceChart_ = nullptr;
    QChartView* leftChart_ = nullptr;
    QChartView* lengthChart_ = nullptr;
    QTableWidget* kappa_ = nullptr;
    QLabel* kappaTitle_ = nullptr;
    QTableWidget* annotators_ = nullptr;
    QLineEdit* annotatorReason_ = nullptr;
    QPushButton* excludeAnnotators_ = nullptr;
    QPushButton* includeAnnotators_ = nullptr;
    QLabel* annotatorsHint_ = nullptr;
    QTableWidget* contradictions_ = nullptr;
    QLabel* contradictionsTitle_ = nullptr;
    QTableWidget* selfContradictions_ = nullptr;
    QLabel* selfContradictionsTitle_ = nullptr;
    QLineEdit* pairReason_ = nullptr;
    QPushButton* excludePairs_ = nullptr;
    QPushButton* includePairs_ = nullptr;
    QTableWidget* duplicates_ = nullptr;
    QLabel* duplicatesTitle_ = nullptr;
    QTableWidget* nearDuplicates_ = nullptr;
    QLabel* nearDuplicatesTitle_ = nullptr;
    QTableWidget* diversity_ = nullptr;
    QLabel* diversityTitle_ = nullptr;
    QTableWidget* languages_ = nullptr;
    QTableWidget* categories_ = nullptr;
    QLabel* languagesTitle_ = nullptr;
    QLabel* categoriesTitle_ = nullptr;
};

}  // namespace ps::ui
