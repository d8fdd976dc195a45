#!/bin/sh
# check_forward.sh PREFSTUDIO [--skip-350m] — runs check_forward.py with the
# first Python that can import torch ($PYTHON, python3, /usr/bin/python3: a
# pyenv or venv python3 first on PATH often lacks Debian's python3-torch).
# Exit 77 (CTest: skipped) when none can.
here=$(dirname "$0")
for py in "$PYTHON" python3 /usr/bin/python3; do
    [ -n "$py" ] || continue
    if "$py" -c 'import torch' >/dev/null 2>&1; then
        exec "$py" "$here/check_forward.py" "$@"
    fi
done
echo "SKIP: no python3 with torch (install python3-torch)"
exit 77
