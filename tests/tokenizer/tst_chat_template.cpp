// tst_chat_template.cpp — LFM2 chat prompts rendered natively, byte for byte
// against real Jinja2 running LFM2's chat_template.jinja the way transformers
// does (fixtures/chat_expected.json from make_chat_fixtures.py), and their ids
// against Hugging Face tokenizers (fixtures/chat_ids.json); tokenizer_config.json
// and special_tokens_map.json parsing; templates the renderer must refuse.
#include "tokenizer/chat_template.h"
#include "tokenizer/tokenizer.h"
#include "tokenizer_test_util.h"

#include <QJsonObject>
#include <QTemporaryDir>

using namespace ps::tokenizer;
using namespace tokenizer_test;

namespace {
const JsonValue& chatCases() {
    static const JsonValue v = [] {
        auto r = JsonValue::parse(readFile(QStringLiteral("fixtures/chat_cases.json")).toStdString());
        if (!r) qFatal("%s", qPrintable(r.error().toString()));
        return r.value();
    }();
    return v;
}

QByteArray show(const std::string& s) {
    std::string out;
    appendJsonString(out, s);
    return QByteArray::fromStdString(out);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
}  // namespace

class TestChatTemplate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rendersLikeJinja() {
        auto config = TokenizerConfig::load(path(QStringLiteral("data/lfm2-style")));
        QVERIFY(config.ok());
        auto tmpl = ChatTemplate::fromConfig(config.value());
        QVERIFY2(tmpl.ok(), tmpl.ok() ? "" : qPrintable(tmpl.error().toString()));
        auto tokenizer = Tokenizer::load(path(QStringLiteral("data/lfm2-style")));
        QVERIFY(tokenizer.ok());
        const QJsonArray expected = QJsonDocument::fromJson(readFile(QStringLiteral("fixtures/chat_expected.json"))).array();
        const QJsonArray expectedIds = QJsonDocument::fromJson(readFile(QStringLiteral("fixtures/chat_ids.json"))).array();
        QCOMPARE(size_t(expected.size()), chatCases().items().size());
        int rendered = 0, refused = 0;
        for (size_t i = 0; i < chatCases().items().size(); ++i) {
            const JsonValue& c = chatCases().items()[i];
            const QJsonObject e = expected.at(int(i)).toObject();
            const QByteArray name = QByteArray::fromStdString(c.find("name")->str());
            const JsonValue* gen = c.find("add_generation_prompt");
            const JsonValue tools = c.find("tools") ? *c.find("tools") : JsonValue();
            auto r = tmpl->render(*c.find("messages"), tools, gen && gen->toBool());
            if (e.contains(QLatin1String("error"))) {
                QVERIFY2(!r.ok(), name + ": Jinja fails (" + e.value(QLatin1String("error")).toString().toUtf8() + ") but we rendered " +
                                      (r.ok() ? show(r.value()) : QByteArray()));
                ++refused;
                continue;
            }
            QVERIFY2(r.ok(), name + ": " + (r.ok() ? QByteArray() : r.error().toString().toUtf8()));
            const std::string want = str(e.value(QLatin1String("rendered")));
            QVERIFY2(r.value() == want, name + "\n got:  " + show(r.value()) + "\n want: " + show(want));
            // Prompt ids: the rendered text tokenised without adding special tokens.
            auto ids = tokenizer.value()->encode(r.value(), false);
            QVERIFY(ids.ok());
            const std::vector<int64_t> wantIds = toIds(expectedIds.at(int(i)).toObject().value(QLatin1String("ids")).toArray());
            QVERIFY2(ids.value() == wantIds, name + ": " + firstDifference(ids.value(), wantIds));
            QCOMPARE(ids.value().front(), tokenizer.value()->bosId().value());
            ++rendered;
        }
        QVERIFY(rendered >= 15);
        QVERIFY(refused >= 1);
    }

    void requestForms() {
        auto a = ChatRequest::fromJson("[{\"role\":\"user\",\"content\":\"hi\"}]");
        QVERIFY(a.ok());
        QVERIFY(a->addGenerationPrompt);
        auto b = ChatRequest::fromJson("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"tools\":[\"t\"],\"add_generation_prompt\":false}");
        QVERIFY(b.ok());
        QVERIFY(!b->addGenerationPrompt);
        QVERIFY(b->tools.isArray());
        QVERIFY(!ChatRequest::fromJson("{\"role\":\"user\"}").ok());
        QVERIFY(!ChatRequest::fromJson("[{\"role\":\"user\",\"content\":\"hi\"}").ok());
        QVERIFY(!ChatRequest::fromJson("{\"messages\":[],\"add_generation_prompt\":\"yes\"}").ok());
    }

