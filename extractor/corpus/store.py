"""A corpus in one DuckDB file: reports, facts, mentions, findings and failures as tables.

Analysts query it with SQL and export it with DuckDB's own COPY (Parquet, CSV). Every
row carries its document's key (the file's resolved path); re-adding a document
replaces its rows — but reviewers' verdicts on its findings (KEPT), which apply again to
every finding whose fingerprint returns.
"""

from __future__ import annotations

import re
import zlib
from functools import cache
from pathlib import Path

from models import Report

from ..errors import display_path, one_line
from ..indicators import YEARLY_INDICATORS, indicators
from .batch import Failure

# A batch deletes a report's rows from every table here before writing the report again
# (what must outlive re-extraction goes into KEPT below).
SCHEMA = {
    "reports": {
        "path": "VARCHAR", "sha256": "VARCHAR", "format": "VARCHAR", "organ": "VARCHAR",
        "year": "INTEGER", "layout": "VARCHAR", "pages": "INTEGER", "title": "VARCHAR",
        "sections_found": "VARCHAR", "n_facts": "INTEGER", "n_mentions": "INTEGER",
        "n_errors": "INTEGER", "n_warnings": "INTEGER", "organ_key": "VARCHAR",
    },
    "facts": {
        "path": "VARCHAR", "metric": "VARCHAR", "value": "DOUBLE", "raw": "VARCHAR", "status": "VARCHAR",
        "derived": "BOOLEAN", "note": "VARCHAR", "page": "INTEGER", "dom_path": "VARCHAR",
        "start": "INTEGER", "end": "INTEGER",
    },
    "mentions": {
        "path": "VARCHAR", "text": "VARCHAR", "value": "DOUBLE", "unit": "VARCHAR", "approx": "BOOLEAN",
        "kind": "VARCHAR", "metric": "VARCHAR", "topic": "VARCHAR", "scope": "VARCHAR",
        "section": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "page": "INTEGER", "table_column": "VARCHAR",
    },
    "findings": {
        "path": "VARCHAR", "rule": "VARCHAR", "severity": "VARCHAR", "message": "VARCHAR",
        "reported": "DOUBLE", "computed": "DOUBLE", "delta": "DOUBLE", "metrics": "VARCHAR",
        "fingerprint": "VARCHAR",
    },
    "failures": {"path": "VARCHAR", "code": "VARCHAR", "reason": "VARCHAR", "sha256": "VARCHAR"},
    # The indicators of extractor/indicators.toml, per report (those needing last year's
    # report are written when the years are linked).
    "indicators": {
        "path": "VARCHAR", "indicator": "VARCHAR", "name": "VARCHAR", "value": "DOUBLE", "numerator": "DOUBLE",
        "denominator": "DOUBLE", "sample": "INTEGER", "small_sample": "BOOLEAN", "note": "VARCHAR",
    },
    # Each report whole, to be read back exactly (`load_report`: `nianbao compare`, the
    # review): the report as OUTPUT.md's JSON and the narrative text its offsets index, each
    # zlib-compressed (~7 KB a report, not the ~80 KB of JSON). Not exported: the tables above
    # hold the same figures for SQL and spreadsheets.
    "documents": {"path": "VARCHAR", "report": "BLOB", "text": "BLOB"},
    # A report (path) and the organ's report of the year before, with the contents they
    # were paired at: cross-year findings are recomputed when either changes.
    "year_links": {
        "path": "VARCHAR", "sha256": "VARCHAR", "previous_path": "VARCHAR", "previous_sha256": "VARCHAR",
        "organ_key": "VARCHAR", "year": "INTEGER",
    },
}


