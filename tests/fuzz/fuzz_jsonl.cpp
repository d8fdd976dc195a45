// fuzz_jsonl.cpp — libFuzzer entry point for the "jsonl" driver (fuzz_drivers.h).
#define PS_FUZZ_FORMAT "jsonl"
#include "fuzz/libfuzzer_main.h"
