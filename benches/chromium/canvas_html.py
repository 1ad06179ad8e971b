#!/usr/bin/env python3
"""Writes a Netzwerk-Canvas workspace as ONE printable HTML file, one A4-landscape page
per collaboration, for the headless-Chromium side of the PDF export comparison
(see compare.sh in this folder).

    python3 canvas_html.py WORKSPACE.json OUT.html [--fonts DIR] [--date DD.MM.YYYY]

Standard library only. It reproduces what `netzwerk-canvas export` prints (German):
the header (title, partners, relationship form, importance, meeting date), the 3x3
grid with label, guiding question and the full text of every field, the investment
table with numbers and bars, and the footer ("Netzwerk-Canvas · exportiert am …",
"Seite n von m"), set in the same DejaVu Sans files the app embeds.

CSS cannot shrink text to fit a box, so the body size per box (9.5 pt down to 7 pt in
half points) and the split of text that does not fit even at 7 pt onto a two-column
page headed "Fortsetzung: TITLE – FIELD" are decided here, with the same greedy line
breaking and the same glyph advance widths (read from the font file) as the app. The
page has no JavaScript; Chromium lays out and breaks the lines itself.
"""

import html
import json
import os
import struct
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FONTS = os.path.normpath(os.path.join(HERE, "..", "..", "assets", "fonts"))

# The default template (crates/nc-model/src/template.rs): id, label, question, column, row, span.
FIELDS = [
    ("motivation", "Motivation",
     "Warum wollen wir diese Zusammenarbeit? Was treibt mich an?", 1, 1, 1),
    ("expectations", "Erwartungen",
     "Was erwarte ich – und was erwartet mein Gegenüber?", 2, 1, 1),
    ("shared_goals", "Gemeinsame Ziele",
     "Welches Ziel verfolgen wir gemeinsam – konkret und terminiert?", 3, 1, 1),
    ("collaboration", "Zusammenarbeit",
     "Was tun wir gemeinsam und wie? Ist die Zusammenarbeit wertschätzend?", 1, 2, 1),
    ("added_value", "Mehrwert",
     "Worin genau besteht der Mehrwert – für mich, für die Partner, gemeinsam?", 2, 2, 1),
    ("success", "Erfolg",
     "Was verstehen wir gemeinsam unter Erfolg? Woran merken wir ihn?", 3, 2, 1),
    ("investment", "Einsatz: Zeit · Geld · Energie",
     "Was sind wir bereit zu investieren – und die Partner?", 1, 3, 1),
    ("next_steps", "Nächste Schritte & Absprachen",
     "Wer tut was bis wann? Wann melde ich mich wieder?", 2, 3, 2),
]

RELATIONSHIPS = {  # label, colour, strong tie
    "begegnung": ("Begegnung", "#2f8fd8", False),
    "kontakt": ("Kontakt", "#7a8699", False),
    "kooperation": ("Kooperation", "#2e9d5b", True),
    "gruppe": ("Gruppe", "#c26a1b", True),
}

# Geometry in points, mirroring crates/nc-export/src/compose on A4 landscape: the page area is
# the sheet minus the app's 28 pt (9.9 mm) margin; the footer sits in the bottom margin.
PT_PER_MM = 72 / 25.4
MARGIN = 28.0
AREA_W, AREA_H = 297 * PT_PER_MM - 2 * MARGIN, 210 * PT_PER_MM - 2 * MARGIN
GAP, PADDING, LINE = 7.0, 6.0, 1.25
BODY_SIZES = [9.5, 9.0, 8.5, 8.0, 7.5, 7.0]
TITLE, INFO, LABEL, QUESTION = 15.0, 8.5, 10.0, 6.8
INVESTMENT_TABLE_H = QUESTION + 3 * 13 + 9 + 4
COL_W = (AREA_W - 2 * GAP) / 3
CONT_HEADING, CONT_BODY, CONT_GAP = 13.0, 9.5, 18.0
CONT_COL_W = (AREA_W - CONT_GAP) / 2