    void invalidMessagesAreErrors_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty list") << QByteArray("[]");
        QTest::newRow("not a list") << QByteArray("{\"messages\":{\"role\":\"user\"}}");
        QTest::newRow("no role") << QByteArray("[{\"content\":\"x\"}]");
        QTest::newRow("role not a string") << QByteArray("[{\"role\":1,\"content\":\"x\"}]");
        QTest::newRow("no content") << QByteArray("[{\"role\":\"user\"}]");
        QTest::newRow("tools not a list") << QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"tools\":{\"a\":1}}");
        QTest::newRow("system list with tools") << QByteArray("{\"messages\":[{\"role\":\"system\",\"content\":[1]},{\"role\":\"user\",\"content\":\"x\"}],\"tools\":[\"t\"]}");
    }
    void invalidMessagesAreErrors() {
        QFETCH(QByteArray, json);
        auto t = ChatTemplate::fromSource(QString::fromUtf8(readFile(QStringLiteral("data/lfm2-style/chat_template.jinja"))),
                                          QStringLiteral("<|startoftext|>"));
        QVERIFY(t.ok());
        auto req = ChatRequest::fromJson(json.toStdString());
        if (!req.ok()) return;  // refused while parsing: fine too
        auto r = t->render(req.value());
        QVERIFY2(!r.ok(), r.ok() ? show(r.value()).constData() : "");
    }

    void nonChatMlTemplateIsRefused() {
        const QString llama3 = QStringLiteral(
            "{{ bos_token }}{% for message in messages %}<|start_header_id|>{{ message['role'] }}<|end_header_id|>\n\n"
            "{{ message['content'] | trim }}<|eot_id|>{% endfor %}");
        auto t = ChatTemplate::fromSource(llama3, QStringLiteral("<|begin_of_text|>"));
        QVERIFY(!t.ok());
        QVERIFY2(t.error().toString().contains(QLatin1String("ChatML")), qPrintable(t.error().toString()));
        TokenizerConfig none;
        auto n = ChatTemplate::fromConfig(none);
        QVERIFY(!n.ok());
        QVERIFY2(n.error().toString().contains(QLatin1String("chat template")), qPrintable(n.error().toString()));
        // A ChatML template without the LFM2 tool list cannot render tools.
        auto plain = ChatTemplate::fromSource(QStringLiteral("{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"), {});
        QVERIFY(plain.ok());
        auto tools = JsonValue::parse("[\"x\"]");
        auto msgs = JsonValue::parse("[{\"role\":\"user\",\"content\":\"hi\"}]");
        QVERIFY(!plain->render(msgs.value(), tools.value(), true).ok());
        auto r = plain->render(msgs.value(), JsonValue(), true);
        QVERIFY(r.ok());
        QCOMPARE(QByteArray::fromStdString(r.value()), QByteArray("<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"));
    }

    void configFiles() {
        auto c = TokenizerConfig::load(path(QStringLiteral("data/lfm2-style")));
        QVERIFY(c.ok());
        QCOMPARE(c->bosToken, QStringLiteral("<|startoftext|>"));
        QCOMPARE(c->eosToken, QStringLiteral("<|im_end|>"));
        QCOMPARE(c->padToken, QStringLiteral("<|pad|>"));
        QCOMPARE(c->addBosToken, std::optional<bool>(true));
        QCOMPARE(c->chatTemplateSource, QStringLiteral("chat_template.jinja"));
        QVERIFY(c->chatTemplate.contains(QLatin1String("<|tool_list_start|>")));

        // Tokens as {"content": …} objects; special_tokens_map.json overrides; chat_template as a list.
        auto o = TokenizerConfig::fromJson(
            "{\"bos_token\":{\"content\":\"<s>\",\"lstrip\":false},\"eos_token\":\"</s>\",\"add_eos_token\":true,\n                \"chat_template\":[{\"name\":\"tool_use\",\"template\":\"T\"},{\"name\":\"default\",\"template\":\"<|im_start|><|im_end|>\"}]}",
            "{\"eos_token\":{\"content\":\"<|im_end|>\",\"normalized\":false},\"pad_token\":\"<pad>\"}");
        QVERIFY(o.ok());
        QCOMPARE(o->bosToken, QStringLiteral("<s>"));
        QCOMPARE(o->eosToken, QStringLiteral("<|im_end|>"));
        QCOMPARE(o->padToken, QStringLiteral("<pad>"));
        QCOMPARE(o->addEosToken, std::optional<bool>(true));
        QCOMPARE(o->chatTemplate, QStringLiteral("<|im_start|><|im_end|>"));
        QVERIFY(!TokenizerConfig::fromJson("{not json").ok());
        QVERIFY(!TokenizerConfig::fromJson("{}", "[1]").ok());

        // A folder without any of the files: an empty config, not an error.
        QTemporaryDir dir;
        auto empty = TokenizerConfig::load(dir.path());
        QVERIFY(empty.ok());
        QVERIFY(!empty->found);
        // tokenizer_config.json alone (no chat_template.jinja): its template is used.
        writeFile(dir.filePath(QStringLiteral("tokenizer_config.json")), readFile(QStringLiteral("data/lfm2-style/tokenizer_config.json")));
        auto only = TokenizerConfig::load(dir.path());
        QVERIFY(only.ok());
        QCOMPARE(only->chatTemplateSource, QStringLiteral("tokenizer_config.json"));
        QCOMPARE(only->chatTemplate, c->chatTemplate);
    }
};

QTEST_GUILESS_MAIN(TestChatTemplate)
#include "tst_chat_template.moc"
