"""Find 表二/表三/表四 in a document's tables and emit one fact per printed cell.

Nothing here knows the input format: it walks every table row of the document in
reading order (a standard table may be split over several `Table`s, or several
standard tables may share one), decides from the labels which table and row it is
in, and reads the figures. The stages, each a plain function or a small reader:

    rows of the document ─► _Row (labels | figures) ─► _Reader.feed (which table,
    which row, which columns) ─► _resolve_runs (figures whose separators were lost)
    ─► facts ─► derived subtotals

Layout (2019 vs 2021) is decided by the 表二 column labels, never by the year.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import NamedTuple

from pydantic import TypeAdapter

from models import Cell, Document, Fact, Mention, Report, normalize_label, vocabulary

from .cells import TEN_THOUSAND, CellReading, clean, is_value_like, read_cell
from .runs import CELL, REPEAT, RUN, as_numbers, resolve, splits, splits_with_blanks, token_counts

T3_HEADER_WORDS = {"申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构"}
T4_HEADER_WORDS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉"}


@dataclass
class MappedTables:
    facts: list[Fact] = field(default_factory=list)
    layout: str | None = None
    other_single_row: bool = False
    warnings: list[tuple[str, str]] = field(default_factory=list)
    sections: set[str] = field(default_factory=set)  # 二/三/四 for tables found
    # Rows whose figures ran together and that the form could not split: prefix →
    # (metrics, the splits still possible). `settle_with_narrative` may decide them.
    open_splits: dict[str, tuple[list[str], list[tuple[str, ...]]]] = field(default_factory=dict)


@dataclass
class _Row:
    table: int
    labels: list[Cell]
    figures: list[Cell]
    caption: str | None = None  # the heading printed just above the row's table
    # From a crawl that dropped repeated lines: a row printing no line is a row of empty cells.
    crawled: bool = False
    # Asked by every classifier the row is offered to: worked out once.
    label_texts: list[str] = field(init=False)
    norms: list[str] = field(init=False)  # normalised labels

    def __post_init__(self) -> None:
        self.label_texts = [c.text for c in self.labels]
        self.norms = [normalize_label(t) for t in self.label_texts]


@dataclass
class _Pending:
    """A row of figures waiting for run resolution: metric prefix, columns, cells."""

    prefix: str
    columns: list[str]
    figures: list[Cell]
    table: int
    candidates: list[tuple[str, ...]] = field(default_factory=list)
    blank: bool = False  # a crawled row that printed no line: every cell empty
    label: Cell | None = None  # the row's label (where an empty row points)
    # The figures as `splits` tokens (run resolution and the facts both read them).
    tokens: list[_Token] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = _tokens(self)


def _split_row(table: int, cells: list[Cell], caption: str | None = None, crawled: bool = False) -> _Row:
    """Label cells are the text cells up to the last one; figures are what follows."""
    value_like = [is_value_like(c.text) for c in cells]
    if cells and not any(v and clean(c.text) for v, c in zip(value_like, cells)):
        cells = _label_then_figures(cells)  # no cell holds a figure: is it in a label's text?
        value_like = [is_value_like(c.text) for c in cells]
    last_label = -1
    for i, (cell, v) in enumerate(zip(cells, value_like)):
        if not v and not cell.run:
            last_label = i
    labels = [part for c in cells[: last_label + 1] if clean(c.text) for part in _label_parts(c)]
    return _Row(table, labels, cells[last_label + 1 :], caption, crawled)


_TRAILING_FIGURES = re.compile(r"(?:\s+[+\-]?\d[\d,]*(?:\.\d+)?){2,}\s*$")


# Two or more figures apart, inside or after a label's words (a label that wrapped around them).
_INNER_FIGURES = re.compile(r"(?<![\d.．、])\s*[+\-]?\d[\d,]*(?:\.\d+)?(?:\s+[+\-]?\d[\d,]*(?:\.\d+)?)+\s*(?![\d.．、])")


def _label_then_figures(cells: list[Cell]) -> list[Cell]:
    """A row printed with no rules at all is one cell: "四、结转下年度继续办理 0 0 0 0 0 0 0",
    or with a label wrapped around its figures' line ("5.要求…已获取信\n0 0 0 0 0 0 0\n息").
    Its label and its figures become two cells (the figures one cell of several). Asked of
    rows where no cell holds a figure."""
    last = cells[-1]
    inner = list(_INNER_FIGURES.finditer(last.text))
    if len(inner) == 1:
        m = inner[0]
        words = (last.text[: m.start()] + last.text[m.end() :]).strip()
        if words and not words[:1].isdigit() or re.match(r"\d{1,2}\s*[.．、]", words):
            label = last.model_copy(update={"text": words})
            return [*cells[:-1], label, last.model_copy(update={"text": m.group().strip()})]
    m = _TRAILING_FIGURES.search(last.text)
    if m is None or not last.text[: m.start()].strip():
        return cells
    label = last.model_copy(update={"text": last.text[: m.start()].strip()})
    figures = last.model_copy(update={"text": last.text[m.start() :].strip()})
    return [*cells[:-1], label, figures]


# A numbered item starting inside a label cell: "三、本年度办理结果 （一）予以公开",
# "（三）不予公开 1.属于国家秘密" (OCR and converters merge a row's label cells); not the
# 项 of "第二十条第（一）项".
_INNER_NUMBER = re.compile(r"(?<=\S)\s*(?<!第)(?=[（(][一二三四五六七八九十]+[)）]|\d{1,2}\s*[.．、](?!\d))")


def _label_parts(cell: Cell) -> list[Cell]:
    """A label cell that holds several of the form's numbered labels, as one cell each."""
    cuts = _label_cuts(cell.text)
    if not cuts:
        return [cell]
    bounds = [0, *cuts, len(cell.text)]
    return [cell.model_copy(update={"text": cell.text[a:b].strip()}) for a, b in zip(bounds, bounds[1:])
            if cell.text[a:b].strip()]


