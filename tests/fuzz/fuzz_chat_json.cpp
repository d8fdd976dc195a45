// fuzz_chat_json.cpp — libFuzzer entry point for the "chat_json" driver (fuzz_drivers.h).
#define PS_FUZZ_FORMAT "chat_json"
#include "fuzz/libfuzzer_main.h"