CSS = """
@font-face { font-family: "NC DejaVu Sans"; font-weight: normal;
  src: url("file://{regular}") format("truetype"); }
@font-face { font-family: "NC DejaVu Sans"; font-weight: bold;
  src: url("file://{bold}") format("truetype"); }
@page { size: A4 landscape; margin: {margin}pt;
  @bottom-left { content: "Netzwerk-Canvas · exportiert am {date}"; font: 7pt "NC DejaVu Sans";
    color: #6b6b73; vertical-align: top; padding-top: 3pt; margin-top: 4pt;
    border-top: 0.4pt solid #b8b8bf; }
  @bottom-right { content: "Seite " counter(page) " von " counter(pages);
    font: 7pt "NC DejaVu Sans"; color: #6b6b73; vertical-align: top; text-align: right;
    padding-top: 3pt; margin-top: 4pt; border-top: 0.4pt solid #b8b8bf; }
}
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { font-family: "NC DejaVu Sans"; color: #1a1a1f; }
.page { height: {page_h}pt; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
h1 { font-size: 15pt; font-weight: bold; line-height: 1.25; }
h2 { font-size: 13pt; font-weight: bold; line-height: 1.25; padding-bottom: 5pt;
  border-bottom: 0.6pt solid #b8b8bf; margin-bottom: 8pt; }
.info { font-size: 8.5pt; line-height: 1.25; }
.info.p { margin-top: 2pt; }
.sep { color: #6b6b73; white-space: pre; }
.header { border-bottom: 0.6pt solid #b8b8bf; margin-bottom: 7pt; }
.grid { display: grid; gap: 7pt; grid-template-columns: repeat(3, 1fr); }
.box { border: 0.5pt solid #b8b8bf; background: #fbfbfc; padding: 6pt; }
.label { font-size: 10pt; font-weight: bold; line-height: 1.25; }
.question { font-size: 6.8pt; color: #6b6b73; line-height: 1.25; margin: 1pt 0 4pt; }
.body { white-space: pre-wrap; line-height: 1.25; }
.note { color: #6b6b73; line-height: 1.25; }
.cont { white-space: pre-wrap; font-size: 9.5pt; line-height: 1.25; columns: 2;
  column-gap: 18pt; column-fill: auto; }
.inv { height: """ + f"{INVESTMENT_TABLE_H:.2f}" + """pt; }
.inv table { border-collapse: collapse; font-size: 8.5pt; width: 100%; }
.inv th { font-size: 6.8pt; font-weight: normal; text-align: right; padding: 0 0 1pt 4pt;
  line-height: 1.25; }
.inv th.bal { text-align: left; color: #6b6b73; padding-left: 8pt; }
.inv td { padding: 0 0 0 4pt; height: 13pt; white-space: nowrap; }
.inv td.l { padding: 0; width: 1%; }
.inv td.v { text-align: right; width: 46pt; }
.inv td.b { padding-left: 8pt; width: 60%; }
.track { height: 3.2pt; background: #e8e8ed; margin: 0.6pt 0; }
.track div { height: 100%; }
.mine { color: #2f6fb8; } .partners { color: #d98a1f; }
.track .mine { background: #2f6fb8; } .track .partners { background: #d98a1f; }
.unit { font-size: 6.8pt; color: #6b6b73; line-height: 1.25; }
"""