@lru_cache(maxsize=65536)
def _label_cuts(text: str) -> tuple[int, ...]:
    """Where a numbered label starts inside a label cell's text (every row's labels are
    asked, and the same few hundred labels are printed again and again)."""
    return tuple(m.start() for m in _INNER_NUMBER.finditer(text) if m.start() > 0)


def document_rows(doc: Document) -> list[_Row]:
    rows = []
    for t_index, table in enumerate(doc.tables):
        crawled = any(c.repeated for c in table.cells)
        for cells in table.rows():
            if cells:
                rows.append(_split_row(t_index, cells, table.caption, crawled))
    return rows


def _fit(figures: list[Cell], n: int) -> list[Cell]:
    """Drop trailing empty cells that a flattened layout left beyond the row's width."""
    figures = list(figures)
    while len(figures) > n and not clean(figures[-1].text):
        figures.pop()
    return figures


class _Reader:
    """Walks the rows, keeping track of which standard table and group it is in."""

    def __init__(self) -> None:
        self.v = vocabulary()
        self.mode: str | None = None
        self.t2_columns: list[str] | None = None
        self.t3_group: str | None = None
        self.layout_votes: Counter[str] = Counter()
        self.pending: dict[str, _Pending] = {}
        self.order: list[str] = []
        self.warnings: list[tuple[str, str]] = []
        self.sections: set[str] = set()
        self.other_single_row = False
        self.t3_rows_found: set[str] = set()
        self.blank_rows = False  # a crawled row printed no line: the page leaves cells empty
        self.blank_other: _Row | None = None  # （六）其他处理 printed no line

    # -- classification -----------------------------------------------------------

    def feed(self, row: _Row) -> None:
        norms = row.norms
        has_figures = any(clean(c.text) for c in row.figures)
        if self._t2_header(row, norms):
            return
        if not T3_HEADER_WORDS.isdisjoint(norms) and not has_figures:
            self.mode = "t3"
            self.sections.add("三")
            return
        if not has_figures and (
            not T4_HEADER_WORDS.isdisjoint(norms) or {"行政复议", "行政诉讼"}.issubset(norms)
        ):
            self.mode = "t4"
            self.sections.add("四")
            return
        if not row.figures:
            if not (row.crawled and self._blank_row(row)):
                self._t3_group_only(row)
            return
        if not has_figures and not row.crawled and self.mode == "t3" and len(row.figures) < len(self.v.t3_column_ids):
            # Fewer empty cells than 表三 has columns: the remnant of a row a page break cut
            # (a browser's print leaves the rowspans' empty tail on the page before), not a
            # row printed empty; only its labels count, for the group they name.
            self._t3_group_only(row)
            return
        if not row.labels and self.mode != "t4" and (
            len([c for c in row.figures if clean(c.text)]) == 3 * len(self.v.t4_column_ids)
            or re.search(r"行政复议|行政诉讼", row.caption or "")
        ):
            # Figures with no label under a 表四 heading ("行政复议行政诉讼" printed as a
            # line above a row of fifteen figures): only 表四 prints a row like that.
            self.mode = "t4"
            self.sections.add("四")
        if self.mode == "t2" and self._t2_item(row):
            return
        if self.mode == "t4" and self._t4_row(row):
            return
        if self._t3_row(row):
            return
        if self.mode != "t2" and self._t2_item(row, strict=True):
            return
        if self.mode == "t4":
            return

    def _t2_header(self, row: _Row, norms: list[str]) -> bool:
        matched = [_t2_column(text) for text in row.label_texts]
        if not any(matched) and not ("信息内容" in norms and len(norms) > 1 and not row.figures):
            return False
        # The column headers follow 信息内容 (or the article number); a header the form
        # does not have ("2019年项目数量") keeps its place as an unread column (None).
        start = next((i for i, col in enumerate(matched) if col is not None), 0)
        for i, n in enumerate(norms[:start]):
            if n == "信息内容" or n.startswith("第二十条"):
                start = i + 1
        cells = row.labels[start:]
        # A word glued to a column's header in the same text node ("上一年项目本年收费金额（单位：
        # 万元）") is a stray fragment, not a column of its own.
        columns = [col for i, col in enumerate(matched[start:]) if col is not None or not (
            i + 1 < len(cells) and cells[i].source.end is not None and cells[i].source.end == cells[i + 1].source.start)]
        for layout, marks in _layout_marks().items():
            if any(n in marks or any(n.startswith(m) for m in marks) for n in norms):
                self.layout_votes[layout] += 1
        self.mode = "t2"
        self.t2_columns = columns
        self.sections.add("二")
        unknown = [t for t, col in zip(row.label_texts[start:], matched[start:]) if col is None]
        if unknown:
            self.warnings.append(("t2_column_unknown", "表二 column(s) not on the form, not read: "
                                  + "、".join(clean(t) for t in unknown)))
        return True

    def _t2_item(self, row: _Row, strict: bool = False) -> bool:
        for cell in reversed(row.labels):
            item = self.v.best_label(cell.text, self.v.t2_items, threshold=1.01 if strict else 0.85)
            if item is not None:
                break
        else:
            return False
        columns = self.t2_columns
        if columns is None:
            layout = self.layout_votes.most_common(1)[0][0] if self.layout_votes else None
            if layout is None:
                self.warnings.append(("t2_columns_unknown", f"表二 row {cell.text!r} has no column header"))
                return True
            columns = self.v.t2_columns_of(layout, item)
        # A column this item does not have in either layout is not read for it.
        valid = set(self.v.t2_columns_of("2021", item)) | set(self.v.t2_columns_of("2019", item))
        columns = [c if c in valid else None for c in columns]
        known = [c for c in columns if c is not None]
        if len(known) < len(columns) and len([c for c in row.figures if clean(c.text)]) == len(known):
            columns = known  # the unread columns were left empty on this row
        self._add(f"t2.{item}", columns, row)
        self.sections.add("二")
        return True

    def _match_t3(self, row: _Row) -> str | None:
        """The most specific t3 row the label cells name, updating the group context."""
        named = self._t3_rows_named(row)
        return named[-1] if named else None

    def _t3_rows_named(self, row: _Row) -> list[str]:
        """Every t3 row the label cells name, in order, updating the group context."""
        found = []
        for cell in row.labels:
            row_id = _t3_row_named(cell.text, self.t3_group)
            if row_id is None:
                continue
            spec = self.v.t3_row(row_id)
            if spec.group:
                self.t3_group = row_id
            elif spec.parent is None:
                self.t3_group = None
            else:
                self.t3_group = spec.parent
            found.append(row_id)
        return found

    def _t3_group_only(self, row: _Row) -> None:
        """A label-only row (a group heading printed on its own line)."""
        if self.mode in ("t3", None) or any(normalize_label(t) == "本年度办理结果" for t in row.label_texts):
            self._match_t3(row)

    def _t3_row(self, row: _Row) -> bool:
        named = self._t3_rows_named(row)
        if not named:
            return False
        row_id = named[-1]
        leaves = list(dict.fromkeys(r for r in named if not self.v.t3_row(r).group))
        if len(leaves) > 1:
            # One label cell naming several rows of figures (a scan whose inner rules were
            # lost merges the labels of the rows below into the first row's): which row
            # these figures belong to is not known, so none of them is read.
            self.mode = "t3"
            self.warnings.append(("t3_row_ambiguous", f"表三 figures under one label naming {len(leaves)} rows "
                                  f"({', '.join(leaves)}): not read"))
            return True
        spec = self.v.t3_row(row_id)
        if spec.group:
            if not spec.single_row:
                self.warnings.append(
                    ("t3_group_row_figures", f"表三 group row {row_id!r} prints figures; the form has none")
                )
                return True
            self.other_single_row = True
        self.mode = "t3"
        self.sections.add("三")
        self.t3_rows_found.add(row_id)
        self._add(f"t3.{row_id}", self.v.t3_column_ids, row)
        return True

    def _t4_row(self, row: _Row) -> bool:
        columns = self.v.t4_column_ids
        n_groups = len(self.v.t4_groups)
        figures = _fit(row.figures, len(columns) * n_groups)
        group = None
        for cell in reversed(row.labels):
            group = self.v.best_label(cell.text, self.v.t4_groups, threshold=0.75)
            if group:
                break
        if group is None and not row.labels and row.caption:
            # 表四 as three small tables under their own headings ("### 行政复议",
            # "### 行政诉讼（复议后起诉）"), the group named only by the heading.
            group = self._caption_group(row.caption)
        if group is not None and len(_fit(row.figures, len(columns))) <= len(columns):
            self._add(f"t4.{group}", columns, row)
            return True
        if len(figures) >= n_groups * len(columns) or any(c.run or c.repeated for c in figures):
            # The standard one-row layout: three groups of five, left to right.
            self._add("t4", [f"{g}.{c}" for g in self.v.t4_groups for c in columns], row)
            return True
        return False

    def _caption_group(self, caption: str) -> str | None:
        """The 表四 group a heading names: "行政诉讼（未经复议直接起诉）" by its bracket."""
        for text in [*re.findall(r"[(（]([^()（）]+)[)）]", caption), caption]:
            group = self.v.best_label(text, self.v.t4_groups, threshold=0.75)
            if group:
                return group
        return None

    def _add(self, prefix: str, columns: list[str], row: _Row, blank: bool = False) -> None:
        if prefix in self.pending and not self.pending[prefix].blank:
            held = self.pending[prefix].figures
            again = _fit(row.figures, len(columns))
            if len(again) == len(held) and all(a is b for a, b in zip(again, held)):
                return  # the same cells seen from the next grid row they span (a stub rule split it)
            self.warnings.append(("duplicate_row", f"{prefix} printed twice; the first is kept"))
            return
        if prefix not in self.pending:
            self.order.append(prefix)
        figures = _fit(row.figures, len(columns))
        self.pending[prefix] = _Pending(prefix, columns, figures, row.table, blank=blank,
                                        label=row.labels[-1] if row.labels else None)

    def _blank_row(self, row: _Row) -> bool:
        """Crawled row labels that print no line at all: their cells were all empty (a zero
        prints "0", and a repeat of the line before cannot survive a label between). Several
        such labels in a row are several empty rows. Finding one also shows the page leaves
        cells empty, which changes how short rows are read (`splits_with_blanks`)."""
        found = False
        for cell in row.labels:
            one = _Row(row.table, [cell], [], row.caption, row.crawled)
            if self.mode == "t2":
                item = self.v.best_label(cell.text, self.v.t2_items, threshold=0.85)
                if item is not None and self.t2_columns and any(self.t2_columns):
                    self._add(f"t2.{item}", self.t2_columns, one, blank=True)
                    found = self.blank_rows = True
                continue
            if self.mode != "t3":
                continue
            row_id = self._match_t3(one)
            if row_id is None:
                continue
            spec = self.v.t3_row(row_id)
            if spec.group and spec.single_row and self.v.t3_children(row_id):
                # （六）其他处理 alone heads its three items (2021) or is the one row (2019):
                # which, the rows after it say (see map_tables).
                self.blank_other = one
                continue
            if spec.group or row_id == "results":
                continue
            self.t3_rows_found.add(row_id)
            self._add(f"t3.{row_id}", self.v.t3_column_ids, one, blank=True)
            found = self.blank_rows = True
        return found

    @property
    def layout(self) -> str | None:
        if self.layout_votes:
            (best, n), *rest = self.layout_votes.most_common()
            if not rest or rest[0][1] < n:
                return best
            return None
        if self.t3_rows_found & {"other.overdue_correction", "other.overdue_fee", "other.other"}:
            return "2021"
        return None


