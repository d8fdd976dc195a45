// annotate_view.h — the Annotate tab: the prompt on top, two answers side by
// side (sides randomized per pair and annotator), picks, per-side flags, a
// comment, editing an answer, undo, the queue with its filters, progress and
// throughput, and the workspace's annotation guidelines.
//
// Keys (window-wide while the tab is shown; a text box that is being typed in
// keeps its keys, only Ctrl+Enter and Esc reach the view from there):
//   1 / ←  left is better      2 / →  right is better
//   T tie    B both bad    S skip    E edit the selected (or left) answer
//   U undo the last vote    Ctrl+Enter confirm (or save the edit)    Esc cancel the edit
//   C comment (Esc leaves the box)    ↑ / ↓ scroll both answers
//   Alt+1..4 flag the left answer, Alt+5..8 the right (unsafe, factual error, off-topic, other)
//   PgUp / PgDown previous / next pair
// Quick mode (default on): a pick commits at once and the next pair comes up;
// off: a pick only selects, Ctrl+Enter commits.
//
// The state lives in AnnotationSession (annotation_session.h); this widget only
// renders it and turns keys and clicks into its calls.
#pragma once

#include "annotation_session.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QShortcut;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace ps::store {
class Workspace;
}

namespace ps::ui {

class AnnotateView : public QWidget {
    Q_OBJECT
public:
    explicit AnnotateView(QWidget* parent = nullptr);
    ~AnnotateView() override;

    void setWorkspace(store::Workspace* ws);
    void setAnnotator(const QString& name);
    AnnotationSession* session() const { return session_; }
    bool quickMode() const;
    void setQuickMode(bool on);
    // Recounts progress and throughput now (after votes the shown counts move at
    // once and the store recounts when the annotator pauses: ~80 ms on 100k pairs).
    void refreshProgress();
    // The text of the error banner ("" when none is shown).
    QString errorText() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Pane {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* info = nullptr;
        QTextBrowser* browser = nullptr;
        QPlainTextEdit* editor = nullptr;
        std::array<QCheckBox*, 4> flags{};
    };

    void buildUi();
    QWidget* buildPane(Pane& pane, bool left);
    void buildShortcuts();
    void retranslate();
    void renderCurrent();
    void renderPending();
    void renderQueue();
    void updateQueueSelection();
    void scheduleProgress();
    void renderProgress();
    void countVote(int delta);

    // Key and button handlers.
    void onPick(Pick pick);
    void onConfirm();
    void onEdit();
    void onEscape();
    void onUndo();
    void onNavigate(bool forward);
    void onFilterChanged();
    void toggleGuidelines(bool visible);
    void editGuidelines(bool editing);
    void saveGuidelines();
    void loadGuidelines();
    bool typingInTextBox() const;
    void showError(const QString& message);
    void showNotice(const QString& message);
    void clearMessages();
    void afterCommit(const Result<store::Id>& r);

    AnnotationSession* session_ = nullptr;
    QTimer* progressTimer_ = nullptr;
    // The last count from the store, kept up to date by each commit/undo in
    // between (an exact recount follows when the annotator pauses).
    std::optional<store::Progress> progress_;
    qint64 filterCount_ = -1;  // pairs under the current filter, as last counted

    // top bar
    QLabel* annotatorLabel_ = nullptr;
    QLabel* filterLabel_ = nullptr;
    QComboBox* filterCombo_ = nullptr;
    QCheckBox* quickMode_ = nullptr;
    QCheckBox* markdown_ = nullptr;
    QProgressBar* progressBar_ = nullptr;
    QLabel* progressLabel_ = nullptr;
    QLabel* rateLabel_ = nullptr;
    QToolButton* guidelinesButton_ = nullptr;
    QLabel* errorBanner_ = nullptr;
    QLabel* noticeLabel_ = nullptr;

    QStackedWidget* stack_ = nullptr;
    QWidget* emptyPage_ = nullptr;
    QLabel* emptyTitle_ = nullptr;
    QLabel* emptyText_ = nullptr;
    QPushButton* restartButton_ = nullptr;
    QSplitter* body_ = nullptr;

    // queue panel
    QLabel* queueTitle_ = nullptr;
    QListWidget* queueList_ = nullptr;
    QLabel* positionLabel_ = nullptr;
    bool updatingList_ = false;

    // pair
    QLabel* promptTitle_ = nullptr;
    QLabel* promptInfo_ = nullptr;
    QTextBrowser* promptView_ = nullptr;
    Pane left_;
    Pane right_;
    QLabel* voteInfo_ = nullptr;
    QPushButton* pickLeft_ = nullptr;
    QPushButton* pickTie_ = nullptr;
    QPushButton* pickBothBad_ = nullptr;
    QPushButton* pickSkip_ = nullptr;
    QPushButton* pickRight_ = nullptr;
    QLineEdit* comment_ = nullptr;
    QPushButton* editButton_ = nullptr;
    QPushButton* confirmButton_ = nullptr;
    QPushButton* undoButton_ = nullptr;
    QPushButton* prevButton_ = nullptr;
    QPushButton* nextButton_ = nullptr;

    // guidelines
    QWidget* guidelinesPanel_ = nullptr;
    QLabel* guidelinesTitle_ = nullptr;
    QTextBrowser* guidelinesView_ = nullptr;
    QPlainTextEdit* guidelinesEditor_ = nullptr;
    QPushButton* editGuidelinesButton_ = nullptr;
    QPushButton* saveGuidelinesButton_ = nullptr;
    QPushButton* cancelGuidelinesButton_ = nullptr;
    QString guidelines_;

    std::vector<QShortcut*> shortcuts_;
};

}  // namespace ps::ui
