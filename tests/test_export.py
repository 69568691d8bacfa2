"""`nianbao export`: a corpus store as Parquet/CSV files, or as one workbook reviewers read
like the printed form; bad input gives one line and exit code 2."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import openpyxl
import pytest

from conftest import ROOT, SAMPLES, nianbao

SHEETS = ["报告", "表二 主动公开", "表三 依申请", "表四 复议诉讼", "发现的问题", "指标", "失败"]
TABLES = ["reports", "facts", "mentions", "findings", "failures"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Two reports (the sample under two names) and one failure, batch-extracted; then one
    cell of report `b` made unreadable, as an OCR'd scan leaves it."""
    from extractor.corpus.run import run
    from extractor.corpus.store import CorpusStore

    base = tmp_path_factory.mktemp("export")
    folder = base / "corpus"
    folder.mkdir()
    for name in ("a", "b"):
        for sample in SAMPLES.glob("*.html"):
            shutil.copy(sample, folder / f"{name}-{sample.name}")
    (folder / "broken.txt").write_bytes(b"")
    db = base / "corpus.duckdb"
    with CorpusStore(db) as s:
        summary = run([folder], s, workers=1)
    assert (summary.extracted, summary.failed) == (2, 1)
    b = str((folder / "b-qinglan-2023-word.html").resolve())
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE facts SET status = 'unreadable', value = NULL, raw = '1?' "
                    "WHERE path = ? AND metric = 't3.granted.natural_person'", [b])
    return db, str((folder / "a-qinglan-2023-word.html").resolve()), b


def _count(db, table: str) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_files_hold_every_row_of_every_table(store, tmp_path, fmt):
    from extractor.corpus import export_store

    db = store[0]
    before = _digest(db)
    out = tmp_path / "it's out"  # a quote in the path is no SQL
    out.mkdir()
    (out / "keep.txt").write_text("mine")  # an existing folder is written into, not replaced
    written = export_store(db, out, fmt)
    assert {p.name for p in written} >= {f"{t}.{fmt}" for t in TABLES}
    assert (out / "keep.txt").read_text() == "mine"
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    with duckdb.connect() as con:
        for table in TABLES:
            n = con.execute(f"SELECT count(*) FROM {reader}(?)", [str(out / f"{table}.{fmt}")]).fetchone()[0]
            assert n == _count(db, table) > 0, table
        if fmt == "csv":  # a figure comes out as written, under its canonical id
            assert con.execute("SELECT DISTINCT value FROM read_csv_auto(?) WHERE metric = 't3.new_received.total'",
                               [str(out / "facts.csv")]).fetchall() == [(48.0,)]
    assert _digest(db) == before  # exporting never changes the store


