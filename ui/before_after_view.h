// before_after_view.h — the "Before/after" tab: two model folders (A = before,
// B = after), a prompt file, seed and sampling; Run sends the same prompts
// with the same seeds through both on a worker thread (progress, cancel) and
// saves the comparison in the workspace; the answers are shown side by side
// with a word diff, length and latency. "Safety suite" runs the bundled
// red-team prompts through both models and saves the two safety runs (the
// Evaluation results tab compares them). Saved comparisons can be reopened.
#pragma once

#include "eval/before_after.h"
#include "safety/safety_report.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace ps::ui {

// One side-by-side row: the prompt and both answers with their numbers.
struct ComparisonRow {
    QString promptText;
    QString a, b;
    int tokensA = 0, tokensB = 0;
    qint64 latencyA = 0, latencyB = 0;
    qint64 seed = 0;
};

class BeforeAfterView : public QWidget {
    Q_OBJECT
public:
    explicit BeforeAfterView(QWidget* parent = nullptr);
    ~BeforeAfterView() override;

    void setWorkspace(store::Workspace* workspace);
    void setModels(const QString& a, const QString& b);
    void setPromptFile(const QString& path);
    void setMaxNewTokens(int n);
    // Starts the before/after job (runFinished follows).
    void run();
    // Runs the safety suite through A and B (safetyFinished follows); quick = 2 prompts per category and language.
    void runSafety(bool quick);
    void cancel();
    bool busy() const { return busy_; }
    void showComparison(store::Id comparisonId);
    const std::vector<ComparisonRow>& rows() const { return rows_; }

    // Re-reads the saved comparisons (e.g. after a training run added its evaluation).
    void refreshComparisons();

Q_SIGNALS:
    void runFinished(bool ok);
    void safetyFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showRow(int row);
    void setBusy(bool busy);
    void retranslate();

    store::Workspace* ws_ = nullptr;
    std::vector<ComparisonRow> rows_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    bool busy_ = false;
    QLabel* aLabel_ = nullptr;
    QLabel* bLabel_ = nullptr;
    QLabel* promptsLabel_ = nullptr;
    QLabel* seedLabel_ = nullptr;
    QLabel* maxLabel_ = nullptr;
    QLineEdit* modelA_ = nullptr;
    QLineEdit* modelB_ = nullptr;
    QLineEdit* prompts_ = nullptr;
    QPushButton* browseA_ = nullptr;
    QPushButton* browseB_ = nullptr;
    QPushButton* browsePrompts_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QSpinBox* maxNew_ = nullptr;
    QCheckBox* sample_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* safety_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* savedLabel_ = nullptr;
    QComboBox* saved_ = nullptr;
    QListWidget* items_ = nullptr;
    QTextBrowser* prompt_ = nullptr;
    QTextBrowser* left_ = nullptr;
    QTextBrowser* right_ = nullptr;
    QLabel* leftInfo_ = nullptr;
    QLabel* rightInfo_ = nullptr;
    QLabel* status_ = nullptr;
};

}  // namespace ps::ui
