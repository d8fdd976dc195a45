#include "tokenizer/bpe_trainer.h"

#include "tokenizer/pre_tokenizer.h"
#include "tokenizer/utf8.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace ps::tokenizer {

namespace {

const char* const kSpecial[] = {"<|pad|>", "<|startoftext|>", "<|endoftext|>", "<|fim_pre|>", "<|fim_mid|>", "<|fim_suf|>",
                                "<|im_start|>", "<|im_end|>", "<|tool_list_start|>", "<|tool_list_end|>", "<|tool_call_start|>",
                                "<|tool_call_end|>", "<|tool_response_start|>", "<|tool_response_end|>", "<|reserved_0|>",
                                "<|reserved_1|>", "<|reserved_2|>", "<|reserved_3|>"};
constexpr int64_t kSpecialCount = 18;

// LFM2's pre-tokenizer: Llama-3 style Split regex (numbers in groups of up to 3), then ByteLevel.
QJsonObject lfm2PreTokenizer() {
    QJsonObject split{{QStringLiteral("type"), QStringLiteral("Split")},
                      {QStringLiteral("pattern"),
                       QJsonObject{{QStringLiteral("Regex"),
                                    QStringLiteral("(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|"
                                                   "\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+")}}},
                      {QStringLiteral("behavior"), QStringLiteral("Isolated")},
                      {QStringLiteral("invert"), false}};
    QJsonObject byteLevel{{QStringLiteral("type"), QStringLiteral("ByteLevel")}, {QStringLiteral("add_prefix_space"), false},
                          {QStringLiteral("trim_offsets"), true}, {QStringLiteral("use_regex"), false}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Sequence")}, {QStringLiteral("pretokenizers"), QJsonArray{split, byteLevel}}};
}

// LFM2's chat template (ChatML family; see SPEC §4), as in its tokenizer_config.json.
const char* const kChatTemplate =
    "{{- bos_token -}}\n{%- set system_prompt = \"\" -%}\n{%- set ns = namespace(system_prompt=\"\") -%}\n"
    "{%- if messages[0][\"role\"] == \"system\" -%}\n\t{%- set ns.system_prompt = messages[0][\"content\"] -%}\n"
    "\t{%- set messages = messages[1:] -%}\n{%- endif -%}\n{%- if tools -%}\n"
    "\t{%- set ns.system_prompt = ns.system_prompt + (\"\\n\" if ns.system_prompt else \"\") + \"List of tools: <|tool_list_start|>[\" -%}\n"
    "\t{%- for tool in tools -%}\n\t\t{%- if tool is not string -%}\n            {%- set tool = tool | tojson -%}\n\t\t{%- endif -%}\n"
    "\t\t{%- set ns.system_prompt = ns.system_prompt + tool -%}\n        {%- if not loop.last -%}\n"
    "            {%- set ns.system_prompt = ns.system_prompt + \", \" -%}\n        {%- endif -%}\n\t{%- endfor -%}\n"
    "\t{%- set ns.system_prompt = ns.system_prompt + \"]<|tool_list_end|>\" -%}\n{%- endif -%}\n{%- if ns.system_prompt -%}\n"
    "\t{{- \"<|im_start|>system\\n\" + ns.system_prompt + \"<|im_end|>\\n\" -}}\n{%- endif -%}\n{%- for message in messages -%}\n"
    "\t{{- \"<|im_start|>\" + message[\"role\"] + \"\\n\" -}}\n\t{%- set content = message[\"content\"] -%}\n"
    "\t{%- if content is not string -%}\n\t\t{%- set content = content | tojson -%}\n\t{%- endif -%}\n"
    "\t{%- if message[\"role\"] == \"tool\" -%}\n\t\t{%- set content = \"<|tool_response_start|>\" + content + \"<|tool_response_end|>\" -%}\n"
    "\t{%- endif -%}\n\t{{- content + \"<|im_end|>\\n\" -}}\n{%- endfor -%}\n{%- if add_generation_prompt -%}\n"
    "\t{{- \"<|im_start|>assistant\\n\" -}}\n{%- endif -%}\n";

struct Word {
    std::vector<int32_t> syms;
    int64_t count = 0;
};

uint64_t key(int32_t a, int32_t b) { return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b); }

// Through QSaveFile (temp file, flushed to disk, renamed over the target): a
// kill or a full disk never leaves a truncated tokenizer.json behind.
Status writeJson(const QString& path, const QJsonObject& o) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        return makeError(QCoreApplication::translate("ps::tokenizer::BpeTrainer", "cannot write file: %1").arg(f.errorString()), path);
    return {};
}

}  // namespace

