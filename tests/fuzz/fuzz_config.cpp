// fuzz_config.cpp — libFuzzer entry point for the "config" driver (fuzz_drivers.h).
#define PS_FUZZ_FORMAT "config"
#include "fuzz/libfuzzer_main.h"
