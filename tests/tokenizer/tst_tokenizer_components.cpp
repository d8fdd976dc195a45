// tst_tokenizer_components.cpp — every tokenizer.json component on its own,
// against outputs of Hugging Face tokenizers 0.23.2 (fixtures/components.json,
// written by fixtures/make_fixtures.mjs): normalizers, pre-tokenizers (Split with
// every behavior and invert, ByteLevel, Metaspace, …), decoders, small
// tokenizers for the BPE options, added-token matching and post-processors.
// Also: unsupported components are refused by name, UTF-8 repair, JSON values.
#include "tokenizer/decoder.h"
#include "tokenizer/json_value.h"
#include "tokenizer/normalizer.h"
#include "tokenizer/pre_tokenizer.h"
#include "tokenizer/tokenizer.h"
#include "tokenizer/utf8.h"
#include "tokenizer_test_util.h"

#include <QJsonObject>

using namespace ps::tokenizer;
using namespace tokenizer_test;

namespace {

QJsonObject components() {
    static const QJsonObject o = QJsonDocument::fromJson(readFile(QStringLiteral("fixtures/components.json"))).object();
    return o;
}

QByteArray compact(const QJsonValue& v) {
    if (v.isObject()) return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray()) return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return v.toString().toUtf8();
}

QByteArray quoted(const std::string& s) {
    std::string out;
    appendJsonString(out, s);
    return QByteArray::fromStdString(out);
}

// Collects failures so one test function reports all mismatching cases.
struct Failures {
    QByteArrayList list;
    int total = 0;
    void add(const QByteArray& s) { list << s; }
    QByteArray report() const {
        QByteArray r = QByteArray::number(list.size()) + " of " + QByteArray::number(total) + " cases differ from Hugging Face:\n";
        for (int i = 0; i < list.size() && i < 12; ++i) r += "  " + list[i] + "\n";
        return r;
    }
};

QJsonObject skeleton() {
    const char* json =
        "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,\"added_tokens\":[],\"normalizer\":null,"
        "\"pre_tokenizer\":null,\"post_processor\":null,\"decoder\":null,"
        "\"model\":{\"type\":\"BPE\",\"vocab\":{\"a\":0,\"b\":1,\"ab\":2},\"merges\":[\"a b\"]}}";
    return QJsonDocument::fromJson(json).object();
}

}  // namespace

