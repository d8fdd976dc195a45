#!/usr/bin/env python3
"""Fills unfinished entries of translations/prefstudio_vi.ts from JSON-lines
files of {"context": ..., "source": ..., "vi": ...} (default: translations/pending/*.jsonl).

Run scripts/update-translations.sh first so that new strings exist in the .ts
file; then this script; then check with
  /usr/lib/qt6/bin/lrelease translations/prefstudio_vi.ts -qm /tmp/vi.qm
Prints the strings that are still unfinished. A (context, source) pair missing
from the context given falls back to the same source text in any context."""
import glob
import json
import sys
import xml.etree.ElementTree as ET

TS = "translations/prefstudio_vi.ts"


def main():
    files = sys.argv[1:] or sorted(glob.glob("translations/pending/*.jsonl"))
    exact, by_source = {}, {}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                e = json.loads(line)
                exact[(e["context"], e["source"])] = e["vi"]
                by_source.setdefault(e["source"], e["vi"])
    tree = ET.parse(TS)
    filled, missing = 0, []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            src = msg.findtext("source")
            vi = exact.get((name, src), by_source.get(src))
            if vi is None:
                missing.append((name, src))
                continue
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                nf = ET.SubElement(tr, "numerusform")
                nf.text = vi
            else:
                tr.text = vi
            del tr.attrib["type"]
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    with open(TS, "r+", encoding="utf-8") as fh:  # keep Qt's DOCTYPE line
        text = fh.read()
        if "<!DOCTYPE TS>" not in text:
            text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
            fh.seek(0)
            fh.write(text)
            fh.truncate()
    print(f"filled {filled}; still unfinished {len(missing)}")
    for name, src in missing:
        print(f"  [{name}] {src!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
