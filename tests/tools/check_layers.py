#!/usr/bin/env python3
"""The layers of ParIndex, checked on the sources (see README, "Architecture"):
- SQL (Qt SQL classes) appears only in core/store;
- ui/ and app/ (the GUI, the CLI, the demo) never include core/store, nor do core's public headers;
- every store header has a name used by no other file in the tree;
- core includes no Qt Widgets header.
Prints every violation with its file and line; exit 1 when there is one."""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
sources = []
for top in ("core", "ui", "app", "tests"):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        for f in files:
            if f.endswith((".h", ".cpp")):
                sources.append(os.path.relpath(os.path.join(dirpath, f), root))

problems = []
sql = re.compile(r"\bQSql(Query|Database|Error|Record|Driver)\b|#include\s*<QtSql|#include\s*<QSql")
store_include = re.compile(r'#include\s*"core/store/')
widgets = re.compile(r"#include\s*<(QtWidgets|QWidget|QDialog|QMainWindow|QApplication|QMessageBox|QFileDialog|"
                     r"QLabel|QPushButton|QTreeView|QTableView)\b")

for rel in sources:
    in_store = rel.startswith("core/store/")
    with open(os.path.join(root, rel), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if rel.startswith(("core/", "ui/", "app/")) and not in_store and sql.search(line):
                problems.append(f"{rel}:{n}: SQL outside core/store: {line.strip()}")
            if store_include.search(line):
                if rel.startswith(("ui/", "app/")):
                    problems.append(f"{rel}:{n}: ui/ and app/ go through the services, never core/store")
                elif rel.startswith("core/") and not in_store and rel.endswith(".h"):
                    problems.append(f"{rel}:{n}: a public core header includes core/store")
            if rel.startswith("core/") and widgets.search(line):
                problems.append(f"{rel}:{n}: core uses no Qt Widgets")

names = {}
for rel in sources:
    names.setdefault(os.path.basename(rel).rsplit(".", 1)[0], []).append(rel)
for rel in sources:
    if rel.startswith("core/store/") and rel.endswith(".h"):
        base = os.path.basename(rel).rsplit(".", 1)[0]
        others = [o for o in names[base] if not o.startswith("core/store/")]
        if others:
            problems.append(f"{rel}: the store header's name is also used by {', '.join(others)}")

for p in problems:
    print(p)
print(f"{len(sources)} files checked, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
