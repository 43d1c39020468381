#!/usr/bin/env python3
"""Writes hostile variants of a valid submission package, one file per case, and cases.tsv with
the rule each must be rejected for (a word the rejection names).

Usage: make_hostile_packages.py VALID.zip OUTDIR

Python's zipfile and struct write names, flags and attributes verbatim, which is what an
attacker controls. Every case starts from the valid package so that it fails for one reason.
"""
import io
import os
import random
import struct
import sys
import zipfile
import zlib


def entries(valid):
    with zipfile.ZipFile(valid) as z:
        return [(i, z.read(i.filename)) for i in z.infolist()]


def build(items, **kw):
    """items: list of (name, data, options) with options for compress/flags/attr."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", **kw) as z:
        for name, data, opt in items:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = opt.get("compress", zipfile.ZIP_STORED)
            if "attr" in opt:
                info.external_attr = opt["attr"]
                info.create_system = 3
            z.writestr(info, data)
    return buf.getvalue()


def main():
    valid, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    base = entries(valid)
    items = [(i.filename, d, {"compress": i.compress_type}) for i, d in base]
    blob_name = next(n for n, _, _ in items if n.startswith("blobs/"))
    cases = []

    def case(name, data, rule):
        with open(os.path.join(out, name + ".zip"), "wb") as f:
            f.write(data)
        cases.append((name, rule))

    def with_extra(name, data=b"x", **opt):
        return build(items + [(name, data, opt)])

    # Names
    case("extra-entry", with_extra("notes.txt"), "name not allowed")
    case("dotdot", with_extra("../x"), "name not allowed")
    case("dotdot-backslash", with_extra("..\\x"), "name not allowed")
    case("absolute", with_extra("/etc/x"), "name not allowed")
    case("drive", with_extra("C:/x"), "name not allowed")
    case("unc", with_extra("\\\\server\\share\\x"), "name not allowed")
    case("unknown-blob", with_extra("blobs/" + "0" * 64), "extra entry")
    case("missing-data", build([i for i in items if i[0] != "data/assessment.json"]), "missing entry")
    case("missing-blob", build([i for i in items if i[0] != blob_name]), "missing entry")
    case("manifest-not-first", build(items[1:] + items[:1]), "manifest not first")
    # Links, directories, duplicates
    case("symlink-then-file", build(items + [("blobs/" + "1" * 64, b"/etc", {"attr": (0o120777 << 16)}),
                                             ("blobs/" + "1" * 64 + "/passwd", b"x", {})]), "not allowed")
    case("directory", with_extra("blobs/", b"", attr=(0o040755 << 16) | 0x10), "not allowed")
    dup = build(items + [(blob_name, b"other", {})])
    case("duplicate", dup, "duplicate")
    case("duplicate-case", with_extra(blob_name.upper().replace("BLOBS/", "blobs/")), "not allowed")
    case("duplicate-case-manifest", with_extra("Manifest.json"), "not allowed")
    # Flags, methods, comments, framing
    raw = bytearray(open(valid, "rb").read())
    enc = bytearray(raw)
    cd = enc.rfind(b"PK\x01\x02")
    enc[cd + 8] |= 1
    case("encrypted", bytes(enc), "encrypted")
    meth = bytearray(raw)
    cd = meth.find(b"PK\x01\x02")
    struct.pack_into("<H", meth, cd + 10, 12)
    case("method-bzip2", bytes(meth), "method")
    commented = build(items)
    commented = commented[:-2] + struct.pack("<H", 7) + b"comment"
    case("comment", commented, "comment")
    case("prepended", b"MZ" + b"\0" * 62 + raw, "zip structure")
    case("appended", bytes(raw) + b"trailing", "zip structure")
    # Content: a flipped byte in a blob with the CRC recomputed; edits without re-signing.
    flipped = [(n, (d[:-1] + bytes([d[-1] ^ 1])) if n == blob_name else d, o) for n, d, o in items]
    case("flipped-blob-byte", build(flipped), "hash")
    edited = [(n, d.replace(b'"round"', b'"rounD"') if n == "manifest.json" else d, o) for n, d, o in items]
    case("edited-manifest", build(edited), "signature")
    edited_data = [(n, d + b" " if n == "data/assessment.json" else d, o) for n, d, o in items]
    case("edited-data", build(edited_data), "size or hash")
    # Size lies: a directory entry claiming more than the data.
    lie = bytearray(build(items))
    pos = lie.rfind(b"PK\x01\x02")
    name_len = struct.unpack_from("<H", lie, pos + 28)[0]
    struct.pack_into("<I", lie, pos + 24, struct.unpack_from("<I", lie, pos + 24)[0] + 1)
    case("size-lie", bytes(lie), "size")
    # Overlap: the second directory entry points at the first local header.
    over = bytearray(build(items))
    first = over.find(b"PK\x01\x02")
    second = over.find(b"PK\x01\x02", first + 4)
    struct.pack_into("<I", over, second + 42, 0)
    case("overlap", bytes(over), "zip structure")
    # A real overlap: a second entry whose local header hides inside a stored blob's data.
    case("overlap-nested", nested_overlap(items, blob_name), "overlap")
    # Local name differing from the directory's.
    local = bytearray(build(items))
    off = local.find(b"data/assessment.json")
    local[off:off + 4] = b"DATA"
    case("local-name-differs", bytes(local), "zip structure")
    # Non-UTF-8 name.
    bad = bytearray(build(items + [("blobs/" + "2" * 64, b"x", {})]))
    pos = bad.rfind(("blobs/" + "2" * 64).encode())
    bad[pos] = 0xFF
    pos2 = bad.find(("blobs/" + "2" * 64).encode())
    if pos2 >= 0:
        bad[pos2] = 0xFF
    case("non-utf8-name", bytes(bad), "zip structure")
    # Bombs and giants.
    bomb = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * (1 << 20)
    body = b"".join(bomb.compress(chunk) for _ in range(1024)) + bomb.flush()
    bomb_zip = io.BytesIO()
    with zipfile.ZipFile(bomb_zip, "w") as z:
        for n, d, o in items:
            if n == "data/assessment.json":
                continue
            info = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = o["compress"]
            z.writestr(info, d)
    # Splice a raw deflate entry declaring 1 GiB by hand.
    data = bomb_zip.getvalue()
    case("deflate-bomb", splice_raw_entry(data, "data/assessment.json", body, 1 << 30, zlib.crc32(b"\0" * 0)), "bomb")
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as z:
        for n, d, o in items:
            z.writestr(zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0)), d)
        for k in range(100000):
            z.writestr(zipfile.ZipInfo("blobs/%064x" % k, date_time=(1980, 1, 1, 0, 0, 0)), b"")
    case("100000-entries", many.getvalue(), "entries")
    giant = bytearray(build(items))
    pos = giant.rfind(b"PK\x01\x02")
    struct.pack_into("<I", giant, pos + 20, 0xFFFFFFFF - 1)
    struct.pack_into("<I", giant, pos + 24, 0xFFFFFFFF - 1)
    case("declared-4gib-entry", bytes(giant), "zip structure")
    case("declared-10gib-zip64", giant_zip64(items, blob_name, 10 << 30), "zip structure")
    # Truncations and noise.
    for cut in (10, 100, len(raw) // 3, len(raw) // 2, len(raw) - 30, len(raw) - 1):
        case("truncated-%d" % cut, bytes(raw[:cut]), "zip structure")
    rng = random.Random(1)
    case("random-bytes", bytes(rng.getrandbits(8) for _ in range(4096)), "zip structure")
    case("empty", b"", "zip structure")

    with open(os.path.join(out, "cases.tsv"), "w") as f:
        for name, rule in cases:
            f.write(f"{name}.zip\t{rule}\n")
    print(f"{len(cases)} hostile packages in {out}")


def splice_raw_entry(archive, name, raw_deflate, declared, crc):
    """Appends an entry whose compressed bytes are given, with any declared size and CRC."""
    z = zipfile.ZipFile(io.BytesIO(archive))
    out = io.BytesIO()
    central = []
    for info in z.infolist():
        data = z.read(info.filename)
        comp = zlib.compressobj(6, zlib.DEFLATED, -15)
        body = comp.compress(data) + comp.flush() if info.compress_type == zipfile.ZIP_DEFLATED else data
        central.append(write_local(out, info.filename, info.compress_type, body, len(data), zlib.crc32(data)))
    central.append(write_local(out, name, zipfile.ZIP_DEFLATED, raw_deflate, declared, crc))
    cd_start = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_size, cd_start, 0))
    return out.getvalue()


def giant_zip64(items, blob_name, declared):
    """The blob's directory entry declares `declared` bytes through a zip64 extra field."""
    out = io.BytesIO()
    central = []
    for name, data, opt in items:
        method = opt["compress"]
        comp = zlib.compressobj(6, zlib.DEFLATED, -15)
        body = comp.compress(data) + comp.flush() if method == zipfile.ZIP_DEFLATED else data
        entry = write_local(out, name, method, body, len(data), zlib.crc32(data))
        if name == blob_name:
            n = name.encode()
            offset = struct.unpack_from("<I", entry, 42)[0]
            extra = struct.pack("<HHQQ", 1, 16, declared, declared)
            entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0x800, 0, 0, 0x21, zlib.crc32(data),
                                0xFFFFFFFF, 0xFFFFFFFF, len(n), len(extra), 0, 0, 0, 0, offset) + n + extra
        central.append(entry)
    cd_start = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - cd_start, cd_start, 0))
    return out.getvalue()


