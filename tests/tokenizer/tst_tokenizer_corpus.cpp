// tst_tokenizer_corpus.cpp — whole tokenizers on the mixed corpus, id for id
// against Hugging Face tokenizers 0.23.2 (fixtures/expected/*.jsonl).
//
// Real files: GPT-2's tokenizer.json (byte-level BPE, GPT-2 regex, merges as
// "a b") and GPT-NeoX-20B's (NFC normalizer, normalized whitespace added tokens).
// Files trained with HF's own BpeTrainer: lfm2-style (LFM2's layout: Llama-3
// Split regex + ByteLevel, ignore_merges, merges as pairs, LFM2's special
// tokens) and spm-style (Prepend/Replace normalizer, byte_fallback, fuse_unk,
// Replace/ByteFallback/Fuse/Strip decoder). Variants of them (variants.json)
// cover legacy merges, ignore_merges off, add_prefix_space, Metaspace "first",
// NFKC + Lowercase + Strip + regex Replace.
//
// The cases (fixtures/cases.jsonl): English, Vietnamese with every tone mark in
// NFC and NFD, Chinese, Japanese, Korean (NFD splits Hangul), emoji with ZWJ and
// skin tones, code with tabs and runs of spaces, digits in several scripts,
// special tokens inside text, CRLF, empty lines and the empty string.
#include "tokenizer/streaming_decoder.h"
#include "tokenizer/tokenizer.h"
#include "tokenizer/utf8.h"
#include "tokenizer_test_util.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <random>

using namespace ps::tokenizer;
using namespace tokenizer_test;

namespace {

const std::vector<std::string>& cases() {
    static const std::vector<std::string> c = [] {
        std::vector<std::string> v;
        for (const QByteArray& line : readLines(QStringLiteral("fixtures/cases.jsonl"))) {
            const QJsonDocument d = QJsonDocument::fromJson("[" + line + "]");
            v.push_back(d.array().at(0).toString().toStdString());
        }
        return v;
    }();
    return c;
}

QByteArray tokenizerJson(const QString& name) {
    const QJsonObject variants = QJsonDocument::fromJson(readFile(QStringLiteral("fixtures/variants.json"))).object();
    if (!variants.contains(name)) return readFile(QStringLiteral("data/%1/tokenizer.json").arg(name));
    const QJsonObject v = variants.value(name).toObject();
    QJsonObject j = QJsonDocument::fromJson(readFile(QStringLiteral("data/%1/tokenizer.json").arg(v.value(QLatin1String("base")).toString()))).object();
    const QJsonObject patch = v.value(QLatin1String("patch")).toObject();
    for (auto it = patch.begin(); it != patch.end(); ++it) j.insert(it.key(), it.value());
    QJsonObject model = j.value(QLatin1String("model")).toObject();
    const QJsonObject mp = v.value(QLatin1String("model_patch")).toObject();
    for (auto it = mp.begin(); it != mp.end(); ++it) model.insert(it.key(), it.value());
    if (v.value(QLatin1String("merges_as_strings")).toBool()) {
        QJsonArray legacy;
        for (const QJsonValue& m : model.value(QLatin1String("merges")).toArray())
            legacy.append(m.isArray() ? m.toArray().at(0).toString() + QLatin1Char(' ') + m.toArray().at(1).toString() : m.toString());
        model.insert(QStringLiteral("merges"), legacy);
    }
    j.insert(QStringLiteral("model"), model);
    return QJsonDocument(j).toJson(QJsonDocument::Compact);
}

std::shared_ptr<const Tokenizer> load(const QString& name) {
    auto t = Tokenizer::fromTokenizerJson(tokenizerJson(name), {}, name);
    if (!t) qFatal("%s", qPrintable(t.error().toString()));
    return t.value();
}

QByteArray shownText(const std::string& s) {
    QByteArray q = QByteArray::fromStdString(s.size() > 120 ? s.substr(0, 120) + "…" : s);
    q.replace('\n', "\\n").replace('\r', "\\r").replace('\t', "\\t");
    return "\"" + q + "\"";
}

const QStringList kAll = {QStringLiteral("gpt2"), QStringLiteral("gpt-neox-20b"), QStringLiteral("lfm2-style"), QStringLiteral("spm-style"),
                          QStringLiteral("lfm2-style-legacy-merges"), QStringLiteral("lfm2-style-no-ignore-merges"),
                          QStringLiteral("gpt2-prefix-space"), QStringLiteral("spm-metaspace"), QStringLiteral("spm-nfkc-lowercase")};

}  // namespace

class TestTokenizerCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idsMatchHuggingFace_data() {
        QTest::addColumn<QString>("name");
        for (const QString& n : kAll) QTest::newRow(qPrintable(n)) << n;
    }
    void idsMatchHuggingFace() {
        QFETCH(QString, name);
        const auto t = load(name);
        // Variants whose ids equal their base's share its file (variants.json "expected").
        const QJsonObject variants = QJsonDocument::fromJson(readFile(QStringLiteral("fixtures/variants.json"))).object();
        const QString file = variants.value(name).toObject().value(QLatin1String("expected")).toString(name);
        const auto expected = readLines(QStringLiteral("fixtures/expected/%1.jsonl").arg(file));
        QCOMPARE(expected.size(), cases().size());
        QByteArrayList failures;
        size_t tokens = 0;
        for (size_t i = 0; i < cases().size(); ++i) {
            const std::string& text = cases()[i];
            const QJsonObject e = QJsonDocument::fromJson(expected[i]).object();
            const std::vector<int64_t> want = toIds(e.value(QLatin1String("ids")).toArray());
            const std::vector<int64_t> wantSpecial = e.contains(QLatin1String("special")) ? toIds(e.value(QLatin1String("special")).toArray()) : want;
            auto ids = t->encode(text, false);
            auto special = t->encode(text, true);
            if (!ids || !special) {
                failures << "case " + QByteArray::number(qulonglong(i)) + ": " + (ids ? special.error() : ids.error()).toString().toUtf8();
                continue;
            }
            tokens += ids->size();
            if (ids.value() != want)
                failures << "case " + QByteArray::number(qulonglong(i)) + " " + shownText(text) + ": " + firstDifference(ids.value(), want);
            else if (special.value() != wantSpecial)
                failures << "case " + QByteArray::number(qulonglong(i)) + " with special tokens: " + firstDifference(special.value(), wantSpecial);
            const std::string decoded = t->decode(want, false);
            const std::string wantDecoded = e.contains(QLatin1String("decoded")) ? str(e.value(QLatin1String("decoded"))) : text;
            if (decoded != wantDecoded)
                failures << "case " + QByteArray::number(qulonglong(i)) + " decode: got " + shownText(decoded) + " want " + shownText(wantDecoded);
            const std::string skipped = t->decode(wantSpecial, true);
            const std::string wantSkipped = e.contains(QLatin1String("decoded_skip")) ? str(e.value(QLatin1String("decoded_skip"))) : wantDecoded;
            if (skipped != wantSkipped)
                failures << "case " + QByteArray::number(qulonglong(i)) + " decode(skip special): got " + shownText(skipped) + " want " + shownText(wantSkipped);
        }
        QByteArray report = QByteArray::number(failures.size()) + " of " + QByteArray::number(qulonglong(cases().size())) + " cases differ:\n";
        for (int i = 0; i < failures.size() && i < 10; ++i) report += "  " + failures[i] + "\n";
        QVERIFY2(failures.isEmpty(), report.constData());
        QVERIFY(tokens > 20000);
    }

    // Lossless tokenizers (byte-level BPE without normalizer): decode(encode(x)) == x.
    void roundTrip_data() {
        QTest::addColumn<QString>("name");
        for (const char* n : {"gpt2", "lfm2-style", "lfm2-style-no-ignore-merges", "lfm2-style-legacy-merges"}) QTest::newRow(n) << QString::fromLatin1(n);
    }
    void roundTrip() {
        QFETCH(QString, name);
        const auto t = load(name);
        for (const std::string& text : cases()) {
            auto ids = t->encode(text, false);
            QVERIFY(ids.ok());
            const std::string back = t->decode(ids.value(), false);
            QVERIFY2(back == text, (shownText(back) + " != " + shownText(text)).constData());
        }
        // Random valid UTF-8: code points from every plane, combining marks, ZWJ, controls.
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> kind(0, 7), len(0, 40);
        for (int iter = 0; iter < 1500; ++iter) {
            std::string s;
            const int n = len(rng);
            for (int k = 0; k < n; ++k) {
                char32_t cp;
                switch (kind(rng)) {
                    case 0: cp = char32_t(rng() % 0x80); break;
                    case 1: cp = char32_t(0x300 + rng() % 0x70); break;             // combining marks
                    case 2: cp = char32_t(0x1EA0 + rng() % 0x5A); break;            // Vietnamese
                    case 3: cp = char32_t(0x4E00 + rng() % 0x5000); break;          // CJK
                    case 4: cp = char32_t(0x1F300 + rng() % 0x300); break;          // emoji
                    case 5: cp = k % 2 ? 0x200D : 0xFE0F; break;                    // ZWJ / VS16
                    case 6: cp = char32_t(0xAC00 + rng() % 0x2BA4); break;          // Hangul
                    default: cp = char32_t(rng() % 0x10FFFF); if (cp >= 0xD800 && cp < 0xE000) cp = 0x20; break;
                }
                utf8::append(s, cp);
            }
            auto ids = t->encode(s, false);
            QVERIFY(ids.ok());
            QVERIFY2(t->decode(ids.value(), false) == s, shownText(s).constData());
        }
    }

    // Invalid UTF-8 is refused with an error naming the offset, never a crash;
    // random bytes either encode (when valid) or fail cleanly.
    void invalidUtf8() {
        const auto t = load(QStringLiteral("lfm2-style"));
        for (const char* bad : {"\xC3\x28", "abc\xE1\xBB", "\xED\xA0\x80", "\xF8\x88\x80\x80\x80", "ok\xFF", "\x80"}) {
            auto ids = t->encode(std::string(bad), true);
            QVERIFY(!ids.ok());
            QVERIFY2(ids.error().message.contains(QLatin1String("UTF-8")) && ids.error().message.contains(QLatin1String("offset")),
                     qPrintable(ids.error().toString()));
        }
        auto at = t->encode(std::string("abc\xE1\xBB"), false);
        QVERIFY(at.error().message.contains(QLatin1String("offset 3")));
        std::mt19937 rng(11);
        for (int iter = 0; iter < 3000; ++iter) {
            std::string s(size_t(rng() % 24), '\0');
            for (char& c : s) c = char(rng() % 256);
            auto ids = t->encode(s, true);
            QCOMPARE(ids.ok(), utf8::findInvalid(s) == std::string_view::npos);
        }
        // Decoding any ids never fails: unknown ids are skipped, broken bytes become U+FFFD.
        const std::string d = t->decode({-5, 1, 999999999, 200, 201, 7}, false);
        QCOMPARE(utf8::findInvalid(d), std::string_view::npos);
    }

    void offsetsCoverTheInput_data() {
        QTest::addColumn<QString>("name");
        for (const char* n : {"gpt2", "lfm2-style", "gpt-neox-20b", "spm-style"}) QTest::newRow(n) << QString::fromLatin1(n);
    }
    void offsetsCoverTheInput() {
        QFETCH(QString, name);
        const auto t = load(name);
        // Without a normalizer tokens are disjoint and in order; a normalizer maps a
        // token inside a normalised run to the whole run, so runs may be shared.
        const bool exact = name == QLatin1String("gpt2") || name == QLatin1String("lfm2-style");
        for (const std::string& text : cases()) {
            auto plain = t->encode(text, true);
            auto e = t->encodeWithOffsets(text, true);
            QVERIFY(e.ok());
            QCOMPARE(e->ids, plain.value());
            QCOMPARE(e->offsets.size(), e->ids.size());
            int64_t prevBegin = 0, prevEnd = 0;
            for (size_t i = 0; i < e->ids.size(); ++i) {
                const auto [b, en] = e->offsets[i];
                QVERIFY(b >= 0 && b <= en && en <= int64_t(text.size()));
                if (b == 0 && en == 0) continue;  // inserted special token
                QVERIFY2(b >= prevBegin, qPrintable(QStringLiteral("begin %1 < %2").arg(b).arg(prevBegin)));
                QVERIFY2(b >= prevEnd || !exact, qPrintable(QStringLiteral("%1 < %2").arg(b).arg(prevEnd)));
                prevBegin = b;
                prevEnd = std::max(prevEnd, en);
            }
        }
        // Byte-level without normalizer: tokens tile the input exactly.
        if (name == QLatin1String("lfm2-style") || name == QLatin1String("gpt2")) {
            const std::string text = "Xin chào 👨‍👩‍👧 <|im_start|> code\t\t  x1234";
            auto e = t->encodeWithOffsets(text, false);
            QVERIFY(e.ok());
            int64_t pos = 0;
            for (const auto& [b, en] : e->offsets) {
                QCOMPARE(b, pos);
                pos = en;
            }
            QCOMPARE(pos, int64_t(text.size()));
        }
    }

    // Streaming detokenisation: feeding ids one at a time never emits broken UTF-8
    // and reproduces decode() of the whole sequence.
    void streamingDecoder_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("skip");
        for (const char* n : {"lfm2-style", "gpt2", "spm-style", "spm-metaspace"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1").arg(QLatin1String(n)))) << QString::fromLatin1(n) << false;
            QTest::newRow(qPrintable(QStringLiteral("%1 skip special").arg(QLatin1String(n)))) << QString::fromLatin1(n) << true;
        }
    }
    void streamingDecoder() {
        QFETCH(QString, name);
        QFETCH(bool, skip);
        const auto t = load(name);
        size_t chunks = 0, heldBack = 0;
        for (const std::string& text : cases()) {
            if (text.size() > 2000) continue;
            auto ids = t->encode(text, true);
            QVERIFY(ids.ok());
            StreamingDecoder s(t, skip);
            std::string all;
            for (int64_t id : ids.value()) {
                const std::string piece = s.push(id);
                QVERIFY2(utf8::findInvalid(piece) == std::string_view::npos, shownText(text).constData());
                if (piece.empty()) ++heldBack;
                else ++chunks;
                all += piece;
            }
            all += s.finish();
            QVERIFY2(all == t->decode(ids.value(), skip), (shownText(all) + " vs " + shownText(t->decode(ids.value(), skip))).constData());
        }
        QVERIFY(chunks > 1000);
        QVERIFY(heldBack > 100);  // Vietnamese and emoji bytes split across tokens were held back
    }

    void folderLoadAndSpecialTokens() {
        auto t = Tokenizer::load(path(QStringLiteral("data/lfm2-style")));
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().toString()));
        QCOMPARE(t.value()->description(), QStringLiteral("tokenizer.json (BPE)"));
        QCOMPARE(t.value()->bosId(), std::optional<int64_t>(1));
        QCOMPARE(t.value()->eosId(), std::optional<int64_t>(7));
        QCOMPARE(t.value()->padId(), std::optional<int64_t>(0));
        QCOMPARE(t.value()->tokenToId("<|tool_response_end|>"), std::optional<int64_t>(13));
        QCOMPARE(t.value()->idToToken(6), std::optional<std::string>("<|im_start|>"));
        QVERIFY(t.value()->isSpecial(7));
        QVERIFY(!t.value()->isSpecial(200));
        QCOMPARE(t.value()->encode(std::string(), true).value(), std::vector<int64_t>{1});
        QCOMPARE(t.value()->encode(std::string(), false).value(), std::vector<int64_t>{});
        QCOMPARE(t.value()->encode(std::string("<|im_start|><|im_end|>"), false).value(), (std::vector<int64_t>{6, 7}));
        // A tokenizer.json path loads the folder's config too.
        auto f = Tokenizer::load(path(QStringLiteral("data/lfm2-style/tokenizer.json")));
        QVERIFY(f.ok());
        QCOMPARE(f.value()->eosId(), std::optional<int64_t>(7));
        auto g = Tokenizer::load(path(QStringLiteral("data/gpt2")));
        QVERIFY(g.ok());
        QCOMPARE(g.value()->vocabSize(), int64_t(50257));
        QCOMPARE(g.value()->eosId(), std::optional<int64_t>(50256));
        auto missing = Tokenizer::load(path(QStringLiteral("data/does-not-exist")));
        QVERIFY(!missing.ok());
        auto noTokenizer = Tokenizer::load(path(QStringLiteral("fixtures")));
        QVERIFY(!noTokenizer.ok());
        QVERIFY(noTokenizer.error().toString().contains(QLatin1String("tokenizer.json")));
    }

    void batchEqualsSingle() {
        const auto t = load(QStringLiteral("lfm2-style"));
        auto batch = t->encodeBatch(cases(), true, 2);
        QVERIFY(batch.ok());
        for (size_t i = 0; i < cases().size(); ++i) QCOMPARE(batch.value()[i], t->encode(cases()[i], true).value());
        std::vector<std::string> withBad = {"ok", "bad\xC3", "ok"};
        auto bad = t->encodeBatch(withBad, true, 2);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().toString().contains(QLatin1String("1")), qPrintable(bad.error().toString()));
    }

    // A rough throughput check (the benchmark reports the real figure): the whole
    // corpus as one text must encode at ≥ 1 MB/s even in a loaded CI machine.
    void throughputSanity() {
        const auto t = load(QStringLiteral("lfm2-style"));
        std::string big;
        for (int r = 0; r < 20; ++r)
            for (const std::string& s : cases()) big += s + "\n";
        QElapsedTimer timer;
        timer.start();
        auto ids = t->encode(big, false);
        const double s = std::max(1e-6, timer.nsecsElapsed() / 1e9);
        QVERIFY(ids.ok());
        const double mbps = big.size() / 1e6 / s;
        qInfo("lfm2-style: %.1f MB in %.3f s = %.1f MB/s (%zu tokens)", big.size() / 1e6, s, mbps, ids->size());
        QVERIFY(mbps > 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTokenizerCorpus)
#include "tst_tokenizer_corpus.moc"
