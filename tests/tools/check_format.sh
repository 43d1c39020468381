#!/usr/bin/env bash
# Fails, listing the files, when a C++ source under core/, ui/, app/ or tests/ is not formatted
# as .clang-format says. Fix with: clang-format -i <files>
set -euo pipefail
cd "$1"
command -v clang-format >/dev/null || { echo "clang-format is not installed (packaging/setup.sh installs it)"; exit 1; }
mapfile -t files < <(find core ui app tests -name '*.cpp' -o -name '*.h' | sort)
bad=()
for f in "${files[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
    printf 'not formatted: %s\n' "${bad[@]}"
    echo "${#bad[@]} of ${#files[@]} files need: clang-format -i <file>"
    exit 1
fi
echo "${#files[@]} files formatted"
