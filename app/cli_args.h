// cli_args.h — small helpers shared by the CLI commands: option parsing with
// clear errors, printing to stdout/stderr.
#pragma once

#include "util/result.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>
#include <vector>

namespace ps::app {

QTextStream& out();
QTextStream& err();

// Parses `args` (without program/command) with `parser`; on error prints it
// with the command's usage and returns false.
bool parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& args);

// "1,2,3" or "1 2 3" -> ids.
Result<std::vector<int64_t>> parseIdList(const QString& text);
Result<double> parseDouble(const QCommandLineParser& p, const QString& name, double fallback);
Result<int64_t> parseInt(const QCommandLineParser& p, const QString& name, int64_t fallback);

// Prints "error: <message>" and returns exit code 1.
int fail(const Error& e);

}  // namespace ps::app
