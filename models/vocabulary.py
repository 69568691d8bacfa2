"""The canonical vocabulary (vocabulary.toml) as typed objects, and label normalisation.

Every stage that names a figure goes through here, so the ids of REPORT_FORMAT.md are
spelled in exactly one place.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from difflib import SequenceMatcher
from functools import cache, cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel

LAYOUTS = ("2021", "2019")

_NUMBERING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[.．、](?!\d))\s*"
)
# A remark in brackets, but not a bracketed numeral such as 第（一）项.
_PARENTHETICAL = re.compile(r"[(（](?![一二三四五六七八九十\d]+[)）])[^()（）]*[)）]")
_DROP = re.compile(r"[()（）\s\u3000\xa0:：,，、.．;；/／“”\"'‘’「」《》<>·\-—_|｜]+")


@lru_cache(maxsize=65536)
def normalize_label(text: str) -> str:
    """Reduce a printed label to the form the vocabulary lists.

    "（二）部分公开（区分处理的，只计这一情形…）" → "部分公开"; "商业 企业" → "商业企业";
    "3.危及“三安全一稳定”" → "危及三安全一稳定".
    """
    s = unicodedata.normalize("NFKC", text or "")
    s = s.replace("\u3000", " ").strip()
    for _ in range(2):  # "三、本年度办理结果 （一）予以公开" carries two numberings
        s = _NUMBERING.sub("", s)
    stripped = _PARENTHETICAL.sub("", s)
    if stripped.strip():
        s = stripped
    return _DROP.sub("", s)


def similarity(a: str, b: str) -> float:
    """Similarity of two normalised labels, 0..1 (typos such as 行政法复议 score high)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


class T3Row(BaseModel):
    id: str
    labels: list[str]
    printed: str  # as the public form prints it, numbering included
    group: bool = False
    single_row: bool = False
    parent: str | None = None
    number: int | None = None


_UNSEEN = object()
_BEST_LABEL_CACHE_SIZE = 100_000