# Reviewers' verdicts on findings (`nianbao serve`), kept apart from SCHEMA: a batch deletes
# a report's rows from every table of SCHEMA before it writes the report again, and a
# verdict must outlive that. It is keyed by the report's path and the finding's
# fingerprint (stable for the same document and finding), so a finding that comes back
# from re-extraction has its verdict again; a verdict whose finding is gone stays here,
# counted nowhere. History is kept: every verdict given is a row, and a finding's verdict
# is its latest (`current_verdicts`). Written by the service only (`record_verdict`).
KEPT = {
    "verdicts": {
        "path": "VARCHAR", "fingerprint": "VARCHAR", "verdict": "VARCHAR", "note": "VARCHAR",
        "reviewer": "VARCHAR", "at": "VARCHAR",  # UTC, ISO 8601 to the microsecond: sorts as time (SQL: "at")
    },
}
TABLES = {**SCHEMA, **KEPT}
VERDICTS = ("confirmed", "dismissed", "noted")  # noted: a note, no decision (the finding stays open)
MAX_NOTE = 2000      # characters of a verdict's note
MAX_REVIEWER = 80    # characters of a reviewer's name


@cache
def _arrow_schema(table: str):
    """SCHEMA's columns of `table` as an Arrow schema (pyarrow imported on first use)."""
    import pyarrow as pa

    types = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
             "BLOB": pa.binary()}
    return pa.schema([(c, types[kind]) for c, kind in SCHEMA[table].items()])


# Tables written out by `export` and `batch --export` (documents hold blobs, not figures;
# findings go out with their current verdicts, `findings_reviewed`).
EXPORTED = [t for t in TABLES if t != "documents"]

# One row per report: its organ (as matched across years), year, errors and warnings
# (cross-year findings included) and last year's report if the corpus has it. Findings are
# counted per report before the join (a third less work than grouping the joined rows: the
# corpus view reads this on every page).
ORGAN_YEARS = """
CREATE OR REPLACE VIEW organ_years AS
SELECT coalesce(r.organ_key, r.organ) AS organ, r.year, r.path AS report,
       coalesce(f.errors, 0) AS errors, coalesce(f.warnings, 0) AS warnings,
       l.previous_path AS previous_report
FROM reports r
LEFT JOIN (SELECT path, count(*) FILTER (WHERE severity = 'error') AS errors,
                  count(*) FILTER (WHERE severity = 'warning') AS warnings
           FROM findings GROUP BY path) f ON f.path = r.path
LEFT JOIN (SELECT path, any_value(previous_path) AS previous_path FROM year_links GROUP BY path) l
       ON l.path = r.path
"""

# Each finding's verdict (its latest), and each finding with it: what the corpus view
# counts and the exports carry. A verdict whose finding is gone joins nothing.
VERDICT_VIEWS = """
CREATE OR REPLACE VIEW current_verdicts AS
SELECT path, fingerprint, verdict, note, reviewer, "at" FROM verdicts
QUALIFY row_number() OVER (PARTITION BY path, fingerprint ORDER BY "at" DESC) = 1;
CREATE OR REPLACE VIEW findings_reviewed AS
SELECT f.*, v.verdict, v.note AS verdict_note, v.reviewer, v."at" AS verdict_at
FROM findings f LEFT JOIN current_verdicts v ON v.path = f.path AND v.fingerprint = f.fingerprint
"""


def report_rows(report: Report, text: str | None = None, path: str | None = None) -> dict:
    """The store's rows of one report as Arrow tables, one per table of SCHEMA that it fills
    (`text`: the document text its offsets index), keyed on `path` (the store sets it when
    the rows are added). Batch workers make them where the report was extracted: they are
    several times cheaper to send than the `Report`, and the one process writing the store
    (which the workers wait on) only joins them."""
    m = report.meta
    return {table: arrow_rows(table, rows) for table, rows in {
        "documents": [{
            "path": path, "report": zlib.compress(report.model_dump_json().encode(), 1),
            "text": None if text is None else zlib.compress(text.encode(), 1),
        }],
        "reports": [{
            "path": path, "sha256": report.source.sha256, "format": report.source.format,
            "organ": m.organ, "year": m.year, "layout": m.layout, "pages": m.pages, "title": m.title,
            "sections_found": "".join(m.sections_found), "n_facts": len(report.facts),
            "n_mentions": len(report.mentions),
            "n_errors": sum(f.severity == "error" for f in report.findings),
            "n_warnings": sum(f.severity == "warning" for f in report.findings),
        }],
        "facts": [{
            "path": path, "metric": f.metric, "value": f.value, "raw": f.raw, "status": f.status,
            "derived": f.derived, "note": f.note, "page": f.source.page, "dom_path": f.source.dom_path,
            "start": f.source.start, "end": f.source.end,
        } for f in report.facts],
        "mentions": [{
            "path": path, "text": x.text, "value": x.value, "unit": x.unit, "approx": x.approx,
            "kind": x.kind, "metric": x.metric, "topic": x.topic, "scope": x.scope,
            "section": x.section, "start": x.start, "end": x.end, "page": x.page, "table_column": x.table_column,
        } for x in report.mentions],
        "findings": [_finding_row(path, f) for f in report.findings],
        "indicators": [indicator_row(path, i) for i in indicators(report)],
    }.items()}


