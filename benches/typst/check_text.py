#!/usr/bin/env python3
"""Checks that two PDFs of the same workspace carry the same words:

    python3 check_text.py WORKSPACE.json OURS.pdf PEER.pdf [PEER_NAME]

Uses pdftotext (poppler-utils). Typst and the app break lines and pages differently
(both hyphenate German, at different places; Chromium does not hyphenate), so the
comparison is of the whole text:
page footers, hyphens, soft hyphens and white space removed, each word of six letters or more of the
workspace's fields must occur as often in one document as in the other.
"""

import json
import re
import subprocess
import sys


def text(pdf):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout


def squeeze(text):
    """The text without the footer of each page (the two number their pages
    differently), hyphens, soft hyphens and white space."""
    text = re.sub(r"Netzwerk-Canvas · exportiert am \d\d\.\d\d\.\d{4}", "", text)
    text = re.sub(r"Seite \d+ von \d+", "", text)
    return re.sub(r"[\s\-\u00ad]+", "", text)


def main(workspace, ours_pdf, typst_pdf, peer="typst"):
    with open(workspace, encoding="utf-8-sig") as f:
        collabs = json.load(f)["collaborations"]
    words = sorted({w for c in collabs for t in (c.get("fields") or {}).values()
                    for w in re.findall(r"\w{6,}", t)})
    ours, typst = squeeze(text(ours_pdf)), squeeze(text(typst_pdf))
    differing = [(w, ours.count(w), typst.count(w)) for w in words]
    differing = [d for d in differing if d[1] != d[2]]
    print(f"words compared:       {len(words)} different words of 6+ letters")
    if differing:
        print(f"differing counts (word ours/{peer}): "
              + ", ".join(f"{w} {a}/{b}" for w, a, b in differing[:12]))
        print("text check:           DIFFERENT")
        return 1
    print("text check:           OK, every word as often in both")
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