def test_by_year_splits_each_table_by_its_reports_year(store, tmp_path):
    db = store[0]
    done = nianbao("export", db, "--format", "parquet", "--by-year", "-o", tmp_path / "p")
    assert done.returncode == 0, done.stderr
    with duckdb.connect() as con:
        years = con.execute(f"SELECT DISTINCT year FROM read_parquet('{tmp_path / 'p' / 'facts'}/*/*.parquet', "
                            "hive_partitioning = true)").fetchall()
        n = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path / 'p' / 'facts'}/*/*.parquet', "
                        "hive_partitioning = true)").fetchone()[0]
    assert years == [(2023,)] and n == _count(db, "facts")


def _cell(ws, header_row: int, row_match: dict, column: str):
    """The value under `column` (a header in row `header_row`) in the one row whose
    columns (by header) hold `row_match`."""
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[header_row - 1])
    hits = [r for r in rows[header_row:] if all(r[header.index(k)] == v for k, v in row_match.items())]
    assert len(hits) == 1, (row_match, len(hits))
    return hits[0][header.index(column)]


def test_xlsx_reads_like_the_form(store, tmp_path):
    db, a, b = store
    out = tmp_path / "review.xlsx"
    out.write_bytes(b"an older workbook")  # replaced
    done = nianbao("export", db, "--format", "xlsx", "-o", out)
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS

    reports = wb["报告"]
    assert reports.freeze_panes == "A2"
    assert [c.value for c in reports[1]] == ["文件", "机关", "年度", "版式", "格式", "错误", "警告"]
    assert sorted(r[0] for r in reports.iter_rows(min_row=2, values_only=True)) == [a, b]
    assert _cell(reports, 1, {"文件": a}, "机关") == "青岚县人民政府办公室"
    assert _cell(reports, 1, {"文件": a}, "警告") == 1

    t3 = wb["表三 依申请"]
    assert t3.freeze_panes == "A2"
    assert [c.value for c in t3[1]][4:] == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    for path in (a, b):
        assert _cell(t3, 1, {"文件": path, "项目": "一、本年新收政府信息公开申请数量"}, "总计") == 48
        assert _cell(t3, 1, {"文件": path, "项目": "（七）总计"}, "自然人") == 42
        # A heading row of the form prints no figures (its subtotal is derived, not printed).
        assert _cell(t3, 1, {"文件": path, "项目": "（三）不予公开"}, "总计") is None
    granted = {"项目": "（一）予以公开"}
    assert _cell(t3, 1, {"文件": a, **granted}, "自然人") == 18
    assert _cell(t3, 1, {"文件": b, **granted}, "自然人") == "unreadable"  # never a number
    assert t3.column_dimensions["D"].width > t3.column_dimensions["E"].width  # labels wider than figures

    t2 = wb["表二 主动公开"]
    assert _cell(t2, 1, {"文件": a, "信息内容": "规章"}, "现行有效件数") == 2
    assert _cell(t2, 1, {"文件": a, "信息内容": "行政事业性收费"}, "本年收费金额（单位：万元）") == "blank"

    t4 = wb["表四 复议诉讼"]
    assert t4.freeze_panes == "A4"
    top, middle, bottom = ([c.value for c in t4[i]] for i in (1, 2, 3))
    review, direct, after = top.index("行政复议"), middle.index("未经复议直接起诉"), middle.index("复议后起诉")
    assert top.index("行政诉讼") == direct < after
    assert bottom[review:review + 5] == bottom[direct:direct + 5] == bottom[after:after + 5] == \
        ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    row_a = next(r for r in t4.iter_rows(min_row=4, values_only=True) if r[2] == a)
    assert row_a[review:review + 5] == (2, 1, 0, 0, 3) and row_a[direct:direct + 5] == (1, 0, 0, 1, 2)

    findings = wb["发现的问题"]
    rows = list(findings.iter_rows(min_row=2, values_only=True))
    assert len(rows) == _count(db, "findings") > 0
    assert _cell(findings, 1, {"文件": a, "规则": "table.blank"}, "涉及单元格") == "表二 行政事业性收费·本年收费金额（万元）"
    assert _cell(findings, 1, {"文件": a, "规则": "table.blank"}, "单元格编号") == "t2.fees.amount_wan"
    with duckdb.connect(str(db), read_only=True) as con:
        prints = {r[0] for r in con.execute("SELECT fingerprint FROM findings").fetchall()}
    assert {r[-1] for r in rows} == prints

    indicators = {(Path(r[0]).name, r[3]): r for r in wb["指标"].iter_rows(min_row=2, values_only=True)}
    assert any(name == "实质公开率" for _, name in indicators)  # one row per report and indicator
    failures = list(wb["失败"].iter_rows(min_row=2, values_only=True))
    assert len(failures) == 1 and failures[0][0].endswith("broken.txt") and failures[0][1] == "unreadable_file"


def test_an_empty_store_exports_headers_only(tmp_path):
    from extractor.corpus import export_store
    from extractor.corpus.store import CorpusStore

    db = tmp_path / "empty.duckdb"
    CorpusStore(db).close()
    wb = openpyxl.load_workbook(export_store(db, tmp_path / "e.xlsx", "xlsx")[0])
    assert wb.sheetnames == SHEETS
    assert [wb[s].max_row for s in SHEETS] == [1, 1, 1, 3, 1, 1, 1]
    export_store(db, tmp_path / "csv", "csv")
    assert (tmp_path / "csv" / "facts.csv").read_text().startswith("path,metric,value")


def test_an_older_store_lacking_tables_and_columns_still_exports(tmp_path):
    """A store written before a table or column was added to SCHEMA: read-only, it cannot
    be upgraded, so what it lacks comes out empty."""
    from extractor.corpus import export_store
    from extractor.corpus.store import EXPORTED, SCHEMA

    db = tmp_path / "old.duckdb"
    dropped = list(SCHEMA["reports"])[-1]
    with duckdb.connect(str(db)) as con:
        for table in TABLES:
            cols = {c: t for c, t in SCHEMA[table].items() if not (table == "reports" and c == dropped)}
            body = ", ".join(f'"{c}" {t}' for c, t in cols.items())
            con.execute(f"CREATE TABLE {table} ({body})")
        con.execute("INSERT INTO reports (path, organ, year) VALUES ('/x.html', '某局', 2022)")
    files = export_store(db, tmp_path / "pq", "parquet")
    assert sorted(p.name for p in files) == sorted(f"{t}.parquet" for t in EXPORTED)
    assert "documents" not in EXPORTED  # the whole reports, as blobs: for nianbao, not for spreadsheets
    with duckdb.connect() as con:
        got = con.execute(f"SELECT * FROM read_parquet('{tmp_path / 'pq' / 'reports.parquet'}')")
        assert [d[0] for d in got.description] == list(SCHEMA["reports"])
        assert [row[-1] for row in got.fetchall()] == [None]  # the column it lacks: empty
        for table in EXPORTED:  # a table it lacks: no rows
            n = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path / 'pq' / f'{table}.parquet'}')").fetchone()[0]
            assert n == (1 if table == "reports" else 0), table
    wb = openpyxl.load_workbook(export_store(db, tmp_path / "old.xlsx", "xlsx")[0])
    assert [c.value for c in wb["报告"][2]][:3] == ["/x.html", "某局", 2022]


def test_a_sheet_past_the_row_limit_goes_on_in_another(store, tmp_path, monkeypatch):
    from extractor.corpus import export, export_store

    # 表三 holds 30 rows per report (（六）其他处理 as three rows): two reports pass 40 rows.
    monkeypatch.setattr(export, "MAX_ROWS", 40)
    wb = openpyxl.load_workbook(export_store(store[0], tmp_path / "x.xlsx", "xlsx")[0])
    assert wb.sheetnames[2:4] == ["表三 依申请", "表三 依申请 (2)"]
    first, second = wb["表三 依申请"], wb["表三 依申请 (2)"]
    assert first[1][4].value == second[1][4].value == "自然人"  # the header again
    assert first.max_row == second.max_row == 1 + 30  # a report's block is never cut in two
    assert {first["C2"].value, second["C2"].value} == {store[1], store[2]}


def _first_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_bad_input_gives_one_line_and_exit_2(store, tmp_path):
    text = tmp_path / "notes.duckdb"
    text.write_text("not a database")
    foreign = tmp_path / "other.duckdb"
    with duckdb.connect(str(foreign)) as con:
        con.execute("CREATE TABLE t (x INTEGER)")
    out = tmp_path / "o.xlsx"
    assert _first_line(nianbao("export", tmp_path / "missing.duckdb", "-f", "xlsx", "-o", out)) == \
        f"nianbao: no_store: {tmp_path / 'missing.duckdb'}: no such file"
    assert _first_line(nianbao("export", text, "-f", "xlsx", "-o", out)).startswith(f"nianbao: bad_store: {text}: ")
    assert _first_line(nianbao("export", foreign, "-f", "csv", "-o", tmp_path / "c")).startswith(
        f"nianbao: bad_store: {foreign}: no table reports")
    assert _first_line(nianbao("export", store[0], "-f", "xls", "-o", out)).startswith(
        "nianbao: bad_option: --format: unknown format 'xls'")
    assert _first_line(nianbao("export", store[0], "-f", "xlsx", "-o", tmp_path)).startswith(
        f"nianbao: bad_output: {tmp_path}: ")
    assert not out.exists()


def test_a_store_being_written_is_busy(store, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print(1, flush=True); "
                               "time.sleep(60)", str(store[0])], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "1"
        line = _first_line(nianbao("export", store[0], "-f", "parquet", "-o", tmp_path / "p"))
        assert line.startswith(f"nianbao: store_busy: {store[0]}: process {holder.pid} is writing")
    finally:
        holder.kill()
        holder.wait()
