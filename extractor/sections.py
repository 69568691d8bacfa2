"""Find the six report sections (一 … 六) in a document's narrative text.

Used by metadata (which sections exist) and by the narrative stage (which section a
sentence belongs to). Headings are matched against the title variants in the
vocabulary, tolerating typos ("行政法复议"), and must appear in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from models import normalize_label, vocabulary
from models.vocabulary import similarity

NUMERALS = "一二三四五六"
_HEADING = re.compile(r"(?:^|(?<=[\s。；;！!]))([一二三四五六])\s*[、.．]\s*")


@dataclass(frozen=True)
class Section:
    numeral: str  # 一 … 六
    start: int  # offset of the numeral in the text
    title_end: int  # offset just after the title


def _title_length(numeral: str, text: str) -> int | None:
    """Length of the section title at the start of `text`, or None if none matches."""
    return _title_length_of(numeral, text[: _window(numeral)])


@cache
def _window(numeral: str) -> int:
    """How much of the text after a numeral a title match can read."""
    return max(len(title) for title in vocabulary().sections[numeral]) + 8


@lru_cache(maxsize=8192)  # headings repeat from report to report: fuzzy matching them once is enough
def _title_length_of(numeral: str, text: str) -> int | None:
    best: tuple[float, int] | None = None
    for title in vocabulary().sections[numeral]:
        want = normalize_label(title)
        # Compare against progressively longer prefixes: the title is followed by prose.
        taken = ""
        for i, ch in enumerate(text[: len(title) + 8]):
            taken += ch
            norm = normalize_label(taken)
            if len(norm) < len(want) - 1:
                continue
            score = similarity(norm, want)
            if score >= 0.88 and (best is None or score > best[0]):
                best = (score, i + 1)
            if len(norm) > len(want) + 1:
                break
    return None if best is None else best[1]


def find_sections(text: str) -> list[Section]:
    """Section headings in reading order; a numeral out of order is not a heading."""
    found: list[Section] = []
    for m in _HEADING.finditer(text):
        numeral = m.group(1)
        if found and NUMERALS.index(numeral) <= NUMERALS.index(found[-1].numeral):
            continue
        length = _title_length(numeral, text[m.end() :])
        if length is None:
            continue
        found.append(Section(numeral, m.start(1), m.end() + length))
    return found


def section_at(sections: list[Section], offset: int) -> str | None:
    current = None
    for s in sections:
        if s.start <= offset:
            current = s.numeral
        else:
            break
    return current
