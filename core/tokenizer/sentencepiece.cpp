#include "tokenizer/sentencepiece.h"

#include "spm_bridge/spm_bridge.h"
#include "tokenizer/backend.h"
#include "tokenizer/tokenizer_config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <dlfcn.h>
#include <mutex>
#include <type_traits>
#include <unistd.h>

#ifndef PS_SPM_BRIDGE_BUILD_PATH
#define PS_SPM_BRIDGE_BUILD_PATH ""
#endif

namespace ps::tokenizer {

namespace {

struct Bridge {
    QString path;
    decltype(&ps_spm_abi_version) abiVersion = nullptr;
    decltype(&ps_spm_free_buffer) freeBuffer = nullptr;
    decltype(&ps_spm_load) load = nullptr;
    decltype(&ps_spm_free) free = nullptr;
    decltype(&ps_spm_vocab_size) vocabSize = nullptr;
    decltype(&ps_spm_piece_to_id) pieceToId = nullptr;
    decltype(&ps_spm_id_to_piece) idToPiece = nullptr;
    decltype(&ps_spm_special_id) specialId = nullptr;
    decltype(&ps_spm_id_kind) idKind = nullptr;
    decltype(&ps_spm_encode) encode = nullptr;
    decltype(&ps_spm_decode) decode = nullptr;
    decltype(&ps_spm_train) train = nullptr;

