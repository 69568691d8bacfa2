"""Numerals, units and approximation words (data: data/lexicon.toml).

Arabic numerals ("1,136", "12.3", full-width "８，５６０"), Chinese numerals ("一百一十六",
"两", "一百〇五") through cn2an, multipliers ("1.2万" → 12000, "30余万"; "万元" stays a
unit), approximation words before the numeral (近 超 约 突破 …; 上 only before a round
magnitude: 上百次, 近万份), between numeral and unit (余 多 几: 十几次) and after the unit
(左右 以上).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import cn2an

DATA = Path(__file__).parent / "data"

# Full-width digits keep a full-width comma as thousands separator ("８，５６０"): between
# ASCII digits "，" is a list separator, between full-width digits it groups thousands.
ARABIC = re.compile(r"[０-９]{1,3}(?:，[０-９]{3})+(?:[.．][０-９]+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.．]\d+)?")


# A Chinese numeral with decimals ("二十六点二", "百分之十二点五", "一点五万元"): its whole part, 点, one digit word each after.
CN_DECIMAL = re.compile(r"[零〇一二两三四五六七八九十百千]+点[零〇一二三四五六七八九]+")
_DIGIT_WORDS = {ch: str(i) for i, ch in enumerate("零一二三四五六七八九")} | {"〇": "0"}


@dataclass(frozen=True)
class Lexicon:
    cn_chars: frozenset[str]
    multipliers: dict[str, int]
    units: frozenset[str]
    change_units: frozenset[str]
    compound_units: tuple[str, ...]
    percent: str
    prefixes: frozenset[str]
    approx_before: frozenset[str]
    approx_between: frozenset[str]
    approx_after: frozenset[str]
    block_before: frozenset[str]
    block_after: tuple[str, ...]
    block_phrases: re.Pattern
    place_name: re.Pattern | None = None
    vague: tuple[str, ...] = ()
    block_after_exact: frozenset[str] = frozenset()
    block_after_counted: tuple[str, ...] = ()
    block_after_bare: tuple[str, ...] = ()
    uncut: tuple[str, ...] = ()
    # approximation words that make a count only before a round magnitude (上百次)
    magnitude_only: frozenset[str] = frozenset()
    magnitudes: str = ""
    approx_share: re.Pattern | None = None
    approx_copula: re.Pattern | None = None
    approx_glued: re.Pattern | None = None
    case_units: frozenset[str] = frozenset()
    cases_closing: frozenset[str] = frozenset()
    digits_only: frozenset[str] = frozenset()
    share_tenths: re.Pattern | None = None
    share_halves: re.Pattern | None = None
    duration_years: re.Pattern | None = None
    # A unit token read as another ("20日内": jieba's word 日内 is the unit 日 — 日 alone is a date's day)
    unit_read_as: dict[str, str] = field(default_factory=dict)
    # The units of a count jieba glues to the character before it ("案六起"), and the characters that keep it glued
    glued_units: frozenset[str] = frozenset()
    glued_keep: frozenset[str] = frozenset()
    # The token patterns of a change's words, which the count patterns name ("@changes.verb")
    changes: dict[str, str] = field(default_factory=dict)


def _phrases(phrases: list[str], numerals: str) -> list[str]:
    """Set phrases as patterns, longest first; those that open with a numeral do not open inside a larger one ("一部分" is
    "some", but "由…附表十一部分组成" counts eleven parts, r127) — one lookbehind for all of them (one each made the
    alternation six times slower)."""
    opening = [re.escape(p) for p in phrases if p[0] in numerals or p[0].isdigit()]
    rest = [re.escape(p) for p in phrases if not (p[0] in numerals or p[0].isdigit())]
    return ([f"(?<![\\d{re.escape(numerals)}])(?:{'|'.join(opening)})"] if opening else []) + rest


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = tomllib.loads((DATA / "lexicon.toml").read_text(encoding="utf-8"))
    phrases = sorted(raw["blockers"]["phrases"], key=len, reverse=True)
    return Lexicon(
        cn_chars=frozenset(raw["cn_numeral_chars"]),
        multipliers=dict(raw["multipliers"]),
        units=frozenset(raw["units"]["count"]),
        change_units=frozenset(raw["units"]["count"] + raw["units"]["change_only"] + [raw["units"]["percent"]]),
        compound_units=tuple(sorted(raw["units"]["compound"], key=len, reverse=True)),
        percent=raw["units"]["percent"],
        prefixes=frozenset(raw["prefixes"]["words"]),
        approx_before=frozenset(raw["approx"]["before"]),
        approx_between=frozenset(raw["approx"]["between"]),
        approx_after=frozenset(raw["approx"]["after"]),
        block_before=frozenset(raw["blockers"]["before"]),
        block_after=tuple(raw["blockers"]["after"]),
        block_phrases=re.compile("|".join(_phrases(phrases, raw["cn_numeral_chars"]) + raw["blockers"].get("patterns", []))),
        place_name=re.compile(raw["blockers"]["place_name"]),
        vague=tuple(raw["blockers"].get("vague", ())),
        block_after_exact=frozenset(raw["blockers"].get("after_exact", ())),
        block_after_counted=tuple(raw["blockers"].get("after_counted", ())),
        block_after_bare=tuple(raw["blockers"].get("after_bare", ())),
        uncut=tuple(raw["units"].get("uncut", ())),
        magnitude_only=frozenset(raw["approx"].get("before_magnitude_only", ())),
        magnitudes=raw["approx"].get("magnitudes", ""),
        approx_share=re.compile(raw["approx"]["share_before"]),
        approx_copula=re.compile(raw["approx"]["copula_before"]),
        approx_glued=re.compile(raw["approx"]["glued_before"]),
        case_units=frozenset(raw["units"].get("cases", ())),
        cases_closing=frozenset(raw["units"].get("cases_closing", ())),
        digits_only=frozenset(raw["units"].get("digits_only", ())),
        share_tenths=re.compile(raw["shares"]["tenths"]),
        share_halves=re.compile(raw["shares"]["halves"]),
        duration_years=re.compile(raw["durations"]["years"]),
        unit_read_as=dict(raw["units"].get("read_as", {})),
        glued_units=frozenset(raw["units"].get("glued", ())),
        glued_keep=frozenset(raw["blockers"].get("glued_keep", "")),
        changes=dict(raw.get("changes", {})),
    )


MAX_DIGITS = 30


@lru_cache(maxsize=4096)
def numeral_value(text: str) -> int | float | None:
    """The value of one numeral token, or None when it is not a numeral."""
    if ARABIC.fullmatch(text):
        plain = unicodedata.normalize("NFKC", text).replace(",", "")
        if len(plain) > MAX_DIGITS:  # no count is that long (and float() would make it infinite)
            return None
        v = float(plain)
        return int(v) if "." not in plain else v
    if CN_DECIMAL.fullmatch(text):
        head, _, digits = text.partition("点")
        whole = numeral_value(head)
        return float(f"{whole}." + "".join(_DIGIT_WORDS[ch] for ch in digits)) if isinstance(whole, int) else None
    lex = lexicon()
    if not text or any(ch not in lex.cn_chars for ch in text) or text in lex.multipliers:
        return None
    text = text.replace("〇", "零")  # 一百〇五 = 一百零五
    # Strict mode (digit strings such as 一一 are not numerals); it refuses the
    # colloquial 两百 / 两千, which mean 二百 / 二千.
    # A bare 百 / 千 (百分之百) is one hundred / thousand.
    for form in (text, text.replace("两", "二").replace("俩", "二"), "一" + text):  # (俩: two, "安排俩位同志", r128)
        try:
            v = cn2an.cn2an(form, "strict")
        except (ValueError, KeyError, IndexError, TypeError):
            continue
        return int(v) if float(v).is_integer() else v
    return None


def split_word(word: str) -> list[str]:
    """Split a jieba word that glues a count together ("三件", "多人次", "万条",
    "近三百") into numeral / multiplier / approximation / unit pieces; other words
    come back whole."""
    return list(_split_word(word))


@lru_cache(maxsize=65536)  # a report's words repeat from sentence to sentence and report to report
def _split_word(word: str) -> tuple[str, ...]:
    return tuple(_split_word_uncached(word))


def _split_word_uncached(word: str) -> list[str]:
    lex = lexicon()
    if len(word) < 2:
        return [word]
    if (len(word) > 2 and word[-1] in lex.glued_units and word[0] not in lex.glued_keep
            and word[0] not in lex.cn_chars and word[0] not in lex.vague):
        # A character jieba glued to a count of cases or items after it ("案六起", "共五起", "类七份", s60's probe): the
        # count is its own.
        pieces = _split_word(word[1:])
        if len(pieces) == 2 and numeral_value(pieces[0]) is not None:
            return [word[0], *pieces]
    prefixes = [""] + sorted(
        (a for a in lex.approx_before | lex.prefixes if word.startswith(a)), key=len, reverse=True
    )
    for pre in prefixes:
        body = word[len(pre) :]
        if pre in lex.magnitude_only and body[:1] not in lex.magnitudes:
            continue  # 上一次 is no count; 上百次 is
        k_max = 0
        while k_max < len(body) and body[k_max] in lex.cn_chars:
            k_max += 1
        for k in range(k_max, -1, -1):
            num, rest = body[:k], body[k:]
            if num and numeral_value(num) is None:
                continue
            tail = _split_tail(rest, allow_multiplier=bool(num) or not pre)
            if tail is None:
                continue
            pieces = ([pre] if pre else []) + ([num] if num else []) + tail
            if len(pieces) > 1 and (num or (not pre and len(tail) > 1)):
                return pieces
    return [word]


def _multiplier_opening(text: str) -> str:
    """The multiplier `text` opens with, the longest ("千万人次" → 千万), or ""."""
    return next((m for m in _multipliers_longest_first() if text.startswith(m)), "")


@lru_cache(maxsize=1)
def _multipliers_longest_first() -> tuple[str, ...]:
    return tuple(sorted(lexicon().multipliers, key=len, reverse=True))


def _split_tail(rest: str, allow_multiplier: bool) -> list[str] | None:
    """[万|亿]? [余|多]? [万|亿]? [unit]? [左右|以上]? covering all of `rest`, or None."""
    lex = lexicon()
    out: list[str] = []
    for unit in lex.compound_units:
        if rest.startswith(unit):
            out.append(unit)
            rest = rest[len(unit) :]
            break
    else:
        multiplied = False
        if allow_multiplier and (mult := _multiplier_opening(rest)):
            out.append(mult)
            rest = rest[len(mult) :]
            multiplied = True
        if rest[:1] in lex.approx_between:
            out.append(rest[0])
            rest = rest[1:]
            if allow_multiplier and not multiplied and (mult := _multiplier_opening(rest)):  # 30余万人
                out.append(mult)
                rest = rest[len(mult) :]
        for n in (3, 2, 1):
            if len(rest) >= n and rest[:n] in lex.change_units:
                out.append(rest[:n])
                rest = rest[n:]
                break
    for a in sorted(lex.approx_after, key=len, reverse=True):
        if rest == a:
            out.append(a)
            rest = ""
    return out if not rest else None
