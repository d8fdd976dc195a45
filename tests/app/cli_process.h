// cli_process.h — runs the built `prefstudio` binary for CLI tests: the path
// comes from $PREFSTUDIO_CLI (set by CTest), else the build tree next to the test.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStringList>

namespace cli_test {

inline QString cliPath() {
    const QString env = qEnvironmentVariable("PREFSTUDIO_CLI");
    return env.isEmpty() ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/prefstudio")) : env;
}

struct Run {
    int code = -1;  // -1 when the process crashed or timed out
    QByteArray out, err;
};

inline Run run(const QStringList& args, int timeoutMs = 300000) {
    QProcess p;
    p.start(cliPath(), args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

}  // namespace cli_test
