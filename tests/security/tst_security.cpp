// tst_security.cpp — what a hostile file or name cannot do (issue 10, item 4):
//  - model folders are data only: a chat template or tokenizer_config written
//    to run code in Python's Jinja is never evaluated (ChatML is rendered by our
//    own renderer, message text stays text), a config.json with auto_map /
//    trust_remote_code and a .py beside it loads as plain data, nothing runs;
//  - names read from files never leave their folder: safe_name.h refuses
//    "../../etc/x", absolute paths, NUL, control characters and overlong
//    names; a run folder whose "latest" points elsewhere is refused on resume;
//    a shard index naming such files is refused; an import whose records are
//    full of paths writes nothing anywhere but into the workspace;
//  - the HTML reports escape every model- and user-provided text (prompts,
//    answers, model and reviewer names, categories, session name, paths);
//  - a second *process* opening a workspace that is open gets the clear
//    "already open" error, in both directions, and a killed holder's lock
//    does not lock the next instance out.
#include "test_files.h"
#include "data/importer.h"
#include "eval/html_report.h"
#include "io/safetensors.h"
#include "model/config.h"
#include "model/generate.h"
#include "store/workspace.h"
#include "tokenizer/chat_template.h"
#include "tokenizer/tokenizer.h"
#include "train/adamw.h"
#include "train/trainer_common.h"
#include "util/safe_name.h"

#include "store/store_fixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace ps;

namespace {

QString sourceDir() { return qEnvironmentVariable("PREFSTUDIO_SOURCE_DIR", QStringLiteral(".")); }

using test_files::readFile;
using test_files::writeFile;

// Every file below `dir` with its size and modification time: what "nothing was written" compares.
QStringList listing(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        out << QStringLiteral("%1 %2 %3").arg(it.filePath()).arg(it.fileInfo().size()).arg(it.fileInfo().lastModified().toMSecsSinceEpoch());
    }
    out.sort();
    return out;
}

// A payload that breaks out of text and attributes alike, naming its field.
QString payload(const char* field) { return QStringLiteral("\"'><pwn-%1 onerror=alert(1)>&x").arg(QLatin1String(field)); }

}  // namespace

