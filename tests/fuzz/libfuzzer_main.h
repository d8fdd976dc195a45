// libfuzzer_main.h — the body of every fuzz_<format>.cpp: libFuzzer's entry
// points around one driver of fuzz_drivers.h. A violation (an inconsistent
// acceptance or a rejection without a message) aborts, so libFuzzer keeps the
// input as a crash. Built only with -DPS_FUZZ=ON and clang; run e.g.
//   build-fuzz/tests/fuzz_config -max_total_time=600 -rss_limit_mb=2048 corpus/ tests/fuzz/config
#pragma once

#include "fuzz/fuzz_drivers.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

#ifndef PS_FUZZ_FORMAT
#error "define PS_FUZZ_FORMAT before including libfuzzer_main.h"
#endif

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);  // SQLite driver plugins, translations
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const ps::fuzz::Driver* driver = ps::fuzz::driver(QStringLiteral(PS_FUZZ_FORMAT));
    if (!driver) std::abort();
    const ps::fuzz::Outcome o = driver->run(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    // Close the scratch workspace before Qt's SQL globals go at exit: registered
    // after the first run, this handler runs before their destructors.
    static const bool closeAtExit = [] { return std::atexit(ps::fuzz::shutdown) == 0; }();
    (void)closeAtExit;
    const QString problem = ps::fuzz::problemWith(o);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", PS_FUZZ_FORMAT, qPrintable(problem));
        std::abort();
    }
    return 0;
}
