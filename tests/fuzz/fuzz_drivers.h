// fuzz_drivers.h — one driver per input format that Prefstudio reads from
// outside: it writes the input where the real loader expects it (a file in a
// scratch model folder or an import file), runs the real parser on it, and on
// acceptance checks what was parsed (bounds, sizes, encodes and renders a
// little). Shared by the in-suite fuzzer (tst_fuzz.cpp) and the libFuzzer
// entry points (fuzz_<format>.cpp). Not here: mutation (fuzz_mutator.h) and
// the per-input time bound (the callers time each input).
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <vector>

namespace ps::fuzz {

struct Outcome {
    bool accepted = false;
    QString error;      // the parser's message when rejected (must not be empty)
    QString violation;  // non-empty: the parser accepted something inconsistent, or crashed softly
};

struct Driver {
    const char* name;   // also the corpus folder: tests/fuzz/<name>/
    Outcome (*run)(const QByteArray& input);
    QByteArrayList dictionary;  // format keywords added to the common ones
};

const std::vector<Driver>& drivers();
const Driver* driver(const QString& name);

// tests/fuzz/<name>/* (sorted by file name).
QByteArrayList corpus(const QString& name);

// Checks an outcome: a rejection needs a message; returns a description of
// what is wrong, or an empty string.
QString problemWith(const Outcome& o);

// Closes the scratch workspace and removes the scratch folder (before QCoreApplication ends).
void shutdown();

}  // namespace ps::fuzz
