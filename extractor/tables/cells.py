"""Reading one printed cell: value, blank, slash, annotated or unreadable.

Blank and slash are kept apart from zero (REPORT_FORMAT.md: "a cell is more than a
number"); an annotation such as "22（其中修订16件）" keeps its number and its note.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..memo import short_text_cache

SLASHES = {"/", "／", "\\", "—", "——", "－", "-", "--", "–", "无", "×", "…"}

_NUMBER = re.compile(r"^(?P<sign>[+\-]?)(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?$")
_ANNOTATED = re.compile(
    r"^(?P<num>[+\-]?\d[\d,]*(?:\.\d+)?)\s*(?:件|个|条|项|万元|元)?\s*(?P<note>[(（].*[)）]|[，,;；].+)$"
)
# A figure with its unit, bare or in brackets ("3批", "47019（元）": a crawled node of its own).
_UNIT = re.compile(r"^(?P<num>[+\-]?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>[(（])?(?:件|个|条|项|万元|元|次|批|家|份|宗|起|户|人|篇|场|期)"
                   r"(?(unit)[)）])$")
# The 2019 表二's 本年增/减 with its sign in words ("增7", "减3": a crawled dump's "增" / "7").
SIGN_WORDS = "增加|减少|增|减"
_SIGNED_IN_WORDS = re.compile(rf"^(?P<word>{SIGN_WORDS})(?P<num>\d[\d,]*(?:\.\d+)?)$")
# A figure as it may appear once spaces are gone: used to tell label cells from value cells.
VALUE_LIKE = re.compile(rf"^(?:{SIGN_WORDS})?[+\-]?\d[\d,]*(?:\.\d+)?(?:件|个|条|项|万元|万|元|次|批|家|份|宗|起|户|人|篇|场|期)?(?:[(（].*[)）])?$")
# "16万" in a column counted in 万元 (采购总金额, 收费金额): 16 (万元); anywhere else ten
# thousand times more than the figure, so it is read only where the column says 万元.
TEN_THOUSAND = re.compile(r"^(?P<num>\d[\d,]*(?:\.\d+)?)万$")


@dataclass(frozen=True)
class CellReading:
    status: str  # value | blank | slash | annotated | unreadable
    value: int | float | None
    decimals: int = 0
    note: str | None = None


# A cell's label or figure: the same ones are read again and again, report after report.
@short_text_cache(longest=256)
def clean(text: str) -> str:
    """NFKC, no white space of any kind (figures are never split by spaces on purpose)."""
    s = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"[\s\u00a0\u3000\u200b\ufeff]+", "", s)


def _number(text: str) -> tuple[int | float, int] | None:
    m = _NUMBER.match(text)
    if not m:
        return None
    digits = m.group("int").replace(",", "")
    frac = m.group("frac")
    sign = -1 if m.group("sign") == "-" else 1
    if frac is None:
        return sign * int(digits), 0
    return sign * float(f"{digits}.{frac}"), len(frac)


@short_text_cache(longest=256)  # a reading is frozen, so one may be shared
def read_cell(text: str) -> CellReading:
    s = clean(text)
    if not s:
        return CellReading("blank", None)
    if s in SLASHES or set(s) <= set("/／\\—－-–"):
        return CellReading("slash", None)
    num = _number(s)
    if num is not None:
        return CellReading("value", num[0], num[1])
    m = _UNIT.match(s)
    if m and (num := _number(m.group("num"))):
        return CellReading("value", num[0], num[1])
    m = _SIGNED_IN_WORDS.match(s)
    if m and (num := _number(m.group("num"))):
        sign = -1 if m.group("word").startswith("减") else 1
        return CellReading("value", sign * num[0], num[1])
    m = _ANNOTATED.match(s)
    if m and (num := _number(m.group("num"))):
        return CellReading("annotated", num[0], num[1], note=m.group("note").strip("（）()，,;；"))
    return CellReading("unreadable", None, note=f"not a figure: {s!r}")


@short_text_cache(longest=256)
def is_value_like(text: str) -> bool:
    """True for cells that hold a figure, a blank, or a slash — not a label."""
    s = clean(text)
    return not s or s in SLASHES or bool(VALUE_LIKE.match(s))
