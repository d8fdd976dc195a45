// eval_results_view.h — the "Evaluation results" tab, the product owner's
// side of blind evaluation: create a session (model versions, answers per
// prompt, reviewers; the prompts are those every chosen version has answers
// for — or the pairs of a saved before/after comparison), follow its judgments, read win rate ± Wilson interval, the paired
// bootstrap and the Bradley–Terry leaderboard, and export the HTML/CSV
// report; edit the workspace's safety filter. Results are computed on a worker thread with its own workspace
// connection, so a large session never blocks the GUI.
#pragma once

#include "eval/session_report.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ps::ui {

class EvalResultsView : public QWidget {
    Q_OBJECT
public:
    explicit EvalResultsView(QWidget* parent = nullptr);
    ~EvalResultsView() override;

    void setWorkspace(store::Workspace* workspace);
    void refreshSessions();
    // Creates a session over `models` with every prompt they all answered
    // (answersPerPrompt times); reviewers by name (created when missing).
    Result<store::Id> createSession(const QString& name, const std::vector<store::Id>& models, int answersPerPrompt, const QStringList& reviewers,
                                    uint64_t seed);
    // Creates a session over the pairs of a saved before/after comparison
    // (same prompt and seed on both sides; e.g. a training run's evaluation).
    Result<store::Id> createSessionFromComparison(const QString& name, store::Id comparisonId, const QStringList& reviewers, uint64_t seed);
    void selectSession(store::Id id);
    // Recomputes the results of the selected session on a worker thread;
    // resultsReady() follows.
    void refreshResults();
    // Judgments changed elsewhere: refresh now when visible, else when shown next.
    void judgmentsChanged();
    Status exportReport(const QString& htmlPath, const QString& csvPath);
    // The workspace's safety filter as JSON (bundled default when it has none),
    // and replacing it after validation (every pattern must compile).
    Result<QString> safetyFilterJson() const;
    Status saveSafetyFilterJson(const QString& json);
    const std::optional<eval::SessionReport>& report() const { return report_; }

Q_SIGNALS:
    void resultsReady();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    Result<std::vector<store::Id>> reviewerIds(const QStringList& names);
    void newSessionDialog();
    void exportDialog();
    void filterDialog();
    void showReport(const eval::SessionReport& r);
    void retranslate();
    std::optional<store::Id> sessionId() const;

    store::Workspace* ws_ = nullptr;
    std::optional<eval::SessionReport> report_;
    int generation_ = 0;  // results of an older request are dropped
    bool stale_ = false;  // judgments changed while hidden
    QLabel* sessionLabel_ = nullptr;
    QComboBox* sessions_ = nullptr;
    QPushButton* newSession_ = nullptr;
    QPushButton* refresh_ = nullptr;
    QPushButton* export_ = nullptr;
    QPushButton* close_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* winRatesLabel_ = nullptr;
    QLabel* leaderboardLabel_ = nullptr;
    QTableWidget* winRates_ = nullptr;
    QTableWidget* leaderboard_ = nullptr;
    QLabel* metricsLabel_ = nullptr;
    QTableWidget* metrics_ = nullptr;     // empirical metrics per model version
    QLabel* safetyLabel_ = nullptr;
    QTableWidget* safety_ = nullptr;      // base vs tuned per category
    QPushButton* filter_ = nullptr;
    QLabel* status_ = nullptr;
};

}  // namespace ps::ui
