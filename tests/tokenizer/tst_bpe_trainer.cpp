// tst_bpe_trainer — the byte-level BPE trainer: the files it writes load as
// an LFM2-style tokenizer (special tokens at LFM2's ids, chat template), text
// in English and Vietnamese (NFC and NFD) round-trips exactly, frequent words
// become single tokens, the vocabulary has the requested size, and training
// is deterministic.
#include "tokenizer/bpe_trainer.h"
#include "tokenizer/chat_template.h"
#include "tokenizer/tokenizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ps;
using namespace ps::tokenizer;

namespace {
std::vector<std::string> corpus() {
    std::vector<std::string> t;
    for (int i = 0; i < 50; ++i) {
        t.push_back("Where is my order #" + std::to_string(12000 + i * 37) + "? Thanks for waiting!");
        t.push_back("Đơn hàng của tôi đang ở đâu? Cảm ơn bạn đã chờ!");
        t.push_back("Your refund will reach your card in 3 to 5 business days.");
        t.push_back("Tiền sẽ được hoàn về thẻ trong 3 đến 5 ngày làm việc.");
    }
    return t;
}
}  // namespace

class TestBpeTrainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void trainsLoadableLfm2StyleTokenizer() {
        QTemporaryDir dir;
        BpeTrainOptions o;
        o.vocabSize = 400;
        auto merges = trainByteLevelBpe(corpus(), o, dir.path());
        QVERIFY2(merges.ok(), qPrintable(merges.ok() ? QString() : merges.error().toString()));
        QCOMPARE(merges.value(), int64_t(400 - 18 - 256));
        auto tok = Tokenizer::load(dir.path());
        QVERIFY2(tok.ok(), qPrintable(tok.ok() ? QString() : tok.error().toString()));
        const Tokenizer& t = *tok.value();
        QCOMPARE(t.vocabSize(), int64_t(400));
        QCOMPARE(t.tokenToId("<|pad|>"), std::optional<int64_t>(0));
        QCOMPARE(t.bosId(), std::optional<int64_t>(1));
        QCOMPARE(t.tokenToId("<|im_start|>"), std::optional<int64_t>(6));
        QCOMPARE(t.eosId(), std::optional<int64_t>(7));
        for (const char* s : {"Where is my order #12345? Xin chào, đơn hàng của tôi!", "Mặt trời mọc ở đằng đông 🌅 — naïve café",
                              "Tie\xcc\x82\xcc\x81ng Vie\xcc\xa3\xcc\x82t"}) {  // the last one in NFD
            auto ids = t.encode(std::string(s), false);
            QVERIFY(ids.ok());
            QCOMPARE(QString::fromStdString(t.decode(ids.value())), QString::fromUtf8(s));
        }
        // Frequent words are single tokens; text with BOS from the post-processor.
        auto order = t.encode(std::string(" order"), false);
        QCOMPARE(order->size(), size_t(1));
        auto withBos = t.encode(std::string("hàng"), true);
        QCOMPARE(withBos->front(), int64_t(1));
        // The chat template renders LFM2's ChatML.
        auto chat = ChatTemplate::fromConfig(t.config());
        QVERIFY(chat.ok());
        auto req = ChatRequest::fromJson(R"([{"role":"user","content":"Hi"}])", true);
        QVERIFY(req.ok());
        QCOMPARE(QString::fromStdString(chat->render(req.value()).value()), QStringLiteral("<|startoftext|><|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"));
    }

    void deterministicAndStopsAtMinFrequency() {
        QTemporaryDir a, b;
        BpeTrainOptions o;
        o.vocabSize = 100000;  // more than the corpus supports: stops when no pair is seen twice
        auto ma = trainByteLevelBpe(corpus(), o, a.path());
        auto mb = trainByteLevelBpe(corpus(), o, b.path());
        QVERIFY(ma.ok() && mb.ok());
        QVERIFY(ma.value() < 100000 - 274);
        QFile fa(a.filePath(QStringLiteral("tokenizer.json"))), fb(b.filePath(QStringLiteral("tokenizer.json")));
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QCOMPARE(fa.readAll(), fb.readAll());
        o.vocabSize = 100;
        QVERIFY(!trainByteLevelBpe(corpus(), o, a.path()).ok());  // smaller than specials + bytes
    }
};

QTEST_GUILESS_MAIN(TestBpeTrainer)
#include "tst_bpe_trainer.moc"
