// spm_bridge.cpp — libprefstudio_spm: sentencepiece behind a C ABI (see spm_bridge.h).
// Every entry point catches exceptions; nothing C++ crosses the boundary.
#include "spm_bridge.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#define PS_SPM_EXPORT extern "C" __attribute__((visibility("default")))

struct ps_spm_model {
    sentencepiece::SentencePieceProcessor processor;
};

namespace {
char* copyString(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (!p) return nullptr;
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
}

int fail(char** error, const std::string& message) {
    if (error) *error = copyString(message);
    return 1;
}

template <typename T>
T* copyVector(const std::vector<T>& v) {
    T* p = static_cast<T*>(std::malloc(sizeof(T) * (v.empty() ? 1 : v.size())));
    if (p && !v.empty()) std::memcpy(p, v.data(), sizeof(T) * v.size());
    return p;
}
}  // namespace

PS_SPM_EXPORT int ps_spm_abi_version(void) { return PS_SPM_BRIDGE_ABI; }

PS_SPM_EXPORT void ps_spm_free_buffer(void* buffer) { std::free(buffer); }

PS_SPM_EXPORT ps_spm_model* ps_spm_load(const char* path, char** error) {
    try {
        auto m = std::make_unique<ps_spm_model>();
        const auto status = m->processor.Load(path);
        if (!status.ok()) {
            fail(error, status.ToString());
            return nullptr;
        }
        return m.release();
    } catch (const std::exception& e) {
        fail(error, e.what());
    } catch (...) {
        fail(error, "unknown exception in sentencepiece");
    }
    return nullptr;
}

PS_SPM_EXPORT void ps_spm_free(ps_spm_model* model) { delete model; }

PS_SPM_EXPORT int ps_spm_vocab_size(const ps_spm_model* model) { return model ? model->processor.GetPieceSize() : 0; }

PS_SPM_EXPORT int ps_spm_piece_to_id(const ps_spm_model* model, const char* piece, size_t length) {
    if (!model) return -1;
    try {
        return model->processor.PieceToId(std::string(piece, length));
    } catch (...) {
        return -1;
    }
}

PS_SPM_EXPORT const char* ps_spm_id_to_piece(const ps_spm_model* model, int id, size_t* length) {
    if (!model || id < 0 || id >= model->processor.GetPieceSize()) return nullptr;
    const std::string& s = model->processor.IdToPiece(id);
    if (length) *length = s.size();
    return s.c_str();
}

PS_SPM_EXPORT int ps_spm_special_id(const ps_spm_model* model, int which) {
    if (!model) return -1;
    switch (which) {
        case PS_SPM_UNK: return model->processor.unk_id();
        case PS_SPM_BOS: return model->processor.bos_id();
        case PS_SPM_EOS: return model->processor.eos_id();
        case PS_SPM_PAD: return model->processor.pad_id();
        default: return -1;
    }
}

PS_SPM_EXPORT int ps_spm_id_kind(const ps_spm_model* model, int id) {
    if (!model || id < 0 || id >= model->processor.GetPieceSize()) return -1;
    const auto& p = model->processor;
    if (p.IsUnknown(id)) return PS_SPM_UNKNOWN;
    if (p.IsControl(id)) return PS_SPM_CONTROL;
    if (p.IsUnused(id)) return PS_SPM_UNUSED;
    if (p.IsByte(id)) return PS_SPM_BYTE;
    return PS_SPM_NORMAL;
}

PS_SPM_EXPORT int ps_spm_encode(const ps_spm_model* model, const char* text, size_t length, int** ids, unsigned** begins,
                                unsigned** ends, size_t* count, char** error) {
    if (!model) return fail(error, "no model");
    try {
        const auto spt = model->processor.EncodeAsImmutableProto(std::string(text, length));
        std::vector<int> i;
        std::vector<unsigned> b, e;
        for (const auto& piece : spt.pieces()) {
            i.push_back(static_cast<int>(piece.id()));
            b.push_back(piece.begin());
            e.push_back(piece.end());
        }
        *ids = copyVector(i);
        if (begins) *begins = copyVector(b);
        if (ends) *ends = copyVector(e);
        *count = i.size();
        return 0;
    } catch (const std::exception& ex) {
        return fail(error, ex.what());
    } catch (...) {
        return fail(error, "unknown exception in sentencepiece");
    }
}

PS_SPM_EXPORT int ps_spm_decode(const ps_spm_model* model, const int* ids, size_t count, char** text, size_t* length, char** error) {
    if (!model) return fail(error, "no model");
    try {
        std::vector<int> v(ids, ids + count);
        std::string out;
        const auto status = model->processor.Decode(v, &out);
        if (!status.ok()) return fail(error, status.ToString());
        *text = copyString(out);
        *length = out.size();
        return 0;
    } catch (const std::exception& ex) {
        return fail(error, ex.what());
    } catch (...) {
        return fail(error, "unknown exception in sentencepiece");
    }
}

PS_SPM_EXPORT int ps_spm_train(const char* input_path, const char* model_prefix, int vocab_size, const char* model_type,
                               const char* user_defined_symbols, const char* extra_flags, char** error) {
    try {
        std::string args = std::string("--input=") + input_path + " --model_prefix=" + model_prefix +
                           " --vocab_size=" + std::to_string(vocab_size) + " --model_type=" + (model_type ? model_type : "bpe");
        if (user_defined_symbols && *user_defined_symbols) args += std::string(" --user_defined_symbols=") + user_defined_symbols;
        if (extra_flags && *extra_flags) args += std::string(" ") + extra_flags;
        const auto status = sentencepiece::SentencePieceTrainer::Train(args);
        if (!status.ok()) return fail(error, status.ToString());
        return 0;
    } catch (const std::exception& ex) {
        return fail(error, ex.what());
    } catch (...) {
        return fail(error, "unknown exception in sentencepiece trainer");
    }
}