    QString takeError(char* e) const {
        const QString s = e ? QString::fromUtf8(e) : QStringLiteral("?");
        if (e) freeBuffer(e);
        return s;
    }
};

QString executableDir() {
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return QString();
    buf[n] = '\0';
    return QFileInfo(QString::fromLocal8Bit(buf)).absolutePath();
}

QStringList candidates() {
    QStringList c;
    const QString env = qEnvironmentVariable("PREFSTUDIO_SPM_BRIDGE");
    if (!env.isEmpty()) return {env};
    const QString name = QStringLiteral("libprefstudio_spm.so");
    const QString exe = executableDir();
    if (!exe.isEmpty()) {
        c << QDir(exe).filePath(name) << QDir(exe).filePath(QStringLiteral("../lib/") + name);
    }
    const QString build = QString::fromUtf8(PS_SPM_BRIDGE_BUILD_PATH);
    if (!build.isEmpty()) c << build;
    return c;
}

Result<const Bridge*> bridge() {
    static std::once_flag once;
    static Bridge b;
    static QString error;
    std::call_once(once, [] {
        QStringList tried;
        void* handle = nullptr;
        for (const QString& p : candidates()) {
            if (!QFileInfo::exists(p)) {
                tried << p + QStringLiteral(" (missing)");
                continue;
            }
            // DEEPBIND: the library's own symbols (sentencepiece's protobuf) win over the
            // process's (LibTorch's protobuf). Never dlclose'd: protobuf registers statics.
            handle = ::dlopen(QFile::encodeName(p).constData(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
            if (handle) {
                b.path = QFileInfo(p).absoluteFilePath();
                break;
            }
            tried << p + QStringLiteral(" (") + QString::fromLocal8Bit(::dlerror()) + QLatin1Char(')');
        }
        if (!handle) {
            error = QCoreApplication::translate("ps::tokenizer", "sentencepiece bridge library not found or not loadable; tried: %1")
                        .arg(tried.join(QStringLiteral("; ")));
            return;
        }
        bool ok = true;
        auto sym = [&](auto& fn, const char* name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(::dlsym(handle, name));
            ok = ok && fn != nullptr;
        };
        sym(b.abiVersion, "ps_spm_abi_version");
        sym(b.freeBuffer, "ps_spm_free_buffer");
        sym(b.load, "ps_spm_load");
        sym(b.free, "ps_spm_free");
        sym(b.vocabSize, "ps_spm_vocab_size");
        sym(b.pieceToId, "ps_spm_piece_to_id");
        sym(b.idToPiece, "ps_spm_id_to_piece");
        sym(b.specialId, "ps_spm_special_id");
        sym(b.idKind, "ps_spm_id_kind");
        sym(b.encode, "ps_spm_encode");
        sym(b.decode, "ps_spm_decode");
        sym(b.train, "ps_spm_train");
        if (!ok || b.abiVersion() != PS_SPM_BRIDGE_ABI)
            error = QCoreApplication::translate("ps::tokenizer", "sentencepiece bridge %1 has the wrong interface (ABI %2, expected %3)")
                        .arg(b.path)
                        .arg(b.abiVersion ? b.abiVersion() : -1)
                        .arg(PS_SPM_BRIDGE_ABI);
    });
    if (!error.isEmpty()) return makeError(error);
    return &b;
}

class SentencePieceBackend final : public TokenizerBackend {
public:
    SentencePieceBackend(const Bridge* b, ps_spm_model* m, const TokenizerConfig& config) : b_(b), m_(m) {
        bos_ = b->specialId(m, PS_SPM_BOS);
        eos_ = b->specialId(m, PS_SPM_EOS);
        // LlamaTokenizer's defaults: add_bos_token true, add_eos_token false.
        addBos_ = config.addBosToken.value_or(true) && bos_ >= 0;
        addEos_ = config.addEosToken.value_or(false) && eos_ >= 0;
    }
    ~SentencePieceBackend() override { b_->free(m_); }

    Status encode(std::string_view text, bool addSpecialTokens, bool withOffsets, EncodedIds& out) const override {
        int* ids = nullptr;
        unsigned *begins = nullptr, *ends = nullptr;
        size_t n = 0;
        char* err = nullptr;
        if (b_->encode(m_, text.data(), text.size(), &ids, &begins, &ends, &n, &err) != 0)
            return makeError(QCoreApplication::translate("ps::tokenizer", "sentencepiece encode failed: %1").arg(b_->takeError(err)));
        out = EncodedIds{};
        out.tracked = withOffsets;
        const bool bos = addSpecialTokens && addBos_, eos = addSpecialTokens && addEos_;
        if (bos) {
            out.ids.push_back(bos_);
            out.special.push_back(1);
            if (withOffsets) out.offsets.push_back(Span{0, 0});
        }
        for (size_t i = 0; i < n; ++i) {
            out.ids.push_back(ids[i]);
            out.special.push_back(0);
            if (withOffsets) out.offsets.push_back(Span{begins[i], ends[i]});
        }
        if (eos) {
            out.ids.push_back(eos_);
            out.special.push_back(1);
            if (withOffsets) out.offsets.push_back(Span{0, 0});
        }
        b_->freeBuffer(ids);
        b_->freeBuffer(begins);
        b_->freeBuffer(ends);
        return Status::success();
    }

    std::string decode(const std::vector<int64_t>& ids, bool skipSpecialTokens) const override {
        std::vector<int> v;
        const int size = b_->vocabSize(m_);
        for (int64_t id : ids) {
            if (id < 0 || id >= size) continue;
            if (skipSpecialTokens && isSpecial(id)) continue;
            v.push_back(int(id));
        }
        char* text = nullptr;
        size_t len = 0;
        char* err = nullptr;
        if (b_->decode(m_, v.data(), v.size(), &text, &len, &err) != 0) {
            b_->takeError(err);
            return std::string();
        }
        std::string s(text, len);
        b_->freeBuffer(text);
        return s;
    }

    int64_t tokenToId(std::string_view token) const override {
        const int id = b_->pieceToId(m_, token.data(), token.size());
        // PieceToId answers the unknown id for absent pieces; report absence instead.
        if (id >= 0 && id == b_->specialId(m_, PS_SPM_UNK)) {
            size_t len = 0;
            const char* p = b_->idToPiece(m_, id, &len);
            if (!p || std::string_view(p, len) != token) return -1;
        }
        return id;
    }
    std::optional<std::string> idToToken(int64_t id) const override {
        size_t len = 0;
        const char* p = id >= 0 && id <= INT32_MAX ? b_->idToPiece(m_, int(id), &len) : nullptr;
        if (!p) return std::nullopt;
        return std::string(p, len);
    }
    bool isSpecial(int64_t id) const override {
        if (id < 0 || id > INT32_MAX) return false;
        const int k = b_->idKind(m_, int(id));
        return k == PS_SPM_CONTROL || k == PS_SPM_UNKNOWN;
    }
    int64_t vocabSize(bool) const override { return b_->vocabSize(m_); }
    QString description() const override { return QStringLiteral("sentencepiece (tokenizer.model)"); }

private:
    const Bridge* b_;
    ps_spm_model* m_;
    int bos_ = -1, eos_ = -1;
    bool addBos_ = false, addEos_ = false;
};

}  // namespace

Result<QString> sentencePieceBridge() {
    auto b = bridge();
    if (!b) return b.error();
    return b.value()->path;
}

Result<std::shared_ptr<const TokenizerBackend>> makeSentencePieceBackend(const QString& modelPath, const TokenizerConfig& config) {
    auto b = bridge();
    if (!b) return b.error();
    char* err = nullptr;
    ps_spm_model* m = b.value()->load(QFile::encodeName(modelPath).constData(), &err);
    if (!m) return makeError(QCoreApplication::translate("ps::tokenizer", "cannot load sentencepiece model: %1").arg(b.value()->takeError(err)), modelPath);
    return std::shared_ptr<const TokenizerBackend>(std::make_shared<SentencePieceBackend>(b.value(), m, config));
}

Status trainSentencePiece(const SentencePieceTrainOptions& o) {
    auto b = bridge();
    if (!b) return b.error();
    if (o.vocabSize <= 0) return makeError(QCoreApplication::translate("ps::tokenizer", "vocabulary size must be positive"));
    char* err = nullptr;
    const QByteArray input = QFile::encodeName(o.inputFile), prefix = QFile::encodeName(o.modelPrefix);
    const QByteArray type = o.modelType.toUtf8(), symbols = o.userDefinedSymbols.join(QLatin1Char(',')).toUtf8();
    const QByteArray flags = o.extraFlags.join(QLatin1Char(' ')).toUtf8();
    if (b.value()->train(input.constData(), prefix.constData(), o.vocabSize, type.constData(), symbols.constData(), flags.constData(), &err) != 0)
        return makeError(QCoreApplication::translate("ps::tokenizer", "sentencepiece training failed: %1").arg(b.value()->takeError(err)), o.inputFile);
    return Status::success();
}

}  // namespace ps::tokenizer
