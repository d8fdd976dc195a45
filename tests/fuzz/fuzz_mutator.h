// fuzz_mutator.h — the seeded mutation engine of the in-suite fuzzer
// (tst_fuzz): byte and bit flips, inserts, deletes, truncation, splices from
// other seeds, chunk repeats, and dictionary tokens (huge and negative numbers,
// NaN, deep nesting, invalid UTF-8, BOMs, NUL bytes, path traversal, plus the
// format's own keywords). Deterministic: the same seed gives the same inputs on
// every machine (own splitmix64, no std:: distributions). Not coverage-guided:
// libFuzzer (fuzz_<format>.cpp, -DPS_FUZZ=ON with clang) is for long campaigns.
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <cstdint>

namespace ps::fuzz {

class Mutator {
public:
    Mutator(uint64_t seed, QByteArrayList seeds, QByteArrayList dictionary);

    // A new input: one of the seeds with 1–4 stacked mutations.
    QByteArray next();
    uint64_t below(uint64_t n);  // uniform-ish in [0, n), n > 0

    // Tokens every format gets (numbers at type limits, NaN, nesting, bad UTF-8 …).
    static QByteArrayList commonDictionary();

private:
    uint64_t random();
    void mutate(QByteArray& data);

    uint64_t state_;
    QByteArrayList seeds_;
    QByteArrayList dictionary_;
};

}  // namespace ps::fuzz