def arrow_rows(table: str, rows: list[dict]):
    """`rows` of `table` as an Arrow table of SCHEMA's columns (a column a row lacks is NULL):
    DuckDB scans it in place, where binding Python values costs ~6 µs a value."""
    import pyarrow as pa

    schema = _arrow_schema(table)
    return pa.table({c: [row.get(c) for row in rows] for c in schema.names}, schema=schema)


def indicator_row(path: str, i) -> dict:
    return {"path": path, "indicator": i.id, "name": i.name, "value": i.value, "numerator": i.numerator,
            "denominator": i.denominator, "sample": i.sample, "small_sample": i.small_sample, "note": i.note}


def copy_tables(db, folder: str | Path, fmt: str = "parquet", by_year: bool = False) -> list[Path]:
    """Write every table of EXPORTED in `db` as Parquet or CSV into `folder`. `by_year`: each
    table as a folder split by its report's year instead (`facts/year=2023/data_0.parquet`,
    Hive style; failures under `year=__HIVE_DEFAULT_PARTITION__`), so that readers of a
    large corpus on shared storage open only the years they ask for."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for table in EXPORTED:
        target = folder / f"{table}.{fmt}"
        option = "(FORMAT PARQUET)" if fmt == "parquet" else "(FORMAT CSV, HEADER)"
        source = "findings_reviewed" if table == "findings" else table  # each finding with its verdict
        if by_year:
            target = folder / table
            rows = source if "year" in TABLES[table] else \
                f"(SELECT t.*, r.year FROM {source} t LEFT JOIN reports r ON r.path = t.path)"
            split = option.replace(")", ", PARTITION_BY (year), OVERWRITE)")
            db.execute(f"COPY {rows} TO {sql_text(target.as_posix())} {split}")
        else:
            db.execute(f"COPY {source} TO {sql_text(target.as_posix())} {option}")
        out.append(target)
    return out


def sql_text(text: str) -> str:
    """A string literal for SQL (COPY takes no parameter for its target): quotes doubled."""
    return "'" + text.replace("'", "''") + "'"


def _finding_row(path: str, f) -> dict:
    return {
        "path": path, "rule": f.rule, "severity": f.severity, "message": f.message,
        "reported": f.reported, "computed": f.computed, "delta": f.delta,
        "metrics": ",".join(f.metrics), "fingerprint": f.fingerprint,
    }


class StoreError(Exception):
    """The store cannot be opened (another process writes it, or it is no DuckDB file)."""

    def __init__(self, path: str | Path, code: str, reason: str):
        self.path, self.code, self.reason = display_path(path), code, reason
        super().__init__(self.line())

    def line(self) -> str:
        return one_line(f"nianbao: {self.code}: {self.path}: {self.reason}")


def store_error(db_path: str | Path, exc: Exception) -> StoreError:
    """The one line for a DuckDB error met opening a store: another process holds it, or
    it is no store at all."""
    text = str(exc)
    if "lock" in text.lower():
        pid = re.search(r"PID (\d+)", text)
        who = f"process {pid.group(1)}" if pid else "another process"
        return StoreError(db_path, "store_busy", f"{who} is writing to this store; run again when it has finished")
    if "not a valid DuckDB database" in text:
        return StoreError(db_path, "bad_store", "not a DuckDB file (write one with `nianbao batch`)")
    return StoreError(db_path, "bad_store", text.splitlines()[0])


def _open(db_path: str | Path):
    import duckdb

    try:
        return duckdb.connect(str(db_path))
    except duckdb.Error as exc:
        raise store_error(db_path, exc) from None


class CorpusStore:
    """Writer of outcomes into a DuckDB file, one transaction per `commit()`.

    Rows are keyed by the file's resolved path (`key`), so a file given once relative and
    once absolute is one document; `known()` tells a rerun what is already there and with
    which content."""

    def __init__(self, db_path: str | Path):
        self.db = _open(db_path)
        # One thread: the writer runs beside the batch's workers, one per core, and DuckDB's
        # own threads only took cores from them (a commit of 10 reports: 4.6 → 3.1 ms a report).
        self.db.execute("SET threads = 1")
        for table, cols in SCHEMA.items():
            body = ", ".join(f'"{c}" {t}' for c, t in cols.items())
            self.db.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
            for column, kind in cols.items():  # a store written by an older version lacks new columns
                self.db.execute(f'ALTER TABLE {table} ADD COLUMN IF NOT EXISTS "{column}" {kind}')
        _create_kept(self.db)
        self.db.execute(ORGAN_YEARS)
        self.buffer: dict[str, list] = {t: [] for t in SCHEMA}  # Arrow tables (`arrow_rows`) to insert
        self.replaced: list[str] = []

    def known(self) -> dict[str, tuple[str | None, bool]]:
        """Every document in the store: key → (sha256 of its content, whether it failed)."""
        out = {k: (h, True) for k, h in self.db.execute("SELECT path, sha256 FROM failures").fetchall()}
        out.update({k: (h, False) for k, h in self.db.execute("SELECT path, sha256 FROM reports").fetchall()})
        return out

    def add_report(self, report: Report, key: str | None = None, replaces: bool = True,
                   text: str | None = None) -> None:
        """Queue a report's rows; `text`: the document text its offsets index (kept with it)."""
        self.add_rows(report_rows(report, text), key or report.source.path, replaces)

    def add_rows(self, rows: dict, key: str, replaces: bool = True) -> None:
        """Queue a report's rows (`report_rows`) under `key`, the document's identity."""
        import pyarrow as pa

        if replaces:
            self.replaced.append(key)
        for table, data in rows.items():
            if data.num_rows:
                keys = pa.array([key] * data.num_rows, pa.string())
                self.buffer[table].append(data.set_column(data.schema.get_field_index("path"), "path", keys))

    def add_failure(self, failure: Failure, key: str | None = None, sha256: str | None = None,
                    replaces: bool = True) -> None:
        key = key or failure.path
        if replaces:
            self.replaced.append(key)
        self.buffer["failures"].append(arrow_rows("failures", [
            {"path": key, "code": failure.code, "reason": failure.reason, "sha256": sha256}]))

    def commit(self) -> None:
        """Write what was added since the last commit in one transaction: a process killed at
        any moment leaves the store as it was after some commit."""
        if not self.replaced and not any(self.buffer.values()):
            return
        self.db.execute("BEGIN")
        try:
            if self.replaced:
                for table in SCHEMA:
                    self.db.execute(f"DELETE FROM {table} WHERE path IN (SELECT unnest(?::VARCHAR[]))", [self.replaced])
            for table, parts in self.buffer.items():
                if parts:
                    self._insert(table, parts)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.buffer = {t: [] for t in SCHEMA}
        self.replaced = []

    flush = commit

    # What linking the years of a corpus reads and writes (extractor/corpus/years.py).

    def report_identities(self) -> dict[str, tuple]:
        """path → (sha256, organ, year, layout, format) of every report."""
        rows = self.db.execute("SELECT path, sha256, organ, year, layout, format FROM reports").fetchall()
        return {r[0]: tuple(r[1:]) for r in rows}

    def readable_cells(self) -> dict[str, int]:
        rows = self.db.execute("SELECT path, count(*) FROM facts WHERE status IN ('value', 'annotated') "
                               "AND NOT derived GROUP BY path").fetchall()
        return dict(rows)

    def set_organ_keys(self, keys: dict[str, str | None]) -> None:
        if keys:
            self.db.execute("UPDATE reports SET organ_key = k.key FROM (SELECT unnest(?::VARCHAR[]) AS path, "
                            "unnest(?::VARCHAR[]) AS key) k WHERE reports.path = k.path "
                            "AND reports.organ_key IS DISTINCT FROM k.key", [list(keys), list(keys.values())])

    def year_links(self) -> dict[str, tuple]:
        rows = self.db.execute("SELECT path, sha256, previous_path, previous_sha256 FROM year_links").fetchall()
        return {r[0]: tuple(r[1:]) for r in rows}

    def reports_for_relations(self, paths: set[str]) -> dict[str, Report]:
        """The reports at `paths` rebuilt from their rows (表二 and 表三 cells, meta)."""
        from .years import report_from_rows

        paths = sorted(paths)
        if not paths:
            return {}
        idents = {r[0]: tuple(r[1:]) for r in self.db.execute(
            "SELECT path, sha256, organ, year, layout, format FROM reports WHERE path IN (SELECT unnest(?::VARCHAR[]))",
            [paths]).fetchall()}
        facts: dict[str, list[tuple]] = {p: [] for p in paths}
        for row in self.db.execute(
                "SELECT path, metric, value, raw, status, derived, note FROM facts WHERE path IN "
                "(SELECT unnest(?::VARCHAR[])) AND (metric LIKE 't2.%' OR metric LIKE 't3.%')", [paths]).fetchall():
            facts[row[0]].append(row[1:])
        return {p: report_from_rows(p, idents[p], facts[p]) for p in paths if p in idents}

    def replace_year_links(self, links: dict[str, tuple], findings: dict[str, list], remove: list[str],
                           yearly: dict[str, list] | None = None) -> None:
        """Record the pairs `links` (path → (sha256, previous path, previous sha256, organ, year))
        with their cross-year findings and the indicators that need last year's report
        (`yearly`), and forget the pairs of `remove`, in one transaction."""
        paths = sorted(set(links) | set(remove))
        if not paths:
            return
        self.db.execute("BEGIN")
        try:
            self.db.execute("DELETE FROM year_links WHERE path IN (SELECT unnest(?::VARCHAR[]))", [paths])
            self.db.execute("DELETE FROM findings WHERE starts_with(rule, 'cross_year.') "
                            "AND path IN (SELECT unnest(?::VARCHAR[]))", [paths])
            if links:
                self._insert("year_links", [arrow_rows("year_links", [dict(zip(SCHEMA["year_links"], (p, *link)))
                                                                     for p, link in links.items()])])
            rows = [_finding_row(p, f) for p, fs in findings.items() for f in fs]
            if rows:
                self._insert("findings", [arrow_rows("findings", rows)])
            self.db.execute("DELETE FROM indicators WHERE indicator IN (SELECT unnest(?::VARCHAR[])) "
                            "AND path IN (SELECT unnest(?::VARCHAR[]))", [YEARLY_INDICATORS, paths])
            rows = [indicator_row(p, i) for p, items in (yearly or {}).items() for i in items]
            if rows:
                self._insert("indicators", [arrow_rows("indicators", rows)])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _insert(self, table: str, parts: list) -> None:
        """Insert into `table` its rows as Arrow tables (`arrow_rows`), in one statement."""
        import pyarrow as pa

        data = pa.concat_tables(parts)
        self.db.register("_rows_in", data)
        try:
            names = ", ".join(f'"{c}"' for c in data.schema.names)
            self.db.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _rows_in")
        finally:
            self.db.unregister("_rows_in")

    def export(self, folder: str | Path, fmt: str = "parquet", by_year: bool = False) -> list[Path]:
        """Write every table as Parquet or CSV into `folder` (see `copy_tables`)."""
        self.commit()
        return copy_tables(self.db, folder, fmt, by_year)

    def close(self) -> None:
        self.commit()
        self.db.close()

    def __enter__(self) -> "CorpusStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- reading a store without writing it -------------------------------------------------