# -- figures whose separators were lost ----------------------------------------------


# 表二 rows of documents: what is in force at the year's end includes what was issued
# and not repealed (现行有效 ≥ 本年制发 − 本年废止), and all that is public includes this
# year's (对外公开总数量 ≥ 本年新公开数量). Bounds, not sums: they only narrow a run's splits.
_T2_BOUNDS = {("issued", "repealed", "in_force"): lambda i, r, f: f >= i - r,
              ("made", "published", "total_public"): lambda m, p, t: t >= p}


def _row_relation(prefix: str, numbers: tuple[float, ...], columns: tuple[str, ...] = ()) -> bool:
    """The relation within one row of figures: t3.R3 and t4.R5 (one group, or 表四
    printed as one row of three groups); for 表二 document rows the bounds above."""
    if prefix.startswith("t2."):
        bound = _T2_BOUNDS.get(tuple(columns))
        return bound is None or bound(*numbers)
    if prefix.startswith("t3."):
        return abs(sum(numbers[:6]) - numbers[6]) < 1e-9
    if prefix == "t4" or prefix.startswith("t4."):
        groups = [numbers[i : i + 5] for i in range(0, len(numbers), 5)]
        return all(abs(sum(g[:4]) - g[4]) < 1e-9 for g in groups)
    return True


