// studio.h — entry point of the GUI: builds the main window and runs the event loop.
#pragma once

#include "util/result.h"

#include <QStringList>

class QApplication;

namespace ps::ui {

class MainWindow;

int runStudio(QApplication& app, const QStringList& args);

// --demo: builds (first time) or reuses the demo workspace in the user data
// folder (core/demo/demo_workspace.h), opens it and the demo model, and sets the
// Train view's base model, settings and pairs (the workspace's preferences,
// exported to pairs.jsonl beside it at each start) for it.
Status openDemo(MainWindow& window, const QString& resourcesDir);

}  // namespace ps::ui
