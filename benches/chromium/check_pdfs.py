#!/usr/bin/env python3
"""Checks that two PDFs of the same workspace carry the same text, page by page:

    python3 check_pdfs.py WORKSPACE.json OURS.pdf CHROMIUM.pdf

Uses pdftotext (poppler-utils). Line breaks and reading order differ between the two
renderers, so each page is compared as the multiset of its non-space characters, hyphens
left out (Chromium may break a line after "Dorfladen-", and pdftotext then drops that
hyphen); and a sample of words from the workspace is counted in both documents.
"""

import json
import random
import re
import subprocess
import sys
from collections import Counter


def pages(pdf):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
    result = text.split("\f")
    if result and not result[-1].strip():
        result.pop()
    return result


def squeeze(text):
    return re.sub(r"[\s-]+", "", text)


def main(workspace, ours_pdf, chromium_pdf):
    ours, chromium = pages(ours_pdf), pages(chromium_pdf)
    print(f"pages (pdftotext):    ours {len(ours)}, chromium {len(chromium)}")
    differing = [i + 1 for i, (a, b) in enumerate(zip(ours, chromium))
                 if Counter(squeeze(a)) != Counter(squeeze(b))]
    print(f"same characters:      {min(len(ours), len(chromium)) - len(differing)} of "
          f"{min(len(ours), len(chromium))} pages"
          + (f" (differing pages: {differing[:10]}…)" if differing else ""))
    for number in differing[:3]:
        a, b = Counter(squeeze(ours[number - 1])), Counter(squeeze(chromium[number - 1]))
        print(f"  page {number}: only ours {dict(a - b)}, only chromium {dict(b - a)}")
    with open(workspace, encoding="utf-8-sig") as f:
        collabs = json.load(f)["collaborations"]
    words = sorted({w for c in collabs for t in c.get("fields", {}).values()
                    for w in re.findall(r"\w{6,}", t)})
    sample = random.Random(1).sample(words, min(12, len(words)))
    ours_all, chromium_all = squeeze("".join(ours)), squeeze("".join(chromium))
    counts = [(w, ours_all.count(w), chromium_all.count(w)) for w in sample]
    print("word sample (ours/chromium): "
          + ", ".join(f"{w} {a}/{b}" for w, a, b in counts))
    same = len(ours) == len(chromium) and not differing and all(a == b for _, a, b in counts)
    print("text check:           " + ("OK, same text on every page" if same else "DIFFERENT"))
    return 0 if same else 1


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
