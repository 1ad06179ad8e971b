#!/usr/bin/env python3
"""Writes a Netzwerk-Canvas workspace as ONE Typst document, one A4-landscape page per
collaboration plus its continuation pages, for the Typst side of the PDF export
comparison (see compare.sh in this folder).

    python3 canvas_typ.py WORKSPACE.json OUT.typ [--date DD.MM.YYYY]

Standard library only. The same page as benches/chromium/canvas_html.py draws (whose
layout decisions it reuses: the body size per box, 9.5 pt down to 7 pt, and the text
that continues on two-column pages headed "Fortsetzung: TITLE – FIELD"): the header,
the 3x3 grid with label, guiding question and text of every field, the investment
table with bars, and the footer ("Netzwerk-Canvas · exportiert am …", "Seite n von m"),
set in DejaVu Sans. Typst breaks the lines itself, hyphenating German as the app does.
Compile with the bundled fonts only:
typst compile --font-path assets/fonts --ignore-system-fonts OUT.typ OUT.pdf
"""

import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "chromium"))
import canvas_html as layout  # noqa: E402  (the shared layout decisions)

GREY, RULE, INK = 'rgb("#6b6b73")', 'rgb("#b8b8bf")', 'rgb("#1a1a1f")'
MINE, PARTNERS = 'rgb("#2f6fb8")', 'rgb("#d98a1f")'


def s(text):
    """A Typst string literal: shown as it is, line breaks included."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\r", "").replace("\n", "\\n").replace("\t", "    ") + '"'


def preamble(exported):
    return f"""#set document(title: "Kooperations- und Netzwerk-Canvas")
#set text(font: "DejaVu Sans", lang: "de", hyphenate: true, fill: {INK},
  top-edge: 1em, bottom-edge: 0em)
#set par(leading: {layout.LINE - 1}em, spacing: {layout.LINE - 1}em)
#set page(paper: "a4", flipped: true, margin: {layout.MARGIN}pt,
  footer: context {{
    line(length: 100%, stroke: 0.4pt + {RULE})
    v(-6pt)
    set text(size: 7pt, fill: {GREY})
    [Netzwerk-Canvas · exportiert am {exported}]
    h(1fr)
    [Seite #counter(page).display() von #counter(page).final().first()]
  }})
