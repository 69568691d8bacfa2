"""Text blocks shared by the backends: is a line a section heading or a paragraph?"""

from __future__ import annotations

from models import Block, Provenance

from ..sections import find_sections


def text_block(text: str, source: Provenance, heading: bool = False) -> Block:
    """A heading when marked so by the source or when the text is just a section title."""
    secs = find_sections(text)
    if secs and secs[0].start == 0 and len(text) <= secs[0].title_end + 2:
        heading = True
    return Block(kind="heading" if heading else "paragraph", text=text, source=source)
