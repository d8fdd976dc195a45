// studio.h — entry point of the GUI: builds the main window and runs the event loop.
#pragma once

#include <QStringList>

class QApplication;

namespace ps::ui {

int runStudio(QApplication& app, const QStringList& args);

}  // namespace ps::ui
