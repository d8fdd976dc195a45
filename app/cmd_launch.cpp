// cmd_launch.cpp — `prefstudio train --nproc N`: a torchrun-like launcher for
// one machine. It starts N copies of this executable with RANK, WORLD_SIZE,
// LOCAL_RANK, MASTER_ADDR=127.0.0.1 and a free MASTER_PORT, forwards their
// output (rank 0's metrics and progress as they are, the others' messages
// prefixed with their rank), passes Ctrl+C/SIGTERM on, and fails as a whole
// when one rank fails: the others normally stop on their own (c10d reports the
// lost peer); any still running after a grace period are terminated.
// Not here: the training itself (cmd_train.cpp, core/train/).
#include "cli.h"
#include "cli_args.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ps::app {

namespace {

std::atomic<int> g_launcherSignal{0};
void onLauncherSignal(int sig) { g_launcherSignal = sig; }

// A port the kernel considers free on the loopback interface right now.
int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return 29500;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    int port = 29500;
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

struct Child {
    int rank = 0;
    QProcess* process = nullptr;
    QByteArray outBuf, errBuf;
    bool done = false;
};

// Writes complete lines; rank 0's as they are, the others' behind "[rank N] ".
void forwardLines(QByteArray& buf, QTextStream& to, int rank, bool flushAll) {
    for (;;) {
        qsizetype nl = buf.indexOf('\n');
        if (nl < 0) {
            if (!flushAll || buf.isEmpty()) return;
            buf.append('\n');  // the last words of a process that ended mid-line
            nl = buf.size() - 1;
        }
        const QByteArray line = buf.left(nl + 1);
        buf.remove(0, nl + 1);
        if (rank > 0) to << "[rank " << rank << "] ";
        to << QString::fromUtf8(line);
        to.flush();
    }
}

}  // namespace

int launchLocalRanks(int nproc, const QStringList& commandArgs) {
    const int port = freeLoopbackPort();
    const QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    // Share the cores: each rank gets cores / N compute threads unless told otherwise.
    const QString threads = QString::number(std::max(1, QThread::idealThreadCount() / nproc));
    err() << QCoreApplication::translate("ps::cli", "launching %1 processes (MASTER_ADDR=127.0.0.1 MASTER_PORT=%2)\n").arg(nproc).arg(port)
          << Qt::flush;

    std::signal(SIGINT, onLauncherSignal);
    std::signal(SIGTERM, onLauncherSignal);
    std::vector<Child> children(static_cast<size_t>(nproc));
    for (int r = 0; r < nproc; ++r) {
        Child& c = children[static_cast<size_t>(r)];
        c.rank = r;
        c.process = new QProcess();
        QProcessEnvironment env = base;
        env.insert(QStringLiteral("RANK"), QString::number(r));
        env.insert(QStringLiteral("LOCAL_RANK"), QString::number(r));
        env.insert(QStringLiteral("WORLD_SIZE"), QString::number(nproc));
        env.insert(QStringLiteral("LOCAL_WORLD_SIZE"), QString::number(nproc));
        env.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
        if (!base.contains(QStringLiteral("PREFSTUDIO_THREADS"))) env.insert(QStringLiteral("PREFSTUDIO_THREADS"), threads);
        if (!base.contains(QStringLiteral("OMP_NUM_THREADS"))) env.insert(QStringLiteral("OMP_NUM_THREADS"), threads);
        if (!base.contains(QStringLiteral("OPENBLAS_NUM_THREADS"))) env.insert(QStringLiteral("OPENBLAS_NUM_THREADS"), threads);
        c.process->setProcessEnvironment(env);
        // A rank never outlives its launcher (killed launcher: no orphaned ranks holding the port).
        c.process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        c.process->start(QCoreApplication::applicationFilePath(), commandArgs);
    }

    int firstFailure = -1, failureCode = 0;
    bool interrupted = false;
    QElapsedTimer sinceFailure, sinceTerminate;
    int running = nproc;
    constexpr int kGraceMs = 20000;  // for the others to report the lost peer themselves
    bool terminated = false;
    while (running > 0) {
        for (Child& c : children) {
            if (c.done) continue;
            c.process->waitForReadyRead(c.rank == 0 ? 50 : 5);
            c.outBuf += c.process->readAllStandardOutput();
            c.errBuf += c.process->readAllStandardError();
            forwardLines(c.outBuf, out(), c.rank, false);
            forwardLines(c.errBuf, err(), c.rank, false);
            if (c.process->state() != QProcess::NotRunning) continue;
            c.process->waitForFinished(0);
            c.outBuf += c.process->readAllStandardOutput();
            c.errBuf += c.process->readAllStandardError();
            forwardLines(c.outBuf, out(), c.rank, true);
            forwardLines(c.errBuf, err(), c.rank, true);
            c.done = true;
            --running;
            const bool crashed = c.process->exitStatus() != QProcess::NormalExit || c.process->error() == QProcess::FailedToStart;
            const int code = crashed ? -1 : c.process->exitCode();
            if (code == 130) interrupted = true;
            if ((crashed || code != 0) && code != 130 && firstFailure < 0) {
                firstFailure = c.rank;
                failureCode = code;
                sinceFailure.start();
                err() << (crashed ? QCoreApplication::translate("ps::cli", "rank %1 was killed or crashed; stopping the other ranks\n").arg(c.rank)
                                  : QCoreApplication::translate("ps::cli", "rank %1 failed (exit code %2); stopping the other ranks\n")
                                        .arg(c.rank)
                                        .arg(code))
                      << Qt::flush;
            }
        }
        if (g_launcherSignal.exchange(0) != 0) {
            // Ranks cancel together at the end of a step and save a checkpoint.
            for (Child& c : children)
                if (!c.done) ::kill(static_cast<pid_t>(c.process->processId()), SIGINT);
        }
        if (firstFailure >= 0 && running > 0 && !terminated && sinceFailure.elapsed() > kGraceMs) {
            err() << QCoreApplication::translate("ps::cli", "terminating the ranks still running\n") << Qt::flush;
            for (Child& c : children)
                if (!c.done) c.process->terminate();
            terminated = true;
            sinceTerminate.start();
        } else if (terminated && running > 0 && sinceTerminate.elapsed() > 5000) {
            for (Child& c : children)
                if (!c.done) c.process->kill();
        }
    }
    for (Child& c : children) delete c.process;
    if (firstFailure >= 0) {
        err() << QCoreApplication::translate("ps::cli", "error: distributed run failed: rank %1 stopped first\n").arg(firstFailure) << Qt::flush;
        return failureCode > 0 ? failureCode : 1;
    }
    return interrupted ? 130 : 0;
}

}  // namespace ps::app
