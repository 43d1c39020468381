#!/usr/bin/env bash
# Makes a signed package with parindex-cli, then checks it with nothing but standard tools, by
# the very commands README.md gives under "Checking a package by hand". Fails on any mismatch.
set -euo pipefail
cli="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$cli" new-unit --file U.parindex --code SO-TC --name "Sở Tài chính" --group so --year 2025 --set hanoi-2025-so >/dev/null
echo "mật khẩu của đơn vị" > pass
"$cli" keygen --file U.parindex --passphrase-file pass --public-out K.pub >/dev/null
"$cli" score --file U.parindex --item 1.1.1 --option 1 >/dev/null
printf '%%PDF-1.4 kế hoạch' > "Kế hoạch.pdf"
printf 'báo cáo' > bc.pdf
"$cli" attach --file U.parindex --item 1.1.1 --doc "Kế hoạch.pdf" --number 1/KH --date 02/01/2025 >/dev/null
"$cli" attach --file U.parindex --item 1.2.1 --doc bc.pdf >/dev/null
"$cli" export --file U.parindex --out PKG.zip --passphrase-file pass 2>/dev/null >/dev/null

# --- README: Checking a package by hand ----------------------------------------------------
# 1. The key: its fingerprint is the SHA-256 of the raw 32-byte public key.
openssl pkey -pubin -in K.pub -outform DER | tail -c 32 | sha256sum
# 2. The signature covers "parindex/submission/v1", a NUL byte, then manifest.json as stored.
unzip -p PKG.zip manifest.json > manifest.json
unzip -p PKG.zip manifest.sig > manifest.sig
{ printf 'parindex/submission/v1\0'; cat manifest.json; } > signed-message
openssl pkeyutl -verify -pubin -inkey K.pub -rawin -in signed-message -sigfile manifest.sig
# 3. The data and every evidence file have the SHA-256 the manifest gives (a blob's name is its hash).
unzip -p PKG.zip data/assessment.json | sha256sum
grep -A2 '"path": "data/assessment.json"' manifest.json | grep sha256
unzip -q PKG.zip 'blobs/*' -d extracted
(cd extracted/blobs && for f in *; do echo "$f  $f"; done | sha256sum -c)
# -------------------------------------------------------------------------------------------

# The same checks, compared rather than read.
keyid=$(openssl pkey -pubin -in K.pub -outform DER | tail -c 32 | sha256sum | cut -d' ' -f1)
grep -q "\"key_id\": \"sha256:$keyid\"" manifest.json
datahash=$(unzip -p PKG.zip data/assessment.json | sha256sum | cut -d' ' -f1)
grep -A2 '"path": "data/assessment.json"' manifest.json | grep -q "$datahash"
test "$(ls extracted/blobs | wc -l)" -eq 2
# A changed manifest no longer verifies.
sed 's/"sequence": "1"/"sequence": "2"/' manifest.json > forged.json
{ printf 'parindex/submission/v1\0'; cat forged.json; } > forged-message
if openssl pkeyutl -verify -pubin -inkey K.pub -rawin -in forged-message -sigfile manifest.sig >/dev/null 2>&1; then
    echo "a forged manifest verified" >&2
    exit 1
fi
echo "1 passed, 0 failed"