#let box-cell(label, question, extra, body, size, note) = block(
  width: 100%, height: 100%, inset: {layout.PADDING}pt, fill: rgb("#fbfbfc"),
  stroke: 0.5pt + {RULE})[
  #text(size: {layout.LABEL}pt, weight: "bold", label)
  #v(1pt)
  #text(size: {layout.QUESTION}pt, fill: {GREY}, question)
  #v(4pt)
  #extra
  #text(size: size, body)

  #if note != none {{ text(size: size, fill: {GREY}, note) }}
]
"""


def investment(inv):
    rows = []
    notes = []
    for key, label, unit in (("time", "Zeit", " h"), ("money", "Geld", " €"),
                             ("energy", "Energie", "/5")):
        part = inv.get(key) or {}
        mine, partners = float(part.get("mine") or 0), float(part.get("partners") or 0)
        bars = (f"stack(spacing: 1.2pt, "
                f"box(width: {layout.bar(mine, partners):.1f}%, height: 3.2pt, fill: {MINE}), "
                f"box(width: {layout.bar(partners, mine):.1f}%, height: 3.2pt, fill: {PARTNERS}))")
        rows.append(f"[{label}], align(right)[{layout.number(mine)}{unit}], "
                    f"align(right)[{layout.number(partners)}{unit}], {bars}")
        note = part.get("note") or ""
        if note.strip():
            notes.append(f"{label}: {note}")
    total = ((inv.get("time") or {}).get("period")) == "total"
    unit = "Zeit in Stunden gesamt" if total else "Zeit in Stunden pro Monat"
    table = (f"block(height: {layout.INVESTMENT_TABLE_H:.2f}pt)[#set text(size: {layout.INFO}pt)\n"
             f"#grid(columns: (auto, 46pt, 46pt, 1fr), column-gutter: 6pt, row-gutter: 4pt, "
             f"[], text(size: {layout.QUESTION}pt, fill: {MINE})[Ich], "
             f"text(size: {layout.QUESTION}pt, fill: {PARTNERS})[Partner], "
             f"text(size: {layout.QUESTION}pt, fill: {GREY})[Geben und Nehmen], "
             + ", ".join(rows) + f")\n#text(size: {layout.QUESTION}pt, fill: {GREY}, {s(unit)})]")
    return table, "\n".join(notes)


def continuation(heading, text, widths):
    """The continuation pages, as canvas_html.continuation cuts them."""
    top = layout.CONT_HEADING * layout.LINE + 5 + 8
    per_page = 2 * max(1, layout.capacity(layout.AREA_H - 4 - top, layout.CONT_BODY))
    lines = layout.wrap(text, layout.CONT_COL_W / layout.CONT_BODY, widths)
    chunks = [lines[i:i + per_page] for i in range(0, max(1, len(lines)), per_page)]
    return [f"#pagebreak()\n#text(size: {layout.CONT_HEADING}pt, weight: \"bold\", {s(heading)})\n"
            f"#v(-2pt)\n#line(length: 100%, stroke: 0.6pt + {RULE})\n"
            f"#columns(2, gutter: {layout.CONT_GAP}pt, text(size: {layout.CONT_BODY}pt, "
            f"{s(layout.join(chunk))}))\n" for chunk in chunks]


def canvas(collab, pages_before, widths, bold):
    """The canvas page and its continuation pages, as Typst markup."""
    title = (collab.get("title") or "").replace("\n", " ").strip() or "Ohne Titel"
    partners = "Partner: " + ", ".join(collab.get("partners") or [])
    label, colour, strong = layout.RELATIONSHIPS.get(
        collab.get("relationship") or "kooperation", layout.RELATIONSHIPS["kooperation"])
    importance = min(5, max(1, int(collab.get("importance") or 3)))
    facts = (f'text(fill: rgb("{colour}"), {s("●" if strong else "○")}) + [ ] + '
             f'{s(label)} + text(fill: {GREY}, "   ·   ") + '
             f'{s("Wichtigkeit " + "●" * importance + "○" * (5 - importance))}')
    if collab.get("meeting_date"):
        facts += (f' + text(fill: {GREY}, "   ·   ") + '
                  f'{s("Termin " + layout.german_date(collab["meeting_date"]))}')
    title_lines = len(layout.wrap(title, layout.AREA_W / layout.TITLE, bold))
    partner_lines = len(layout.wrap(partners, layout.AREA_W / layout.INFO, widths))
    header_h = (title_lines * layout.TITLE * layout.LINE + 2
                + partner_lines * layout.INFO * layout.LINE + layout.INFO + 5)
    grid_h = layout.AREA_H - header_h - 7 - 4
    row_h = (grid_h - 2 * layout.GAP) / 3
    fields = collab.get("fields") or {}
    cells, continued = [], []
    for field_id, field_label, question, column, row, span in layout.FIELDS:
        inner = layout.COL_W * span + layout.GAP * (span - 1) - 2 * layout.PADDING
        top = (layout.PADDING
               + len(layout.wrap(field_label, inner / layout.LABEL, bold)) * layout.LABEL * layout.LINE + 1
               + len(layout.wrap(question, inner / layout.QUESTION, widths)) * layout.QUESTION * layout.LINE + 4)
        extra = "[]"
        if field_id == "investment":
            extra, text = investment(collab.get("investment") or {})
            top += layout.INVESTMENT_TABLE_H
        else:
            text = fields.get(field_id) or ""
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
        size, shown, rest = layout.fit(text, inner, row_h - layout.PADDING - top, widths)
        note = "none"
        if rest is not None:
            page = pages_before + 2 + sum(len(c) for c in continued)
            note = s(f"→ Fortsetzung auf Seite {page}")
            continued.append(continuation(f"Fortsetzung: {title} – {field_label}", rest, widths))
        cells.append(
            f"grid.cell(x: {column - 1}, y: {row - 1}, colspan: {span}, "
            f"box-cell({s(field_label)}, {s(question)}, {extra}, {s(shown)}, {size}pt, {note}))")
    page = (
        ("#pagebreak()\n" if pages_before else "")
        + f"#block(height: {header_h:.2f}pt, width: 100%, stroke: (bottom: 0.6pt + {RULE}))[\n"
        f"#text(size: {layout.TITLE}pt, weight: \"bold\", {s(title)})\n"
        f"#v(2pt)\n#text(size: {layout.INFO}pt, {s(partners)})\n\n"
        f"#text(size: {layout.INFO}pt, {facts})]\n#v(7pt)\n"
        f"#grid(columns: (1fr, 1fr, 1fr), rows: ({row_h:.2f}pt,) * 3, "
        f"gutter: {layout.GAP}pt,\n  " + ",\n  ".join(cells) + ")\n")
    return [page] + [p for pages in continued for p in pages]


def main(argv):
    args = list(argv[1:])
    exported = date.today().strftime("%d.%m.%Y")
    if "--date" in args:
        i = args.index("--date")
        exported = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    source, target = args
    workspace = layout.load_workspace(source)
    if workspace is None:
        return 1
    widths = layout.Widths(os.path.join(layout.DEFAULT_FONTS, "DejaVuSans.ttf"))
    bold = layout.Widths(os.path.join(layout.DEFAULT_FONTS, "DejaVuSans-Bold.ttf"))
    pages = []
    for collab in workspace.get("collaborations") or []:
        pages.extend(canvas(collab, len(pages), widths, bold))
    with open(target, "w", encoding="utf-8") as f:
        f.write(preamble(exported))
        f.writelines(pages)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
