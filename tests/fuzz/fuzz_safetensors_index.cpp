// fuzz_safetensors_index.cpp — libFuzzer entry point for the "safetensors_index" driver (fuzz_drivers.h).
#define PS_FUZZ_FORMAT "safetensors_index"
#include "fuzz/libfuzzer_main.h"
