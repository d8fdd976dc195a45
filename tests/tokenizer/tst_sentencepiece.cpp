// tst_sentencepiece.cpp — sentencepiece through libprefstudio_spm, in a binary
// that links LibTorch (prefstudio_core) and uses it: if the protobuf clash of
// SPEC §2 came back, this process would crash at start-up or on first use.
//
// Trains BPE and unigram models from our corpus with the bridge, loads them as
// tokenizers, checks ids against Debian's `spm_encode` command line tool on the
// same model, decode(encode(x)) == x, offsets, special ids and errors.
#include "tokenizer/sentencepiece.h"
#include "tokenizer/tokenizer.h"
#include "tokenizer/utf8.h"
#include "tokenizer_test_util.h"

#include <ATen/ATen.h>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ps::tokenizer;
using namespace tokenizer_test;

namespace {
std::vector<std::string> corpusLines() {
    std::vector<std::string> lines;
    for (const QByteArray& l : readFile(QStringLiteral("data/corpus.txt")).split('\n')) {
        QByteArray t = l;
        t.replace("\xE2\x90\xA4", " ");  // ␤ marks embedded newlines; sentencepiece reads lines
        if (!t.trimmed().isEmpty()) lines.push_back(t.toStdString());
    }
    return lines;
}
}  // namespace

