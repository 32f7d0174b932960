#!/usr/bin/env python3
"""Packs Profiles/language-profiles.tsv (the n-gram counts build-profiles.py writes, kept as text to review and diff)
into Data/language-profiles.bin, the embedded file LanguageProfileFile.cs reads in one pass at load. Same numbers,
no per-line text to parse: the language tagger's results do not change. Rerunnable, offline; build-profiles.py runs it.

Layout, little-endian:
  magic b"VOCNGRAM", uint16 version (1), byte script count, then per script:
    name (byte length + ASCII), byte language count,
    per language: code (byte length + ASCII), 4 x uint32 total n-grams of orders 1 to 4;
    int32 key count K, int32 entry count E,
    K x uint64 keys, ascending: the n-gram's UTF-16 characters packed 16 bits each, the space that pads a word as ' ';
    K x byte row lengths: how many languages list each key;
    E x byte languages (index in the list above, ascending within a row), then E x uint32 counts, rows in key order.

usage: python3 build-profile-binary.py [TSV] [BIN]
"""
import os, struct, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAGIC, VERSION, ORDERS = b"VOCNGRAM", 1, 4


def read_tsv(path):
    """script -> (languages [(code, totals)], {key: {language index: count}}), scripts and languages in file order."""
    scripts = {}
    current = None
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            fields = line.rstrip("\n").split("\t")
            if not line.strip() or line.startswith("#"):
                continue
            if fields[0] == "@":
                language, script, totals = fields[1], fields[2], [int(t) for t in fields[4:]]
                languages, rows = scripts.setdefault(script, ([], {}))
                if len(totals) != ORDERS or language in (code for code, _ in languages) or len(languages) == 255:
                    sys.exit(f"{path}:{number}: bad header, repeated language or too many languages")
                languages.append((language, totals))
                current = (language, script, len(languages) - 1, rows)
                continue
            language, script, gram, count = fields
            if current is None or (language, script) != current[:2] or not 1 <= len(gram) <= ORDERS:
                sys.exit(f"{path}:{number}: expected 'language script ngram count' after that language's header")
            key = 0
            for ch in gram.replace("_", " "):
                if not 0 < ord(ch) <= 0xFFFF:
                    sys.exit(f"{path}:{number}: {gram!r} is not made of UTF-16 code units other than NUL")
                key = (key << 16) | ord(ch)
            if current[2] in current[3].setdefault(key, {}) or int(count) <= 0:
                sys.exit(f"{path}:{number}: {gram!r} listed twice for {language}, or its count is not positive")
            current[3][key][current[2]] = int(count)
    return scripts


def ascii_field(text):
    data = text.encode("ascii")
    return struct.pack("<B", len(data)) + data


def pack(scripts):
    out = [MAGIC, struct.pack("<HB", VERSION, len(scripts))]
    for script, (languages, rows) in scripts.items():
        out += [ascii_field(script), struct.pack("<B", len(languages))]
        for code, totals in languages:
            out += [ascii_field(code), struct.pack(f"<{ORDERS}I", *totals)]
        keys = sorted(rows)
        entries = [(language, rows[key][language]) for key in keys for language in sorted(rows[key])]
        out += [struct.pack("<ii", len(keys), len(entries)),
                struct.pack(f"<{len(keys)}Q", *keys),
                bytes(len(rows[key]) for key in keys),
                bytes(language for language, _ in entries),
                struct.pack(f"<{len(entries)}I", *(count for _, count in entries))]
    return b"".join(out)


def convert(tsv_path, bin_path):
    data = pack(read_tsv(tsv_path))
    with open(bin_path, "wb") as out:
        out.write(data)
    print(f"{bin_path}: {len(data):,} bytes", file=sys.stderr)


if __name__ == "__main__":
    convert(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "Profiles", "language-profiles.tsv"),
            sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "Data", "language-profiles.bin"))
