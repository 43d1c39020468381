#!/usr/bin/env python3
"""Fails when a Vietnamese translation is missing, or when the .ts files lag behind the sources.

Usage: check_translations.py LUPDATE SOURCE_DIR
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(ts_path):
    root = ET.parse(ts_path).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            out[(name, source)] = translation
    return out


def main():
    lupdate, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    vi_ts = source_dir / "resources/translations/parindex_vi.ts"
    problems = []

    for (context, source), translation in messages(vi_ts).items():
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "missing", "vanished", "obsolete"):
            problems.append(f"untranslated ({kind}): [{context}] {source!r}")
        elif translation is not None and not (translation.text or list(translation)):
            problems.append(f"empty translation: [{context}] {source!r}")

    with tempfile.TemporaryDirectory() as tmp:
        fresh = pathlib.Path(tmp) / "fresh.ts"
        shutil.copy(vi_ts, fresh)
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-I", str(source_dir),
                        str(source_dir / "core"), str(source_dir / "ui"), str(source_dir / "app"),
                        "-ts", str(fresh)], check=True)
        before, after = set(messages(vi_ts)), set(messages(fresh))
        for context, source in sorted(after - before):
            problems.append(f"not in parindex_vi.ts yet (run 'make translations'): [{context}] {source!r}")
        for context, source in sorted(before - after):
            problems.append(f"no longer in the sources (run 'make translations'): [{context}] {source!r}")

    for p in problems:
        print(p)
    print(f"{len(messages(vi_ts)) - len(problems)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
