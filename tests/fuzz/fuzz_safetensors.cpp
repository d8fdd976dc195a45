// fuzz_safetensors.cpp — libFuzzer entry point for the "safetensors" driver (fuzz_drivers.h).
#define PS_FUZZ_FORMAT "safetensors"
#include "fuzz/libfuzzer_main.h"
