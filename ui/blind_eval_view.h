// blind_eval_view.h — the "Blind evaluation" tab, the reviewer's side of an
// evaluation session: pick an open session, read the prompt and two answers
// (Answer 1 left, Answer 2 right), decide with 1 / 2 / 3 (tie) / 4 (both bad).
// Judgments go to SQLite at once (store::EvalStore::recordJudgment).
//
// Blinding: this widget only ever holds store::BlindItem (prompt and two
// texts by screen side). No model name, path, version id or generation id
// reaches any of its widgets, and sessions are listed by number only (a
// session's name may mention the models). Results live in EvalResultsView.
#pragma once

#include "store/eval_types.h"

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ps::store {
class Workspace;
}

namespace ps::ui {

class BlindEvalView : public QWidget {
    Q_OBJECT
public:
    explicit BlindEvalView(QWidget* parent = nullptr);

    void setWorkspace(store::Workspace* workspace);  // nullptr: closed
    void setReviewer(const QString& name);
    void refreshSessions();
    // Records the current pair's judgment and shows the next pair.
    void judge(store::ScreenChoice choice);
    std::optional<store::Id> currentItem() const { return current_ ? std::optional<store::Id>(current_->itemId) : std::nullopt; }

Q_SIGNALS:
    void judged();

protected:
    void changeEvent(QEvent* event) override;
    // Re-reads the open sessions: one created in the Evaluation results tab
    // shows up when the reviewer switches here.
    void showEvent(QShowEvent* event) override;

private:
    void showNext();
    void retranslate();
    std::optional<store::Id> sessionId() const;

    store::Workspace* ws_ = nullptr;
    QString reviewer_;
    std::optional<store::BlindItem> current_;
    QElapsedTimer shownAt_;
    QLabel* sessionLabel_ = nullptr;
    QComboBox* sessions_ = nullptr;
    QLabel* progress_ = nullptr;
    QLabel* promptLabel_ = nullptr;
    QPlainTextEdit* prompt_ = nullptr;
    QGroupBox* leftBox_ = nullptr;
    QGroupBox* rightBox_ = nullptr;
    QPlainTextEdit* left_ = nullptr;
    QPlainTextEdit* right_ = nullptr;
    QPushButton* leftButton_ = nullptr;
    QPushButton* rightButton_ = nullptr;
    QPushButton* tieButton_ = nullptr;
    QPushButton* bothBadButton_ = nullptr;
    QLabel* status_ = nullptr;
};

}  // namespace ps::ui
