// tst_cli_tokenize.cpp — `prefstudio tokenize` (JSON lines in, JSON lines out)
// with folder / tokenizer.json / tokenizer.model arguments, --add-special-tokens,
// --decode, --chat; errors with line numbers; and `generate --prompt /
// --chat-json` (text in, text out) on a tiny random model with a tokenizer.
// The binary comes from $PREFSTUDIO_CLI (set by CTest).
#include "tokenizer/chat_template.h"
#include "tokenizer/sentencepiece.h"
#include "tokenizer/tokenizer.h"
#include "tokenizer_test_util.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace ps::tokenizer;
using namespace tokenizer_test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
    QList<QByteArray> lines() const {
        QList<QByteArray> l = out.split('\n');
        if (!l.isEmpty() && l.last().isEmpty()) l.removeLast();
        return l;
    }
};

QString cli() {
    const QString env = qEnvironmentVariable("PREFSTUDIO_CLI");
    if (!env.isEmpty()) return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/prefstudio"));
}

Run run(const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.start(cli(), args);
    Run r;
    if (!p.waitForStarted(10000)) return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) p.kill();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray jsonString(const std::string& s) {
    std::string out;
    appendJsonString(out, s);
    return QByteArray::fromStdString(out);
}

QByteArray idsLine(const std::vector<int64_t>& ids) {
    QByteArray s = "[";
    for (size_t i = 0; i < ids.size(); ++i) s += (i ? "," : "") + QByteArray::number(qlonglong(ids[i]));
    return s + "]";
}

const std::vector<std::string> kTexts = {"Xin chào! Tôi có thể giúp gì cho bạn?", "Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t", "",
                                         "tabs\tand   spaces\nnew line", "👨‍👩‍👧 <|im_start|>user\nhi<|im_end|>", "1234567 ٣٤٥"};

}  // namespace

