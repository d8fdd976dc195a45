#!/usr/bin/env bash
# Configures and builds Prefstudio (Release) into ./build. Installs
# dependencies first. Extra arguments are passed to CMake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@"
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