def _t3_relations(values: dict[str, tuple[float, ...]]) -> bool:
    """t3.R1 and t3.R2 over the rows that are present."""
    v = vocabulary()
    get = lambda row: values.get(f"t3.{row}")  # noqa: E731
    results = _result_rows(values)
    for col in range(len(v.t3_column_ids)):
        a, b, tot, fwd = get("new_received"), get("carried_over"), get("total"), get("carried_forward")
        if None not in (a, b, tot, fwd) and abs(a[col] + b[col] - tot[col] - fwd[col]) > 1e-9:
            return False
        if tot is not None and results and abs(sum(values[k][col] for k in results) - tot[col]) > 1e-9:
            return False
    return True


@lru_cache(maxsize=1024)
def _signed(prefix: str, columns: tuple[str, ...]) -> list[bool]:
    """Which of a row's columns the form signs (本年增/减), per row shape."""
    return [vocabulary().is_signed(f"{prefix}.{c}") for c in columns]


def _blank_prune(prefix: str):
    """The row's own sum, an empty cell counting as none (t3.R3, t4.R5 per group)."""
    size = 7 if prefix.startswith("t3.") else 5 if prefix == "t4" or prefix.startswith("t4.") else 0
    if not size:
        return None

    def prune(figures) -> bool:
        if len(figures) % size:
            return True
        try:
            group = [float(x) if x else 0.0 for x in figures[-size:]]
        except ValueError:
            return True
        return abs(sum(group[:-1]) - group[-1]) < 1e-9

    return prune


def _group_prune(prefix: str):
    """For 表四 rows, reject a partial reading as soon as a group of five breaks t4.R5."""
    if not (prefix == "t4" or prefix.startswith("t4.")):
        return None

    def prune(figures) -> bool:
        if len(figures) % 5:
            return True
        try:
            group = [float(x) for x in figures[-5:]]
        except ValueError:
            return True
        return abs(sum(group[:4]) - group[4]) < 1e-9

    return prune


def _result_rows(values: dict[str, tuple[float, ...]]) -> list[str]:
    """The result rows of 表三 (t3.R2's parts), or [] unless every one of them is
    present: a sum over some of them would pick readings that fit by accident."""
    v = vocabulary()
    single = "t3.other" in values
    wanted = {f"t3.{r}" for r in v.t3_value_rows(single)} - {
        "t3.new_received", "t3.carried_over", "t3.total", "t3.carried_forward"}
    return sorted(wanted) if wanted <= set(values) else []


_TOO_MANY = "the figures of this row ran together in more ways than can be listed; none is trusted"
_BLANKS = ("the source prints fewer lines than this row has cells, and no placement of them keeps the row's "
           "sum: cells left blank on the page cannot be told from repeated figures")