class Widths:
    """Advance widths (in em) of a face, from the TTF's cmap (format 4) and hmtx."""

    def __init__(self, path):
        with open(path, "rb") as f:
            data = f.read()
        tables = {}
        (count,) = struct.unpack_from(">H", data, 4)
        for i in range(count):
            tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            tables[tag] = offset
        (units,) = struct.unpack_from(">H", data, tables[b"head"] + 18)
        (metrics,) = struct.unpack_from(">H", data, tables[b"hhea"] + 34)
        hmtx = tables[b"hmtx"]
        advances = struct.unpack_from(f">{2 * metrics}H", data, hmtx)[0::2]
        self.em = {chr(code): advances[min(glyph, metrics - 1)] / units
                   for code, glyph in self._cmap4(data, tables[b"cmap"]).items()}
        self.fallback = self.em.get("\ufffd", self.em.get("n", 0.6))
        self.words = {}

    @staticmethod
    def _cmap4(data, cmap):
        (count,) = struct.unpack_from(">H", data, cmap + 2)
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
            sub = cmap + offset
            if platform == 3 and encoding == 1 and struct.unpack_from(">H", data, sub)[0] == 4:
                break
        else:
            return {}
        (seg2,) = struct.unpack_from(">H", data, sub + 6)
        ends = sub + 14
        starts = ends + seg2 + 2
        deltas = starts + seg2
        ranges = deltas + seg2
        result = {}
        for s in range(seg2 // 2):
            (end,) = struct.unpack_from(">H", data, ends + 2 * s)
            (start,) = struct.unpack_from(">H", data, starts + 2 * s)
            (delta,) = struct.unpack_from(">h", data, deltas + 2 * s)
            (range_offset,) = struct.unpack_from(">H", data, ranges + 2 * s)
            for code in range(start, min(end, 0xFFFE) + 1):
                if range_offset == 0:
                    glyph = (code + delta) & 0xFFFF
                else:
                    at = ranges + 2 * s + range_offset + 2 * (code - start)
                    (glyph,) = struct.unpack_from(">H", data, at)
                    if glyph:
                        glyph = (glyph + delta) & 0xFFFF
                if glyph:
                    result[code] = glyph
        return result

    def word(self, word):
        width = self.words.get(word)
        if width is None:
            em, fallback = self.em, self.fallback
            width = self.words[word] = sum(em.get(c, fallback) for c in word)
        return width


SPACE, SPLIT, PARAGRAPH = " ", "", "\n"


def wrap(text, max_em, widths):
    """Greedy line breaking at spaces, as crates/nc-export/src/wrap.rs does: [(line, end)], with
    the width in em of the font size (line width / size)."""
    lines = []
    space = widths.em.get(" ", 0.318)
    for paragraph in text.split("\n"):
        line, width = [], 0.0
        for index, word in enumerate(paragraph.split(" ")):
            word_width = widths.word(word)
            gap = space if index else 0.0
            if width + gap + word_width <= max_em:
                line.append(word)
                width += gap + word_width
                continue
            if index:
                lines.append((" ".join(line), SPACE))
            line, width = [], 0.0
            if word_width <= max_em:
                line, width = [word], word_width
                continue
            chars = ""
            for c in word:  # a word longer than the line is broken
                advance = widths.em.get(c, widths.fallback)
                if width + advance > max_em and chars:
                    lines.append((chars, SPLIT))
                    chars, width = "", 0.0
                chars += c
                width += advance
            line = [chars]
        lines.append((" ".join(line), PARAGRAPH))
    return lines


def join(lines):
    return "".join(text + (end if i + 1 < len(lines) else "")
                   for i, (text, end) in enumerate(lines))


def capacity(height, size):
    # As the app: the last line needs its glyph height only.
    return 0 if height < size else int((height - size) / (size * LINE)) + 1


def fit(text, width, height, widths):
    """(size, shown text, rest or None), as the app's fit_text decides."""
    for size in BODY_SIZES:
        lines = wrap(text, width / size, widths)
        if len(lines) <= capacity(height, size):
            return size, text, None
    shown = max(0, capacity(height, size) - 1)
    return size, join(lines[:shown]), join(lines[shown:])


def continuation(heading, text, widths):
    """The continuation pages' bodies (two columns each) for `text`."""
    top = CONT_HEADING * LINE + 5 + 8
    per_page = 2 * max(1, capacity(AREA_H - 4 - top, CONT_BODY))
    lines = wrap(text, CONT_COL_W / CONT_BODY, widths)
    chunks = [lines[i:i + per_page] for i in range(0, max(1, len(lines)), per_page)]
    return [f'<section class="page"><h2>{esc(heading)}</h2>'
            f'<div class="cont" style="height:{AREA_H - 4 - top:.2f}pt">{esc(join(chunk))}</div>'
            "</section>\n" for chunk in chunks]


def number(value):
    """1500 → "1.500", 4.5 → "4,5" (German, as the app prints)."""
    rounded = round(float(value) * 100) / 100
    whole = int(abs(rounded))
    grouped = f"{whole:,}".replace(",", ".")
    if rounded < 0:
        grouped = "-" + grouped
    fraction = round(abs(rounded - int(rounded)) * 100)
    if fraction == 0:
        return grouped
    if fraction % 10 == 0:
        return f"{grouped},{fraction // 10}"
    return f"{grouped},{fraction:02d}"


def bar(value, other):
    largest = max(value, other)
    return 0.0 if largest <= 0 else min(1.0, max(0.0, value / largest)) * 100


def german_date(iso):
    try:
        year, month, day = (int(x) for x in iso.split("-"))
        return f"{day:02d}.{month:02d}.{year:04d}"
    except (ValueError, AttributeError):
        return ""


def esc(text):
    return html.escape(text, quote=False)


def investment_html(inv):
    rows, notes = [], []
    for key, label, unit in (("time", "Zeit", " h"), ("money", "Geld", " €"),
                             ("energy", "Energie", "/5")):
        part = inv.get(key) or {}
        mine, partners = float(part.get("mine") or 0), float(part.get("partners") or 0)
        rows.append(
            f'<tr><td class="l">{label}</td><td class="v">{number(mine)}{unit}</td>'
            f'<td class="v">{number(partners)}{unit}</td><td class="b">'
            f'<div class="track"><div class="mine" style="width:{bar(mine, partners):.1f}%"></div></div>'
            f'<div class="track"><div class="partners" style="width:{bar(partners, mine):.1f}%"></div></div>'
            "</td></tr>")
        note = part.get("note") or ""
        if note.strip():
            notes.append(f"{label}: {note}")
    total = ((inv.get("time") or {}).get("period")) == "total"
    unit = "Zeit in Stunden gesamt" if total else "Zeit in Stunden pro Monat"
    table = ('<div class="inv"><table><tr><th></th><th class="mine">Ich</th>'
             '<th class="partners">Partner</th><th class="bal">Geben und Nehmen</th></tr>'
             + "".join(rows) + f'</table><div class="unit">{unit}</div></div>')
    return table, "\n".join(notes)


def canvas_html(collab, pages_before, widths, bold):
    """The canvas page and its continuation pages, as HTML sections."""
    title = (collab.get("title") or "").replace("\n", " ").strip() or "Ohne Titel"
    partners = "Partner: " + ", ".join(collab.get("partners") or [])
    label, colour, strong = RELATIONSHIPS.get(collab.get("relationship") or "kooperation",
                                              RELATIONSHIPS["kooperation"])
    importance = min(5, max(1, int(collab.get("importance") or 3)))
    facts = (f'<span style="color:{colour}">{"●" if strong else "○"}</span> {label}'
             f'<span class="sep">   ·   </span>Wichtigkeit {"●" * importance}{"○" * (5 - importance)}')
    if collab.get("meeting_date"):
        facts += f'<span class="sep">   ·   </span>Termin {german_date(collab["meeting_date"])}'
    # The header's height decides the grid's, as in the app.
    title_lines = len(wrap(title, AREA_W / TITLE, bold))
    partner_lines = len(wrap(partners, AREA_W / INFO, widths))
    header_h = title_lines * TITLE * LINE + 2 + partner_lines * INFO * LINE + INFO + 5
    grid_h = AREA_H - header_h - 7 - 4
    row_h = (grid_h - 2 * GAP) / 3
    fields = collab.get("fields") or {}
    boxes, continued = [], []
    for field_id, field_label, question, column, row, span in FIELDS:
        inner = COL_W * span + GAP * (span - 1) - 2 * PADDING
        top = PADDING + len(wrap(field_label, inner / LABEL, bold)) * LABEL * LINE + 1
        top += len(wrap(question, inner / QUESTION, widths)) * QUESTION * LINE + 4
        extra = ""
        if field_id == "investment":
            extra, text = investment_html(collab.get("investment") or {})
            top += INVESTMENT_TABLE_H
        else:
            text = fields.get(field_id) or ""
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
        size, shown, rest = fit(text, inner, row_h - PADDING - top, widths)
        note = ""
        if rest is not None:
            page = pages_before + 2 + sum(len(c) for c in continued)
            note = (f'<div class="note" style="font-size:{size}pt">'
                    f"→ Fortsetzung auf Seite {page}</div>")
            continued.append(continuation(f"Fortsetzung: {title} – {field_label}", rest, widths))
        boxes.append(
            f'<div class="box" style="grid-area:{row}/{column}/span 1/span {span}">'
            f'<div class="label">{esc(field_label)}</div><div class="question">{esc(question)}</div>'
            f'{extra}<div class="body" style="font-size:{size}pt">{esc(shown)}</div>{note}</div>')
    page = (
        f'<section class="page"><div class="header" style="height:{header_h:.2f}pt">'
        f'<h1>{esc(title)}</h1><div class="info p">{esc(partners)}</div>'
        f'<div class="info">{facts}</div></div>'
        f'<div class="grid" style="grid-template-rows:repeat(3,{row_h:.2f}pt)">'
        f'{"".join(boxes)}</div></section>\n')
    return [page] + [p for pages in continued for p in pages]


def load_workspace(source):
    """The workspace in SOURCE, or None (said on stderr) when it is none."""
    with open(source, encoding="utf-8-sig") as f:
        workspace = json.load(f)
    if workspace.get("format") != "netzwerk-canvas":
        sys.stderr.write(f"{source}: not a netzwerk-canvas workspace\n")
        return None
    return workspace


def main(argv):
    args = list(argv[1:])
    fonts = DEFAULT_FONTS
    exported = date.today().strftime("%d.%m.%Y")
    for option in ("--fonts", "--date"):
        if option in args:
            i = args.index(option)
            value = args[i + 1]
            del args[i:i + 2]
            if option == "--fonts":
                fonts = os.path.abspath(value)
            else:
                exported = value
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    source, target = args
    workspace = load_workspace(source)
    if workspace is None:
        return 1
    regular = os.path.join(fonts, "DejaVuSans.ttf")
    bold = os.path.join(fonts, "DejaVuSans-Bold.ttf")
    widths, bold_widths = Widths(regular), Widths(bold)
    pages = []
    for collab in workspace.get("collaborations") or []:
        pages.extend(canvas_html(collab, len(pages), widths, bold_widths))
    css = CSS.replace("{regular}", regular).replace("{bold}", bold).replace("{date}", exported)
    css = css.replace("{margin}", f"{MARGIN:g}").replace("{page_h}", f"{AREA_H - 1:.2f}")
    with open(target, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">'
                f"<title>Kooperations- und Netzwerk-Canvas</title><style>{css}</style>"
                "</head><body>\n")
        f.writelines(pages)
        f.write("</body></html>\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
