// cmd_tokenize.cpp — `prefstudio tokenize`: text <-> token ids as JSON lines,
// with the same tokenizer code the studio and the trainer use; and the text
// prompts of `generate` (--prompt / --chat-json); `train-tokenizer`.
#include "cli.h"
#include "cli_args.h"

#include "tokenizer/bpe_trainer.h"
#include "tokenizer/chat_template.h"
#include "tokenizer/json_value.h"
#include "tokenizer/tokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace ps::app {

namespace {

std::string idsJson(const std::vector<int64_t>& ids) {
    std::string s = "[";
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i) s.push_back(',');
        s += std::to_string(ids[i]);
    }
    s.push_back(']');
    return s;
}

Result<std::vector<int64_t>> parseIdsLine(std::string_view line) {
    auto v = tokenizer::JsonValue::parse(line);
    if (!v) return v.error();
    if (!v->isArray()) return makeError(QCoreApplication::translate("ps::cli", "expected a JSON array of token ids"));
    std::vector<int64_t> ids;
    for (const tokenizer::JsonValue& x : v->items()) {
        if (x.type() != tokenizer::JsonValue::Type::Int || x.str().size() > 18 || x.str()[0] == '-')
            return makeError(QCoreApplication::translate("ps::cli", "'%1' is not a token id").arg(QString::fromStdString(x.dumpPython())));
        ids.push_back(std::stoll(x.str()));
    }
    return ids;
}

}  // namespace

int cmdTokenize(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Tokenize standard input, one JSON value per line, printing one JSON value per line:\n"
                   "  default   a JSON string -> its token ids as a JSON array\n"
                   "  --decode  a JSON array of ids -> the decoded text as a JSON string\n"
                   "  --chat    a JSON message list (or {\"messages\", \"tools\", \"add_generation_prompt\"}) -> the ids "
                   "of the prompt rendered with the tokenizer's chat template"));
    p.addPositionalArgument(QStringLiteral("TOKENIZER"), QCoreApplication::translate("ps::cli", "a model folder, a tokenizer.json or a tokenizer.model"));
    p.addOption({QStringLiteral("add-special-tokens"), QCoreApplication::translate("ps::cli", "add the tokenizer's special tokens (e.g. BOS) when encoding")});
    p.addOption({QStringLiteral("decode"), QCoreApplication::translate("ps::cli", "decode id arrays to text")});
    p.addOption({QStringLiteral("skip-special-tokens"), QCoreApplication::translate("ps::cli", "with --decode: leave special tokens out")});
    p.addOption({QStringLiteral("chat"), QCoreApplication::translate("ps::cli", "render chat message lists with the chat template, then encode")});
    p.addOption({QStringLiteral("render"), QCoreApplication::translate("ps::cli", "with --chat: print the rendered prompt as a JSON string instead of ids")});
    if (!parseCommand(p, QStringLiteral("tokenize"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().size() != 1)
        return fail(makeError(QCoreApplication::translate("ps::cli", "tokenize needs exactly one TOKENIZER")));
    const bool decode = p.isSet(QStringLiteral("decode")), chat = p.isSet(QStringLiteral("chat"));
    if (decode && chat) return fail(makeError(QCoreApplication::translate("ps::cli", "--decode and --chat exclude each other")));
    auto tok = tokenizer::Tokenizer::load(p.positionalArguments().first());
    if (!tok) return fail(tok.error());
    const tokenizer::Tokenizer& t = *tok.value();
    std::optional<tokenizer::ChatTemplate> chatTemplate;
    if (chat) {
        auto ct = tokenizer::ChatTemplate::fromConfig(t.config());
        if (!ct) return fail(ct.error());
        chatTemplate = ct.value();
    }
    const bool addSpecial = p.isSet(QStringLiteral("add-special-tokens"));
    const bool skipSpecial = p.isSet(QStringLiteral("skip-special-tokens"));
    const bool render = p.isSet(QStringLiteral("render"));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) return fail(makeError(QCoreApplication::translate("ps::cli", "cannot read standard input")));
    long lineNo = 0;
    std::string out;
    while (true) {
        QByteArray line = in.readLine();
        if (line.isEmpty() && in.atEnd()) break;
        ++lineNo;
        if (line.endsWith('\n')) line.chop(1);
        const std::string_view text(line.constData(), size_t(line.size()));
        const QString where = QCoreApplication::translate("ps::cli", "line %1").arg(lineNo);
        out.clear();
        if (decode) {
            auto ids = parseIdsLine(text);
            if (!ids) return fail(ids.error().within(where));
            tokenizer::appendJsonString(out, t.decode(ids.value(), skipSpecial));
        } else if (chat) {
            auto req = tokenizer::ChatRequest::fromJson(text);
            if (!req) return fail(req.error().within(where));
            auto prompt = chatTemplate->render(req.value());
            if (!prompt) return fail(prompt.error().within(where));
            if (render) {
                tokenizer::appendJsonString(out, prompt.value());
            } else {
                // The template wrote the special tokens itself (transformers' apply_chat_template).
                auto ids = t.encode(prompt.value(), false);
                if (!ids) return fail(ids.error().within(where));
                out = idsJson(ids.value());
            }
        } else {
            auto v = tokenizer::JsonValue::parse(text);
            if (!v) return fail(v.error().within(where));
            if (!v->isString()) return fail(makeError(QCoreApplication::translate("ps::cli", "expected a JSON string"), where));
            auto ids = t.encode(v->str(), addSpecial);
            if (!ids) return fail(ids.error().within(where));
            out = idsJson(ids.value());
        }
        out.push_back('\n');
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fflush(stdout);
    }
    return 0;
}