def _resolve_runs(pending: dict[str, _Pending], blanks: bool = False) -> tuple[dict[str, list[tuple[str, ...]]], dict[str, str]]:
    """Per row, the readings its printed figures allow under the form's relations; and the
    rows no reading may be trusted in, with the reason: too many readings to list, or
    lines that fit the cells only by repeating a line although no such reading keeps the
    row's own sum (cells left blank on the page look the same once a crawler drops them)."""
    readings: dict[str, list[tuple[str, ...]]] = {}
    unsupported: dict[str, str] = {}
    among_blanks: set[str] = set()  # rows read as lines among empty cells (already summed)
    for prefix, p in pending.items():
        if p.blank:
            readings[prefix] = [("",) * len(p.columns)]
            continue
        tokens = [(t.text, t.kind) for t in p.tokens]
        if blanks and any(k == REPEAT for _, k in tokens) and len(tokens) < len(p.columns):
            # The page leaves cells empty and the crawler dropped them: a short row's lines
            # may sit anywhere among empty cells; the row's sum (blanks as none) narrows it.
            found = splits_with_blanks(tokens, len(p.columns), prune=_blank_prune(prefix))
            among_blanks.add(prefix)
            if not found.complete:
                unsupported[prefix] = _TOO_MANY
            elif not found:
                unsupported[prefix] = _BLANKS
            readings[prefix] = list(found)
            continue
        signed = _signed(prefix, tuple(p.columns))
        found = splits(tokens, len(p.columns), signed, prune=_group_prune(prefix))
        if not found and found.complete:  # the document breaks the relation: every reading
            found = splits(tokens, len(p.columns), signed)
        if not found.complete:  # too many readings to know the true one is among them
            unsupported[prefix] = _TOO_MANY
        readings[prefix] = list(found)
    t3 = {k: v for k, v in readings.items() if k.startswith("t3.") and v and k not in among_blanks}
    others = {k: v for k, v in readings.items() if not k.startswith("t3.") and v and k not in among_blanks}
    out = resolve(t3, _row_relation, _t3_relations)
    out.update(resolve(others, lambda prefix, nums: _row_relation(prefix, nums, tuple(pending[prefix].columns))))
    out.update({k: readings[k] for k in among_blanks})
    for k, v in readings.items():
        if not v:
            out[k] = []
    for prefix, cands in list(out.items()):
        p = pending[prefix]
        if prefix in among_blanks or prefix in unsupported:
            continue
        repeated = any(c.repeated for c in p.figures) and len(p.figures) < len(p.columns)
        if repeated and prefix.startswith(("t3.", "t4")) and cands and not any(
                (nums := as_numbers(c)) is not None and _row_relation(prefix, nums) for c in cands):
            # No placement of the lines keeps the row's sum: either the document is wrong
            # or the page left cells empty and the crawler dropped them. Only what both
            # explanations agree on is read ("1" for a row: 总计 1, one column 1 or empty).
            tokens = [(t.text, t.kind) for t in p.tokens]
            empty = splits_with_blanks(tokens, len(p.columns), prune=_blank_prune(prefix))
            if not empty.complete:
                unsupported[prefix] = _TOO_MANY
            else:
                out[prefix] = list(dict.fromkeys([*cands, *empty]))
    return out, unsupported


# -- facts ---------------------------------------------------------------------------


# A document's facts are assembled as plain data and validated as one list: a pydantic
# call per fact and per source would cost more than reading the figures.
_FACTS = TypeAdapter(list[Fact])


def _source(cell: Cell, table: int, span: tuple[int, int] | None = None) -> dict:
    """The FactSource fields of a figure printed in `cell` (at `span` inside its text)."""
    s = cell.source
    start, end = s.start, s.end
    if span is not None and start is not None:
        start, end = start + span[0], start + span[1]
    return {"page": s.page, "bbox": s.bbox, "dom_path": s.dom_path, "start": start, "end": end,
            "table": table, "row": cell.row, "col": cell.col}


def _piece_spans(cell: Cell, pieces: list[str]) -> list[tuple[int, int]] | None:
    """Character spans of each figure inside a run cell's text (white space skipped)."""
    spans, pos, text = [], 0, cell.text
    for piece in pieces:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text[pos : pos + len(piece)] != piece:
            return None
        spans.append((pos, pos + len(piece)))
        pos += len(piece)
    return spans


class _Token(NamedTuple):
    """A printed piece of a row for `splits`: its text, how it gives figures (CELL, RUN,
    REPEAT), the cell it was printed in and, for a piece of a cell, where in it."""

    text: str
    kind: str
    cell: Cell
    span: tuple[int, int] | None = None


_HAS_UNIT = re.compile(r"\d\s*[^\d\s.,+\-%]")
_SHARED_FIGURES = re.compile(r"[+\-]?\d[\d,]*(?:\.\d+)?")


def _tokens(p: _Pending) -> list[_Token]:
    """The row's printed figures as `splits` tokens: a plain cell, a digit run, or a
    line printed once for several equal cells. A row short of cells whose cell holds
    several figures apart ("12 0 0 0 0 0 12": a producer drew no rules between them)
    gives one token per figure."""
    short = len(p.figures) < len(p.columns)
    out: list[_Token] = []
    for c in p.figures:
        if c.run:
            out.append(_Token(clean(c.text), RUN, c))
        elif short and _several_figures(c.text):
            out.extend(_Token(m.group(), CELL, c, m.span()) for m in _SHARED_FIGURES.finditer(c.text))
        elif c.repeated and not _HAS_UNIT.search(c.text):
            out.append(_Token(clean(c.text), REPEAT, c))
        else:  # a cell; a crawled line with its unit ("3批") is its own column's, never repeated
            out.append(_Token(c.text, CELL, c))
    return out


def _several_figures(text: str) -> bool:
    parts = text.split()
    return len(parts) > 1 and all(_SHARED_FIGURES.fullmatch(x) for x in parts)


def _owners(p: _Pending, candidates: list[tuple[str, ...]]) -> list[tuple[Cell, tuple[int, int] | None]]:
    """For each output figure, the cell it was printed in (and its span inside a run or a
    shared cell).

    The cell is certain when every candidate reading takes the figure from the same
    printed token; otherwise the first reading's token is given (the figure is then
    unreadable anyway)."""
    if not p.figures and p.label is not None:  # a row that printed no line: its label
        return [(p.label, None)] * len(p.columns)
    tokens = p.tokens
    if all(t.kind == CELL and t.span is None for t in tokens):
        return [(t.cell, None) for t in tokens]
    pairs = [(t.text, t.kind) for t in tokens]
    per_candidate = []
    for cand in candidates:
        counts = token_counts(pairs, cand)
        if counts is not None:
            per_candidate.append([t for t, k in enumerate(counts) for _ in range(k)])
    if not per_candidate:
        return [(p.figures[0], None)] * len(p.columns)
    owners: list[tuple[Cell, tuple[int, int] | None]] = []
    unique = candidates[0] if len(candidates) == 1 else None
    first = per_candidate[0]
    for i in range(len(p.columns)):
        token = tokens[first[i]]
        span = token.span
        if unique is not None and token.kind == RUN:
            mine = [j for j in range(len(first)) if first[j] == first[i]]
            spans = _piece_spans(token.cell, [unique[j] for j in mine])
            span = spans[mine.index(i)] if spans else None
        owners.append((token.cell, span))
    return owners


