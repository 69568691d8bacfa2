"""The `nianbao` command line: extract, check, schema, corpus."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console, Group
from rich.table import Table as RichTable
from rich.text import Text

from models import Report

from . import limits
from .errors import ExtractionError, display_path, one_line
from .reconcile.engine import fmt
from .service.settings import Settings

app = typer.Typer(
    name="nianbao",
    help="Extract and reconcile 政府信息公开工作年度报告 (HTML, text, PDF, Word, scans).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
corpus_app = typer.Typer(help="The project's own generated corpus.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")

err = Console(stderr=True, soft_wrap=True, highlight=False)


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def _extract_all(files: list, previous: Report | None = None) -> tuple[list[Report], int]:
    """Extract every file (an item may also be a list: the page images of one report);
    a failure is reported on stderr and the rest go on."""
    from . import extract

    reports, failures = [], 0
    for path in files:
        try:
            reports.append(extract(path, previous))
        except ExtractionError as exc:
            failures += 1
            err.print(exc.line(), markup=False)
        except Exception as exc:  # a bug must not hide the other files' results
            failures += 1
            name = display_path(path) if isinstance(path, (str, Path)) else ", ".join(map(display_path, path))
            err.print(one_line(f"nianbao: internal_error: {name}: {type(exc).__name__}: {exc}"), markup=False)
    return reports, failures


LIMIT_HELP = ("Change a limit for this run, NAME=VALUE (repeatable): " + ", ".join(limits.NAMES)
              + ". See README, Limits.")


def _set_limits(assignments: list[str]) -> None:
    """`--limit NAME=VALUE`: set as the environment variable, so that worker processes see it too."""
    for text in assignments:
        try:
            name, value = limits.parse_assignment(text)
        except ValueError as exc:
            err.print(f"nianbao: bad_option: --limit: {exc}", markup=False)
            raise typer.Exit(2) from None
        os.environ[limits.env_name(name)] = value


def _write(text: str, out: Optional[Path]) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def _facts_table(report: Report) -> RichTable:
    t = RichTable(title=f"{report.source.path} — {report.meta.organ or '?'} {report.meta.year or ''}")
    for col in ("metric", "value", "status", "where"):
        t.add_column(col)
    for f in report.facts:
        s = f.source
        where = (
            f"p{s.page}" if s.page else f"table {s.table} r{s.row} c{s.col}" if s.table is not None else ""
        )
        t.add_row(f.metric, f.raw if f.status != "value" else str(f.value), f.status, where)
    return t


# How a cell that holds no figure is shown in the form's grids.
_STATUS_MARK = {"blank": "", "slash": "/", "unreadable": "?", "missing": "·"}


def _form_tables(report: Report) -> Group:
    """A report as a reviewer reads it: its header line, 表二/表三/表四 laid out as the form
    prints them (Chinese labels; a cell in an error red, in a warning yellow; `?` unreadable,
    `/` a slash, `·` not found), then its findings."""
    from .form import form_layout

    form = form_layout(report)
    facts = {f.metric: f for f in report.facts}
    severity: dict[str, str] = {}
    for f in report.findings:
        for m in f.metrics:
            if f.severity == "error" or (f.severity == "warning" and m not in severity):
                severity[m] = f.severity

    def cell(metric: str) -> Text:
        f = facts.get(metric)
        if f is None:
            shown = _STATUS_MARK["missing"]
        elif f.status in ("value", "annotated") and f.value is not None:
            shown = fmt(f.value)
        else:
            shown = _STATUS_MARK.get(f.status, f.status)
        style = {"error": "bold red", "warning": "yellow"}.get(severity.get(metric, ""), "dim" if f is None else "")
        return Text(shown, style=style)

    m = report.meta
    n_err = sum(f.severity == "error" for f in report.findings)
    n_warn = sum(f.severity == "warning" for f in report.findings)
    head = Text(f"{m.organ or '?'} {m.year or '?'}年 · {m.layout or '?'}版式 · {report.source.format} · "
                f"{report.source.path} · 错误 {n_err} · 警告 {n_warn}", style="bold")
    t2 = RichTable(title="表二 主动公开政府信息情况", title_justify="left", show_header=False)
    t2.add_column("信息内容", overflow="fold")
    width = max(len(cols) for cols in form["t2_items"].values())
    for _ in range(width):
        t2.add_column(overflow="fold")
        t2.add_column(justify="right", no_wrap=True)
    for item, cols in form["t2_items"].items():
        row: list = [Text(form["t2_labels"][item])]
        for c in cols:
            row += [Text(form["t2_col_labels"][c], style="dim"), cell(f"t2.{item}.{c}")]
        t2.add_row(*row, *[""] * (2 * (width - len(cols))))
    t3 = RichTable(title="表三 收到和处理政府信息公开申请情况", title_justify="left")
    t3.add_column("", overflow="fold", max_width=14)  # labels wrap rather than lose their words
    for c in form["t3_cols"]:
        t3.add_column(form["t3_col_labels"][c], justify="right", overflow="fold", min_width=4)
    for r in form["t3_rows"]:
        t3.add_row(Text(form["t3_labels"][r]), *[cell(f"t3.{r}.{c}") for c in form["t3_cols"]])
    t4 = RichTable(title="表四 政府信息公开行政复议、行政诉讼情况", title_justify="left")
    t4.add_column("")
    for c in form["t4_cols"]:
        t4.add_column(form["t4_col_labels"][c], justify="right")
    for g, label in form["t4_groups"].items():
        t4.add_row(Text(label), *[cell(f"t4.{g}.{c}") for c in form["t4_cols"]])
    return Group(head, t2, t3, t4, _findings_table(report))


def _findings_table(report: Report) -> RichTable:
    t = RichTable(title=f"{report.source.path}: {len(report.findings)} findings")
    for col in ("severity", "rule", "message", "where"):
        t.add_column(col, overflow="fold")
    for f in report.findings:
        style = "red" if f.severity == "error" else "yellow" if f.severity == "warning" else ""
        where = [_where(report, m) for m in f.metrics[:8]] + (["…"] if len(f.metrics) > 8 else [])
        where += [f"「{report.mentions[i].text}」" for i in f.mentions if i < len(report.mentions)]
        t.add_row(f"[{style}]{f.severity}[/]" if style else f.severity, f.rule, f.message,
                  Text("\n".join(where)))
    return t


def _where(report: Report, metric: str) -> str:
    """A cell and where it was printed: page, DOM cell, or character offset."""
    fact = report.fact(metric)
    if fact is None or fact.derived:
        return metric
    s = fact.source
    place = f"p.{s.page}" if s.page else f"@{s.start}" if s.start is not None else (
        f"table {s.table} r{s.row}c{s.col}" if s.table is not None else "")
    return f"{metric} ({place})" if place else metric


def _emit(reports: list[Report], fmt: OutputFormat, out: Optional[Path], table_of) -> None:
    if fmt is OutputFormat.table:
        console = Console(file=open(out, "w", encoding="utf-8") if out else sys.stdout)
        for r in reports:
            console.print(table_of(r))
        return
    if fmt is OutputFormat.json and len(reports) == 1:
        _write(reports[0].model_dump_json(indent=2) + "\n", out)
    else:
        _write("".join(r.model_dump_json() + "\n" for r in reports), out)


@app.command()
def extract(
    files: list[Path] = typer.Argument(
        ..., readable=False, help="Report files: .html .txt .md .pdf .docx, page images, or a folder of one report's page images."
    ),
    format: OutputFormat = typer.Option(
        OutputFormat.json, "--format", "-f", help="json (one object; JSON Lines for several files), jsonl, or table."
    ),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    pages: bool = typer.Option(
        False, "--pages", help="The FILES are the page images of one scanned report (read in name order)."
    ),
    ids: bool = typer.Option(False, "--ids", help="With --format table: the flat list of canonical ids "
                                                   "(for scripts) instead of the form's grids."),
    limit: list[str] = typer.Option([], "--limit", metavar="NAME=VALUE", help=LIMIT_HELP),
) -> None:
    """Extract every table cell, narrative count and finding of each report."""
    _set_limits(limit)
    reports, failures = _extract_all([files] if pages else files)
    _emit(reports, format, out, _facts_table if ids else _form_tables)
    raise typer.Exit(1 if failures else 0)


@app.command()
def check(
    files: list[Path] = typer.Argument(..., readable=False, help="Report files to check."),
    format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json or jsonl."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    previous: Optional[Path] = typer.Option(
        None, "--previous", "-p", readable=False, help="Last year's report of the same organ: also check 结转 and 现行有效 across years."
    ),
    limit: list[str] = typer.Option([], "--limit", metavar="NAME=VALUE", help=LIMIT_HELP),
) -> None:
    """Check each report's 勾稽关系 and narrative against its tables; print the findings."""
    _set_limits(limit)
    last_year = None
    if previous is not None:
        last, failed = _extract_all([previous])
        if failed:
            raise typer.Exit(1)
        last_year = last[0]
    reports, failures = _extract_all(files, last_year)
    if format is OutputFormat.table:
        _emit(reports, format, out, _findings_table)
    else:
        payload = [
            {"source": r.source.model_dump(), "findings": [f.model_dump() for f in r.findings]}
            for r in reports
        ]
        if format is OutputFormat.json and len(payload) == 1:
            _write(json.dumps(payload[0], ensure_ascii=False, indent=2) + "\n", out)
        else:
            _write("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in payload), out)
    raise typer.Exit(1 if failures else 0)


@app.command()
def compare(
    last: str = typer.Argument(..., help="Last year's report of the organ: a file, or with --db a stored "
                                           "report (its stored path, or ORGAN@YEAR)."),
    this: str = typer.Argument(..., help="This year's report of the same organ (the same forms)."),
    db: Optional[Path] = typer.Option(None, "--db", help="A store of `nianbao batch`: name its reports instead "
                                                          "of files; they are read back, not extracted again."),
    format: str = typer.Option("table", "--format", "-f", metavar="table|json|html",
                               help="table (terminal), json (the Comparison model) or html (one printable page)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    limit: list[str] = typer.Option([], "--limit", metavar="NAME=VALUE", help=LIMIT_HELP),
) -> None:
    """Compare two consecutive reports of one organ: figure by figure, cross-year checks, reused narrative."""
    from .compare import compare_files, rich_tables, to_html, to_json
    from .corpus.store import StoreError

    if format not in ("table", "json", "html"):
        err.print(f"nianbao: bad_option: --format: {format!r} is not one of table, json, html", markup=False)
        raise typer.Exit(2)
    _set_limits(limit)
    try:
        comparison = compare_files(last, this, db)
    except (ExtractionError, StoreError) as exc:
        err.print(exc.line(), markup=False)
        raise typer.Exit(2) from None
    if format == "json":
        _write(to_json(comparison), out)
    elif format == "html":
        _write(to_html(comparison), out)
    else:
        parts = rich_tables(comparison)
        if out is None:
            Console().print(*parts)
        else:
            with open(out, "w", encoding="utf-8") as sink:
                Console(file=sink, width=160).print(*parts)


@app.command()
def batch(
    paths: list[Path] = typer.Argument(..., readable=False, help="Report files and/or folders (searched recursively)."),
    db: Path = typer.Option(..., "--db", help="DuckDB file to write (created or updated)."),
    workers: int = typer.Option(0, "--workers", "-w", help="Worker processes (0 = one per CPU core)."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS",
        help="Extract on the Dask cluster of this scheduler (tcp://HOST:8786) instead of local processes; "
             "its workers must see the files at the same paths."),
    export: Optional[Path] = typer.Option(None, "--export", help="Also write every table as Parquet into this folder."),
    force: bool = typer.Option(False, "--force", help="Extract again documents the store already holds."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Extract again the documents that failed before."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar: one JSON summary line on stdout."),
    organ_aliases: Optional[Path] = typer.Option(
        None, "--organ-aliases", readable=False, help="CSV of `alias,organ`: names that are one organ across years."),
    limit: list[str] = typer.Option([], "--limit", metavar="NAME=VALUE", help=LIMIT_HELP),
) -> None:
    """Extract a whole corpus into a DuckDB file, committing each report as it is done.

    A rerun skips the documents already in the store with the same content (a killed batch
    goes on where it stopped); failures are recorded, listed at the end, and the rest go on."""
    _set_limits(limit)
    from .corpus.distributed import ClusterError
    from .corpus.run import run
    from .corpus.store import CorpusStore, StoreError
    from .corpus.years import load_aliases

    progress = None if quiet or not err.is_terminal else _batch_progress()
    task = None

    def started(summary) -> None:
        nonlocal task
        if progress is not None:
            progress.start()
            task = progress.add_task("extracting", total=summary.files - summary.skipped, failed=0, rate="", mix="")

    def advanced(outcome, summary) -> None:
        if progress is not None:
            rate = f"{summary.done / summary.seconds:.1f}/s" if summary.seconds else ""
            mix = " ".join(f"{k} {v}" for k, v in summary.formats.most_common(4))
            progress.update(task, advance=1, failed=summary.failed, rate=rate, mix=mix)

    try:
        aliases = load_aliases(organ_aliases) if organ_aliases is not None else None
        with CorpusStore(db) as store:
            try:
                summary = run(paths, store, workers or None, force=force, retry_failed=retry_failed,
                              on_start=started, on_outcome=advanced, aliases=aliases, scheduler=scheduler)
            finally:
                if progress is not None:
                    progress.stop()
            if export is not None:
                store.export(export)
    except (StoreError, ClusterError) as exc:
        err.print(exc.line(), markup=False)
        raise typer.Exit(2) from None
    if summary.files == 0:
        err.print(f"nianbao: no report files under {', '.join(map(display_path, paths))}", markup=False)
        raise typer.Exit(2)
    for failure in summary.failures:
        err.print(failure.line(), markup=False)
    if quiet:
        sys.stdout.write(json.dumps({**summary.as_dict(), "db": display_path(db)}, ensure_ascii=False) + "\n")
    else:
        skipped = f", {summary.skipped} already in the store" if summary.skipped else ""
        pairs = summary.years.get("pairs", 0)
        years = f"; {pairs} reports paired with their organ's year before" if pairs else ""
        err.print(f"{summary.extracted} reports extracted, {summary.failed} failed{skipped}{years} → {display_path(db)}",
                  markup=False)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def export(
    store: Path = typer.Argument(..., readable=False, help="DuckDB file written by `nianbao batch`."),
    format: str = typer.Option(
        "parquet", "--format", "-f", metavar="csv|xlsx|parquet",
        help="parquet or csv: one file per table into the folder OUT; xlsx: one workbook OUT for reviewers "
             "(reports, 表二, 表三, 表四 as the form prints them, findings, failures)."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder (parquet, csv) or workbook file (xlsx) to write."),
    by_year: bool = typer.Option(False, "--by-year", help="parquet, csv: each table split by its report's year (Hive style)."),
) -> None:
    """Export a corpus store for reviewers (xlsx) or other tools (parquet, csv); the store is only read."""
    from .corpus.export import describe, export_store
    from .corpus.store import StoreError

    try:
        written = export_store(store, out, format, by_year=by_year)
    except StoreError as exc:
        err.print(exc.line(), markup=False)
        raise typer.Exit(2) from None
    err.print(f"{format} → {describe(written)}", markup=False)


def _batch_progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                    TimeRemainingColumn(), TextColumn("[red]{task.fields[failed]} failed"),
                    TextColumn("{task.fields[mix]}"), console=err, transient=True)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    # Limits on clients; each defaults to its NIANBAO_<NAME> variable, then to Settings. Documents: --limit.
    max_upload_mb: Optional[float] = typer.Option(
        None, help=f"Largest upload in MB (env NIANBAO_MAX_UPLOAD_MB; default {Settings.max_upload_mb:g})."),
    header_timeout: Optional[float] = typer.Option(
        None, help=f"Seconds for a request's headers (env NIANBAO_HEADER_TIMEOUT; "
                   f"default {Settings.header_timeout:g})."),
    body_timeout: Optional[float] = typer.Option(
        None, help=f"Seconds for a request's body after its headers (env NIANBAO_BODY_TIMEOUT; "
                   f"default {Settings.body_timeout:g})."),
    workers: Optional[int] = typer.Option(
        None, help="Extraction processes (env NIANBAO_WORKERS; default the CPU count)."),
    max_queue: Optional[int] = typer.Option(
        None, help=f"Documents waiting or in extraction before 503 (env NIANBAO_MAX_QUEUE; "
                   f"default {Settings.max_queue})."),
    max_jobs: Optional[int] = typer.Option(
        None, help=f"Scans (uploads read as jobs) waiting or in extraction before 503 (env NIANBAO_MAX_JOBS; "
                   f"default {Settings.max_jobs})."),
    limit: list[str] = typer.Option([], "--limit", metavar="NAME=VALUE", help=LIMIT_HELP),
    db: Optional[Path] = typer.Option(None, "--db", help="A store of `nianbao batch`: its reports at /corpus, "
                                                          "each with its review (verdicts on its findings, written "
                                                          "into the store) and a comparison with the organ's year "
                                                          "before."),
) -> None:
    """Run the HTTP service (JSON API and review page)."""
    from .service.server import serve as run_server

    if db is not None:  # a store that cannot be read is said now, not at the first request
        from .corpus.store import StoreError, attach_read_only

        try:
            attach_read_only(db).close()
        except StoreError as exc:
            err.print(exc.line(), markup=False)
            raise typer.Exit(2) from None

    _set_limits(limit)  # before the extraction workers start: they inherit the environment
    try:
        settings = Settings.from_env(max_upload_mb=max_upload_mb, header_timeout=header_timeout,
                                     body_timeout=body_timeout, workers=workers, max_queue=max_queue,
                                     max_jobs=max_jobs)
    except ValueError as exc:
        err.print(f"nianbao: bad_option: {exc}", markup=False)
        raise typer.Exit(2) from None
    run_server(settings, host=host, port=port, store=db)


@app.command()
def schema(out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout.")) -> None:
    """Print the JSON Schema of one extracted report."""
    _write(json.dumps(Report.model_json_schema(), ensure_ascii=False, indent=2) + "\n", out)


@corpus_app.command("generate")
def corpus_generate(
    n: int = typer.Option(20, "--n", help="How many reports."),
    out: Path = typer.Option(..., "--out", help="Folder to write reports and gold files into."),
    seed: int = typer.Option(0, "--seed", help="Random seed (same seed, same corpus)."),
    formats: Optional[str] = typer.Option(
        None, "--formats", help="Only these formats, comma-separated (default: all; see corpora/generator/README.md)."
    ),
) -> None:
    """Write realistic reports in every format with their gold answers."""
    from corpora.generator import generate

    wanted = [f.strip() for f in formats.split(",") if f.strip()] if formats else None
    try:
        golds = generate(n=n, out=out, seed=seed, formats=wanted)
    except ValueError as exc:  # an unknown format name
        err.print(f"nianbao: bad_option: --formats: {exc}", markup=False)
        raise typer.Exit(2) from None
    err.print(f"{len(golds)} reports with their gold files in {out}", markup=False)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
