"""A corpus store exported for people who do not query DuckDB.

`parquet` and `csv` write every table of the store as one file each (DuckDB's own COPY,
through `store.copy_tables`, as `batch --export` writes them), for analysts. `xlsx` writes one workbook for reviewers who
read the printed form: a sheet of reports, then 表二, 表三 and 表四 laid out as the form
prints them (one block of rows per report, the form's Chinese row and column labels from
the vocabulary), then the findings (each with its reviewers' verdict, note, reviewer and
time) and the failures. The files' `findings` table carries the verdict too (columns
`verdict`, `verdict_note`, `reviewer`, `verdict_at`), and `verdicts` holds every verdict
ever given. Cells the extraction could not read
as a figure show their status (`blank`, `slash`, `unreadable`) instead of a number, so a
reviewer never mistakes an unread cell for a zero.

The store is opened read-only: exporting never changes it (DuckDB admits one writer or
many readers, so while a batch writes the store the export stops with `store_busy`). Rows
are streamed (DuckDB cursors → openpyxl write-only sheets): memory holds a chunk of rows,
not the corpus, and Excel's row limit moves the rest of a sheet to a sheet of its own.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from models import vocabulary
from models.vocabulary import LAYOUTS

from ..errors import display_path
from .store import StoreError, attach_read_only, copy_tables

FORMATS = ("csv", "parquet", "xlsx")

SHEET_REPORTS = "报告"
SHEET_T2 = "表二 主动公开"
SHEET_T3 = "表三 依申请"
SHEET_T4 = "表四 复议诉讼"
SHEET_FINDINGS = "发现的问题"
SHEET_FAILURES = "失败"
SHEET_INDICATORS = "指标"

# Excel's limit; a sheet that would pass it goes on in "<name> (2)", headers repeated.
MAX_ROWS = 1_048_576
_CHUNK = 20_000
# The order reviewers read reports in: organ, then year; reports with no organ last.
_ORDER = "r.organ NULLS LAST, r.year NULLS LAST, r.path"
_SEVERITY_ORDER = "CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"


def export_store(store: str | Path, out: str | Path, fmt: str = "parquet", by_year: bool = False) -> list[Path]:
    """Export the store at `store` as `fmt` into `out`: a folder (csv, parquet: one file per
    table, written into it if it exists; `by_year`: one folder per table, split by year) or
    a workbook file (xlsx, replaced if it exists).
    Returns the files written. Raises StoreError (one line for the user) when the format is
    unknown, the store is missing or is no nianbao store, or `out` cannot be written."""
    if fmt not in FORMATS:
        raise StoreError("--format", "bad_option", f"unknown format {fmt!r}; choose {', '.join(FORMATS)}")
    out = Path(out)
    if fmt == "xlsx" and out.is_dir():
        raise StoreError(out, "bad_output", "is a folder; give the workbook's file name (e.g. corpus.xlsx)")
    if fmt != "xlsx" and out.exists() and not out.is_dir():
        raise StoreError(out, "bad_output", f"is a file; {fmt} export writes one file per table into a folder")
    import duckdb

    db = attach_read_only(store)
    try:
        try:
            return [write_workbook(db, out)] if fmt == "xlsx" else copy_tables(db, out, fmt, by_year)
        except OSError as exc:
            raise StoreError(out, "write_failed", exc.strerror or str(exc)) from None
        except duckdb.Error as exc:  # COPY could not write (permissions, disk full, path)
            raise StoreError(out, "write_failed", str(exc).splitlines()[0]) from None
    finally:
        db.close()


# -- the workbook ------------------------------------------------------------------------


def write_workbook(db, out: str | Path) -> Path:
    """Write the reviewers' workbook from an open store connection. Written beside `out`
    and renamed over it at the end: an interrupted export leaves any earlier workbook whole."""
    from openpyxl import Workbook

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    wb = Workbook(write_only=True)
    try:
        _reports_sheet(wb, db)
        _t2_sheet(wb, db)
        _t3_sheet(wb, db)
        _t4_sheet(wb, db)
        _findings_sheet(wb, db)
        _indicators_sheet(wb, db)
        _failures_sheet(wb, db)
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


class _Sheet:
    """A write-only sheet with frozen header rows and set column widths, going on in a
    sheet of its own when Excel's row limit is reached."""

    def __init__(self, wb, title: str, headers: list[list], widths: list[float]):
        self.wb, self.title, self.headers, self.widths = wb, title, headers, widths
        self.parts = 0
        self._new()

    def _new(self) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        self.parts += 1
        self.ws = self.wb.create_sheet(self.title if self.parts == 1 else f"{self.title} ({self.parts})")
        for i, width in enumerate(self.widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.freeze_panes = f"A{len(self.headers) + 1}"
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
        center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for header in self.headers:
            row = []
            for value in header:
                cell = WriteOnlyCell(self.ws, value=value)
                cell.font, cell.fill, cell.alignment = bold, fill, center
                row.append(cell)
            self.ws.append(row)
        self.rows = len(self.headers)

    def append(self, row: list) -> None:
        if self.rows >= MAX_ROWS:
            self._new()
        self.ws.append(row)
        self.rows += 1

    def block(self, rows: list[list]) -> None:
        """One report's rows, kept on one sheet."""
        if self.rows + len(rows) > MAX_ROWS and self.rows > len(self.headers):
            self._new()
        for row in rows:
            self.append(row)

    def text(self, value):
        """A string from the store as a cell: characters Excel refuses escaped, and a
        leading `=` kept as text (openpyxl would write it as a formula)."""
        if not isinstance(value, str):
            return value
        value = _ILLEGAL.sub(lambda m: repr(m.group())[1:-1], value)
        if len(value) > 1 and value.startswith("="):
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(self.ws, value=value)
            cell.data_type = "s"
            return cell
        return value


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters an .xlsx cannot hold


def _number(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _figure(fact) -> object:
    """A printed cell as the reviewer should see it: its figure, else its status (a blank
    or unreadable cell is not a zero), else nothing (the report has no such cell)."""
    if fact is None:
        return None
    value, status = fact
    if status in ("value", "annotated") and value is not None:
        return _number(value)
    return status


def _rows(db, sql: str, params: list | None = None):
    """Rows of a query, fetched a chunk at a time."""
    cursor = db.execute(sql, params or [])
    while chunk := cursor.fetchmany(_CHUNK):
        yield from chunk


def _blocks(db, prefix: str):
    """Per report in reading order: (path, organ, year, layout, {metric: (value, status)})
    with its printed (not derived) cells of one table. Reports and cells are two sorted
    streams merged on the report's rank: the cells' rows carry no long strings to sort."""
    ranked = f"SELECT row_number() OVER (ORDER BY {_ORDER}) AS k, r.* FROM reports r"
    reports = _rows(db.cursor(), f"SELECT k, path, organ, year, layout FROM ({ranked}) ORDER BY k")
    cells = _rows(db.cursor(), f"""
        SELECT o.k, f.metric, f.value, f.status
        FROM facts f JOIN ({ranked}) o ON o.path = f.path
        WHERE starts_with(f.metric, ?) AND f.derived IS NOT TRUE
        ORDER BY o.k""", [prefix])
    pending = next(cells, None)
    for k, path, organ, year, layout in reports:
        facts = {}
        while pending is not None and pending[0] == k:
            facts[pending[1]] = (pending[2], pending[3])
            pending = next(cells, None)
        yield path, organ, year, layout, facts


def _reports_sheet(wb, db) -> None:
    sheet = _Sheet(wb, SHEET_REPORTS, [["文件", "机关", "年度", "版式", "格式", "错误", "警告"]],
                   [60, 30, 8, 8, 14, 8, 8])
    # Counted from the findings, not taken from the report's row: cross-year findings are
    # added after extraction, and the count must match the findings sheet.
    sql = f"""
        SELECT r.path, r.organ, r.year, r.layout, r.format, coalesce(f.errors, 0), coalesce(f.warnings, 0)
        FROM reports r LEFT JOIN (
            SELECT path, count(*) FILTER (WHERE severity = 'error') AS errors,
                   count(*) FILTER (WHERE severity = 'warning') AS warnings
            FROM findings GROUP BY path
        ) f ON f.path = r.path
        ORDER BY {_ORDER}"""
    for path, organ, year, layout, fmt, errors, warnings in _rows(db, sql):
        sheet.append([sheet.text(path), sheet.text(organ), year, layout, fmt, errors, warnings])


def _t2_columns() -> list[str]:
    """表二 column ids of both layouts in one row of headers, each layout's columns in its
    printed order: the 2021 form's, with the 2019 form's own placed before the first
    column they share (本年处理决定数量) or at the end."""
    v = vocabulary()
    merged: list[str] = []
    for layout in LAYOUTS:
        pending = []
        for metric in v.t2_layouts[layout]:
            col = metric.split(".", 1)[1]
            if col in merged:
                at = merged.index(col)
                merged[at:at] = pending
                pending = []
            elif col not in pending:
                pending.append(col)
        merged += pending
    return merged


def _t2_sheet(wb, db) -> None:
    v = vocabulary()
    cols = _t2_columns()
    sheet = _Sheet(wb, SHEET_T2, [["机关", "年度", "文件", "版式", "信息内容"] + [v.t2_columns[c][0] for c in cols]],
                   [28, 6, 40, 6, 22] + [12] * len(cols))
    items_of: dict[str, list[str]] = {}
    for layout in LAYOUTS:
        items_of[layout] = list(dict.fromkeys(m.split(".", 1)[0] for m in v.t2_layouts[layout]))
    for path, organ, year, layout, facts in _blocks(db, "t2."):
        form = layout if layout in items_of else LAYOUTS[0]  # no 表二 found: the current form's rows
        head = [sheet.text(organ), year, sheet.text(path), layout]
        sheet.block([head + [v.t2_items[item][0]] + [_figure(facts.get(f"t2.{item}.{c}")) for c in cols]
                     for item in items_of[form]])


def _t3_sheet(wb, db) -> None:
    v = vocabulary()
    cols = v.t3_column_ids
    sheet = _Sheet(wb, SHEET_T3, [["机关", "年度", "文件", "项目"] + [v.t3_columns[c][0] for c in cols]],
                   [28, 6, 40, 48] + [10] * len(cols))
    single = re.compile(r"t3\.other\.[a-z_]+")
    for path, organ, year, _layout, facts in _blocks(db, "t3."):
        head = [sheet.text(organ), year, sheet.text(path)]
        # （六）其他处理 printed as one row: its three numbered rows are not on this form.
        other_one_row = any(single.fullmatch(m) for m in facts)
        sheet.block([head + [r.printed] + [_figure(facts.get(f"t3.{r.id}.{c}")) for c in cols]
                     for r in v.t3_rows
                     if not (r.parent and other_one_row and v.t3_row(r.parent).single_row)])


def _t4_sheet(wb, db) -> None:
    from ..reconcile.engine import label

    v = vocabulary()
    groups, cols = list(v.t4_groups), v.t4_column_ids
    # Three header rows as the form prints them: 行政复议 | 行政诉讼, then 未经复议直接起诉 |
    # 复议后起诉 under 行政诉讼, then 结果维持 … 总计 under each (a label heads its span).
    top, middle, bottom = ["机关", "年度", "文件"], ["", "", ""], ["", "", ""]
    last_parent = None
    for g in groups:
        parent, _, child = label(g).partition("·")
        top += [parent if parent != last_parent else ""] + [""] * (len(cols) - 1)
        middle += [child] + [""] * (len(cols) - 1)
        bottom += [v.t4_columns[c][0] for c in cols]
        last_parent = parent
    sheet = _Sheet(wb, SHEET_T4, [top, middle, bottom], [28, 6, 40] + [10] * (len(groups) * len(cols)))
    for path, organ, year, _layout, facts in _blocks(db, "t4."):
        sheet.append([sheet.text(organ), year, sheet.text(path)]
                     + [_figure(facts.get(f"t4.{g}.{c}")) for g in groups for c in cols])


@lru_cache(maxsize=4096)
def _metric_label(metric: str) -> str:
    from ..reconcile.engine import metric_label

    try:
        return metric_label(metric)
    except ValueError:  # not a table cell id
        return metric


VERDICT_NAMES = {"confirmed": "已确认", "dismissed": "已驳回", "noted": "备注"}


def _findings_sheet(wb, db) -> None:
    """Each finding with its cells, and its reviewers' verdict (the latest given in
    `nianbao serve`): 已确认, 已驳回, 备注 (a note, no decision) or nothing."""
    sheet = _Sheet(wb, SHEET_FINDINGS,
                   [["机关", "年度", "文件", "规则", "级别", "说明", "报告值", "计算值", "差额", "涉及单元格",
                     "单元格编号", "审核", "审核备注", "审核人", "审核时间（UTC）", "指纹"]],
                   [28, 6, 40, 18, 9, 80, 10, 10, 10, 50, 40, 8, 40, 12, 24, 22])
    sql = f"""
        SELECT r.organ, r.year, f.path, f.rule, f.severity, f.message, f.reported, f.computed, f.delta,
               f.metrics, f.fingerprint, f.verdict, f.verdict_note, f.reviewer, f.verdict_at
        FROM findings_reviewed f LEFT JOIN reports r ON r.path = f.path
        ORDER BY {_ORDER}, f.path, {_SEVERITY_ORDER}, f.rule, f.fingerprint"""
    for (organ, year, path, rule, severity, message, reported, computed, delta, metrics, fingerprint,
         verdict, note, reviewer, at) in _rows(db, sql):
        ids = [m for m in (metrics or "").split(",") if m]
        sheet.append([sheet.text(organ), year, sheet.text(path), rule, severity, sheet.text(message),
                      _number(reported), _number(computed), _number(delta),
                      "；".join(_metric_label(m) for m in ids), ", ".join(ids),
                      VERDICT_NAMES.get(verdict, verdict), sheet.text(note), sheet.text(reviewer), at, fingerprint])


def _indicators_sheet(wb, db) -> None:
    """One row per report and indicator (extractor/indicators.toml): value, sample, and a
    small sample marked (shown, not to be ranked)."""
    sheet = _Sheet(wb, SHEET_INDICATORS, [["文件", "机关", "年度", "指标", "数值", "分子", "分母（样本量）", "样本过小", "说明"]],
                   [60, 28, 8, 20, 10, 10, 14, 10, 40])
    query = (f"SELECT r.path, r.organ, r.year, i.name, i.value, i.numerator, i.denominator, i.small_sample, i.note "
             f"FROM indicators i JOIN reports r ON r.path = i.path ORDER BY {_ORDER}, i.indicator")
    for path, organ, year, name, value, num, den, small, note in _rows(db, query):
        sheet.append([sheet.text(path), sheet.text(organ), year, name, value, num, den, "是" if small else "",
                      sheet.text(note)])


def _failures_sheet(wb, db) -> None:
    sheet = _Sheet(wb, SHEET_FAILURES, [["文件", "代码", "原因", "sha256"]], [60, 18, 80, 66])
    for path, code, reason, sha256 in _rows(db, "SELECT path, code, reason, sha256 FROM failures ORDER BY path"):
        sheet.append([sheet.text(path), code, sheet.text(reason), sha256])


def describe(paths: list[Path]) -> str:
    """What was written, for the command's closing line."""
    if len(paths) == 1:
        return display_path(paths[0])
    return f"{len(paths)} files in {display_path(paths[0].parent)}"
