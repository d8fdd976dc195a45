// screenshot_tour.h — `prefstudio --demo --screenshots DIR`: drives the real
// studio window through the loop (prompts, annotation with a few votes by key
// presses, the quality panel, a short training run with its live charts, the
// evaluation tabs, and a blind session over the run's before/after comparison
// judged by a scripted rubric — not a person, see screenshot_tour.cpp) and
// saves a PNG of each into DIR, then quits. The README's
// screenshots come from here (scripts/screenshots.sh runs it under xvfb-run).
#pragma once

#include <QString>

namespace ps::ui {

class MainWindow;

// Starts the tour on the event loop; the application quits when it is done.
void startScreenshotTour(MainWindow& window, const QString& dir);

}  // namespace ps::ui
