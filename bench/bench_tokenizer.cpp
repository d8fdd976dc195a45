// bench_tokenizer.cpp — encode throughput (MB/s of UTF-8 input) of the
// tokenizer.json pipeline on mixed English / Vietnamese text, single thread and
// batched over threads, plus decode throughput.
//
//   bench_tokenizer [TOKENIZER ...]   (model folders or tokenizer.json files;
//                                      default: the LFM2-layout, GPT-2 and GPT-NeoX
//                                      files of tests/tokenizer/data)
//
// Text: the English and Vietnamese lines of tests/tokenizer/data/corpus.txt,
// shuffled with a fixed seed into a ~8 MB document (Vietnamese half in NFC, a
// quarter in NFD). "cold" encodes each distinct line once with an empty word
// cache (the worst case); "single" is one thread over the whole document;
// "batched" splits it into ~2 KB documents and encodes them with encodeBatch on
// every hardware thread. Machines are shared: compare figures of one run.
#include "tokenizer/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

using namespace ps::tokenizer;

namespace {

double seconds(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

bool isVietnamese(const std::string& s) {
    // Lines with Vietnamese-only letters (ơ ư đ and the precomposed tone-marked vowels).
    for (const char* mark : {"\xC6\xA1", "\xC6\xB0", "\xC4\x91", "\xE1\xBA", "\xE1\xBB"})
        if (s.find(mark) != std::string::npos) return true;
    return false;
}

bool isEnglish(const std::string& s) {
    if (s.size() < 20) return false;
    int ascii = 0;
    for (unsigned char c : s) ascii += c < 0x80;
    return ascii == int(s.size());
}

}  // namespace

int main(int argc, char** argv) {
    const QString src = QStringLiteral(PS_SOURCE_DIR);
    QStringList paths;
    for (int i = 1; i < argc; ++i) paths << QString::fromLocal8Bit(argv[i]);
    if (paths.isEmpty())
        for (const char* n : {"lfm2-style", "gpt2", "gpt-neox-20b"}) paths << src + QStringLiteral("/tests/tokenizer/data/") + QLatin1String(n);

    QFile f(src + QStringLiteral("/tests/tokenizer/data/corpus.txt"));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
        return 1;
    }
    std::vector<std::string> english, vietnamese;
    for (QByteArray line : f.readAll().split('\n')) {
        line.replace("\xE2\x90\xA4", "\n");
        const std::string s = line.toStdString();
        if (isVietnamese(s)) vietnamese.push_back(s);
        else if (isEnglish(s)) english.push_back(s);
    }
    // NFD copies of the Vietnamese lines (decomposed input is common from macOS and some keyboards).
    std::vector<std::string> vietnameseNfd;
    {
        for (const std::string& s : vietnamese) vietnameseNfd.push_back(QString::fromStdString(s).normalized(QString::NormalizationForm_D).toStdString());
    }
    std::mt19937 rng(42);
    std::string doc;
    std::vector<std::string> docs;
    std::string current;
    const size_t target = 8u << 20;
    while (doc.size() < target) {
        const unsigned pick = rng() % 4;
        const auto& pool = pick < 2 ? english : pick == 2 ? vietnamese : vietnameseNfd;
        const std::string& line = pool[rng() % pool.size()];
        doc += line;
        doc += '\n';
        current += line;
        current += '\n';
        if (current.size() > 2048) {
            docs.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) docs.push_back(current);
    std::vector<std::string> distinct = english;
    distinct.insert(distinct.end(), vietnamese.begin(), vietnamese.end());
    distinct.insert(distinct.end(), vietnameseNfd.begin(), vietnameseNfd.end());
    size_t distinctBytes = 0;
    for (const auto& s : distinct) distinctBytes += s.size();
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());

    std::printf("text: %.2f MB mixed English/Vietnamese (%zu English, %zu Vietnamese lines; NFC and NFD), %zu documents; %u hardware threads\n",
                doc.size() / 1e6, english.size(), vietnamese.size(), docs.size(), hw);
    std::printf("%-28s %10s %10s %10s %10s %12s %10s\n", "tokenizer", "load s", "cold MB/s", "1-thr MB/s", "batch MB/s", "tokens/byte", "dec MB/s");
    for (const QString& p : paths) {
        auto t0 = std::chrono::steady_clock::now();
        auto tok = Tokenizer::load(p);
        const double load = seconds(t0);
        if (!tok) {
            std::fprintf(stderr, "%s\n", qPrintable(tok.error().toString()));
            return 1;
        }
        const Tokenizer& t = *tok.value();
        // Cold: every distinct line once, fresh word cache.
        t0 = std::chrono::steady_clock::now();
        for (const std::string& s : distinct) (void)t.encode(s, false);
        const double cold = distinctBytes / 1e6 / seconds(t0);
        // Single thread, whole document (best of 3).
        double best = 1e9;
        size_t tokens = 0;
        std::vector<int64_t> ids;
        for (int r = 0; r < 3; ++r) {
            t0 = std::chrono::steady_clock::now();
            auto e = t.encode(doc, false);
            best = std::min(best, seconds(t0));
            ids = std::move(e.value());
            tokens = ids.size();
        }
        const double single = doc.size() / 1e6 / best;
        // Batched over all hardware threads (best of 3).
        double bestBatch = 1e9;
        for (int r = 0; r < 3; ++r) {
            t0 = std::chrono::steady_clock::now();
            auto b = t.encodeBatch(docs, false, int(hw));
            bestBatch = std::min(bestBatch, seconds(t0));
            if (!b) return 1;
        }
        const double batched = doc.size() / 1e6 / bestBatch;
        t0 = std::chrono::steady_clock::now();
        const std::string back = t.decode(ids, false);
        const double dec = back.size() / 1e6 / seconds(t0);
        const QFileInfo fi(p);
        const QString name = fi.isDir() ? fi.fileName() : fi.dir().dirName() + QLatin1Char('/') + fi.fileName();
        std::printf("%-28s %10.3f %10.1f %10.1f %10.1f %12.3f %10.1f%s\n", qPrintable(name), load, cold, single, batched,
                    double(tokens) / double(doc.size()), dec, back == doc ? "" : "  (decode differs: lossy tokenizer)");
    }
    return 0;
}
