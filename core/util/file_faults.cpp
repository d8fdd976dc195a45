#include "util/file_faults.h"

#include <QByteArray>
#include <QCoreApplication>

#include <csignal>
#include <algorithm>
#include <cstring>
#include <unistd.h>

namespace ps {

namespace {
// Prepared before any fault: the handler may only call async-signal-safe functions.
char g_busMessage[1024];
size_t g_busMessageLength = 0;

void onBus(int) {
    ssize_t ignored = ::write(STDERR_FILENO, g_busMessage, g_busMessageLength);
    (void)ignored;
    ::_exit(74);
}
}  // namespace

void installFileFaultHandlers() {
    const QByteArray msg =
        QStringLiteral("\n%1\n")
            .arg(QCoreApplication::translate("ps::FileFaults",
                                             "error: a model file was truncated or changed on disk while it was in use (memory-mapped "
                                             "weights became unreadable). The work committed so far is kept. Replace model files "
                                             "only while no Prefstudio process uses them, then run again."))
            .toUtf8();
    g_busMessageLength = std::min(sizeof g_busMessage, static_cast<size_t>(msg.size()));
    std::memcpy(g_busMessage, msg.constData(), g_busMessageLength);
    struct sigaction sa {};
    sa.sa_handler = onBus;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGBUS, &sa, nullptr);
    std::signal(SIGXFSZ, SIG_IGN);
}

}  // namespace ps