# The tables that make a DuckDB file a nianbao store; tables and columns added to the
# store since (SCHEMA) may be absent from an older one and are then exported empty.
CORE_TABLES = ("reports", "facts", "mentions", "findings", "failures")


def attach_read_only(db_path: str | Path, con=None, alias: str = "nianbao_store"):
    """The store attached read-only to an in-memory database whose views show each table
    of SCHEMA with every column: an export neither changes the store nor waits for it, and
    a store written by an older nianbao exports the same files, its missing columns and
    tables empty.

    `con`: a connection to an in-memory database the caller keeps (the service: creating a
    database costs ~40 ms, more than a page's queries). The store is attached to it as
    `alias` (one of its own a reader), the views are that connection's own (temporary), and
    the caller detaches the store (`DETACH alias`) when done: until then it holds the file."""
    import duckdb

    path = Path(db_path)
    if not path.exists():
        raise StoreError(db_path, "no_store", "no such file")
    if path.is_dir():
        raise StoreError(db_path, "bad_store", "is a folder, not a DuckDB file written by `nianbao batch`")
    db = duckdb.connect(":memory:") if con is None else con
    view = "CREATE VIEW main." if con is None else "CREATE TEMP VIEW "

    def give_up(error: StoreError) -> StoreError:
        if con is None:
            db.close()
        else:
            db.execute(f"DETACH DATABASE IF EXISTS {alias}")
        return error

    try:
        db.execute(f"ATTACH {sql_text(str(path))} AS {alias} (TYPE DUCKDB, READ_ONLY)")
        have: dict[str, set[str]] = {}
        for table, column in db.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_catalog = ? AND table_schema = 'main'", [alias]).fetchall():
            have.setdefault(table, set()).add(column)
    except duckdb.Error as exc:
        raise give_up(store_error(db_path, exc)) from None
    missing = [t for t in CORE_TABLES if t not in have]
    if missing:
        raise give_up(StoreError(db_path, "bad_store",
                                 f"no table {', '.join(missing)}: not a store written by `nianbao batch`"))
    for table, cols in TABLES.items():
        present = have.get(table, set())
        columns = ", ".join(f'"{c}"' if c in present else f'NULL::{kind} AS "{c}"' for c, kind in cols.items())
        source = f"{alias}.main.{table}" if table in have else "(SELECT 1) AS nothing WHERE false"
        db.execute(f"{view}{table} AS SELECT {columns} FROM {source}")
    # Over those views: a store older than the views has them too.
    for views in (ORGAN_YEARS, VERDICT_VIEWS):
        db.execute(views if con is None else views.replace("CREATE OR REPLACE VIEW", "CREATE OR REPLACE TEMP VIEW"))
    return db


