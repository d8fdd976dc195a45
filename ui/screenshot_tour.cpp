#include "screenshot_tour.h"

#include "main_window.h"
#include "quality_view.h"
#include "train_controller.h"
#include "train_view.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QPushButton>
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

void pressKey(QWidget* target, int key) {
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(QChar(key)).toLower());
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(QChar(key)).toLower());
    QApplication::sendEvent(target, &release);
}

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
    steps->push_back({800, [tw, dir] {
                          tw->showView(QStringLiteral("promptsView"));
                      }});
    steps->push_back({1200, [tw, dir] { save(*tw, dir, QStringLiteral("prompts")); }});
    steps->push_back({200, [tw] { tw->showView(QStringLiteral("annotateView")); }});
    steps->push_back({1200, [tw, dir] {
                          save(*tw, dir, QStringLiteral("annotate"));
                          // Three votes by key presses, as an annotator would.
                          tw->activateWindow();
                          for (int key : {Qt::Key_1, Qt::Key_2, Qt::Key_1}) pressKey(tw->focusWidget() ? tw->focusWidget() : tw, key);
                      }});
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
    steps->push_back({200, [tw] { tw->showView(QStringLiteral("beforeAfterView")); }});
    steps->push_back({1000, [tw, dir] { save(*tw, dir, QStringLiteral("before_after")); }});
    steps->push_back({200, [tw] { tw->showView(QStringLiteral("evalResultsView")); }});
    steps->push_back({1000, [tw, dir] { save(*tw, dir, QStringLiteral("evaluation_results")); }});
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