Result<TextPrompts> encodeTextPrompts(const QString& modelDir, const QStringList& prompts, const QStringList& chatJson) {
    TextPrompts r;
    auto tok = tokenizer::Tokenizer::load(modelDir);
    if (!tok) return tok.error();
    r.tokenizer = tok.value();
    for (const QString& text : prompts) {
        auto ids = r.tokenizer->encode(text, true);
        if (!ids) return ids.error().within(QStringLiteral("--prompt"));
        r.ids.push_back(std::move(ids.value()));
    }
    if (!chatJson.isEmpty()) {
        auto ct = tokenizer::ChatTemplate::fromConfig(r.tokenizer->config());
        if (!ct) return ct.error();
        for (const QString& json : chatJson) {
            const QByteArray u = json.toUtf8();
            auto req = tokenizer::ChatRequest::fromJson(std::string_view(u.constData(), size_t(u.size())));
            if (!req) return req.error().within(QStringLiteral("--chat-json"));
            auto prompt = ct->render(req.value());
            if (!prompt) return prompt.error().within(QStringLiteral("--chat-json"));
            auto ids = r.tokenizer->encode(prompt.value(), false);
            if (!ids) return ids.error().within(QStringLiteral("--chat-json"));
            r.ids.push_back(std::move(ids.value()));
        }
    }
    return r;
}

}  // namespace ps::app

namespace ps::app {

int cmdTrainTokenizer(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ps::cli", "Train a byte-level BPE tokenizer in LFM2's layout (LFM2 special tokens, pre-tokenizer and chat template) on text "
                   "files, one text per line; writes tokenizer.json, tokenizer_config.json and special_tokens_map.json."));
    p.addOption({QStringLiteral("input"), QCoreApplication::translate("ps::cli", "text file, one text per line (repeat for several)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("vocab-size"), QCoreApplication::translate("ps::cli", "vocabulary size with special tokens (default 4096)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("min-frequency"), QCoreApplication::translate("ps::cli", "merge only pairs seen at least this often (default 2)"), QStringLiteral("n")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ps::cli", "output folder"), QStringLiteral("dir")});
    if (!parseCommand(p, QStringLiteral("train-tokenizer"), args)) return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("input")) || !p.isSet(QStringLiteral("out")))
        return fail(makeError(QCoreApplication::translate("ps::cli", "train-tokenizer needs --input and --out")));
    tokenizer::BpeTrainOptions o;
    auto vs = parseInt(p, QStringLiteral("vocab-size"), o.vocabSize);
    if (!vs) return fail(vs.error());
    auto mf = parseInt(p, QStringLiteral("min-frequency"), o.minFrequency);
    if (!mf) return fail(mf.error());
    o.vocabSize = vs.value();
    o.minFrequency = mf.value();
    std::vector<std::string> texts;
    for (const QString& path : p.values(QStringLiteral("input"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return fail(makeError(QCoreApplication::translate("ps::cli", "cannot read file"), path));
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.isEmpty()) texts.emplace_back(line.constData(), static_cast<size_t>(line.size()));
    }
    auto merges = tokenizer::trainByteLevelBpe(texts, o, p.value(QStringLiteral("out")));
    if (!merges) return fail(merges.error());
    out() << QCoreApplication::translate("ps::cli", "wrote %1: %2 merges, vocabulary %3\n")
                 .arg(p.value(QStringLiteral("out")))
                 .arg(merges.value())
                 .arg(merges.value() + 18 + 256)
          << Qt::flush;
    return 0;
}

}  // namespace ps::app
