#!/usr/bin/env bash
# Installs every Debian 12 package Prefstudio needs to build, test and run.
# Idempotent: packages already present are skipped; apt-get update runs first
# only when something is missing. Runs as root or through sudo.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # LibTorch (CPU, with c10d/Gloo) and a fast BLAS: Debian's torch otherwise
  # links the reference BLAS (~6 GFLOP/s); OpenBLAS makes fp32 matmul ~30x faster.
  libtorch-dev libopenblas0-pthread
  # gloo headers for c10d (data-parallel training across processes)
  libgloo-dev
  # Qt 6: Core/Widgets/Sql/Test, Charts, Linguist tools; Charts' CMake config
  # also needs the OpenGL/EGL/xkbcommon/Vulkan development headers.
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev
  libqt6sql6-sqlite libqt6opengl6-dev libgl-dev libegl-dev libxkbcommon-dev libvulkan-dev
  # SQLite (workspace store), sentencepiece (tokenizer.model), PCRE2 (Unicode
  # regex for tokenizer.json), utf8proc (Unicode normalization)
  libsqlite3-dev libsentencepiece-dev sentencepiece libpcre2-dev libutf8proc-dev
  # headless GUI runs and screenshots
  xvfb xauth
  # independent reference computations in tests (Hugging Face math in PyTorch)
  python3 python3-torch python3-numpy
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "deps: installing ${missing[*]}"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "deps: all ${#PACKAGES[@]} packages present"
fi