def load_report(db, key: str) -> tuple[str | None, Report] | None:
    """The stored report at `key` (its resolved path) exactly as it was extracted, with the
    document text its offsets index (None when a store written before texts were kept);
    None when the store has no such report."""
    row = db.execute("SELECT report, text FROM documents WHERE path = ?", [key]).fetchone()
    if row is None or row[0] is None:
        return None
    text = zlib.decompress(row[1]).decode() if row[1] is not None else None
    return text, Report.model_validate_json(zlib.decompress(row[0]))


def find_reports(db, organ: str, year: int) -> list[str]:
    """Keys of the reports of `organ` (as printed, or as matched across years) for `year`."""
    rows = db.execute("SELECT path FROM reports WHERE year = ? AND (organ = ? OR organ_key = ?) ORDER BY path",
                      [year, organ, organ]).fetchall()
    return [p for (p,) in rows]


def previous_report(db, key: str) -> str | None:
    """The key of the organ's report of the year before, as the batch paired them."""
    row = db.execute("SELECT previous_path FROM year_links WHERE path = ?", [key]).fetchone()
    return row[0] if row else None


# -- reviewers' verdicts (KEPT) -----------------------------------------------------------


def _create_kept(db) -> None:
    """The tables of KEPT and the views over them, in a store open for writing."""
    for table, cols in KEPT.items():
        body = ", ".join(f'"{c}" {t}' for c, t in cols.items())
        db.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
        for column, kind in cols.items():
            db.execute(f'ALTER TABLE {table} ADD COLUMN IF NOT EXISTS "{column}" {kind}')
    db.execute(VERDICT_VIEWS)