class TstSecurity : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private Q_SLOTS:
    // ---------------------------------------------------------------------
    // (a) model folders are data only

    void maliciousChatTemplatesAreNeverEvaluated_data() {
        QTest::addColumn<QString>("where");  // tokenizer_config.json or chat_template.jinja
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("renders");   // ChatML-looking: rendered by our renderer; else refused
        const QString marker = tmp_.filePath(QStringLiteral("pwned"));
        const QString escape = QStringLiteral("{{ ''.__class__.__mro__[1].__subclasses__() }}{{ cycler.__init__.__globals__.os.system('touch %1') }}"
                                              "{{ lipsum.__globals__['os'].popen('touch %1').read() }}{% include '/etc/passwd' %}")
                                   .arg(marker);
        const QString chatml = QStringLiteral("{{ bos_token }}{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}");
        QTest::newRow("config: escape only") << "config" << escape << false;
        QTest::newRow("config: ChatML + escape") << "config" << escape + chatml << true;
        QTest::newRow("jinja file: ChatML + escape") << "jinja" << chatml + escape << true;
        QTest::newRow("config: class walk") << "config" << QStringLiteral("<|im_start|>{{ ''.__class__ }}<|im_end|>{{ config.items() }}") << true;
    }

    void maliciousChatTemplatesAreNeverEvaluated() {
        QFETCH(QString, where);
        QFETCH(QString, source);
        QFETCH(bool, renders);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("tokenizer.json"), readFile(sourceDir() + "/tests/fuzz/tokenizer_json/lfm2_style.json")));
        QJsonObject cfg{{"bos_token", "<|startoftext|>"}, {"eos_token", "<|im_end|>"}};
        if (where == "config")
            cfg.insert("chat_template", source);
        else
            QVERIFY(writeFile(dir.filePath("chat_template.jinja"), source.toUtf8()));
        QVERIFY(writeFile(dir.filePath("tokenizer_config.json"), QJsonDocument(cfg).toJson()));

        auto tok = tokenizer::Tokenizer::load(dir.path());
        QVERIFY2(tok.ok(), tok.ok() ? "" : qPrintable(tok.error().toString()));
        auto tpl = tokenizer::ChatTemplate::fromConfig(tok.value()->config());
        QCOMPARE(tpl.ok(), renders);
        if (!renders) {
            QVERIFY2(tpl.error().message.contains("unsupported chat template"), qPrintable(tpl.error().toString()));
        } else {
            // Message text that looks like Jinja stays text; nothing of the template's expressions appears.
            auto req = tokenizer::ChatRequest::fromJson(R"([{"role":"user","content":"{{ 7*7 }} {% for x in range(3) %}x{% endfor %}"}])");
            QVERIFY(req.ok());
            auto text = tpl.value().render(req.value());
            QVERIFY(text.ok());
            const QString out = QString::fromStdString(text.value());
            const QString bos = source.contains("bos_token") ? QStringLiteral("<|startoftext|>") : QString();
            QCOMPARE(out, bos + QStringLiteral("<|im_start|>user\n{{ 7*7 }} {% for x in range(3) %}x{% endfor %}<|im_end|>\n<|im_start|>assistant\n"));
            QVERIFY(!out.contains("class"));
            QVERIFY(!out.contains("root:"));  // /etc/passwd was not included
        }
        QVERIFY(!QFile::exists(tmp_.filePath("pwned")));
    }

    void remoteCodeInConfigIsIgnored() {
        QTemporaryDir dir;
        QJsonObject cfg = QJsonDocument::fromJson(readFile(sourceDir() + "/resources/demo/model/config.json")).object();
        QVERIFY(!cfg.isEmpty());
        cfg.insert("auto_map", QJsonObject{{"AutoModelForCausalLM", "modeling_evil.EvilModel"}, {"AutoConfig", "configuration_evil.EvilConfig"}});
        cfg.insert("trust_remote_code", true);
        QVERIFY(writeFile(dir.filePath("config.json"), QJsonDocument(cfg).toJson()));
        const QString marker = tmp_.filePath("pwned-config");
        QVERIFY(writeFile(dir.filePath("modeling_evil.py"), QStringLiteral("import os\nos.system('touch %1')\n").arg(marker).toUtf8()));
        QVERIFY(writeFile(dir.filePath("libprefstudio_spm.so"), "not a library"));  // a planted bridge is never loaded from here
        auto c = model::Lfm2Config::fromFile(dir.filePath("config.json"));
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c.value().hiddenSize, qint64(256));
        // The unknown keys round-trip as data (an exported folder keeps them).
        QCOMPARE(c.value().toJson().value("auto_map").toObject().value("AutoConfig").toString(), QString("configuration_evil.EvilConfig"));
        QVERIFY(!QFile::exists(marker));
    }

    // Configs that would make the model builder allocate without bound are refused before anything is built.
    void implausibleConfigsAreRefused_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::newRow("hidden_size 1e12") << "hidden_size" << 1e12;
        QTest::newRow("vocab_size 2^40") << "vocab_size" << 1099511627776.0;
        QTest::newRow("intermediate_size 2^60") << "intermediate_size" << 1152921504606846976.0;
        QTest::newRow("num_attention_heads > hidden") << "num_attention_heads" << 4096.0;
        QTest::newRow("max_position_embeddings 2^40") << "max_position_embeddings" << 1099511627776.0;
        QTest::newRow("block_ffn_dim_multiplier 1e300") << "block_ffn_dim_multiplier" << 1e300;
        QTest::newRow("head_dim 2^30") << "head_dim" << 1073741824.0;
        QTest::newRow("block_multiple_of 2^40") << "block_multiple_of" << 1099511627776.0;
        QTest::newRow("negative layers") << "num_hidden_layers" << -1.0;
    }

    void implausibleConfigsAreRefused() {
        QFETCH(QString, key);
        QFETCH(double, value);
        QJsonObject cfg = QJsonDocument::fromJson(readFile(sourceDir() + "/resources/demo/model/config.json")).object();
        QVERIFY(model::Lfm2Config::fromJson(cfg).ok());
        cfg.insert(key, value);
        auto c = model::Lfm2Config::fromJson(cfg);
        QVERIFY2(!c.ok(), qPrintable(key));
        QVERIFY(!c.error().message.isEmpty());
    }

    // generation_config.json: integers are checked before any cast, and
    // max_new_tokens (which sizes the KV cache up front) is bounded.
    void generationConfigBounds_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");  // empty: accepted
        QTest::newRow("typical") << QByteArray(R"({"do_sample": true, "temperature": 0.3, "top_k": 50, "max_new_tokens": 512, "eos_token_id": [7, 2], "pad_token_id": 0})") << "";
        QTest::newRow("max_new_tokens 1e15") << QByteArray(R"({"max_new_tokens": 1e15})") << "'max_new_tokens' must be an integer from 0 to 131072";
        QTest::newRow("max_new_tokens negative") << QByteArray(R"({"max_new_tokens": -1})") << "'max_new_tokens' must be an integer";
        QTest::newRow("top_k 1e300") << QByteArray(R"({"top_k": 1e300})") << "'top_k' must be an integer";
        QTest::newRow("top_k fractional") << QByteArray(R"({"top_k": 2.5})") << "'top_k' must be an integer";
        QTest::newRow("pad 2^40") << QByteArray(R"({"pad_token_id": 1099511627776})") << "'pad_token_id' must be an integer";
        QTest::newRow("eos 1e300") << QByteArray(R"({"eos_token_id": [7, 1e300]})") << "'eos_token_id' must hold token ids";
        QTest::newRow("eos a string") << QByteArray(R"({"eos_token_id": "7"})") << "";  // ignored, as before
    }

    void generationConfigBounds() {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("generation_config.json"), json));
        model::GenerationConfig g;
        const Status s = model::readGenerationConfig(dir.path(), g);
        if (error.isEmpty()) {
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
        } else {
            QVERIFY(!s.ok());
            QVERIFY2(s.error().message.contains(error), qPrintable(s.error().toString()));
        }
        if (QTest::currentDataTag() == QByteArray("typical")) {
            QCOMPARE(g.maxNewTokens, qint64(512));
            QCOMPARE(g.sampling.topK, qint64(50));
            QCOMPARE(g.eosIds, (std::vector<int64_t>{7, 2}));
        }
    }

    // The published shapes stay accepted under the new bounds.
    void presetsStayAccepted() {
        for (const QString& name : model::presetNames()) {
            auto c = model::presetConfig(name);
            QVERIFY2(c.ok(), qPrintable(name + ": " + (c.ok() ? QString() : c.error().toString())));
        }
    }

    // ---------------------------------------------------------------------
    // (b) names from outside data never leave their folder

    void plainNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("checkpoint") << "checkpoint-12" << true;
        QTest::newRow("unicode") << QString::fromUtf8("mô hình ✓") << true;
        QTest::newRow("dotfile") << ".hidden" << true;
        QTest::newRow("traversal") << "../../etc/x" << false;
        QTest::newRow("dotdot") << ".." << false;
        QTest::newRow("dot") << "." << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("subfolder") << "a/b" << false;
        QTest::newRow("backslash") << "..\\..\\x" << false;
        QTest::newRow("nul") << QString::fromUtf8("a\0b", 3) << false;
        QTest::newRow("newline") << "a\nb" << false;
        QTest::newRow("overlong") << QString(201, QLatin1Char('x')) << false;
        QTest::newRow("overlong utf8") << QString(101, QChar(0x1EA1)) << false;  // 303 bytes
        QTest::newRow("at limit") << QString(200, QLatin1Char('x')) << true;
    }

    void plainNames() {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        auto r = checkPlainName(name);
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QVERIFY(!r.error().message.isEmpty());
            QVERIFY(!r.error().message.contains(QChar(0)));  // printable messages
            auto p = childPath(tmp_.path(), name);
            QVERIFY(!p.ok());
        } else {
            QCOMPARE(childPath(tmp_.path(), name).value(), tmp_.filePath(name));
        }
        // Whatever the label, safeFileName makes a plain name of it.
        const QString safe = safeFileName(name);
        QVERIFY2(checkPlainName(safe).ok(), qPrintable(safe));
        QVERIFY(!safe.startsWith('.'));
    }

    void safeFileNames() {
        QCOMPARE(safeFileName("../../etc/x"), QString("_.._etc_x"));
        QCOMPARE(safeFileName("/abs"), QString("_abs"));
        QCOMPARE(safeFileName("run: 3 <best>?"), QString("run_ 3 _best__"));
        QCOMPARE(safeFileName(""), QString("unnamed"));
        QCOMPARE(safeFileName("..", "x"), QString("x"));
        QCOMPARE(safeFileName(QString::fromUtf8("a\0b", 3)), QString("a_b"));
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80").repeated(60);  // 240 bytes, surrogate pairs
        const QString cut = safeFileName(emoji);
        QVERIFY(cut.toUtf8().size() <= kMaxFileNameBytes);
        QCOMPARE(cut, QString::fromUtf8("\xF0\x9F\x98\x80").repeated(50));
    }

    // A run folder's "latest" that leads outside the run folder is refused on resume.
    void resumeRefusesLatestOutsideTheRun_data() {
        QTest::addColumn<QByteArray>("latest");
        QTest::newRow("traversal") << QByteArray("../../victim");
        QTest::newRow("absolute") << QFile::encodeName(tmp_.filePath("victim"));
        QTest::newRow("nul") << QByteArray("checkpoint-1\0/../../victim", 26);
    }

    void resumeRefusesLatestOutsideTheRun() {
        QFETCH(QByteArray, latest);
        QTemporaryDir run;
        // A complete-looking checkpoint outside the run folder.
        QDir().mkpath(tmp_.filePath("victim"));
        QVERIFY(writeFile(tmp_.filePath("victim/trainer_state.json"), R"({"global_step": 5, "config": {}})"));
        QVERIFY(writeFile(run.filePath("latest"), latest));
        train::AdamW opt({}, 0.9, 0.999, 1e-8, 0.0);
        std::vector<train::MetricRow> history;
        auto r = train::loadLatestCheckpoint(run.path(), opt, QJsonObject(), history, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains("does not name a checkpoint folder"), qPrintable(r.error().toString()));
    }

    void shardIndexNamesStayInTheFolder_data() {
        QTest::addColumn<QString>("shard");
        QTest::newRow("traversal") << "../model-00001-of-00001.safetensors";
        QTest::newRow("absolute") << "/etc/passwd";
        QTest::newRow("nul") << QString::fromUtf8("model-00001-of-00001.safetensors\0.x", 35);
        QTest::newRow("hidden") << ".model.safetensors";
    }

    void shardIndexNamesStayInTheFolder() {
        QFETCH(QString, shard);
        QTemporaryDir dir;
        const float v[1] = {1};
        QVERIFY(io::writeSafetensors(dir.filePath("model-00001-of-00001.safetensors"), {{"a", io::DType::F32, {1}, v, 4}}).ok());
        QJsonObject index{{"weight_map", QJsonObject{{"a", shard}}}};
        QVERIFY(writeFile(dir.filePath("model.safetensors.index.json"), QJsonDocument(index).toJson()));
        auto c = io::Checkpoint::openFolder(dir.path());
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains("invalid shard file"), qPrintable(c.error().toString()));
    }

    // A FIFO planted as the weights file is refused at once instead of blocking the loader.
    void fifoAsWeightsDoesNotBlock() {
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath("model.safetensors"));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        auto c = io::Checkpoint::openFolder(dir.path());
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains("not a regular file"), qPrintable(c.error().toString()));
    }

    // Records full of paths are text: the import writes only into the workspace file.
    void importWritesNothingOutsideTheWorkspace() {
        QTemporaryDir root;
        QDir().mkpath(root.filePath("ws"));
        QDir().mkpath(root.filePath("data"));
        const QString wsPath = root.filePath("ws/w.prefstudio");
        auto ws = fixtures::open(wsPath, true);
        QByteArray jsonl;
        for (const char* evil : {"../../etc/x", "/tmp/absolute", "..\\\\..\\\\win", "a\\u0000b", "~/.ssh/authorized_keys"}) {
            jsonl += QStringLiteral(R"({"prompt":"%1","chosen":"%1","rejected":"r","category":"%1","language":"%1","id":"%1","source":"%1","annotator":"%1"})")
                         .arg(QLatin1String(evil)).toUtf8() + '\n';
        }
        const QString file = root.filePath("data/../data/evil.jsonl");
        QVERIFY(writeFile(file, jsonl));
        const QStringList dataBefore = listing(root.filePath("data"));
        const QStringList tmpBefore = listing(tmp_.path());
        data::ImportOptions o;
        o.source = "../../source";
        o.annotator = "../../annotator";
        auto r = data::importFile(*ws, file, o);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r.value().records, qint64(5));
        QCOMPARE(listing(root.filePath("data")), dataBefore);
        QCOMPARE(listing(tmp_.path()), tmpBefore);
        // In the workspace folder: the database and its companions only.
        for (const QString& f : QDir(root.filePath("ws")).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(f.startsWith("w.prefstudio"), qPrintable(f));
        QCOMPARE(QDir(root.filePath("ws")).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
        // The names are stored as the text they are.
        QCOMPARE(fixtures::scalar(ws->database(), "SELECT COUNT(*) FROM prompts WHERE category = '../../etc/x'").toInt(), 1);
    }

    // ---------------------------------------------------------------------
    // (c) HTML reports escape every model- and user-provided text

    void htmlReportsEscapeEveryField() {
        // Session report: session, model, reviewer names, categories of the safety comparison.
        eval::SessionReport s;
        s.session.id = 7;
        s.session.name = payload("session");
        s.session.modelVersions = {1, 2};
        s.modelNames = {{1, payload("modelA")}, {2, payload("modelB")}};
        s.reviewerNames = {{3, payload("reviewer")}};
        s.results.perReviewer = {{3, 4}};
        s.results.judgments = 4;
        s.results.items = 4;
        eval::PairwiseResult pr;
        pr.modelX = 1;
        pr.modelY = 2;
        pr.prompts = 4;
        s.results.pairwise.push_back(pr);
        eval::LeaderboardRow l1, l2;
        l1.model = 2;
        l2.model = 1;
        s.results.leaderboard = {l1, l2};
        eval::ModelAnnotationMetrics am;
        am.modelVersionId = 2;
        am.name = payload("annotationModel");
        am.parentId = 1;
        am.counts.shown = 3;
        am.buckets.push_back({86400000, am.counts, 3, 10});
        s.annotation.push_back(am);
        eval::SafetyPairReport sp;
        sp.baseModel = 1;
        sp.tunedModel = 2;
        safety::CategoryComparison cc;
        cc.category = payload("safetyCategory");
        cc.regression = true;
        sp.comparison.categories.push_back(cc);
        sp.comparison.overall.category = payload("overallCategory");
        s.safety.push_back(sp);
        checkEscaped(eval::sessionReportHtml(s), {"session", "modelA", "modelB", "reviewer", "annotationModel", "safetyCategory"});

        // Before/after: model paths, prompt text and chat messages, key, category, language, answers.
        eval::BeforeAfterRun run;
        run.options.modelA = payload("pathA");
        run.options.modelB = payload("pathB");
        for (int i = 0; i < 2; ++i) {
            eval::BeforeAfterItem it;
            it.prompt.key = payload("promptKey");
            it.prompt.category = payload("promptCategory");
            it.prompt.language = payload("promptLanguage");
            if (i == 0)
                it.prompt.content.text = payload("promptText");
            else
                it.prompt.content.messages = QJsonArray{QJsonObject{{"role", payload("role")}, {"content", payload("messageContent")}}};
            it.a.text = payload("answerA") + " shared words";
            it.b.text = payload("answerB") + " shared words";
            it.a.finish = payload("finish");
            run.items.push_back(it);
        }
        const QString ba = eval::beforeAfterHtml(run, eval::computeMetrics(run, nullptr));
        checkEscaped(ba, {"pathA", "pathB", "promptText"});
        // The answers are shown as a word diff (<del>/<ins> between the words), escaped.
        QVERIFY(ba.contains("answerA") && ba.contains("answerB"));

        // Safety report: model names, prompt, answer, category, language, hits.
        eval::SafetyReportInput in;
        in.modelName = payload("safetyModel");
        in.baseName = payload("safetyBase");
        store::SafetyResult r{payload("key"), payload("category"), payload("language"), payload("prompt"), payload("answer"),
                              {payload("hit")}, false, true, 5};
        in.results = {r};
        in.baseResults = {r};
        in.comparison = safety::compareSafety(in.baseResults, in.results);
        checkEscaped(eval::safetyHtml(in), {"safetyModel", "safetyBase", "prompt", "answer"});
    }

    // ---------------------------------------------------------------------
    // (d) a second process gets the clear "already open" error

    void secondProcessIsRefused() {
        const QString helper = qEnvironmentVariable("PS_VOTE_LOOP");
        if (helper.isEmpty()) QSKIP("PS_VOTE_LOOP is not set (run through ctest)");
        const QString path = tmp_.filePath("locked.prefstudio");
        {
            // This process holds the workspace: the helper (another studio) is refused.
            auto mine = fixtures::open(path, true);
            fixtures::fill(*mine, 3);  // pairs for the voter below
            QProcess other;
            other.start(helper, {"open", path});
            QVERIFY(other.waitForFinished(30000));
            QCOMPARE(other.exitCode(), 2);
            const QString err = QString::fromUtf8(other.readAllStandardError());
            QVERIFY2(err.contains("already open in another Prefstudio instance"), qPrintable(err));
            QVERIFY2(err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(err));
        }
        // The helper holds it (voting): this process is refused, naming the helper's pid.
        QProcess voter;
        voter.start(helper, {"vote", path, "lan", "1"});
        QVERIFY(voter.waitForStarted());
        QVERIFY(voter.waitForReadyRead(30000));
        QVERIFY(voter.readLine().startsWith("ready"));
        Workspace::OpenOptions o;
        o.instanceLock = true;
        auto second = Workspace::open(path, o);
        QVERIFY(!second.ok());
        const QString msg = second.error().toString();
        QVERIFY2(msg.contains("already open in another Prefstudio instance"), qPrintable(msg));
        QVERIFY2(msg.contains(QString::number(voter.processId())), qPrintable(msg));
        // Killed, its lock is stale: the next instance opens the file.
        ::kill(static_cast<pid_t>(voter.processId()), SIGKILL);
        QVERIFY(voter.waitForFinished(30000));
        auto after = Workspace::open(path, o);
        QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().toString()));
        QCOMPARE(fixtures::scalar(after.value()->database(), "PRAGMA integrity_check").toString(), QString("ok"));
    }

