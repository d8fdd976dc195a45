// fuzz_csv.cpp — libFuzzer entry point for the "csv" driver (fuzz_drivers.h).
#define PS_FUZZ_FORMAT "csv"
#include "fuzz/libfuzzer_main.h"
