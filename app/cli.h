// cli.h — the command-line interface: `prefstudio <command> [options]`.
// Every command calls the same core API as the studio.
#pragma once

#include <QStringList>

namespace ps::app {

// True when argv names a CLI command (or --help/--version).
bool isCliInvocation(const QStringList& args);
// Runs the command; returns the process exit code.
int runCli(const QStringList& args);

// Commands (cmd_*.cpp). args excludes the program and command names.
int cmdInspect(const QStringList& args);
int cmdCreateModel(const QStringList& args);
int cmdForward(const QStringList& args);
int cmdGenerate(const QStringList& args);
int cmdTrain(const QStringList& args);
int cmdScore(const QStringList& args);

}  // namespace ps::app