private:
    using Workspace = store::Workspace;

    // No tag or attribute of any payload survives; the listed fields are shown (escaped).
    static void checkEscaped(const QString& html, const QStringList& shown) {
        QVERIFY2(!html.contains("<pwn", Qt::CaseInsensitive), qPrintable(html.mid(html.indexOf("<pwn") - 200, 400)));
        QVERIFY(!html.contains("onerror=alert(1)>"));
        QVERIFY(!html.contains("\"'>"));
        for (const QString& f : shown)
            QVERIFY2(html.contains(QStringLiteral("&lt;pwn-%1").arg(f)), qPrintable(QStringLiteral("field %1 is not shown escaped").arg(f)));
        // Only the report's own tags appear.
        static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9-]*)"));
        static const QStringList allowed{"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "b", "i", "em", "strong",
                                         "table", "thead", "tbody", "tr", "th", "td", "div", "span", "small", "ul", "ol", "li", "pre", "code",
                                         "del", "ins", "br", "hr", "details", "summary", "svg", "rect", "line", "text", "g", "circle", "path",
                                         "polyline", "title", "sup", "sub", "section", "header", "footer", "caption", "col", "colgroup", "a"};
        auto it = tag.globalMatch(html);
        while (it.hasNext()) {
            const QString name = it.next().captured(1).toLower();
            QVERIFY2(allowed.contains(name), qPrintable(QStringLiteral("unexpected tag <%1>").arg(name)));
        }
        QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
        QVERIFY(!html.contains("javascript:", Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TstSecurity)
#include "tst_security.moc"