Result<int64_t> trainByteLevelBpe(const std::vector<std::string>& texts, const BpeTrainOptions& options, const QString& outDir) {
    if (options.vocabSize < kSpecialCount + 256)
        return makeError(QCoreApplication::translate("ps::tokenizer::BpeTrainer", "the vocabulary must hold at least %1 tokens (special tokens and bytes)")
                             .arg(kSpecialCount + 256));
    const QJsonObject preJson = lfm2PreTokenizer();
    auto pre = PreTokenizer::fromJson(preJson);
    if (!pre) return pre.error();

    // Symbols: the 256 byte-level characters (sorted, as tokenizers' trainer does), then merges.
    std::vector<std::string> symbols = byteLevelAlphabet();
    std::sort(symbols.begin(), symbols.end(), [](const std::string& a, const std::string& b) {
        char32_t ca = 0, cb = 0;
        utf8::decode(a, 0, &ca);
        utf8::decode(b, 0, &cb);
        return ca < cb;
    });
    std::unordered_map<std::string, int32_t> symbolId;
    for (size_t i = 0; i < symbols.size(); ++i) symbolId[symbols[i]] = static_cast<int32_t>(i);

    // Words: pre-tokenized pieces with their counts, as symbol sequences.
    std::unordered_map<std::string, int64_t> counts;
    for (const std::string& t : texts) {
        auto pieces = preTokenizeText(*pre.value(), t);
        if (!pieces) return pieces.error();
        for (std::string& p : pieces.value()) ++counts[p];
    }
    std::vector<Word> words;
    words.reserve(counts.size());
    for (const auto& [text, n] : counts) {
        Word w;
        w.count = n;
        for (size_t i = 0; i < text.size();) {
            const size_t len = utf8::sequenceLength(static_cast<unsigned char>(text[i]));
            const auto it = symbolId.find(text.substr(i, std::max<size_t>(1, len)));
            if (it == symbolId.end())
                return makeError(QCoreApplication::translate("ps::tokenizer::BpeTrainer", "a pre-tokenized piece holds a character outside the byte-level alphabet"));
            w.syms.push_back(it->second);
            i += std::max<size_t>(1, len);
        }
        words.push_back(std::move(w));
    }
    // Deterministic word order (the hash map's is not).
    std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.syms < b.syms; });

    std::unordered_map<uint64_t, int64_t> pairCount;
    std::unordered_map<uint64_t, std::vector<int32_t>> where;  // pair -> words that had it (may be stale)
    for (size_t wi = 0; wi < words.size(); ++wi) {
        const Word& w = words[wi];
        for (size_t i = 0; i + 1 < w.syms.size(); ++i) {
            const uint64_t k = key(w.syms[i], w.syms[i + 1]);
            pairCount[k] += w.count;
            where[k].push_back(static_cast<int32_t>(wi));
        }
    }

    std::vector<std::pair<int32_t, int32_t>> merges;
    std::vector<int64_t> stamp(words.size(), -1);
    const int64_t targetMerges = options.vocabSize - kSpecialCount - 256;
    while (static_cast<int64_t>(merges.size()) < targetMerges) {
        uint64_t best = 0;
        int64_t bestCount = 0;
        for (const auto& [k, c] : pairCount)
            if (c > bestCount || (c == bestCount && c > 0 && k < best)) {
                best = k;
                bestCount = c;
            }
        if (bestCount < std::max<int64_t>(1, options.minFrequency)) break;
        const int32_t a = static_cast<int32_t>(best >> 32), b = static_cast<int32_t>(best & 0xffffffffu);
        const int32_t merged = static_cast<int32_t>(symbols.size());
        symbols.push_back(symbols[static_cast<size_t>(a)] + symbols[static_cast<size_t>(b)]);
        merges.emplace_back(a, b);
        const int64_t m = static_cast<int64_t>(merges.size());
        const std::vector<int32_t> affected = std::move(where[best]);
        where.erase(best);
        for (int32_t wi : affected) {
            if (stamp[static_cast<size_t>(wi)] == m) continue;
            stamp[static_cast<size_t>(wi)] = m;
            Word& w = words[static_cast<size_t>(wi)];
            for (size_t i = 0; i + 1 < w.syms.size(); ++i) pairCount[key(w.syms[i], w.syms[i + 1])] -= w.count;
            std::vector<int32_t> next;
            next.reserve(w.syms.size());
            for (size_t i = 0; i < w.syms.size(); ++i) {
                if (i + 1 < w.syms.size() && w.syms[i] == a && w.syms[i + 1] == b) {
                    next.push_back(merged);
                    ++i;
                } else {
                    next.push_back(w.syms[i]);
                }
            }
            w.syms = std::move(next);
            for (size_t i = 0; i + 1 < w.syms.size(); ++i) {
                const uint64_t k = key(w.syms[i], w.syms[i + 1]);
                pairCount[k] += w.count;
                where[k].push_back(wi);
            }
        }
        for (auto it = pairCount.begin(); it != pairCount.end();) it = it->second <= 0 ? pairCount.erase(it) : std::next(it);
    }

    // tokenizer.json
    QJsonArray added;
    QJsonObject vocab, addedDecoder;
    for (int64_t i = 0; i < kSpecialCount; ++i) {
        const QString s = QString::fromLatin1(kSpecial[i]);
        QJsonObject t{{QStringLiteral("id"), double(i)}, {QStringLiteral("content"), s}, {QStringLiteral("single_word"), false},
                      {QStringLiteral("lstrip"), false}, {QStringLiteral("rstrip"), false}, {QStringLiteral("normalized"), false},
                      {QStringLiteral("special"), true}};
        added.append(t);
        vocab.insert(s, double(i));
        t.remove(QStringLiteral("id"));
        addedDecoder.insert(QString::number(i), t);
    }
    for (size_t i = 0; i < symbols.size(); ++i) vocab.insert(QString::fromStdString(symbols[i]), double(kSpecialCount + static_cast<int64_t>(i)));
    QJsonArray mergeArr;
    for (const auto& [a, b] : merges)
        mergeArr.append(QJsonArray{QString::fromStdString(symbols[static_cast<size_t>(a)]), QString::fromStdString(symbols[static_cast<size_t>(b)])});
    const QJsonObject bos{{QStringLiteral("SpecialToken"), QJsonObject{{QStringLiteral("id"), QStringLiteral("<|startoftext|>")}, {QStringLiteral("type_id"), 0}}}};
    const QJsonObject post{
        {QStringLiteral("type"), QStringLiteral("TemplateProcessing")},
        {QStringLiteral("single"), QJsonArray{bos, QJsonObject{{QStringLiteral("Sequence"), QJsonObject{{QStringLiteral("id"), QStringLiteral("A")}, {QStringLiteral("type_id"), 0}}}}}},
        {QStringLiteral("pair"),
         QJsonArray{bos, QJsonObject{{QStringLiteral("Sequence"), QJsonObject{{QStringLiteral("id"), QStringLiteral("A")}, {QStringLiteral("type_id"), 0}}}},
                    QJsonObject{{QStringLiteral("SpecialToken"), QJsonObject{{QStringLiteral("id"), QStringLiteral("<|startoftext|>")}, {QStringLiteral("type_id"), 1}}}},
                    QJsonObject{{QStringLiteral("Sequence"), QJsonObject{{QStringLiteral("id"), QStringLiteral("B")}, {QStringLiteral("type_id"), 1}}}}}},
        {QStringLiteral("special_tokens"),
         QJsonObject{{QStringLiteral("<|startoftext|>"), QJsonObject{{QStringLiteral("id"), QStringLiteral("<|startoftext|>")}, {QStringLiteral("ids"), QJsonArray{1}},
                                                                     {QStringLiteral("tokens"), QJsonArray{QStringLiteral("<|startoftext|>")}}}}}}};
    const QJsonObject model{{QStringLiteral("type"), QStringLiteral("BPE")}, {QStringLiteral("dropout"), QJsonValue::Null},
                            {QStringLiteral("unk_token"), QJsonValue::Null}, {QStringLiteral("continuing_subword_prefix"), QJsonValue::Null},
                            {QStringLiteral("end_of_word_suffix"), QJsonValue::Null}, {QStringLiteral("fuse_unk"), false},
                            {QStringLiteral("byte_fallback"), false}, {QStringLiteral("ignore_merges"), true},
                            {QStringLiteral("vocab"), vocab}, {QStringLiteral("merges"), mergeArr}};
    const QJsonObject tok{{QStringLiteral("version"), QStringLiteral("1.0")}, {QStringLiteral("truncation"), QJsonValue::Null},
                          {QStringLiteral("padding"), QJsonValue::Null}, {QStringLiteral("added_tokens"), added},
                          {QStringLiteral("normalizer"), QJsonValue::Null}, {QStringLiteral("pre_tokenizer"), preJson},
                          {QStringLiteral("post_processor"), post},
                          {QStringLiteral("decoder"), QJsonObject{{QStringLiteral("type"), QStringLiteral("ByteLevel")}, {QStringLiteral("add_prefix_space"), true},
                                                                  {QStringLiteral("trim_offsets"), true}, {QStringLiteral("use_regex"), true}}},
                          {QStringLiteral("model"), model}};
    const QJsonObject config{{QStringLiteral("add_bos_token"), true}, {QStringLiteral("add_eos_token"), false},
                             {QStringLiteral("added_tokens_decoder"), addedDecoder}, {QStringLiteral("bos_token"), QStringLiteral("<|startoftext|>")},
                             {QStringLiteral("chat_template"), QString::fromUtf8(kChatTemplate)},
                             {QStringLiteral("clean_up_tokenization_spaces"), false}, {QStringLiteral("eos_token"), QStringLiteral("<|im_end|>")},
                             {QStringLiteral("legacy"), false}, {QStringLiteral("model_max_length"), 4096},
                             {QStringLiteral("pad_token"), QStringLiteral("<|pad|>")}, {QStringLiteral("spaces_between_special_tokens"), false},
                             {QStringLiteral("tokenizer_class"), QStringLiteral("PreTrainedTokenizerFast")},
                             {QStringLiteral("use_default_system_prompt"), false}};
    const QJsonObject specialMap{{QStringLiteral("bos_token"), QStringLiteral("<|startoftext|>")}, {QStringLiteral("eos_token"), QStringLiteral("<|im_end|>")},
                                 {QStringLiteral("pad_token"), QStringLiteral("<|pad|>")}};
    if (!QDir().mkpath(outDir)) return makeError(QCoreApplication::translate("ps::tokenizer::BpeTrainer", "cannot create folder"), outDir);
    const QDir dir(outDir);
    PS_TRY(writeJson(dir.filePath(QStringLiteral("tokenizer.json")), tok));
    PS_TRY(writeJson(dir.filePath(QStringLiteral("tokenizer_config.json")), config));
    PS_TRY(writeJson(dir.filePath(QStringLiteral("special_tokens_map.json")), specialMap));
    return static_cast<int64_t>(merges.size());
}

}  // namespace ps::tokenizer