class TestTokenizerComponents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalizers() {
        Failures f;
        for (const QJsonValue& v : components().value(QLatin1String("normalizers")).toArray()) {
            const QJsonObject c = v.toObject();
            ++f.total;
            auto n = Normalizer::fromJson(c.value(QLatin1String("normalizer")));
            if (!n) {
                f.add(compact(c.value(QLatin1String("normalizer"))) + ": " + n.error().toString().toUtf8());
                continue;
            }
            const std::string got = normalizeText(*n.value(), str(c.value(QLatin1String("input"))));
            const std::string want = str(c.value(QLatin1String("output")));
            if (got != want)
                f.add(compact(c.value(QLatin1String("normalizer"))) + " on " + quoted(str(c.value(QLatin1String("input")))) + ": got " +
                      quoted(got) + " want " + quoted(want));
        }
        QVERIFY(f.total > 200);
        QVERIFY2(f.list.isEmpty(), f.report().constData());
    }

    void preTokenizers() {
        Failures f;
        for (const QJsonValue& v : components().value(QLatin1String("pre_tokenizers")).toArray()) {
            const QJsonObject c = v.toObject();
            ++f.total;
            auto p = PreTokenizer::fromJson(c.value(QLatin1String("pre_tokenizer")));
            if (!p) {
                f.add(compact(c.value(QLatin1String("pre_tokenizer"))) + ": " + p.error().toString().toUtf8());
                continue;
            }
            auto got = preTokenizeText(*p.value(), str(c.value(QLatin1String("input"))));
            QVERIFY2(got.ok(), got.ok() ? "" : qPrintable(got.error().toString()));
            std::vector<std::string> want;
            for (const QJsonValue& s : c.value(QLatin1String("output")).toArray()) want.push_back(str(s));
            if (got.value() != want) {
                QByteArray g, w;
                for (const auto& s : got.value()) g += quoted(s) + " ";
                for (const auto& s : want) w += quoted(s) + " ";
                f.add(compact(c.value(QLatin1String("pre_tokenizer"))) + " on " + quoted(str(c.value(QLatin1String("input")))) +
                      ": got " + g + " want " + w);
            }
        }
        QVERIFY(f.total > 2000);
        QVERIFY2(f.list.isEmpty(), f.report().constData());
    }

    void decoders() {
        Failures f;
        for (const QJsonValue& v : components().value(QLatin1String("decoders")).toArray()) {
            const QJsonObject c = v.toObject();
            ++f.total;
            auto d = Decoder::fromJson(c.value(QLatin1String("decoder")));
            if (!d) {
                f.add(compact(c.value(QLatin1String("decoder"))) + ": " + d.error().toString().toUtf8());
                continue;
            }
            std::vector<std::string> tokens;
            for (const QJsonValue& t : c.value(QLatin1String("input")).toArray()) tokens.push_back(str(t));
            const std::string got = d.value()->decode(tokens), want = str(c.value(QLatin1String("output")));
            if (got != want)
                f.add(compact(c.value(QLatin1String("decoder"))) + " on " + compact(c.value(QLatin1String("input"))) + ": got " +
                      quoted(got) + " want " + quoted(want));
        }
        QVERIFY(f.total > 70);
        QVERIFY2(f.list.isEmpty(), f.report().constData());
    }

    // BPE options (ignore_merges, unk/fuse_unk, byte_fallback, prefix/suffix, merge
    // encodings), added tokens (special/normal, lstrip/rstrip, single_word,
    // normalized, leftmost-longest) and post-processors, each on small tokenizers.
    void smallTokenizers() {
        Failures f;
        const QJsonArray defs = components().value(QLatin1String("tokenizer_defs")).toArray();
        for (const QJsonValue& v : components().value(QLatin1String("tokenizers")).toArray()) {
            const QJsonObject c = v.toObject();
            ++f.total;
            const QByteArray json = QJsonDocument(defs.at(c.value(QLatin1String("tokenizer")).toInt()).toObject()).toJson(QJsonDocument::Compact);
            const QByteArray label = c.value(QLatin1String("label")).toString().toUtf8();
            auto t = Tokenizer::fromTokenizerJson(json);
            if (!t) {
                f.add(label + ": " + t.error().toString().toUtf8());
                continue;
            }
            const std::string input = str(c.value(QLatin1String("input")));
            const bool special = c.value(QLatin1String("add_special_tokens")).toBool();
            auto ids = t.value()->encode(input, special);
            if (!ids) {
                f.add(label + ": " + ids.error().toString().toUtf8());
                continue;
            }
            const std::vector<int64_t> want = toIds(c.value(QLatin1String("ids")).toArray());
            if (ids.value() != want) f.add(label + " on " + quoted(input) + ": got " + show(ids.value()) + " want " + show(want));
            if (c.contains(QLatin1String("decoded"))) {
                const std::string d = t.value()->decode(want, false), ds = t.value()->decode(want, true);
                if (d != str(c.value(QLatin1String("decoded"))))
                    f.add(label + " decode " + show(want) + ": got " + quoted(d) + " want " + quoted(str(c.value(QLatin1String("decoded")))));
                if (ds != str(c.value(QLatin1String("decoded_skip"))))
                    f.add(label + " decode(skip special) " + show(want) + ": got " + quoted(ds) + " want " +
                          quoted(str(c.value(QLatin1String("decoded_skip")))));
            }
        }
        QVERIFY(f.total > 200);
        QVERIFY2(f.list.isEmpty(), f.report().constData());
    }

    void unsupportedComponentsAreNamed_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("component");
        QTest::addColumn<QString>("name");
        QTest::newRow("normalizer Precompiled") << "normalizer" << QByteArray("{\"type\":\"Precompiled\",\"precompiled_charsmap\":\"\"}") << "Precompiled";
        QTest::newRow("normalizer BertNormalizer") << "normalizer" << QByteArray("{\"type\":\"BertNormalizer\"}") << "BertNormalizer";
        QTest::newRow("nested normalizer") << "normalizer" << QByteArray("{\"type\":\"Sequence\",\"normalizers\":[{\"type\":\"NFC\"},{\"type\":\"Nmt\"}]}") << "Nmt";
        QTest::newRow("pre_tokenizer UnicodeScripts") << "pre_tokenizer" << QByteArray("{\"type\":\"UnicodeScripts\"}") << "UnicodeScripts";
        QTest::newRow("pre_tokenizer bad regex") << "pre_tokenizer" << QByteArray("{\"type\":\"Split\",\"pattern\":{\"Regex\":\"(unclosed\"},\"behavior\":\"Isolated\",\"invert\":false}") << "(unclosed";
        QTest::newRow("decoder WordPiece") << "decoder" << QByteArray("{\"type\":\"WordPiece\",\"prefix\":\"##\",\"cleanup\":true}") << "WordPiece";
        QTest::newRow("post_processor Foo") << "post_processor" << QByteArray("{\"type\":\"Foo\"}") << "Foo";
        QTest::newRow("model WordPiece") << "model" << QByteArray("{\"type\":\"WordPiece\",\"vocab\":{}}") << "WordPiece";
        QTest::newRow("model Unigram") << "model" << QByteArray("{\"type\":\"Unigram\",\"vocab\":[]}") << "Unigram";
        QTest::newRow("merge out of vocab") << "model" << QByteArray("{\"type\":\"BPE\",\"vocab\":{\"a\":0},\"merges\":[\"a q\"]}") << "'q'";
        QTest::newRow("merge not a pair") << "model" << QByteArray("{\"type\":\"BPE\",\"vocab\":{\"a\":0},\"merges\":[\"a a a\"]}") << "merge 1";
        // Bounds from outside data (tests/fuzz): ids index tables, and a double id must fit int32_t.
        QTest::newRow("sparse vocab ids") << "model" << QByteArray("{\"type\":\"BPE\",\"vocab\":{\"a\":2147483647,\"b\":0},\"merges\":[]}") << "too sparse";
        QTest::newRow("special token id 1e300") << "post_processor"
            << QByteArray("{\"type\":\"TemplateProcessing\",\"single\":[{\"SpecialToken\":{\"id\":\"<s>\",\"type_id\":0}},{\"Sequence\":{\"id\":\"A\",\"type_id\":0}}],"
                          "\"special_tokens\":{\"<s>\":{\"id\":\"<s>\",\"ids\":[1e300],\"tokens\":[\"<s>\"]}}}") << "invalid id";
        QTest::newRow("cls id negative") << "post_processor" << QByteArray("{\"type\":\"BertProcessing\",\"cls\":[\"[CLS]\",-1],\"sep\":[\"[SEP]\",1]}") << "[token, id]";
    }
    void unsupportedComponentsAreNamed() {
        QFETCH(QString, key);
        QFETCH(QByteArray, component);
        QFETCH(QString, name);
        QJsonObject j = skeleton();
        j.insert(key, QJsonDocument::fromJson(component).object());
        auto t = Tokenizer::fromTokenizerJson(QJsonDocument(j).toJson());
        QVERIFY(!t.ok());
        const QString msg = t.error().toString();
        QVERIFY2(msg.contains(name) && msg.contains(key), qPrintable(msg));
    }

    void invalidJsonIsAnError() {
        auto t = Tokenizer::fromTokenizerJson("{\"model\": ");
        QVERIFY(!t.ok());
        QVERIFY2(t.error().toString().contains(QLatin1String("JSON")), qPrintable(t.error().toString()));
    }

    // Rust's String::from_utf8_lossy: one U+FFFD per maximal ill-formed subsequence.
    void utf8Lossy_data() {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        const QByteArray r = "\xEF\xBF\xBD";
        QTest::newRow("valid") << QByteArray("Vi\xE1\xBB\x87t \xF0\x9F\x91\x8D") << QByteArray("Vi\xE1\xBB\x87t \xF0\x9F\x91\x8D");
        QTest::newRow("truncated 3-byte then ASCII") << QByteArray("\xE2\x82" "A") << r + "A";
        QTest::newRow("truncated 4-byte at end") << QByteArray("x\xF0\x9F\x98") << "x" + r;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << r + r + r;
        QTest::newRow("overlong") << QByteArray("\xC0\x80") << r + r;
        QTest::newRow("lone continuation") << QByteArray("a\x80" "b") << "a" + r + "b";
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << r + r + r + r;
    }
    void utf8Lossy() {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(QByteArray::fromStdString(utf8::lossy(in.toStdString())), out);
        QCOMPARE(utf8::findInvalid(in.toStdString()) == std::string_view::npos, in == out);
    }

    void incompleteTail() {
        QVERIFY(utf8::endsWithIncompleteSequence("ab\xE1\xBB"));
        QVERIFY(utf8::endsWithIncompleteSequence("\xF0"));
        QVERIFY(!utf8::endsWithIncompleteSequence("ab\xE1\xBB\x87"));
        QVERIFY(!utf8::endsWithIncompleteSequence("ab"));
        QVERIFY(!utf8::endsWithIncompleteSequence("\x80"));
    }

    // json.dumps(ensure_ascii=False) of parsed JSON, as transformers' tojson filter writes it.
    void jsonPythonDumps_data() {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("numbers") << QByteArray("[1.0, 1.5, -0.0, 0, -0, 1e20, 1E5, 3.14159e-5, 1e16, 1e15, 123456789012345678901234567890, 0.1, 2.5e-7, 100.0, 1e-4, 0.00001, 5e-324, 1.7976931348623157e308]")
                                 << QByteArray("[1.0, 1.5, -0.0, 0, 0, 1e+20, 100000.0, 3.14159e-05, 1e+16, 1000000000000000.0, 123456789012345678901234567890, 0.1, 2.5e-07, 100.0, 0.0001, 1e-05, 5e-324, 1.7976931348623157e+308]");
        QTest::newRow("order kept") << QByteArray("{\"z\":1,\"a\":{\"y\":[],\"b\":{}},\"m\":null,\"t\":true,\"f\":false}")
                                    << QByteArray("{\"z\": 1, \"a\": {\"y\": [], \"b\": {}}, \"m\": null, \"t\": true, \"f\": false}");
        QTest::newRow("duplicate key") << QByteArray("{\"a\":1,\"b\":2,\"a\":3}") << QByteArray("{\"a\": 3, \"b\": 2}");
        QTest::newRow("escapes") << QByteArray("[\"q\\\"b\\\\s\\/n\\nt\\tr\\rb\\bf\\fu\\u0001d\\u007f\",\"é\\u00e9😀\\ud83d\\ude00 \\u2028\"]")
                                 << QByteArray("[\"q\\\"b\\\\s/n\\nt\\tr\\rb\\bf\\fu\\u0001d\x7f\", \"\xC3\xA9\xC3\xA9\xF0\x9F\x98\x80\xF0\x9F\x98\x80 \xE2\x80\xA8\"]");
    }
    void jsonPythonDumps() {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        auto v = JsonValue::parse(in.toStdString());
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().toString()));
        QCOMPARE(QByteArray::fromStdString(v->dumpPython()), out);
    }

    void jsonErrors_data() {
        QTest::addColumn<QByteArray>("in");
        QTest::newRow("lone surrogate") << QByteArray("\"\\ud800\"");
        QTest::newRow("invalid utf-8") << QByteArray("\"\xC3\x28\"");
        QTest::newRow("trailing") << QByteArray("[1] x");
        QTest::newRow("unterminated") << QByteArray("[\"abc");
        QTest::newRow("control char") << QByteArray("\"a\tb\"");
        QTest::newRow("leading zero") << QByteArray("01");
        QTest::newRow("empty") << QByteArray("");
    }
    void jsonErrors() {
        QFETCH(QByteArray, in);
        auto v = JsonValue::parse(in.toStdString());
        QVERIFY(!v.ok());
        QVERIFY2(v.error().toString().contains(QLatin1String("byte")), qPrintable(v.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestTokenizerComponents)
#include "tst_tokenizer_components.moc"
