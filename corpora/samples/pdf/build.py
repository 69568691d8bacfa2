"""Rebuild the project's sample PDFs from their HTML sources with WeasyPrint.

    python corpora/samples/pdf/build.py        # every src/*.html → <name>.pdf beside this file

Needs the `corpus` extra (weasyprint) and the WenQuanYi Zen Hei font (Debian
fonts-wqy-zenhei). Only the glyphs used are embedded, so each PDF stays small. The
expected figures of each sample are in <name>.gold.json, written by hand from the HTML.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build(names: list[str] | None = None) -> list[Path]:
    import weasyprint

    out = []
    for src in sorted((HERE / "src").glob("*.html")):
        if names and src.stem not in names:
            continue
        target = HERE / f"{src.stem}.pdf"
        weasyprint.HTML(filename=str(src)).write_pdf(str(target))
        out.append(target)
    return out


if __name__ == "__main__":
    for path in build(sys.argv[1:] or None):
        print(f"{path.relative_to(HERE)}: {path.stat().st_size // 1024} KB")
