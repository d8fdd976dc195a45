/* spm_bridge.h — the plain C ABI of libprefstudio_spm, the only code that links
 * libsentencepiece.
 *
 * Debian's libsentencepiece carries its own protobuf 3.14 symbols; LibTorch brings
 * protobuf 3.21. A binary linking both crashes during static initialisation. So
 * sentencepiece lives in this small shared library, which prefstudio loads at run
 * time with dlopen(RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND) (see ../sentencepiece.h):
 * its protobuf references then bind inside the library, and nothing of it is
 * linked into prefstudio or the tests.
 *
 * Conventions: functions returning int give 0 on success; on failure *error (when
 * error is not NULL) receives a malloc'ed message to release with
 * ps_spm_free_buffer(). Buffers returned through pointers are released the same way.
 */
#ifndef PS_SPM_BRIDGE_H
#define PS_SPM_BRIDGE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PS_SPM_BRIDGE_ABI 1

typedef struct ps_spm_model ps_spm_model;

enum ps_spm_special { PS_SPM_UNK = 0, PS_SPM_BOS = 1, PS_SPM_EOS = 2, PS_SPM_PAD = 3 };
enum ps_spm_kind { PS_SPM_NORMAL = 0, PS_SPM_UNKNOWN = 1, PS_SPM_CONTROL = 2, PS_SPM_UNUSED = 3, PS_SPM_BYTE = 4 };

int ps_spm_abi_version(void);
void ps_spm_free_buffer(void* buffer);

/* Loads a .model file; NULL on failure. */
ps_spm_model* ps_spm_load(const char* path, char** error);
void ps_spm_free(ps_spm_model* model);

int ps_spm_vocab_size(const ps_spm_model* model);
/* The id of a piece (the unknown id when absent, like SentencePieceProcessor::PieceToId). */
int ps_spm_piece_to_id(const ps_spm_model* model, const char* piece, size_t length);
/* The piece of an id, valid while the model lives; NULL when out of range. */
const char* ps_spm_id_to_piece(const ps_spm_model* model, int id, size_t* length);
/* unk/bos/eos/pad id, -1 when the model disables it. */
int ps_spm_special_id(const ps_spm_model* model, int which);
/* One of ps_spm_kind; -1 when out of range. */
int ps_spm_id_kind(const ps_spm_model* model, int id);

/* Encodes UTF-8 text: *ids, *begins, *ends (byte offsets into text) hold *count entries. */
int ps_spm_encode(const ps_spm_model* model, const char* text, size_t length, int** ids, unsigned** begins, unsigned** ends,
                  size_t* count, char** error);
/* Decodes ids to UTF-8 text (*text holds *length bytes plus a terminating NUL). */
int ps_spm_decode(const ps_spm_model* model, const int* ids, size_t count, char** text, size_t* length, char** error);

/* Trains a model from a text file (one sentence per line): writes <model_prefix>.model and .vocab.
 * model_type: "bpe" or "unigram" (also "char", "word"); user_defined_symbols: comma-separated or NULL;
 * extra_flags: further sentencepiece trainer flags ("--character_coverage=1.0 ...") or NULL. */
int ps_spm_train(const char* input_path, const char* model_prefix, int vocab_size, const char* model_type,
                 const char* user_defined_symbols, const char* extra_flags, char** error);

#ifdef __cplusplus
}
#endif

#endif
