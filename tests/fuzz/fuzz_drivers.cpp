// fuzz_drivers.cpp — see fuzz_drivers.h. Every driver goes through the public
// loader a user's file goes through (SafetensorsFile::open, Checkpoint::openFolder,
// Lfm2Config::fromFile, Tokenizer::load, ChatRequest::fromJson, importFile), on
// real files in a scratch folder.
#include "test_files.h"
#include "fuzz/fuzz_drivers.h"

#include "data/importer.h"
#include "io/safetensors.h"
#include "model/config.h"
#include "store/workspace.h"
#include "tokenizer/chat_template.h"
#include "tokenizer/json_value.h"
#include "tokenizer/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace ps::fuzz {

namespace {

QString sourceDir() { return QStringLiteral(PS_SOURCE_DIR); }

struct Scratch {
    QTemporaryDir dir;
    std::unique_ptr<store::Workspace> ws;
    QString path(const QString& name) const { return dir.filePath(name); }
};

std::unique_ptr<Scratch>& scratchSlot() {
    static std::unique_ptr<Scratch> s;
    return s;
}

Scratch& scratch() {
    auto& s = scratchSlot();
    if (!s) {
        s = std::make_unique<Scratch>();
        QDir(s->dir.path()).mkpath(QStringLiteral("model"));
    }
    return *s;
}

using test_files::readFile;
using test_files::writeFile;

Outcome rejected(const Error& e) {
    Outcome o;
    o.error = e.toString();
    if (e.message.isEmpty()) o.violation = QStringLiteral("rejected without a message (context '%1')").arg(e.context);
    return o;
}

Outcome accepted() {
    Outcome o;
    o.accepted = true;
    return o;
}

Outcome violation(const QString& what) {
    Outcome o;
    o.accepted = true;
    o.violation = what;
    return o;
}

// ---------------------------------------------------------------------------
// safetensors: one file, then a folder whose index (mutated) lists two shards.

QString checkSafetensors(const io::SafetensorsFile& f, uint64_t fileSize) {
    uint64_t covered = 0;
    for (const auto& t : f.tensors()) {
        if (t.begin != covered) return QStringLiteral("tensor '%1' does not start where the previous ended").arg(t.name);
        covered = t.end;
        unsigned __int128 bytes = io::dtypeSize(t.dtype);
        for (int64_t d : t.shape) {
            if (d < 0) return QStringLiteral("tensor '%1' has a negative dimension").arg(t.name);
            bytes *= static_cast<uint64_t>(d);
            if (bytes > (static_cast<unsigned __int128>(1) << 64)) return QStringLiteral("tensor '%1': shape overflows").arg(t.name);
        }
        if (bytes != t.byteSize()) return QStringLiteral("tensor '%1': shape x dtype != byte range").arg(t.name);
        if (static_cast<uint64_t>(t.numel()) * io::dtypeSize(t.dtype) != t.byteSize())
            return QStringLiteral("tensor '%1': numel() disagrees with the byte range").arg(t.name);
        volatile unsigned sum = 0;  // touch every byte: ASan sees reads outside the mapping
        const uint8_t* p = f.data(t);
        for (uint64_t i = 0; i < t.byteSize(); ++i) sum = sum + p[i];
        if (f.find(t.name) != &t) return QStringLiteral("tensor '%1' is not found by name").arg(t.name);
    }
    if (covered > fileSize) return QStringLiteral("tensors cover more bytes than the file has");
    return {};
}

Outcome runSafetensors(const QByteArray& input) {
    Scratch& s = scratch();
    const QString path = s.path(QStringLiteral("model/model.safetensors"));
    if (!writeFile(path, input)) return violation(QStringLiteral("cannot write the scratch file"));
    auto r = io::SafetensorsFile::open(path);
    if (!r) return rejected(r.error());
    const QString bad = checkSafetensors(*r.value(), static_cast<uint64_t>(input.size()));
    return bad.isEmpty() ? accepted() : violation(bad);
}

Outcome runSafetensorsIndex(const QByteArray& input) {
    Scratch& s = scratch();
    const QString dir = s.path(QStringLiteral("sharded"));
    if (!QFile::exists(dir)) {
        // Two valid shards, written once: a.weight + b in shard 1, c in shard 2.
        QDir().mkpath(dir);
        const float a[4] = {1, 2, 3, 4}, b[2] = {5, 6}, c[1] = {7};
        std::vector<io::TensorToWrite> t1{{QStringLiteral("a.weight"), io::DType::F32, {2, 2}, a, sizeof a},
                                          {QStringLiteral("b"), io::DType::F32, {2}, b, sizeof b}};
        std::vector<io::TensorToWrite> t2{{QStringLiteral("c"), io::DType::F32, {1}, c, sizeof c}};
        if (!io::writeSafetensors(dir + QStringLiteral("/model-00001-of-00002.safetensors"), t1).ok() ||
            !io::writeSafetensors(dir + QStringLiteral("/model-00002-of-00002.safetensors"), t2).ok())
            return violation(QStringLiteral("cannot write the scratch shards"));
    }
    if (!writeFile(dir + QStringLiteral("/model.safetensors.index.json"), input)) return violation(QStringLiteral("cannot write the index"));
    auto r = io::Checkpoint::openFolder(dir);
    if (!r) return rejected(r.error());
    for (const QString& name : r.value().names()) {
        const auto* e = r.value().find(name);
        if (!e || !e->file || !e->info || e->info->name != name) return violation(QStringLiteral("index entry '%1' is inconsistent").arg(name));
    }
    return accepted();
}

// ---------------------------------------------------------------------------
// config.json

Outcome runConfig(const QByteArray& input) {
    Scratch& s = scratch();
    const QString path = s.path(QStringLiteral("model/config.json"));
    if (!writeFile(path, input)) return violation(QStringLiteral("cannot write the scratch file"));
    auto r = model::Lfm2Config::fromFile(path);
    if (!r) return rejected(r.error());
    const model::Lfm2Config& c = r.value();
    // What an accepted config may ask the model builder to allocate.
    if (c.hiddenSize <= 0 || c.hiddenSize > (1 << 20) || c.vocabSize <= 0 || c.vocabSize > (1 << 24) || c.numHiddenLayers <= 0 ||
        c.numHiddenLayers > 4096 || c.ffDim() <= 0 || c.ffDim() > (1 << 22) || c.headDim <= 0 || c.numAttentionHeads > c.hiddenSize ||
        c.numKeyValueHeads > c.numAttentionHeads || c.headDim * c.numAttentionHeads > (1 << 22))
        return violation(QStringLiteral("accepted implausible sizes (hidden %1, vocab %2, layers %3, ff %4, heads %5/%6, head_dim %7)")
                             .arg(c.hiddenSize).arg(c.vocabSize).arg(c.numHiddenLayers).arg(c.ffDim()).arg(c.numAttentionHeads)
                             .arg(c.numKeyValueHeads).arg(c.headDim));
    if (c.parameterCount() <= 0 || c.parameterCount() > model::Lfm2Config::kMaxParameters)
        return violation(QStringLiteral("accepted %1 parameters").arg(c.parameterCount()));
    if (static_cast<int64_t>(c.layerKinds.size()) != c.numHiddenLayers) return violation(QStringLiteral("layer kinds != layers"));
    // What we write back is read back the same.
    auto again = model::Lfm2Config::fromJson(c.toJson());
    if (!again) return violation(QStringLiteral("toJson() of an accepted config is refused: %1").arg(again.error().toString()));
    if (again.value().ffDim() != c.ffDim() || again.value().parameterCount() != c.parameterCount())
        return violation(QStringLiteral("config does not round-trip"));
    return accepted();
}

// ---------------------------------------------------------------------------
// tokenizer.json and tokenizer_config.json through Tokenizer::load(folder).

const std::vector<std::string>& probeTexts() {
    static const std::vector<std::string> t{"", "Hello world", "Xin chào, bạn khỏe không?", "<|im_start|>user\nhi<|im_end|>",
                                            "  spaces\t\ttabs\n\n", "emoji \xF0\x9F\x98\x80 and 123456789", "<s></s><unk><|endoftext|>"};
    return t;
}

QString checkTokenizer(const tokenizer::Tokenizer& t) {
    for (const std::string& text : probeTexts()) {
        auto ids = t.encode(std::string_view(text), true);
        if (!ids) {
            if (ids.error().message.isEmpty()) return QStringLiteral("encode failed without a message");
            continue;
        }
        for (int64_t id : ids.value())
            if (id < 0) return QStringLiteral("encode produced a negative id %1").arg(id);
        (void)t.decode(ids.value(), false);
        (void)t.decode(ids.value(), true);
    }
    (void)t.decode({0, 1, 2, -1, 1 << 30, t.vocabSize(true), t.vocabSize(true) + 1}, false);
    (void)t.bosId();
    (void)t.eosId();
    (void)t.padId();
    return {};
}

Outcome loadTokenizerFolder(const QString& dir) {
    auto r = tokenizer::Tokenizer::load(dir);
    if (!r) return rejected(r.error());
    QString bad = checkTokenizer(*r.value());
    if (bad.isEmpty()) {
        // A chat template that is accepted renders a fixed conversation (or refuses it clearly).
        const auto& cfg = r.value()->config();
        if (!cfg.chatTemplate.isEmpty()) {
            auto tpl = tokenizer::ChatTemplate::fromConfig(cfg);
            if (!tpl && tpl.error().message.isEmpty()) bad = QStringLiteral("chat template refused without a message");
            if (tpl) {
                auto req = tokenizer::ChatRequest::fromJson(R"([{"role":"system","content":"s"},{"role":"user","content":"{{ 7*7 }}"}])");
                if (!req) return violation(QStringLiteral("fixed chat request refused"));
                auto text = tpl.value().render(req.value());
                if (!text && text.error().message.isEmpty()) bad = QStringLiteral("rendering failed without a message");
                if (text && text.value().find("{{ 7*7 }}") == std::string::npos)
                    bad = QStringLiteral("message content was not rendered verbatim (evaluated as a template?)");
            }
        }
    }
    return bad.isEmpty() ? accepted() : violation(bad);
}

Outcome runTokenizerJson(const QByteArray& input) {
    Scratch& s = scratch();
    const QString dir = s.path(QStringLiteral("tok_json"));
    if (!QFile::exists(dir)) {
        QDir().mkpath(dir);
        writeFile(dir + QStringLiteral("/tokenizer_config.json"),
                  readFile(sourceDir() + QStringLiteral("/tests/fuzz/tokenizer_config/with_template.json")));
    }
    if (!writeFile(dir + QStringLiteral("/tokenizer.json"), input)) return violation(QStringLiteral("cannot write the scratch file"));
    return loadTokenizerFolder(dir);
}

Outcome runTokenizerConfig(const QByteArray& input) {
    Scratch& s = scratch();
    const QString dir = s.path(QStringLiteral("tok_config"));
    if (!QFile::exists(dir)) {
        QDir().mkpath(dir);
        writeFile(dir + QStringLiteral("/tokenizer.json"), readFile(sourceDir() + QStringLiteral("/tests/fuzz/tokenizer_json/lfm2_style.json")));
    }
    if (!writeFile(dir + QStringLiteral("/tokenizer_config.json"), input)) return violation(QStringLiteral("cannot write the scratch file"));
    return loadTokenizerFolder(dir);
}

// ---------------------------------------------------------------------------
// generate --chat-json: the request, rendered with LFM2's template.

Outcome runChatJson(const QByteArray& input) {
    static const auto tpl = [] {
        const QString src = QString::fromUtf8(readFile(sourceDir() + QStringLiteral("/tests/tokenizer/data/lfm2-style/chat_template.jinja")));
        return tokenizer::ChatTemplate::fromSource(src, QStringLiteral("<|startoftext|>"));
    }();
    if (!tpl) return violation(QStringLiteral("the LFM2 template does not load: %1").arg(tpl.error().toString()));
    auto req = tokenizer::ChatRequest::fromJson(std::string_view(input.constData(), static_cast<size_t>(input.size())));
    if (!req) return rejected(req.error());
    auto text = tpl.value().render(req.value());
    if (!text) return rejected(text.error());
    (void)req.value().messages.dumpPython();
    return accepted();
}

// ---------------------------------------------------------------------------
// import: JSONL and CSV into a scratch workspace (dry runs: nothing is kept).

Outcome runImport(const QByteArray& input, const char* suffix) {
    Scratch& s = scratch();
    if (!s.ws) {
        store::Workspace::OpenOptions o;
        o.instanceLock = false;
        auto ws = store::Workspace::open(s.path(QStringLiteral("fuzz.prefstudio")), o);
        if (!ws) return violation(QStringLiteral("cannot open the scratch workspace: %1").arg(ws.error().toString()));
        s.ws = std::move(ws).value();
    }
    const QString path = s.path(QStringLiteral("import.") + QLatin1String(suffix));
    if (!writeFile(path, input)) return violation(QStringLiteral("cannot write the scratch file"));
    data::ImportOptions o;
    o.dryRun = true;
    o.maxFieldBytes = 4096;
    auto r = data::importFile(*s.ws, path, o);
    if (!r) return rejected(r.error());
    if (r.value().records < 0 || r.value().votesAdded > r.value().records) return violation(QStringLiteral("inconsistent import report"));
    return accepted();
}

Outcome runJsonl(const QByteArray& input) { return runImport(input, "jsonl"); }
Outcome runCsv(const QByteArray& input) { return runImport(input, "csv"); }

}  // namespace

