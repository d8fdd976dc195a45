// screenshot_tour.cpp — the steps of `prefstudio --demo --screenshots DIR`
// (screenshot_tour.h), each a timer shot on the GUI thread.
//
// The tour's votes and blind judgments come from a script, not from a person:
// it reads the two answers on screen and applies the demo rubric
// (core/demo/demo_rubric.h) — prefer the answer that is not one of the demo
// corpus's curt or evasive replies, "Both bad" when both are, "Tie" when
// neither is — then presses that key. On the Annotate tab it votes three
// pairs as the configured annotator; the blind session over the training
// run's before/after comparison is judged by the reviewer "tour-rubric".
#include "screenshot_tour.h"

#include "blind_eval_view.h"
#include "demo/demo_rubric.h"
#include "eval_results_view.h"
#include "main_window.h"
#include "quality_view.h"
#include "store/eval_store.h"
#include "train_controller.h"
#include "train_view.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace ps::ui {

namespace {

void save(MainWindow& w, const QString& dir, const QString& name) {
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// A key press sent to a widget goes through the window's shortcuts first
// (QApplication sends non-spontaneous presses as a shortcut override), but only
// while the window is the active one.
void warnIfInactive(QWidget& w) {
    if (QApplication::activeWindow() != &w) qWarning("screenshot tour: the window is not active; key presses may not reach its shortcuts");
}

void pressKey(QWidget* target, int key) {
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(QChar(key)).toLower());
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(QChar(key)).toLower());
    QApplication::sendEvent(target, &release);
}

// The scripted reviewer of the blind session (see the top of this file).
const QString kRubricReviewer = QStringLiteral("tour-rubric");

// Judges the pair on the reviewer panel by the demo rubric with the panel's
// keys (1 left, 2 right, 3 tie, 4 both bad); its button when the key did not
// take (the window not active).
void judgeShownPairByRubric(MainWindow& w, BlindEvalView& view) {
    auto* left = view.findChild<QPlainTextEdit*>(QStringLiteral("leftAnswer"));
    auto* right = view.findChild<QPlainTextEdit*>(QStringLiteral("rightAnswer"));
    const auto item = view.currentItem();
    if (!left || !right || !item) return;
    int key = Qt::Key_3;
    const char* button = "tie";
    switch (demo::judgeByDemoRubric(left->toPlainText(), right->toPlainText())) {
    case demo::RubricVerdict::First: key = Qt::Key_1, button = "leftBetter"; break;
    case demo::RubricVerdict::Second: key = Qt::Key_2, button = "rightBetter"; break;
    case demo::RubricVerdict::BothUnhelpful: key = Qt::Key_4, button = "bothBad"; break;
    case demo::RubricVerdict::NoPreference: key = Qt::Key_3, button = "tie"; break;
    }
    pressKey(w.focusWidget() ? w.focusWidget() : &view, key);
    if (view.currentItem() != item)
        return;
    warnIfInactive(w);
    if (auto* b = view.findChild<QPushButton*>(QLatin1String(button)); b && b->isEnabled()) b->click();
}

// Votes on the Annotate tab's pair by the same rubric with its keys (1 left,
// 2 right, T tie, B both bad); quick mode commits the vote and shows the next pair.
void voteShownPairByRubric(MainWindow& w) {
    auto* view = w.findChild<QWidget*>(QStringLiteral("annotateView"));
    auto* left = view ? view->findChild<QTextEdit*>(QStringLiteral("leftAnswer")) : nullptr;
    auto* right = view ? view->findChild<QTextEdit*>(QStringLiteral("rightAnswer")) : nullptr;
    if (!left || !right) return;
    int key = Qt::Key_T;
    switch (demo::judgeByDemoRubric(left->toPlainText(), right->toPlainText())) {
    case demo::RubricVerdict::First: key = Qt::Key_1; break;
    case demo::RubricVerdict::Second: key = Qt::Key_2; break;
    case demo::RubricVerdict::BothUnhelpful: key = Qt::Key_B; break;
    case demo::RubricVerdict::NoPreference: key = Qt::Key_T; break;
    }
    warnIfInactive(w);
    pressKey(w.focusWidget() ? w.focusWidget() : &w, key);
}

// What the tour learns on the way: the run's before/after comparison and the session made from it.
struct TourState {
    qint64 comparisonId = 0;
    qint64 sessionId = 0;
    int items = 0;  // pairs in the session
    int polls = 0;  // of the step now polling
    QString previousAnnotator;
};

}  // namespace