def report_id(path: str) -> str:
    """A stored report's key in URLs: the first 16 hex digits of the SHA-256 of its path
    (the store's key). URL-safe, stable across re-extraction, and unlike the content's
    sha256 it tells apart two copies of one file filed under two paths."""
    import hashlib

    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


def path_of_id(db, rid: str) -> str | None:
    """The path of the report whose `report_id` is `rid`, or None."""
    if not re.fullmatch(r"[0-9a-f]{16}", rid or ""):
        return None
    row = db.execute("SELECT path FROM reports WHERE left(sha256(path), 16) = ? LIMIT 1", [rid]).fetchone()
    return row[0] if row else None


def clean_verdict(verdict: str, note: str | None, reviewer: str | None) -> tuple[str, str, str]:
    """A verdict as it will be stored, or ValueError with the one line why: the verdict one
    of VERDICTS, the reviewer one line of 1..MAX_REVIEWER characters, the note (required
    for `noted`) at most MAX_NOTE characters; control characters dropped (a note keeps
    its line breaks)."""
    import unicodedata

    def plain(text: str, keep: str = "") -> str:
        text = unicodedata.normalize("NFC", text or "")
        return "".join(c for c in text if c in keep or not unicodedata.category(c).startswith("C")).strip()

    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
    reviewer, note = plain(reviewer or ""), plain((note or "").replace("\r\n", "\n"), "\n")
    if not reviewer:
        raise ValueError("reviewer: give the reviewer's name")
    if len(reviewer) > MAX_REVIEWER:
        raise ValueError(f"reviewer: at most {MAX_REVIEWER} characters")
    if len(note) > MAX_NOTE:
        raise ValueError(f"note: at most {MAX_NOTE} characters")
    if verdict == "noted" and not note:
        raise ValueError("note: a `noted` verdict needs its note")
    return verdict, note, reviewer