def _facts_for(p: _Pending, candidates: list[tuple[str, ...]], v, doubt: str | None = None) -> list[dict]:
    """The fields of one fact per printed cell of the row (columns the form does not have
    are skipped); with `doubt` (why no reading may be trusted) every cell is unreadable."""
    return [f for f in _row_facts(p, candidates, v, doubt) if not f["metric"].endswith(".None")]


def _values(readings) -> list[int | float]:
    """The figures a cell may hold, as read ("增3" is 3, "8.175万元" 8.175)."""
    return [r.value for c in readings if (r := read_cell(c)).value is not None]


def _row_facts(p: _Pending, candidates: list[tuple[str, ...]], v, doubt: str | None = None) -> list[dict]:
    metrics = [f"{p.prefix}.{c}" for c in p.columns]
    if not candidates:
        raw = " ".join(clean(c.text) for c in p.figures)
        src = _source(p.figures[0], p.table) if p.figures else {"table": p.table}
        note = doubt or f"{len(p.figures)} cells where the form has {len(p.columns)}"
        return [dict(metric=m, raw=raw, status="unreadable", source=src, note=note) for m in metrics]
    facts: list[dict] = []
    owners = _owners(p, candidates)
    for i, (metric, (cell, span)) in enumerate(zip(metrics, owners)):
        src = _source(cell, p.table, span)
        readings = [candidates[0][i]] if len(candidates) == 1 else sorted(
            {cand[i] for cand in candidates}, key=lambda x: (len(x), x))
        if doubt:
            facts.append(dict(
                metric=metric, raw=clean(cell.text), status="unreadable", source=src, note=doubt,
                candidates=[] if doubt == _TOO_MANY else _values(readings),
            ))
            continue
        if len(readings) != 1:
            facts.append(dict(
                metric=metric, raw=clean(cell.text), status="unreadable", source=src,
                candidates=_values(readings),
                note=_open_note(p) + ("; or an empty cell (the page leaves cells empty)" if "" in readings else ""),
                blank_possible="" in readings,
            ))
            continue
        raw = readings[0]
        printed = clean(raw)
        reading: CellReading = read_cell(raw)
        if reading.status == "unreadable" and v.is_decimal(metric) and (wan := TEN_THOUSAND.match(printed)):
            reading = replace(read_cell(wan.group("num")), note="printed with 万: the column counts 万元")
        status, note = reading.status, reading.note
        if note is None and (cell.repeated or span is not None and not cell.run):
            shared = sum(1 for c, _ in owners if c is cell)
            if cell.repeated and shared > 1:
                note = f"printed once for {shared} equal cells (the source drops a line repeating the one before)"
            elif span is not None and not cell.run and not cell.repeated and shared > 1:
                note = f"one of {shared} figures printed in one cell (no rule drawn between them)"
        if status == "value" and reading.value < 0 and not v.is_signed(metric):
            status, note = "unreadable", f"negative figure {raw!r} where the form counts"
        if cell.confidence is not None:  # read by OCR
            if status in ("value", "annotated") and cell.confidence < _ocr_min():
                status, note = "unreadable", f"OCR read {raw!r} with confidence {cell.confidence:.2f}"
            if status == "value" and "." in printed and not v.is_decimal(metric):
                # A count with a decimal point, from a scan: a speck between two digits reads
                # as a point ("1.0" for 10), so neither reading is taken.
                facts.append(dict(
                    metric=metric, raw=printed, status="unreadable", source=src,
                    candidates=sorted({reading.value, int(re.sub(r"\D", "", printed) or 0)}),
                    note=f"OCR read {raw!r} in a column of counts: the point may be a speck",
                    ocr_confidence=cell.confidence,
                ))
                continue
            if v.is_signed(metric) and status == "value" and reading.value and printed[:1] not in "+-－—":
                # 本年增/减 from a scan: a minus sign is a short stroke that noise and JPEG
                # erase, so an unsigned figure may have been negative. No look at the ink can
                # settle it: a fax's one bit a pixel leaves no trace of a minus it dropped.
                facts.append(dict(
                    metric=metric, raw=printed, status="unreadable", source=src,
                    candidates=sorted({reading.value, -reading.value}),
                    note=f"OCR read {raw!r} in a signed column: a minus sign may have been lost in the scan",
                    ocr_confidence=cell.confidence,
                ))
                continue
        readable = status in ("value", "annotated")
        facts.append({
            "metric": metric,
            "value": reading.value if readable else None,
            "raw": printed,
            "status": status,
            "decimals": reading.decimals,
            "note": note,
            "candidates": [reading.value] if status == "unreadable" and reading.value is not None else [],
            "ocr_confidence": cell.confidence,
            "source": src,
        })
    return facts


def _open_note(p: _Pending) -> str:
    if any(c.repeated for c in p.figures):
        return ("the source prints one line for several equal cells; several placements of "
                "this row's lines fit the form")
    return "the figures of this row ran together; several readings fit the form"


def low_confidence_reading(fact: Fact, at_least: float = 0.0) -> int | float | None:
    """The figure the OCR read in a cell left unreadable only for its low confidence in it
    (at least `at_least`), for the table's relations to confirm (reconcile.pinning)."""
    conf = fact.ocr_confidence
    if fact.status != "unreadable" or conf is None or not at_least <= conf < _ocr_min() or len(fact.candidates) != 1:
        return None
    return fact.candidates[0]