class Vocabulary(BaseModel):
    t2_items: dict[str, list[str]]
    t2_columns: dict[str, list[str]]
    t2_decimal: list[str]
    t2_signed: list[str]
    t2_layouts: dict[str, list[str]]
    layout_markers: dict[str, list[str]]
    layout_years: dict[str, list[int]]
    t3_columns: dict[str, list[str]]
    t3_rows: list[T3Row]
    t4_groups: dict[str, list[str]]
    t4_columns: dict[str, list[str]]
    captions: dict[str, list[str]]
    sections: dict[str, list[str]]
    organ_endings: list[str]

    # -- ids -------------------------------------------------------------------------

    @property
    def t3_column_ids(self) -> list[str]:
        return list(self.t3_columns)

    @property
    def t4_column_ids(self) -> list[str]:
        return list(self.t4_columns)

    def t3_printed(self) -> dict[str, str]:
        """Row id → label as the form prints it, for every 表三 row (not the heading
        三、本年度办理结果, which spans the result rows)."""
        return {r.id: r.printed for r in self.t3_rows if r.id != "results"}

    def t3_row(self, row_id: str) -> T3Row:
        """The 表三 row `row_id`; StopIteration for an id the form does not have (what
        callers catch: this was a scan of the rows)."""
        row = self._t3_by_id.get(row_id)
        if row is None:
            raise StopIteration(row_id)
        return row

    def t3_value_rows(self, other_single_row: bool) -> list[str]:
        """Row ids that print figures, in order; （六）其他处理 as one row or as three."""
        rows = []
        for r in self.t3_rows:
            if r.group and not (r.single_row and other_single_row):
                continue
            if r.parent and self.t3_row(r.parent).single_row and other_single_row:
                continue
            rows.append(r.id)
        return rows

    def t3_children(self, group_id: str) -> list[str]:
        return list(self._t3_children.get(group_id, ()))

    @property
    def t3_groups(self) -> list[str]:
        return [r.id for r in self.t3_rows if r.group and self.t3_children(r.id)]

    def layout_of_year(self, year: int | None) -> str | None:
        """The layout a report on `year` certainly uses, if one is certain."""
        return next((layout for layout, years in self.layout_years.items() if year in years), None)

    def metric_ids(self, layout: str, other_single_row: bool = False) -> list[str]:
        """Every printed cell of 表二/表三/表四 in one layout, as canonical metric ids."""
        ids = [f"t2.{c}" for c in self.t2_layouts[layout]]
        ids += [
            f"t3.{r}.{c}" for r in self.t3_value_rows(other_single_row) for c in self.t3_column_ids
        ]
        ids += [f"t4.{g}.{c}" for g in self.t4_groups for c in self.t4_column_ids]
        return ids

    def is_decimal(self, metric: str) -> bool:
        return metric.startswith("t2.") and metric.rsplit(".", 1)[-1] in self.t2_decimal

    def is_signed(self, metric: str) -> bool:
        return metric.startswith("t2.") and metric.rsplit(".", 1)[-1] in self.t2_signed

    def t2_columns_of(self, layout: str, item: str) -> list[str]:
        return list(self._t2_columns[layout].get(item, ()))

    # -- indexes ---------------------------------------------------------------------
    # Table mapping asks these thousands of times a report and the vocabulary never changes,
    # so they are built once (cached properties live in the instance's __dict__: plain
    # attribute reads, unlike pydantic's private attributes).

    @cached_property
    def _t3_by_id(self) -> dict[str, T3Row]:
        return {r.id: r for r in self.t3_rows}

    @cached_property
    def _t3_children(self) -> dict[str, list[str]]:
        children: dict[str, list[str]] = {}
        for r in self.t3_rows:
            if r.parent is not None:
                children.setdefault(r.parent, []).append(r.id)
        return children

    @cached_property
    def _t2_columns(self) -> dict[str, dict[str, list[str]]]:
        """Layout → 表二 item → its columns, in the form's order."""
        columns: dict[str, dict[str, list[str]]] = {}
        for layout, metrics in self.t2_layouts.items():
            by_item = columns[layout] = {}
            for m in metrics:
                item, column = m.split(".", 1)
                by_item.setdefault(item, []).append(column)
        return columns

    @cached_property
    def _best_label_cache(self) -> dict:
        return {}

    # -- label matching --------------------------------------------------------------

    def best_label(
        self, text: str, choices: dict[str, list[str]], threshold: float = 0.8
    ) -> str | None:
        """The key of `choices` whose labels best match `text`, or None when unsure.

        Exact normalised match wins; otherwise the best fuzzy match must reach
        `threshold` and beat the runner-up clearly, so a typo is tolerated but two
        similar labels are never confused. Answers are remembered (a corpus prints the same
        few hundred labels again and again, and fuzzy matching is the costly part); the key
        is the choices' ids, which stand for the vocabulary's labels.
        """
        key = (tuple(choices), text, threshold)
        found = self._best_label_cache.get(key, _UNSEEN)
        if found is _UNSEEN:
            if len(self._best_label_cache) >= _BEST_LABEL_CACHE_SIZE:  # hostile input: bounded
                self._best_label_cache.clear()
            found = self._best_label_cache[key] = self._best_label(text, choices, threshold)
        return found

    def _best_label(self, text: str, choices: dict[str, list[str]], threshold: float) -> str | None:
        norm = normalize_label(text)
        if not norm:
            return None
        for key, labels in choices.items():
            if any(norm == normalize_label(label) for label in labels):
                return key
        scored: list[tuple[float, str]] = []
        for key, labels in choices.items():
            best = 0.0
            for label in labels:
                lab = normalize_label(label)
                # An upper bound first: most labels are nowhere near.
                if 2 * min(len(norm), len(lab)) / (len(norm) + len(lab)) < threshold:
                    continue
                best = max(best, similarity(norm, lab))
            scored.append((best, key))
        scored.sort(reverse=True)
        if not scored or scored[0][0] < threshold:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < 0.1:
            return None
        return scored[0][1]


_DATA = Path(__file__).with_name("vocabulary.toml")


@cache
def vocabulary() -> Vocabulary:
    raw = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return Vocabulary(
        t2_items=raw["t2"]["items"],
        t2_columns=raw["t2"]["columns"],
        t2_decimal=raw["t2"]["kinds"]["decimal"],
        t2_signed=raw["t2"]["kinds"]["signed"],
        t2_layouts=raw["t2"]["layouts"],
        layout_markers=raw["layout_markers"],
        layout_years=raw["layout_years"],
        t3_columns=raw["t3"]["columns"],
        t3_rows=[T3Row(**r) for r in raw["t3"]["rows"]],
        t4_groups=raw["t4"]["groups"],
        t4_columns=raw["t4"]["columns"],
        captions=raw["captions"],
        sections=raw["sections"],
        organ_endings=raw["organs"]["endings"],
    )