def record_verdict(db_path: str | Path, path: str, fingerprint: str, verdict: str, note: str | None,
                   reviewer: str | None) -> dict:
    """Add a verdict on the finding `fingerprint` of the report at `path`, at the current
    UTC time; the store is opened for writing for this alone. Returns the stored row.
    StoreError: `store_busy` while another process writes the store, `not_in_store` when
    the report has no such finding; ValueError: a bad verdict (`clean_verdict`)."""
    from datetime import datetime, timezone

    verdict, note, reviewer = clean_verdict(verdict, note, reviewer)
    db = _open(db_path)
    try:
        _create_kept(db)
        if db.execute("SELECT 1 FROM findings WHERE path = ? AND fingerprint = ? LIMIT 1",
                      [path, fingerprint]).fetchone() is None:
            raise StoreError(db_path, "not_in_store", f"the report has no finding {fingerprint!r}")
        at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        row = {"path": path, "fingerprint": fingerprint, "verdict": verdict, "note": note,
               "reviewer": reviewer, "at": at}
        db.execute("INSERT INTO verdicts (path, fingerprint, verdict, note, reviewer, \"at\") VALUES (?, ?, ?, ?, ?, ?)",
                   list(row.values()))
    finally:
        db.close()
    return row


def verdicts_of(db, path: str) -> dict[str, list[dict]]:
    """Every verdict given on the findings of the report at `path`, by fingerprint, newest
    first (the first is the finding's verdict)."""
    out: dict[str, list[dict]] = {}
    keys = ("fingerprint", "verdict", "note", "reviewer", "at")
    for row in db.execute("SELECT fingerprint, verdict, note, reviewer, \"at\" FROM verdicts WHERE path = ? "
                          "ORDER BY \"at\" DESC", [path]).fetchall():
        out.setdefault(row[0], []).append(dict(zip(keys, row)))
    return out


def stored_findings(db, path: str) -> list[tuple]:
    """The findings the store holds for the report at `path` (cross-year ones included):
    (rule, severity, message, reported, computed, delta, metrics, fingerprint)."""
    return db.execute("SELECT rule, severity, message, reported, computed, delta, metrics, fingerprint "
                      "FROM findings WHERE path = ?", [path]).fetchall()