def _ocr_min() -> float:
    try:
        from extractor.ocr import DIGIT_CONFIDENCE_MIN
    except Exception:  # OCR extra not installed or not built yet
        return 0.9
    return DIGIT_CONFIDENCE_MIN


def derive_subtotals(facts: list[Fact], other_single_row: bool) -> list[Fact]:
    """Group subtotals the form does not print (t3.denied.<col>, t4.litigation.<col>)."""
    by_metric = {f.metric: f for f in facts}
    out = []
    for metric, parts, note in _subtotals(other_single_row):
        got = [by_metric.get(p) for p in parts]
        if any(f is None or f.status not in ("value", "annotated") for f in got):
            continue
        total = sum(f.value for f in got)
        decimals = max(f.decimals for f in got)
        # An empty source: the list's validation builds it (a default factory would be a
        # pydantic call of its own per fact).
        out.append({"metric": metric, "value": round(total, decimals) if decimals else total, "raw": "",
                    "status": "value", "derived": True, "decimals": decimals, "note": note, "source": {}})
    return _FACTS.validate_python(out)


@cache
def _subtotals(other_single_row: bool) -> list[tuple[str, list[str], str]]:
    """(metric, its parts, the note saying so) of each subtotal `derive_subtotals` adds."""
    v = vocabulary()
    sums = []
    for group in v.t3_groups:
        if group == "other" and other_single_row:
            continue
        for col in v.t3_column_ids:
            sums.append((f"t3.{group}.{col}", [f"t3.{c}.{col}" for c in v.t3_children(group)]))
    for col in v.t4_column_ids:
        sums.append((f"t4.litigation.{col}", [f"t4.litigation_direct.{col}", f"t4.litigation_after.{col}"]))
    return [(metric, parts, "= " + " + ".join(parts)) for metric, parts in sums]


def map_tables(doc: Document) -> MappedTables:
    reader = _Reader()
    for row in document_rows(doc):
        reader.feed(row)
    if reader.blank_other is not None and not any(k.startswith("t3.other") for k in reader.pending):
        reader._add("t3.other", reader.v.t3_column_ids, reader.blank_other, blank=True)
        reader.other_single_row = reader.blank_rows = True
    readings, unsupported = _resolve_runs(reader.pending, reader.blank_rows)
    v = vocabulary()
    printed: list[dict] = []
    for prefix in reader.order:
        printed.extend(_facts_for(reader.pending[prefix], readings.get(prefix, []), v, unsupported.get(prefix)))
    layout = reader.layout
    order = _form_order(layout or "2021", reader.other_single_row)
    printed.sort(key=lambda f: order.get(f["metric"], len(order)))
    facts = _FACTS.validate_python(printed)
    facts += derive_subtotals(facts, reader.other_single_row)
    warnings = list(reader.warnings)
    if facts and layout is None:
        warnings.append(("layout_unknown", "the 表二 column labels do not say which layout (2019/2021) is used"))
    open_splits = {
        prefix: ([f"{prefix}.{c}" for c in reader.pending[prefix].columns], cands)
        for prefix, cands in readings.items() if len(cands) > 1 and prefix not in unsupported
    }
    return MappedTables(
        facts=facts, layout=layout, other_single_row=reader.other_single_row,
        warnings=warnings, sections=reader.sections, open_splits=open_splits,
    )


@cache
def _form_order(layout: str, other_single_row: bool) -> dict[str, int]:
    """Metric id → place in the form: this layout's cells first (a later duplicate must not
    move them), then the 2019 layout's."""
    v = vocabulary()
    order: dict[str, int] = {}
    for m in v.metric_ids(layout, other_single_row) + v.metric_ids("2019", True):
        order.setdefault(m, len(order))
    return order


def settle_with_narrative(mapped: MappedTables, mentions: list[Mention]) -> None:
    """Decide a row the form left open using figures the narrative states exactly.

    "8855698" for 本年制发/废止/现行有效 has 15 splits; "本年度制发的规范性文件88件" and
    "现行有效行政规范性文件698件" leave one (88|55|698). Only exact counts linked to
    one of the row's own cells are used, and only a single surviving split is taken:
    otherwise the cells stay unreadable.
    """
    stated: dict[str, set[float]] = {}
    for m in mentions:
        if m.kind == "count" and not m.approx and m.metric and m.value is not None:
            stated.setdefault(m.metric, set()).add(float(m.value))

    def fits(metrics: list[str], split: tuple[str, ...]) -> tuple[bool, str] | None:
        used = [m for m in metrics if m in stated and len(stated[m]) == 1 and _is_number(split[metrics.index(m)])]
        if not used:
            return None
        ok = all(float(split[metrics.index(m)]) in stated[m] for m in used)
        return ok, "、".join(f"{m}={split[metrics.index(m)]}" for m in used)

    _settle(mapped, fits, "split decided by the narrative")


def settle_with_previous(mapped: MappedTables, previous: Report) -> None:
    """Decide a row left open using last year's report of the same organ, where the form
    ties the years: 上年结转 is last year's 结转下年度 (t3), and 现行有效 is last year's plus
    本年制发 minus 本年废止 (t2). Only a single surviving split is taken."""
    before = {f.metric: f.value for f in previous.facts if f.status in ("value", "annotated") and not f.derived}

    def fits(metrics: list[str], split: tuple[str, ...]) -> tuple[bool, str] | None:
        if not all(_is_number(x) for x in split):
            return None
        val = {m: float(x) for m, x in zip(metrics, split)}
        prefix = metrics[0].rsplit(".", 1)[0]
        if prefix == "t3.carried_over":
            last = [before.get(m.replace("carried_over", "carried_forward")) for m in metrics]
            if None in last:
                return None
            return all(abs(val[m] - x) < 1e-9 for m, x in zip(metrics, last)), "上年结转 = 去年结转下年度"
        if prefix.startswith("t2.") and {f"{prefix}.issued", f"{prefix}.repealed", f"{prefix}.in_force"} <= set(val):
            last = before.get(f"{prefix}.in_force")
            if last is None:
                return None
            ok = abs(val[f"{prefix}.in_force"] - (last + val[f"{prefix}.issued"] - val[f"{prefix}.repealed"])) < 1e-9
            return ok, f"现行有效 = 去年{last:g} + 本年制发 − 本年废止"
        return None

    _settle(mapped, fits, "split decided by last year's report")