class TestSentencePiece : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString corpus_;

    QString train(const QString& type, int vocab) {
        const QString prefix = dir_.filePath(type);
        SentencePieceTrainOptions o;
        o.inputFile = corpus_;
        o.modelPrefix = prefix;
        o.vocabSize = vocab;
        o.modelType = type;
        o.userDefinedSymbols = {QStringLiteral("<|im_start|>"), QStringLiteral("<|im_end|>")};
        // Lossless: no NFKC, keep whitespace runs, bytes for characters outside the vocabulary.
        o.extraFlags = {QStringLiteral("--normalization_rule_name=identity"), QStringLiteral("--remove_extra_whitespaces=false"),
                        QStringLiteral("--byte_fallback=true"), QStringLiteral("--character_coverage=0.9995"),
                        QStringLiteral("--minloglevel=2"), QStringLiteral("--num_threads=2")};
        ps::Status s = trainSentencePiece(o);
        if (!s) qWarning("%s", qPrintable(s.error().toString()));
        return s ? prefix + QStringLiteral(".model") : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        // LibTorch is linked and alive in this process.
        const at::Tensor t = at::ones({4}, at::kFloat) * 2;
        QCOMPARE(t.sum().item<float>(), 8.0f);
        QVERIFY(dir_.isValid());
        corpus_ = dir_.filePath(QStringLiteral("corpus.txt"));
        QFile f(corpus_);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int r = 0; r < 3; ++r)
            for (const std::string& l : corpusLines()) f.write(QByteArray::fromStdString(l) + "\n");
    }

    void bridgeLoadsNextToLibTorch() {
        auto p = sentencePieceBridge();
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
        QVERIFY(p.value().endsWith(QLatin1String("libprefstudio_spm.so")));
        const at::Tensor t = at::arange(6, at::kLong).reshape({2, 3});
        QCOMPARE(t.sum().item<int64_t>(), int64_t(15));
    }

    void trainEncodeDecode_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("vocab");
        QTest::newRow("bpe") << QStringLiteral("bpe") << 1500;
        QTest::newRow("unigram") << QStringLiteral("unigram") << 1500;
    }
    void trainEncodeDecode() {
        QFETCH(QString, type);
        QFETCH(int, vocab);
        const QString model = train(type, vocab);
        QVERIFY(!model.isEmpty());
        auto t = Tokenizer::load(model);
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().toString()));
        QCOMPARE(t.value()->description(), QStringLiteral("sentencepiece (tokenizer.model)"));
        QCOMPARE(t.value()->vocabSize(), int64_t(vocab));
        // sentencepiece's defaults: unk 0, bos 1, eos 2; user symbols are single pieces.
        QCOMPARE(t.value()->tokenToId("<s>"), std::optional<int64_t>(1));
        QCOMPARE(t.value()->tokenToId("</s>"), std::optional<int64_t>(2));
        QVERIFY(t.value()->isSpecial(1));
        QVERIFY(!t.value()->tokenToId("definitely-not-a-piece").has_value());
        const int64_t imStart = t.value()->tokenToId("<|im_start|>").value();
        auto chat = t.value()->encode(std::string("<|im_start|>user"), false);
        QVERIFY(chat.ok());
        QVERIFY(std::find(chat->begin(), chat->end(), imStart) != chat->end());

        // Round trip and offsets on every corpus line (plus NFD Vietnamese and emoji).
        std::vector<std::string> lines = corpusLines();
        lines.push_back("Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 \xE3\x81\x82");
        for (const std::string& line : lines) {
            auto ids = t.value()->encode(line, false);
            QVERIFY(ids.ok());
            QVERIFY2(t.value()->decode(ids.value()) == line, line.c_str());
            auto withBos = t.value()->encode(line, true);
            QCOMPARE(withBos->front(), int64_t(1));  // add_bos_token defaults to true (LlamaTokenizer)
            auto e = t.value()->encodeWithOffsets(line, false);
            QVERIFY(e.ok());
            QCOMPARE(e->ids, ids.value());
            for (const auto& [b, en] : e->offsets) QVERIFY(b <= en && en <= int64_t(line.size()));
        }
        QVERIFY(t.value()->decode({1, 2}, true).empty());

        // The same ids as Debian's spm_encode on the same model.
        const QString spmEncode = QStandardPaths::findExecutable(QStringLiteral("spm_encode"));
        if (spmEncode.isEmpty()) QSKIP("spm_encode (package sentencepiece) not installed");
        QProcess p;
        p.start(spmEncode, {QStringLiteral("--model=") + model, QStringLiteral("--output_format=id")});
        QVERIFY(p.waitForStarted());
        QByteArray input;
        for (const std::string& l : lines) input += QByteArray::fromStdString(l) + "\n";
        p.write(input);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> out = p.readAllStandardOutput().split('\n');
        for (size_t i = 0; i < lines.size(); ++i) {
            std::vector<int64_t> want;
            for (const QByteArray& x : out.at(int(i)).split(' '))
                if (!x.isEmpty()) want.push_back(x.toLongLong());
            auto ids = t.value()->encode(lines[i], false);
            QVERIFY2(ids.value() == want, (QByteArray::fromStdString(lines[i]) + ": " + firstDifference(ids.value(), want)).constData());
        }
    }

    void folderWithConfig() {
        const QString model = dir_.filePath(QStringLiteral("bpe.model"));
        QVERIFY(QFileInfo::exists(model));
        QTemporaryDir folder;
        QVERIFY(QFile::copy(model, folder.filePath(QStringLiteral("tokenizer.model"))));
        QFile cfg(folder.filePath(QStringLiteral("tokenizer_config.json")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("{\"add_bos_token\": false, \"add_eos_token\": true, \"bos_token\": \"<s>\", \"eos_token\": \"</s>\"}");
        cfg.close();
        auto t = Tokenizer::load(folder.path());
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().toString()));
        auto ids = t.value()->encode(std::string("hello"), true);
        QVERIFY(ids.ok());
        QCOMPARE(ids->back(), int64_t(2));
        QVERIFY(ids->front() != 1);
        QCOMPARE(t.value()->eosId(), std::optional<int64_t>(2));
    }

    void errors() {
        QFile junk(dir_.filePath(QStringLiteral("junk.model")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("\x01\x02not a model");
        junk.close();
        auto t = Tokenizer::load(junk.fileName());
        QVERIFY(!t.ok());
        QVERIFY2(t.error().toString().contains(QLatin1String("sentencepiece")), qPrintable(t.error().toString()));
        SentencePieceTrainOptions o;
        o.inputFile = dir_.filePath(QStringLiteral("missing.txt"));
        o.modelPrefix = dir_.filePath(QStringLiteral("m"));
        ps::Status s = trainSentencePiece(o);
        QVERIFY(!s.ok());
        auto bad = Tokenizer::load(dir_.filePath(QStringLiteral("bpe.model")));
        QVERIFY(bad.ok());
        QVERIFY(!bad.value()->encode(std::string("\xC3("), false).ok());
    }
};

QTEST_GUILESS_MAIN(TestSentencePiece)
#include "tst_sentencepiece.moc"
