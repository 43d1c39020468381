#!/usr/bin/env bash
# Export and import of ~1 GiB of evidence against the plain tools on the same files:
#   export  vs  zip -0 + sha256sum        import+verify  vs  unzip + sha256sum
# with peak memory from /usr/bin/time -v. Prints the figures; asserts nothing.
# Usage: package_bench.sh PARINDEX_CLI SOURCE_DIR [SIZE_MIB]
set -euo pipefail
cli=$(realpath "$1")
src=$(realpath "$2")
size_mib=${3:-${BENCH_MIB:-1024}}
work=$(mktemp -d "${BENCH_DIR:-/tmp}/parindex-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

echo "== generating ~${size_mib} MiB of evidence (incompressible, like PDFs and JPEGs)"
python3 - "$size_mib" <<'PY'
import os, random, sys
total = int(sys.argv[1]) << 20
rng = random.Random(7)
os.makedirs("evidence", exist_ok=True)
sizes = []
big = [int(total * 0.11)] * 3                       # a few large scans
left = total - sum(big)
while left > 0:
    s = min(left, int(rng.uniform(0.2, 20) * (1 << 20)))
    sizes.append(s)
    left -= s
for i, s in enumerate(big + sizes):
    with open(f"evidence/doc-{i:04d}.pdf", "wb") as f:
        while s > 0:
            n = min(s, 4 << 20)
            f.write(os.urandom(n))
            s -= n
print(f"{len(big) + len(sizes)} files")
PY

echo "== preparing a unit with every file attached"
"$cli" new-unit --file U.parindex --code SO-TC --name "Sở Tài chính" --group so --year 2025 --set hanoi-2025-so >/dev/null
echo "bench passphrase" > pass
"$cli" keygen --file U.parindex --passphrase-file pass --public-out K.pub >/dev/null
items=(1.1.1 1.1.2 1.1.3 1.2.1 1.3.1 2.1.1 3.1.1 4.1.1 5.1.1 6.1.1 7.1.1 8.1.1)
i=0
for f in evidence/*; do
    "$cli" attach --file U.parindex --item "${items[$((i % ${#items[@]}))]}" --doc "$f" >/dev/null
    i=$((i + 1))
done
"$cli" new-centre --file C.parindex >/dev/null
"$cli" units add --file C.parindex --code SO-TC --name "Sở Tài chính" --group so >/dev/null
"$cli" units enrol --file C.parindex --code SO-TC --key K.pub >/dev/null
cat evidence/* U.evidence/* > /dev/null   # the same warm cache for every contender

measure() { # label, command...: prints seconds and peak RSS (MiB)
    local label=$1; shift
    /usr/bin/time -v -o time.txt "$@" >/dev/null 2>&1
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' time.txt | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' time.txt)
    printf '%-34s %8.2f s  %8s MiB\n' "$label" "$wall" "$rss" >&2
    echo "$wall $rss"
}

echo "== export"
read -r ref_zip ref_zip_rss < <(measure "reference: zip -0" zip -0 -q -r ref.zip evidence)
read -r ref_sha ref_sha_rss < <(measure "reference: sha256sum" sh -c 'sha256sum evidence/* > /dev/null')
read -r exp exp_rss < <(measure "parindex-cli export" "$cli" export --file U.parindex --out PKG.zip --passphrase-file pass)
echo "== import and verification"
read -r ref_unzip ref_unzip_rss < <(measure "reference: unzip" unzip -q ref.zip -d unzipped)
read -r ref_sha2 ref_sha2_rss < <(measure "reference: sha256sum" sh -c 'sha256sum unzipped/evidence/* > /dev/null')
read -r imp imp_rss < <(measure "parindex-cli import" "$cli" import --file C.parindex PKG.zip)

echo "== hostile archives"
# Variants are built from a small package: the bomb and the 100,000 entries are what count.
"$cli" new-unit --file S.parindex --code SO-TC --name "Sở Tài chính" --group so --year 2025 --set hanoi-2025-so >/dev/null
"$cli" keygen --file S.parindex --passphrase-file pass --public-out S.pub >/dev/null
"$cli" attach --file S.parindex --item 1.1.1 --doc K.pub >/dev/null
"$cli" export --file S.parindex --out small.zip --passphrase-file pass >/dev/null 2>&1
python3 "$src/tests/tools/make_hostile_packages.py" small.zip hostile >/dev/null 2>&1
read -r bomb bomb_rss < <(measure "deflate bomb (1 GiB declared)" "$cli" import --file C.parindex hostile/deflate-bomb.zip || true)
read -r many many_rss < <(measure "100,000 entries" "$cli" import --file C.parindex hostile/100000-entries.zip || true)

python3 - "$ref_zip" "$ref_sha" "$exp" "$exp_rss" "$ref_unzip" "$ref_sha2" "$imp" "$imp_rss" "$bomb" "$many" <<'PY'
import sys
rz, rs, e, erss, ru, rs2, i, irss, bomb, many = map(float, sys.argv[1:])
print()
print(f"export:  {e:.2f} s vs zip -0 + sha256sum {rz + rs:.2f} s  -> ratio {e / (rz + rs):.2f}  (target <= 1.10), peak {erss:.0f} MiB (target <= 150)")
print(f"import:  {i:.2f} s vs unzip + sha256sum {ru + rs2:.2f} s  -> ratio {i / (ru + rs2):.2f}  (target <= 1.10), peak {irss:.0f} MiB (target <= 150)")
print(f"bomb rejected in {bomb:.2f} s, 100,000 entries rejected in {many:.2f} s (target <= 2 s each)")
PY