def _settle(mapped: MappedTables, fits, how: str) -> None:
    """Keep the splits of each open row that `fits(metrics, split)` accepts; where one is
    left, its cells become values with a note saying what decided them. A 表三 row settled
    so may in turn settle others through the form's relations across rows."""
    changed = False
    for prefix, (metrics, cands) in list(mapped.open_splits.items()):
        verdicts = [(c, fits(metrics, c)) for c in cands]
        if any(v is None for _, v in verdicts):
            continue
        keep = [(c, v) for c, v in verdicts if v[0]]
        if len(keep) != 1:
            continue
        split, (_, basis) = keep[0]
        _take(mapped, prefix, split, f"{how} ({basis})")
        changed = True
    if changed:
        _across_rows(mapped, how)
        printed = [f for f in mapped.facts if not f.derived]
        mapped.facts = printed + derive_subtotals(printed, mapped.other_single_row)


def _take(mapped: MappedTables, prefix: str, split: tuple[str, ...], why: str) -> None:
    """An open row's one remaining reading becomes its cells' figures."""
    metrics, _ = mapped.open_splits.pop(prefix)
    for i, fact in enumerate(mapped.facts):
        if fact.metric in metrics and fact.status == "unreadable" and fact.candidates:
            reading = read_cell(split[metrics.index(fact.metric)])
            mapped.facts[i] = fact.model_copy(update={
                "status": reading.status, "value": reading.value, "decimals": reading.decimals,
                "raw": split[metrics.index(fact.metric)], "candidates": [], "blank_possible": False,
                "note": f"several readings of the printed figures fit the form; {why}",
            })


def _across_rows(mapped: MappedTables, how: str) -> None:
    """Open 表三 rows narrowed again by t3.R1/R2 now that more rows are known."""
    open_t3 = {p: cands for p, (_, cands) in mapped.open_splits.items() if p.startswith("t3.")}
    if not open_t3:
        return
    cols = vocabulary().t3_column_ids
    rows: dict[str, list[tuple[str, ...]]] = {}
    for f in mapped.facts:
        prefix = f.metric.rsplit(".", 1)[0]
        if f.derived or not prefix.startswith("t3.") or prefix in open_t3:
            continue
        rows.setdefault(prefix, [[None] * len(cols)])[0][cols.index(f.metric.rsplit(".", 1)[1])] = (
            f.raw if f.status == "value" else None)
    known = {p: [tuple(r[0])] for p, r in rows.items() if all(x is not None for x in r[0])}
    narrowed = resolve({**known, **open_t3}, _row_relation, _t3_relations)
    for prefix, cands in open_t3.items():
        if len(cands) > 1 and len(narrowed.get(prefix, [])) == 1:
            _take(mapped, prefix, narrowed[prefix][0], f"{how}, then the form's relations across rows")


def _is_number(text: str) -> bool:
    return read_cell(text).value is not None


@lru_cache(maxsize=65536)
def _t3_row_named(text: str, group: str | None) -> str | None:
    """The 表三 row a label cell names, with `group` the group heading the rows above."""
    v = vocabulary()
    for choices in _t3_choices(clean(text)[:1].isdigit(), group):
        row_id = v.best_label(text, choices, threshold=0.75)
        if row_id is not None:
            return row_id
    return None


@cache
def _t3_choices(numbered: bool, group: str | None) -> list[dict[str, list[str]]]:
    """Row candidates for a label, narrowest first: a numbered item ("2.重复申请") is
    looked up among the current group's items, then among all items."""
    rows = vocabulary().t3_rows
    if not numbered:
        return [{r.id: r.labels for r in rows}]
    items = [r for r in rows if r.parent is not None]
    children = [r for r in items if r.parent == group]
    return [{r.id: r.labels for r in rows} for rows in (children, items) if rows]


@lru_cache(maxsize=65536)
def _t2_column(text: str) -> str | None:
    """The 表二 column a label cell names, if any (asked of every label of every row)."""
    v = vocabulary()
    return v.best_label(text, v.t2_columns, threshold=0.85) or _t2_column_at_end(text)


def _t2_column_at_end(text: str) -> str | None:
    """A column header with a stray word glued before it in one cell ("上一年项目本年收费
    金额（单位：万元）", a fragment of the header beside it): the column its text ends
    with, when that label is the longer part."""
    norm = normalize_label(text)
    found = [(len(lab), key) for lab, key in _t2_column_labels()
             if norm.endswith(lab) and 2 * len(lab) > len(norm)]
    return max(found)[1] if found else None


@cache
def _layout_marks() -> dict[str, set[str]]:
    """Per layout, the normalised 表二 column labels only it prints."""
    return {layout: {normalize_label(m) for m in markers} for layout, markers in vocabulary().layout_markers.items()}


@cache
def _t2_column_labels() -> list[tuple[str, str]]:
    """(normalised label, column id) of 表二's column labels of 4 characters or more: the
    labels a stray word may be glued before (`_t2_column_at_end`), normalised once."""
    v = vocabulary()
    return [(lab, key) for key, labels in v.t2_columns.items() for lab in map(normalize_label, labels) if len(lab) >= 4]
