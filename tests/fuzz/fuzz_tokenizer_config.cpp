// fuzz_tokenizer_config.cpp — libFuzzer entry point for the "tokenizer_config" driver (fuzz_drivers.h).
#define PS_FUZZ_FORMAT "tokenizer_config"
#include "fuzz/libfuzzer_main.h"