const std::vector<Driver>& drivers() {
    static const std::vector<Driver> d{
        {"safetensors", runSafetensors,
         {"\"dtype\":\"F32\"", "\"dtype\":\"BF16\"", "\"dtype\":\"F64\"", "\"dtype\":\"BOOL\"", "\"dtype\":\"U8\"", "\"shape\":[",
          "\"data_offsets\":[0,0]", "\"__metadata__\":{", "F8_E4M3", "I64", "[1152921504606846976,1152921504606846976,0]"}},
        {"safetensors_index", runSafetensorsIndex,
         {"\"weight_map\":{", "\"metadata\":{\"total_size\":", "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors",
          "../model-00001-of-00002.safetensors", "/etc/passwd", "model.safetensors", "\"a.weight\":", "\"c\":"}},
        {"config", runConfig,
         {"\"hidden_size\":", "\"vocab_size\":", "\"intermediate_size\":", "\"num_hidden_layers\":", "\"num_attention_heads\":",
          "\"num_key_value_heads\":", "\"head_dim\":", "\"layer_types\":", "\"full_attn_idxs\":", "\"block_ffn_dim_multiplier\":",
          "\"block_multiple_of\":", "\"max_position_embeddings\":", "\"conv_L_cache\":", "\"eos_token_id\":", "\"full_attention\"",
          "\"conv\"", "\"model_type\":\"lfm2\"", "1e12", "1e300"}},
        {"tokenizer_json", runTokenizerJson,
         {"\"type\":\"BPE\"", "\"type\":\"ByteLevel\"", "\"type\":\"Metaspace\"", "\"type\":\"Sequence\"", "\"type\":\"Split\"",
          "\"type\":\"TemplateProcessing\"", "\"type\":\"ByteFallback\"", "\"type\":\"NFC\"", "\"type\":\"NFKD\"", "\"type\":\"Replace\"",
          "\"type\":\"Strip\"", "\"type\":\"Fuse\"", "\"type\":\"Prepend\"", "\"type\":\"Digits\"", "\"Regex\":\"(a+)+$\"",
          "\"Regex\":\"(\"", "\"Regex\":\"\\\\p{L}+\"", "\"byte_fallback\":true", "\"ignore_merges\":true", "\"unk_token\":\"<unk>\"",
          "\"continuing_subword_prefix\":\"##\"", "\"dropout\":0.5", "\"added_tokens\":[", "\"special\":true", "\"lstrip\":true",
          "\"single_word\":true", "\"prepend_scheme\":\"first\"", "\"ids\":[", "\"merges\":[[\"a\",\"b\"]]"}},
        {"tokenizer_config", runTokenizerConfig,
         {"\"chat_template\":", "\"bos_token\":", "\"eos_token\":", "\"pad_token\":", "\"unk_token\":", "\"add_bos_token\":",
          "{\"content\":", "{{ bos_token }}", "<|im_start|>", "<|im_end|>", "{%- for message in messages -%}", "{% endfor %}",
          "{{ message['content'] }}", "{{ ''.__class__.__mro__ }}", "{{ cycler.__init__.__globals__.os.system('id') }}",
          "{% include '/etc/passwd' %}", "{% import 'os' as os %}", "{{ lipsum.__globals__ }}", "{% raw %}"}},
        {"chat_json", runChatJson,
         {"\"role\":", "\"content\":", "\"user\"", "\"assistant\"", "\"system\"", "\"tool\"", "\"tools\":", "\"tool_calls\":",
          "\"messages\":", "\"add_generation_prompt\":", "<|im_end|>", "{{ 7*7 }}"}},
        {"jsonl", runJsonl,
         {"\"prompt\":", "\"chosen\":", "\"rejected\":", "\"messages\":", "\"role\":", "\"content\":", "\"category\":",
          "\"language\":", "\"preference\":\"tie\"", "\"preference\":\"both_bad\"", "\"annotator\":", "\n{\"prompt\":\"x\"}\n"}},
        {"csv", runCsv,
         {"prompt,chosen,rejected\r\n", "prompt_messages", "\"\"", "\"", ",", "\r\n", "\n", "\r", "=cmd|' /C calc'!A0", ",,,,,,,,,,,,"}},
    };
    return d;
}

const Driver* driver(const QString& name) {
    for (const Driver& d : drivers())
        if (name == QLatin1String(d.name)) return &d;
    return nullptr;
}

QByteArrayList corpus(const QString& name) {
    QByteArrayList out;
    QDir dir(sourceDir() + QStringLiteral("/tests/fuzz/") + name);
    for (const QString& f : dir.entryList(QDir::Files, QDir::Name)) out << readFile(dir.filePath(f));
    return out;
}

QString problemWith(const Outcome& o) {
    if (!o.violation.isEmpty()) return o.violation;
    if (!o.accepted && o.error.trimmed().isEmpty()) return QStringLiteral("rejected without an error message");
    return {};
}

void shutdown() { scratchSlot().reset(); }

}  // namespace ps::fuzz