def nested_overlap(items, blob_name):
    out = io.BytesIO()
    central = []
    hidden_name = "blobs/" + "3" * 64
    for name, data, opt in items:
        method = opt["compress"]
        if name == blob_name:
            inner = io.BytesIO()
            write_local(inner, hidden_name, 0, b"hidden", 6, zlib.crc32(b"hidden"))
            data = data + inner.getvalue()
            start = out.tell() + 30 + len(name.encode())
        comp = zlib.compressobj(6, zlib.DEFLATED, -15)
        body = comp.compress(data) + comp.flush() if method == zipfile.ZIP_DEFLATED else data
        central.append(write_local(out, name, method, body, len(data), zlib.crc32(data)))
        if name == blob_name:
            hidden_at = start + len(data) - (30 + len(hidden_name) + 6)
    n = hidden_name.encode()
    central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 0, 0, 0x21, zlib.crc32(b"hidden"), 6, 6,
                               len(n), 0, 0, 0, 0, 0, hidden_at) + n)
    cd_start = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - cd_start, cd_start, 0))
    return out.getvalue()


def write_local(out, name, method, body, size, crc):
    offset = out.tell()
    n = name.encode()
    out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, method, 0, 0x21, crc & 0xFFFFFFFF, len(body), size, len(n), 0))
    out.write(n)
    out.write(body)
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, method, 0, 0x21, crc & 0xFFFFFFFF, len(body), size,
                       len(n), 0, 0, 0, 0, 0, offset) + n


if __name__ == "__main__":
    main()
