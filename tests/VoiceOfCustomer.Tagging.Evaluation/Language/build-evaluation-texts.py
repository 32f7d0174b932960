#!/usr/bin/env python3
"""Builds evaluation-texts.tsv: feedback-length texts (20 to 200 characters) in many languages, taken from the
Firefox ESR language packs that Debian ships (firefox-esr-l10n-*, Mozilla Public License 2.0). This source is
disjoint from the gettext catalogues the profiles are built from, and from the UDHR that franc's come from.
Rerunnable: downloads the packages with apt-get into a scratch folder (nothing is installed); sampling is seeded.

usage: python3 build-evaluation-texts.py [--scratch DIR]
"""
import argparse, glob, os, random, re, subprocess, tempfile, zipfile

# Debian package suffix -> ISO 639-1 code of the language it holds.
PACKS = {"af": "af", "ar": "ar", "az": "az", "be": "be", "bg": "bg", "bn": "bn", "bs": "bs", "ca": "ca",
         "cs": "cs", "cy": "cy", "da": "da", "de": "de", "el": "el", "en-gb": "en", "eo": "eo", "es-es": "es",
         "et": "et", "eu": "eu", "fa": "fa", "fi": "fi", "fr": "fr", "ga-ie": "ga", "gl": "gl", "gu-in": "gu",
         "he": "he", "hi-in": "hi", "hr": "hr", "hu": "hu", "hy-am": "hy", "id": "id", "is": "is", "it": "it",
         "ja": "ja", "ka": "ka", "kk": "kk", "km": "km", "kn": "kn", "ko": "ko", "lt": "lt", "lv": "lv",
         "mk": "mk", "mr": "mr", "ms": "ms", "my": "my", "nb-no": "nb", "ne-np": "ne", "nl": "nl", "nn-no": "nn",
         "pa-in": "pa", "pl": "pl", "pt-br": "pt", "ro": "ro", "ru": "ru", "si": "si", "sk": "sk", "sl": "sl",
         "sq": "sq", "sr": "sr", "sv-se": "sv", "ta": "ta", "te": "te", "th": "th", "tr": "tr", "uk": "uk",
         "ur": "ur", "vi": "vi", "zh-cn": "zh"}
BANDS = [(20, 50), (50, 100), (100, 201)]  # [low, high) in characters
PER_BAND = 40
SEED = 20240601

MARKUP = re.compile(r"\{[^{}]*\}|<[^>]*>|&[a-zA-Z#0-9]+;|%(\d+\$)?[sdS@]|\$[A-Za-z_]+\$?|\\n|\\u[0-9a-fA-F]{4}")


def clean(value):
    value = MARKUP.sub(" ", MARKUP.sub(" ", value))
    return " ".join(value.replace("\t", " ").split())


def ftl_values(text):
    """Simple message and attribute values of a Fluent file; messages with selectors are skipped."""
    current = None
    for line in text.splitlines() + [""]:
        if line.startswith((" ", "\t")) and current is not None and not line.strip().startswith((".", "[", "*", "}")):
            current.append(line.strip())
            continue
        if current:
            joined = " ".join(current)
            if "->" not in joined:
                yield joined
        current = None
        match = re.match(r"^(?:-?[A-Za-z][\w-]*|\s+\.[\w-]+)\s*=\s*(.*)$", line)
        if match:
            current = [match.group(1).strip()]


def properties_values(text):
    for line in text.splitlines():
        if line and not line.startswith(("#", "!")) and "=" in line:
            yield line.split("=", 1)[1].strip()


def pack_texts(xpi):
    texts = set()
    with zipfile.ZipFile(xpi) as archive:
        for name in archive.namelist():
            if name.endswith(".ftl"):
                values = ftl_values(archive.read(name).decode("utf-8", "replace"))
            elif name.endswith(".properties"):
                values = properties_values(archive.read(name).decode("utf-8", "replace"))
            else:
                continue
            texts.update(t for t in map(clean, values) if t)
    return texts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scratch", default=None)
    args = parser.parse_args()
    scratch = args.scratch or tempfile.mkdtemp(prefix="language-evaluation-")
    debs, root = os.path.join(scratch, "debs"), os.path.join(scratch, "root")
    os.makedirs(debs, exist_ok=True)
    os.makedirs(root, exist_ok=True)
    packages = ["firefox-esr-l10n-" + suffix for suffix in PACKS]
    subprocess.run(["apt-get", "download", *packages], cwd=debs, check=True, stdout=subprocess.DEVNULL)
    versions = sorted(os.path.basename(d)[:-4] for d in glob.glob(os.path.join(debs, "*.deb")))
    texts = {}
    for suffix, language in PACKS.items():
        deb = glob.glob(os.path.join(debs, f"firefox-esr-l10n-{suffix}_*.deb"))[0]
        target = os.path.join(root, suffix)
        subprocess.run(["dpkg-deb", "-x", deb, target], check=True)
        texts[language] = pack_texts(glob.glob(os.path.join(target, "usr/lib/firefox-esr/browser/extensions/*.xpi"))[0])
    english = texts["en"]
    rows = []
    for language in sorted(texts):
        # Strings a pack leaves in English (names, untranslated lines) are not that language.
        own = sorted(t for t in texts[language] if language == "en" or t not in english)
        sampler = random.Random(f"{SEED}-{language}")
        for low, high in BANDS:
            band = [t for t in own if low <= len(t) < high]
            rows += [(language, t) for t in sampler.sample(band, min(PER_BAND, len(band)))]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "evaluation-texts.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as stream:
        stream.write("# Evaluation texts for the language tagger: strings of the Firefox ESR language packs (Mozilla\n")
        stream.write("# Public License 2.0, https://mozilla.org/MPL/2.0/), sampled by build-evaluation-texts.py from:\n")
        stream.write("# " + " ".join(versions) + "\n")
        stream.write("# Lines: language (ISO 639-1) TAB text; 40 texts per language in each band of 20-50, 50-100, 100-200 characters.\n")
        for language, text in rows:
            stream.write(f"{language}\t{text}\n")
    print(f"{len(rows)} texts in {len(texts)} languages -> {out}")


if __name__ == "__main__":
    main()
