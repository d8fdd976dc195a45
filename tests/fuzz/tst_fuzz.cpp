// tst_fuzz.cpp — the in-suite fuzzer: every parser of outside data
// (fuzz_drivers.h) runs on its seed corpus (tests/fuzz/<format>/) and then on
// PS_FUZZ_ITERATIONS (default 2000) seeded mutations of it. Each input must
// end in a clean acceptance or an error with a message, within a time bound
// (PS_FUZZ_MAX_MS, default 5000 ms of wall time — an input costs about 1 ms of CPU, the
// rest is room for I/O stalls on a loaded machine; a watchdog aborts after 30 s), without a
// crash and without allocating more than a bounded amount: outside
// sanitizers the address space is capped at 4 GiB above the start (an
// allocation past it aborts the test); scripts/sanitize.sh runs this under
// ASan with max_allocation_size_mb instead.
//
// A crash or hang leaves the input in $TMPDIR/ps-fuzz-<format>.bin; rerun one
// format with `tst_fuzz run:<format>`, a different stream with PS_FUZZ_SEED.
#include "fuzz/fuzz_drivers.h"
#include "fuzz/fuzz_mutator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define PS_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PS_UNDER_ASAN 1
#endif
#endif

using namespace ps::fuzz;

namespace {

// The input being parsed, for the crash handler and the watchdog (plain
// globals: a signal handler may only read them and call write()).
QByteArray g_input;
char g_dumpPath[512] = {};
std::atomic<qint64> g_startedMs{0};  // 0: idle
std::atomic<bool> g_stop{false};

void dumpInput() {
    if (!g_dumpPath[0]) return;
    const int fd = ::open(g_dumpPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return;
    const char* p = g_input.constData();
    qsizetype left = g_input.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(left));
        if (n <= 0) break;
        p += n;
        left -= n;
    }
    ::close(fd);
    static const char msg[] = "tst_fuzz: the input that crashed or hung was written to ";
    (void)!::write(2, msg, sizeof msg - 1);
    (void)!::write(2, g_dumpPath, strlen(g_dumpPath));
    (void)!::write(2, "\n", 1);
}

void onFatalSignal(int sig) {
    dumpInput();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

qint64 nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

int envInt(const char* name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

void capAddressSpace() {
#ifndef PS_UNDER_ASAN
    // Bounded allocation: whatever a parser allocates for one small input must
    // fit in 4 GiB more than the process already maps (LibTorch and Qt included).
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (!line.startsWith("VmSize:")) continue;
        const rlim_t kb = line.mid(7).trimmed().split(' ').value(0).toULongLong();
        struct rlimit lim {};
        lim.rlim_cur = lim.rlim_max = (kb << 10) + (4ull << 30);
        setrlimit(RLIMIT_AS, &lim);
    }
#endif
}

}  // namespace

class TstFuzz : public QObject {
    Q_OBJECT
    std::thread watchdog_;

private Q_SLOTS:
    void initTestCase() {
        capAddressSpace();
#ifndef PS_UNDER_ASAN
        // The cap is in force: an allocation a parser might take from a lying header fails.
        void* big = std::malloc(size_t(8) << 30);
        const bool capped = big == nullptr;
        std::free(big);
        QVERIFY2(capped, "the address-space cap did not take effect");
#endif
        for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, onFatalSignal);
        watchdog_ = std::thread([] {
            while (!g_stop) {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                const qint64 started = g_startedMs;
                if (started && nowMs() - started > 30000) {
                    static const char msg[] = "tst_fuzz: one input ran for more than 30 s (hang)\n";
                    (void)!::write(2, msg, sizeof msg - 1);
                    dumpInput();
                    std::_Exit(3);
                }
            }
        });
    }

    void cleanupTestCase() {
        g_stop = true;
        watchdog_.join();
        shutdown();
    }

    void run_data() {
        QTest::addColumn<QString>("format");
        for (const Driver& d : drivers()) QTest::newRow(d.name) << QString::fromLatin1(d.name);
    }

    void run() {
        QFETCH(QString, format);
        const Driver* d = driver(format);
        QVERIFY(d);
        const QByteArrayList seeds = corpus(format);
        QVERIFY2(!seeds.isEmpty(), qPrintable(QStringLiteral("no seeds in tests/fuzz/%1").arg(format)));
        const int iterations = envInt("PS_FUZZ_ITERATIONS", 2000);
        const int maxMs = envInt("PS_FUZZ_MAX_MS", 5000);
        const uint64_t seed = static_cast<uint64_t>(envInt("PS_FUZZ_SEED", 20261126));
        qstrncpy(g_dumpPath, QFile::encodeName(QDir::temp().filePath(QStringLiteral("ps-fuzz-%1.bin").arg(format))).constData(),
                 sizeof g_dumpPath);

        Mutator mutator(seed, seeds, d->dictionary);
        int accepted = 0, rejected = 0;
        qint64 slowestMs = 0;
        QElapsedTimer total;
        total.start();
        for (int i = -static_cast<int>(seeds.size()); i < iterations; ++i) {
            g_input = i < 0 ? seeds[i + seeds.size()] : mutator.next();  // the seeds themselves first
            QElapsedTimer t;
            t.start();
            g_startedMs = nowMs();
            const Outcome o = d->run(g_input);
            g_startedMs = 0;
            const qint64 ms = t.elapsed();
            slowestMs = std::max(slowestMs, ms);
            const QString what = i < 0 ? QStringLiteral("seed %1").arg(i + seeds.size()) : QStringLiteral("mutation %1").arg(i);
            const QString problem = problemWith(o);
            if (!problem.isEmpty() || ms > maxMs) {
                dumpInput();
                QFAIL(qPrintable(QStringLiteral("%1 %2 (%3 bytes, %4 ms): %5")
                                     .arg(format, what).arg(g_input.size()).arg(ms)
                                     .arg(problem.isEmpty() ? QStringLiteral("too slow") : problem)));
            }
            ++(o.accepted ? accepted : rejected);
        }
        qInfo("fuzz %s: %d inputs (%lld seeds + %d mutations), %d accepted, %d rejected with a message, slowest %lld ms, %lld ms in all",
              qPrintable(format), accepted + rejected, static_cast<long long>(seeds.size()), iterations, accepted, rejected,
              static_cast<long long>(slowestMs), static_cast<long long>(total.elapsed()));
        QVERIFY2(rejected > 0, "the mutations never produced an invalid input");
    }
};

QTEST_GUILESS_MAIN(TstFuzz)
#include "tst_fuzz.moc"
