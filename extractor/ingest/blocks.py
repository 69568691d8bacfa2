"""Text blocks shared by the backends: is a line a section heading or a paragraph?"""

from __future__ import annotations

import re

from models import Block, Provenance

from ..sections import find_sections


def text_block(text: str, source: Provenance, heading: bool = False) -> Block:
    """A heading when marked so by the source or when the text is just a section title."""
    secs = find_sections(text)
    if secs and secs[0].start == 0 and len(text) <= secs[0].title_end + 2:
        heading = True
    return Block(kind="heading" if heading else "paragraph", text=text, source=source)


_SUBHEADING = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]")
# A heading's numbering: 一、 （一） (一) 1. 1、 (not 2.5, a decimal).
HEADING_NUMBER = r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))"
# A line that holds only a heading's numbering ("（三）", "一、", "2."), and a heading's words: no figure, no clause's
# punctuation.
_NUMBERING_ALONE = re.compile(rf"\s*{HEADING_NUMBER}\s*")
_TITLE_WORDS = re.compile(r"\s*[^，,。；;：:！!？?\d“”\"]{2,28}\s*")


def heading_words_apart(numbering: str, line: str) -> bool:
    """Whether `line` holds a heading's words that a page put on the line after its numbering's ("（三）" / "政府信息公开行政
    复议、行政诉讼情况"): the heading ends with them, not run on into the sentence after it."""
    return _NUMBERING_ALONE.fullmatch(numbering) is not None and _TITLE_WORDS.fullmatch(line) is not None


def starts_heading(line: str) -> bool:
    """Whether a visual line opens a section or subsection ("一、总体情况", "（二）…"):
    it starts a new paragraph however the line before it ended (a full-width title
    line would otherwise run on into it)."""
    if _SUBHEADING.match(line):
        return True
    secs = find_sections(line[:40])
    return bool(secs) and secs[0].start == 0
