// fuzz_mutator.cpp — see fuzz_mutator.h.
#include "fuzz/fuzz_mutator.h"

#include <algorithm>

namespace ps::fuzz {

Mutator::Mutator(uint64_t seed, QByteArrayList seeds, QByteArrayList dictionary)
    : state_(seed), seeds_(std::move(seeds)), dictionary_(std::move(dictionary)) {
    dictionary_ += commonDictionary();
    if (seeds_.isEmpty()) seeds_ << QByteArray();
}

uint64_t Mutator::random() {  // splitmix64
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

uint64_t Mutator::below(uint64_t n) { return n ? random() % n : 0; }

QByteArrayList Mutator::commonDictionary() {
    QByteArrayList d{
        "0", "-1", "-0", "1", "255", "256", "65535", "65536", "2147483647", "2147483648", "-2147483649",
        "4294967295", "4294967296", "9007199254740993", "1152921504606846976" /* 2^60 */, "1099511627776" /* 2^40 */,
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551615",
        "18446744073709551616", "1e12", "1e308", "1e309", "-1e308", "1e-320", "0.5", "1.0", "NaN", "nan", "Infinity",
        "-Infinity", "null", "true", "false", "\"\"", "{}", "[]", "[[]]", "{\"\":{}}", "\\u0000", "\\ud800", "\\udc00",
        "\\ud83d\\ude00", "\\uffff", "\\", "\"", "\n", "\r\n", "\t", ",", ":",
        QByteArray("\0", 1), QByteArray("\0\0\0\0\0\0\0\0", 8), "\xEF\xBB\xBF" /* UTF-8 BOM */, "\xFF\xFE" /* UTF-16 BOM */,
        "\xFE\xFF", "\xFF", "\xC3\x28", "\xC0\x80" /* overlong NUL */, "\xED\xA0\x80" /* surrogate */,
        "\xF4\x90\x80\x80" /* > U+10FFFF */, "\xE2\x82", "\xF0\x9F\x98\x80", "\xE2\x80\xAE" /* RTL override */,
        "../../etc/passwd", "/etc/passwd", "..\\..\\x", "C:\\x", "<script>alert(1)</script>", "{{ ''.__class__ }}",
        "{% for x in range(99999999) %}", "%s%n%x", QByteArray(4096, 'A'), QByteArray(1000, '['), QByteArray(1000, '{'),
        QByteArray(600, ']'), "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\"a\":", "\"a\":1,\"a\":2"};
    return d;
}

void Mutator::mutate(QByteArray& data) {
    const qsizetype size = data.size();
    const qsizetype pos = static_cast<qsizetype>(below(static_cast<uint64_t>(size) + 1));
    switch (below(12)) {
    case 0:  // random byte
        if (size) data[std::min(pos, size - 1)] = static_cast<char>(below(256));
        break;
    case 1:  // one bit
        if (size) data[std::min(pos, size - 1)] ^= static_cast<char>(1u << below(8));
        break;
    case 2:  // insert random bytes
        data.insert(pos, QByteArray(1 + static_cast<int>(below(8)), static_cast<char>(below(256))));
        break;
    case 3:  // delete a range
        data.remove(pos, 1 + static_cast<qsizetype>(below(32)));
        break;
    case 4:  // truncate
        data.truncate(pos);
        break;
    case 5:  // insert a dictionary token
    case 6:
        data.insert(pos, dictionary_[static_cast<qsizetype>(below(static_cast<uint64_t>(dictionary_.size())))]);
        break;
    case 7: {  // replace a number (digits) by a dictionary token: shapes, ids, sizes, offsets
        for (int tries = 0; tries < 64 && size; ++tries) {
            qsizetype p = static_cast<qsizetype>(below(static_cast<uint64_t>(size)));
            if (data[p] < '0' || data[p] > '9') continue;
            qsizetype b = p, e = p;
            while (b > 0 && data[b - 1] >= '0' && data[b - 1] <= '9') --b;
            while (e < size && data[e] >= '0' && data[e] <= '9') ++e;
            data.replace(b, e - b, dictionary_[static_cast<qsizetype>(below(static_cast<uint64_t>(dictionary_.size())))]);
            break;
        }
        break;
    }
    case 8: {  // splice: a chunk of another seed
        const QByteArray& other = seeds_[static_cast<qsizetype>(below(static_cast<uint64_t>(seeds_.size())))];
        const qsizetype from = static_cast<qsizetype>(below(static_cast<uint64_t>(other.size()) + 1));
        data.insert(pos, other.mid(from, static_cast<qsizetype>(below(256))));
        break;
    }
    case 9: {  // repeat a chunk (nesting, long lines, many records)
        const QByteArray chunk = data.mid(pos, 1 + static_cast<qsizetype>(below(16)));
        const int times = 1 + static_cast<int>(below(below(2) ? 8 : 200));
        data.insert(pos, chunk.repeated(times));
        break;
    }
    case 10: {  // a little-endian u64 at a type limit (binary length prefixes), often at offset 0
        static const uint64_t kValues[] = {0, 1, 7, 8, 0xFF, 0x7FFFFFFF, 0xFFFFFFFF, 1ull << 32, 1ull << 60,
                                           0x7FFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFFFull, 100ull << 20, (100ull << 20) + 1};
        uint64_t v = kValues[below(sizeof kValues / sizeof kValues[0])];
        if (below(2)) v = static_cast<uint64_t>(size) + below(17) - 8;
        const qsizetype at = below(2) ? 0 : pos;
        QByteArray le(8, '\0');
        for (int i = 0; i < 8; ++i) le[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
        data.replace(at, std::min<qsizetype>(8, std::max<qsizetype>(0, size - at)), le);
        break;
    }
    default: {  // swap two chunks
        if (size < 4) break;
        const qsizetype a = static_cast<qsizetype>(below(static_cast<uint64_t>(size / 2)));
        const qsizetype b = size / 2 + static_cast<qsizetype>(below(static_cast<uint64_t>(size - size / 2)));
        const qsizetype n = std::min<qsizetype>(1 + static_cast<qsizetype>(below(32)), std::min(size / 2 - a, size - b));
        const QByteArray first = data.mid(a, n), second = data.mid(b, n);
        data.replace(b, n, first);
        data.replace(a, n, second);
        break;
    }
    }
}

QByteArray Mutator::next() {
    QByteArray data = seeds_[static_cast<qsizetype>(below(static_cast<uint64_t>(seeds_.size())))];
    for (int m = 1 + static_cast<int>(below(4)); m > 0; --m) mutate(data);
    if (data.size() > (1 << 20)) data.truncate(1 << 20);  // keeps each input cheap; size limits are tested directly
    return data;
}

}  // namespace ps::fuzz
