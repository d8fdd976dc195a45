// fuzz_tokenizer_json.cpp — libFuzzer entry point for the "tokenizer_json" driver (fuzz_drivers.h).
#define PS_FUZZ_FORMAT "tokenizer_json"
#include "fuzz/libfuzzer_main.h"
