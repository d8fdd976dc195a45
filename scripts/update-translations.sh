#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources of every layer. lupdate runs
# without include paths on purpose: following LibTorch's headers costs minutes
# and holds no translatable text.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=/usr/lib/qt6/bin/lupdate
"$LUPDATE" -no-obsolete -locations none -extensions cpp,h core ui app \
  -ts translations/prefstudio_en.ts translations/prefstudio_vi.ts
