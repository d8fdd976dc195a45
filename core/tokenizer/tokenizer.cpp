#include "tokenizer/tokenizer.h"

#include "tokenizer/backend.h"
#include "tokenizer/utf8.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <thread>

namespace ps::tokenizer {

Tokenizer::~Tokenizer() = default;

Result<std::shared_ptr<const Tokenizer>> Tokenizer::fromTokenizerJson(const QByteArray& json, TokenizerConfig config, const QString& context) {
    auto b = makeHfBackend(json);
    if (!b) return b.error().within(context);
    std::shared_ptr<Tokenizer> t(new Tokenizer);
    t->backend_ = b.value();
    t->config_ = std::move(config);
    return std::shared_ptr<const Tokenizer>(std::move(t));
}

Result<std::shared_ptr<const Tokenizer>> Tokenizer::load(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) return makeError(QCoreApplication::translate("ps::tokenizer", "no such file or folder"), path);
    QString file;
    QString folder;
    if (info.isDir()) {
        folder = info.absoluteFilePath();
        const QDir dir(folder);
        if (QFileInfo::exists(dir.filePath(QStringLiteral("tokenizer.json")))) file = dir.filePath(QStringLiteral("tokenizer.json"));
        else if (QFileInfo::exists(dir.filePath(QStringLiteral("tokenizer.model")))) file = dir.filePath(QStringLiteral("tokenizer.model"));
        else return makeError(QCoreApplication::translate("ps::tokenizer", "folder has neither tokenizer.json nor tokenizer.model"), path);
    } else {
        file = info.absoluteFilePath();
        folder = info.absolutePath();
    }
    auto config = TokenizerConfig::load(folder);
    if (!config) return config.error();

    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("ps::tokenizer", "cannot read: %1").arg(f.errorString()), file);
    // A sentencepiece model is a protobuf (binary); tokenizer.json is text starting with '{'.
    const QByteArray head = f.peek(64).trimmed();
    const bool json = file.endsWith(QLatin1String(".json")) || head.startsWith('{');
    if (json) return fromTokenizerJson(f.readAll(), std::move(config.value()), file);
    f.close();
    auto b = makeSentencePieceBackend(file, config.value());
    if (!b) return b.error();
    std::shared_ptr<Tokenizer> t(new Tokenizer);
    t->backend_ = b.value();
    t->config_ = std::move(config.value());
    return std::shared_ptr<const Tokenizer>(std::move(t));
}

namespace {
Error invalidUtf8(size_t at) {
    return makeError(QCoreApplication::translate("ps::tokenizer", "input is not valid UTF-8 (first invalid byte at offset %1)").arg(at));
}
}  // namespace

Result<std::vector<int64_t>> Tokenizer::encode(std::string_view utf8Text, bool addSpecialTokens) const {
    const size_t bad = utf8::findInvalid(utf8Text);
    if (bad != std::string_view::npos) return invalidUtf8(bad);
    EncodedIds e;
    Status s = backend_->encode(utf8Text, addSpecialTokens, false, e);
    if (!s) return s.error();
    return std::vector<int64_t>(e.ids.begin(), e.ids.end());
}

Result<std::vector<int64_t>> Tokenizer::encode(const QString& text, bool addSpecialTokens) const {
    const QByteArray u = text.toUtf8();
    return encode(std::string_view(u.constData(), size_t(u.size())), addSpecialTokens);
}

Result<Encoding> Tokenizer::encodeWithOffsets(std::string_view utf8Text, bool addSpecialTokens) const {
    const size_t bad = utf8::findInvalid(utf8Text);
    if (bad != std::string_view::npos) return invalidUtf8(bad);
    EncodedIds e;
    Status s = backend_->encode(utf8Text, addSpecialTokens, true, e);
    if (!s) return s.error();
    Encoding out;
    out.ids.assign(e.ids.begin(), e.ids.end());
    out.offsets.reserve(e.offsets.size());
    for (const Span& sp : e.offsets) out.offsets.emplace_back(sp.begin, sp.end);
    return out;
}

Result<std::vector<std::vector<int64_t>>> Tokenizer::encodeBatch(const std::vector<std::string>& texts, bool addSpecialTokens, int threads) const {
    std::vector<std::vector<int64_t>> out(texts.size());
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min<int>(threads, static_cast<int>(texts.size())));
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    std::vector<Error> errors(static_cast<size_t>(threads));
    std::vector<char> hasError(size_t(threads), 0);
    auto work = [&](int worker) {
        while (!failed.load(std::memory_order_relaxed)) {
            const size_t i = next.fetch_add(1);
            if (i >= texts.size()) return;
            auto r = encode(texts[i], addSpecialTokens);
            if (!r) {
                errors[size_t(worker)] = r.error().within(QCoreApplication::translate("ps::tokenizer", "text %1").arg(i));
                hasError[size_t(worker)] = 1;
                failed = true;
                return;
            }
            out[i] = std::move(r.value());
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < threads; ++w) pool.emplace_back(work, w);
    work(0);
    for (auto& t : pool) t.join();
    for (int w = 0; w < threads; ++w)
        if (hasError[size_t(w)]) return errors[size_t(w)];
    return out;
}

std::string Tokenizer::decode(const std::vector<int64_t>& ids, bool skipSpecialTokens) const { return backend_->decode(ids, skipSpecialTokens); }

std::optional<int64_t> Tokenizer::tokenToId(std::string_view token) const {
    const int64_t id = backend_->tokenToId(token);
    if (id < 0) return std::nullopt;
    return id;
}

std::optional<std::string> Tokenizer::idToToken(int64_t id) const { return backend_->idToToken(id); }
bool Tokenizer::isSpecial(int64_t id) const { return backend_->isSpecial(id); }
int64_t Tokenizer::vocabSize(bool withAddedTokens) const { return backend_->vocabSize(withAddedTokens); }
QString Tokenizer::description() const { return backend_->description(); }

std::optional<int64_t> Tokenizer::idOf(const QString& token) const {
    if (token.isEmpty()) return std::nullopt;
    return tokenToId(token.toStdString());
}

}  // namespace ps::tokenizer