class TestCliTokenize : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodeDecodeFolder() {
        const QString folder = path(QStringLiteral("data/lfm2-style"));
        auto t = Tokenizer::load(folder);
        QVERIFY(t.ok());
        QByteArray input;
        for (const std::string& s : kTexts) input += jsonString(s) + "\n";
        const Run plain = run({QStringLiteral("tokenize"), folder}, input);
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        const Run special = run({QStringLiteral("tokenize"), folder, QStringLiteral("--add-special-tokens")}, input);
        QVERIFY2(special.exitCode == 0, special.err.constData());
        QCOMPARE(plain.lines().size(), int(kTexts.size()));
        QByteArray decodeInput;
        for (size_t i = 0; i < kTexts.size(); ++i) {
            QCOMPARE(plain.lines()[int(i)], idsLine(t.value()->encode(kTexts[i], false).value()));
            QCOMPARE(special.lines()[int(i)], idsLine(t.value()->encode(kTexts[i], true).value()));
            QVERIFY(special.lines()[int(i)].startsWith("[1"));
            decodeInput += special.lines()[int(i)] + "\n";
        }
        const Run dec = run({QStringLiteral("tokenize"), folder, QStringLiteral("--decode"), QStringLiteral("--skip-special-tokens")}, decodeInput);
        QVERIFY2(dec.exitCode == 0, dec.err.constData());
        for (size_t i = 0; i < kTexts.size(); ++i) {
            // Skipping special tokens also drops the ones written in the text.
            const std::string want = t.value()->decode(t.value()->encode(kTexts[i], true).value(), true);
            QCOMPARE(dec.lines()[int(i)], jsonString(want));
        }
        const Run keep = run({QStringLiteral("tokenize"), folder, QStringLiteral("--decode")}, plain.lines()[0] + "\n" + plain.lines()[4] + "\n");
        QCOMPARE(keep.lines()[0], jsonString(kTexts[0]));
        QCOMPARE(keep.lines()[1], jsonString(kTexts[4]));
    }

    void tokenizerJsonFile() {
        // GPT-2's real tokenizer.json, ids as Hugging Face computes them.
        const QJsonObject first = QJsonDocument::fromJson(readLines(QStringLiteral("fixtures/expected/gpt2.jsonl"))[0]).object();
        const QByteArray text = readLines(QStringLiteral("fixtures/cases.jsonl"))[0];
        const Run r = run({QStringLiteral("tokenize"), path(QStringLiteral("data/gpt2/tokenizer.json"))}, text + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.lines()[0], idsLine(toIds(first.value(QLatin1String("ids")).toArray())));
    }

    void chat() {
        const QString folder = path(QStringLiteral("data/lfm2-style"));
        const QJsonArray expected = QJsonDocument::fromJson(readFile(QStringLiteral("fixtures/chat_expected.json"))).array();
        const QJsonArray ids = QJsonDocument::fromJson(readFile(QStringLiteral("fixtures/chat_ids.json"))).array();
        auto cases = JsonValue::parse(readFile(QStringLiteral("fixtures/chat_cases.json")).toStdString());
        QVERIFY(cases.ok());
        // The first three cases, as {"messages", "tools", "add_generation_prompt"} objects.
        QByteArray input;
        for (int i = 0; i < 3; ++i) {
            const JsonValue& c = cases->items()[size_t(i)];
            const JsonValue* gen = c.find("add_generation_prompt");
            input += "{\"messages\": " + QByteArray::fromStdString(c.find("messages")->dumpPython()) +
                     ", \"add_generation_prompt\": " + (gen && gen->toBool() ? "true" : "false") + "}\n";
        }
        const Run r = run({QStringLiteral("tokenize"), folder, QStringLiteral("--chat")}, input);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Run rendered = run({QStringLiteral("tokenize"), folder, QStringLiteral("--chat"), QStringLiteral("--render")}, input);
        QVERIFY2(rendered.exitCode == 0, rendered.err.constData());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.lines()[i], idsLine(toIds(ids.at(i).toObject().value(QLatin1String("ids")).toArray())));
            QCOMPARE(rendered.lines()[i], jsonString(str(expected.at(i).toObject().value(QLatin1String("rendered")))));
        }
        // A plain message list gets the generation prompt.
        const Run list = run({QStringLiteral("tokenize"), folder, QStringLiteral("--chat"), QStringLiteral("--render")},
                             "[{\"role\": \"user\", \"content\": \"hi\"}]\n");
        QCOMPARE(list.lines()[0], QByteArray("\"<|startoftext|><|im_start|>user\\nhi<|im_end|>\\n<|im_start|>assistant\\n\""));
        // GPT-2 has no chat template: a clear error.
        const Run none = run({QStringLiteral("tokenize"), path(QStringLiteral("data/gpt2")), QStringLiteral("--chat")}, "[]\n");
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("chat template"), none.err.constData());
    }

    void sentencePieceModel() {
        QTemporaryDir dir;
        QFile corpus(dir.filePath(QStringLiteral("c.txt")));
        QVERIFY(corpus.open(QIODevice::WriteOnly));
        corpus.write(readFile(QStringLiteral("data/corpus.txt")));
        corpus.close();
        SentencePieceTrainOptions o;
        o.inputFile = corpus.fileName();
        o.modelPrefix = dir.filePath(QStringLiteral("m"));
        o.vocabSize = 1500;
        o.extraFlags = {QStringLiteral("--minloglevel=2"), QStringLiteral("--byte_fallback=true")};
        ps::Status s = trainSentencePiece(o);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
        const QString model = dir.filePath(QStringLiteral("m.model"));
        auto t = Tokenizer::load(model);
        QVERIFY(t.ok());
        const Run r = run({QStringLiteral("tokenize"), model, QStringLiteral("--add-special-tokens")}, jsonString(kTexts[0]) + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.lines()[0], idsLine(t.value()->encode(kTexts[0], true).value()));
    }

    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("message");
        const QString folder = path(QStringLiteral("data/lfm2-style"));
        QTest::newRow("bad json on line 2") << QStringList{QStringLiteral("tokenize"), folder} << QByteArray("\"ok\"\n\"broken\n") << QByteArray("line 2");
        QTest::newRow("not a string") << QStringList{QStringLiteral("tokenize"), folder} << QByteArray("[1,2]\n") << QByteArray("JSON string");
        QTest::newRow("invalid utf-8") << QStringList{QStringLiteral("tokenize"), folder} << QByteArray("\"a\xC3(\"\n") << QByteArray("UTF-8");
        QTest::newRow("bad ids") << QStringList{QStringLiteral("tokenize"), folder, QStringLiteral("--decode")} << QByteArray("[1,-2]\n") << QByteArray("token id");
        QTest::newRow("decode and chat") << QStringList{QStringLiteral("tokenize"), folder, QStringLiteral("--decode"), QStringLiteral("--chat")} << QByteArray() << QByteArray("--chat");
        QTest::newRow("no tokenizer") << QStringList{QStringLiteral("tokenize"), path(QStringLiteral("fixtures"))} << QByteArray() << QByteArray("tokenizer.json");
        QTest::newRow("bad chat") << QStringList{QStringLiteral("tokenize"), folder, QStringLiteral("--chat")} << QByteArray("[{\"role\": \"user\"}]\n") << QByteArray("content");
    }
    void errors() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, message);
        const Run r = run(args, input);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    // generate with text prompts: the output text is the decoding of the generated ids.
    void generateText() {
        QTemporaryDir dir;
        const QString cfgPath = dir.filePath(QStringLiteral("tiny.json"));
        const Run base = run({QStringLiteral("create-model"), QStringLiteral("--config"), QStringLiteral("tiny"), QStringLiteral("--out"), dir.filePath(QStringLiteral("base"))});
        QVERIFY2(base.exitCode == 0, base.err.constData());
        QFile in(dir.filePath(QStringLiteral("base/config.json")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject cfg = QJsonDocument::fromJson(in.readAll()).object();
        auto t = Tokenizer::load(path(QStringLiteral("data/lfm2-style")));
        QVERIFY(t.ok());
        cfg.insert(QStringLiteral("vocab_size"), double(t.value()->vocabSize()));
        QFile out(cfgPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(cfg).toJson());
        out.close();
        const QString modelDir = dir.filePath(QStringLiteral("model"));
        const Run made = run({QStringLiteral("create-model"), QStringLiteral("--config"), cfgPath, QStringLiteral("--out"), modelDir});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        for (const char* f : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja"})
            QVERIFY(QFile::copy(path(QStringLiteral("data/lfm2-style/") + QLatin1String(f)), QDir(modelDir).filePath(QLatin1String(f))));

        const Run g = run({QStringLiteral("generate"), modelDir, QStringLiteral("--prompt"), QStringLiteral("Xin chào"), QStringLiteral("--chat-json"),
                           QStringLiteral("[{\"role\": \"user\", \"content\": \"Chào bạn 👋\"}]"), QStringLiteral("--max-new-tokens"),
                           QStringLiteral("6"), QStringLiteral("--greedy"), QStringLiteral("--json")});
        QVERIFY2(g.exitCode == 0, g.err.constData());
        QCOMPARE(g.lines().size(), 2);
        for (const QByteArray& line : g.lines()) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const std::vector<int64_t> ids = toIds(o.value(QLatin1String("ids")).toArray());
            QCOMPARE(o.value(QLatin1String("text")).toString().toStdString(), t.value()->decode(ids, true));
        }
        // Same ids as giving the prompt's ids directly.
        const std::vector<int64_t> promptIds = t.value()->encode(std::string("Xin chào"), true).value();
        QStringList idList;
        for (int64_t id : promptIds) idList << QString::number(id);
        const Run byIds = run({QStringLiteral("generate"), modelDir, QStringLiteral("--ids"), idList.join(QLatin1Char(',')), QStringLiteral("--max-new-tokens"),
                               QStringLiteral("6"), QStringLiteral("--greedy"), QStringLiteral("--json")});
        QVERIFY2(byIds.exitCode == 0, byIds.err.constData());
        QCOMPARE(QJsonDocument::fromJson(byIds.lines()[0]).object().value(QLatin1String("ids")),
                 QJsonDocument::fromJson(g.lines()[0]).object().value(QLatin1String("ids")));
        // Streaming text: valid UTF-8 as it arrives, same text at the end.
        const Run s = run({QStringLiteral("generate"), modelDir, QStringLiteral("--prompt"), QStringLiteral("Xin chào"), QStringLiteral("--max-new-tokens"),
                           QStringLiteral("6"), QStringLiteral("--greedy"), QStringLiteral("--stream")});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        const QJsonObject first = QJsonDocument::fromJson(g.lines()[0]).object();
        QCOMPARE(QString::fromUtf8(s.out).trimmed(), first.value(QLatin1String("text")).toString().trimmed());
        // A model folder without a tokenizer: a clear error.
        const Run none = run({QStringLiteral("generate"), dir.filePath(QStringLiteral("base")), QStringLiteral("--prompt"), QStringLiteral("x")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("tokenizer"), none.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTokenize)
#include "tst_cli_tokenize.moc"