void startScreenshotTour(MainWindow& w, const QString& dir) {
    QDir().mkpath(dir);
    w.resize(1440, 900);
    // Each step runs after the previous one's delay (ms), so views can load.
    struct Step {
        int delayMs;
        std::function<void()> run;
        std::function<bool()> done = [] { return true; };  // false: run again after delayMs
    };
    auto steps = std::make_shared<std::vector<Step>>();
    auto* tw = &w;
    auto state = std::make_shared<TourState>();
    QObject::connect(w.trainView(), &TrainView::runFinished, &w, [state](const TrainOutcome& o) { state->comparisonId = o.comparisonId; });
    auto* blind = w.findChild<BlindEvalView*>(QStringLiteral("blindEvalView"));
    auto* results = w.findChild<EvalResultsView*>(QStringLiteral("evalResultsView"));
    steps->push_back({800, [tw, dir] {
                          // Window shortcuts (the voting keys) need the active window; activation is
                          // asynchronous under X, so it is asked for here, long before the first key.
                          tw->activateWindow();
                          tw->showView(QStringLiteral("promptsView"));
                      }});
    steps->push_back({1200, [tw, dir] { save(*tw, dir, QStringLiteral("prompts")); }});
    steps->push_back({200, [tw] { tw->showView(QStringLiteral("annotateView")); }});
    steps->push_back({1200, [tw, dir] {
                          save(*tw, dir, QStringLiteral("annotate"));
                      }});
    // Three votes by key presses, as an annotator would, chosen by the demo rubric.
    for (int i = 0; i < 3; ++i) steps->push_back({300, [tw] { voteShownPairByRubric(*tw); }});
    steps->push_back({300, [tw] {
                          tw->showView(QStringLiteral("qualityView"));
                          if (auto* q = tw->findChild<QualityView*>(QStringLiteral("qualityView"))) q->refresh();
                      }});
    steps->push_back({6000, [tw, dir] { save(*tw, dir, QStringLiteral("quality")); }});
    steps->push_back({200, [tw] {
                          tw->showTrainView();
                          if (auto* b = tw->findChild<QPushButton*>(QStringLiteral("trainButton")); b && b->isEnabled()) b->click();
                      }});
    // Charts mid-run, then the finished run with its evaluation against the base.
    steps->push_back({40000, [tw, dir] { save(*tw, dir, QStringLiteral("train")); }});
    // Polls until the run and its continuous evaluation have finished.
    steps->push_back({1000, [tw] {}, [tw] { return !tw->trainView()->controller()->isRunning(); }});
    steps->push_back({500, [tw, dir] { save(*tw, dir, QStringLiteral("train_finished")); }});
    steps->push_back({200, [tw] {
                          tw->showView(QStringLiteral("beforeAfterView"));
                          // Show the first prompt whose answers changed, as a reader would pick one.
                          auto* items = tw->findChild<QListWidget*>(QStringLiteral("comparisonItems"));
                          auto* a = tw->findChild<QTextBrowser*>(QStringLiteral("answerA"));
                          auto* b = tw->findChild<QTextBrowser*>(QStringLiteral("answerB"));
                          if (!items || !a || !b) return;
                          for (int r = 0; r < items->count(); ++r) {
                              items->setCurrentRow(r);
                              if (a->toPlainText() != b->toPlainText()) break;
                          }
                      }});
    steps->push_back({1000, [tw, dir] { save(*tw, dir, QStringLiteral("before_after")); }});
    steps->push_back({200, [tw] { tw->showView(QStringLiteral("evalResultsView")); }});
    steps->push_back({1000, [tw, dir] { save(*tw, dir, QStringLiteral("evaluation_results")); }});
    // A blind session over the run's comparison (base vs tuned, same prompts and
    // seeds), created as a product owner would, judged by the scripted reviewer.
    steps->push_back({200, [tw, state, results] {
                          if (state->comparisonId <= 0 || !results) {
                              qWarning("screenshot tour: the run made no before/after comparison; no blind session");
                              return;
                          }
                          state->previousAnnotator = tw->annotatorName();
                          tw->setAnnotatorName(kRubricReviewer);
                          auto id = results->createSessionFromComparison(QStringLiteral("demo run: base vs tuned"), state->comparisonId,
                                                                         {kRubricReviewer}, 2026);
                          if (!id) {
                              qWarning("screenshot tour: %s", qPrintable(id.error().toString()));
                              return;
                          }
                          state->sessionId = id.value();
                          if (auto items = store::EvalStore(*tw->workspace()).sessionItems(id.value())) state->items = int(items->size());
                          tw->showView(QStringLiteral("blindEvalView"));
                      }});
    steps->push_back({1000, [tw, dir, state] {
                          if (state->sessionId) save(*tw, dir, QStringLiteral("blind_eval"));
                      }});
    // One pair per shot, until the reviewer has judged every pair.
    steps->push_back({150, [tw, state, blind] {
                          if (state->sessionId && blind) judgeShownPairByRubric(*tw, *blind);
                      },
                      [state, blind] {
                          if (!state->sessionId || !blind || !blind->currentItem()) return true;
                          if (++state->polls <= 2 * state->items) return false;
                          qWarning("screenshot tour: the blind session's pairs do not advance; its results are partial");
                          return true;
                      }});
    steps->push_back({200, [tw, state] {
                          state->polls = 0;
                          tw->showView(QStringLiteral("evalResultsView"));
                      }});
    // Polls until the results of the session, with every judgment, are on screen.
    steps->push_back({500, [] {},
                      [state, results] {
                          if (!state->sessionId || !results) return true;
                          const auto& r = results->report();
                          if (r && r->session.id == state->sessionId && r->results.judgments >= state->items) return true;
                          if (++state->polls > 240) {  // two minutes
                              qWarning("screenshot tour: the session's results did not come; the picture shows what is there");
                              return true;
                          }
                          // Showing the tab refreshed them; ask again now and then (a new request drops a running one).
                          if (state->polls % 10 == 0) results->refreshResults();
                          return false;
                      }});
    steps->push_back({800, [tw, dir, state] {
                          if (state->sessionId) save(*tw, dir, QStringLiteral("blind_session"));
                          if (!state->previousAnnotator.isEmpty()) tw->setAnnotatorName(state->previousAnnotator);
                      }});
    steps->push_back({200, [tw] {
                          tw->trainView()->controller()->cancel();
                          QApplication::quit();  // the controller waits for the checkpoint
                      }});
    auto next = std::make_shared<std::function<void(size_t)>>();
    *next = [steps, next](size_t i) {
        if (i >= steps->size()) return;
        QTimer::singleShot((*steps)[i].delayMs, qApp, [steps, next, i] {
            (*steps)[i].run();
            (*next)((*steps)[i].done() ? i + 1 : i);
        });
    };
    (*next)(0);
}

}  // namespace ps::ui
