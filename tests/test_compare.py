"""`nianbao compare LAST THIS`: figure by figure, cross-year findings, narrative reuse, output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.compare import Comparison, compare, compare_figures, show
from extractor.pipeline import run

REAL = Path(__file__).resolve().parent.parent / "corpora" / "real"
URBAN_2021 = REAL / "putian-urban-management-2021.txt"
URBAN_2022 = REAL / "putian-urban-management-2022.txt"
SCIENCE_2020 = REAL / "putian-science-2020.txt"
SCIENCE_2021 = REAL / "putian-science-2021.txt"
T3_COLUMNS = ["natural_person", "commercial", "research", "social", "legal_service", "other_org", "total"]
T4_COLUMNS = ["upheld", "corrected", "other", "pending", "total"]


@pytest.fixture(scope="module")
def read():
    cache: dict[Path, tuple] = {}

    def get(path: Path):
        if path not in cache:
            cache[path] = run(path)
        return cache[path]

    return get


def _compare(read, last: Path, this: Path) -> Comparison:
    return compare(*read(last), *read(this))


def _gold(path: Path) -> dict[str, float]:
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    out = {f"t2.{k}": v for k, v in gold["t2"].items()}
    for row, values in gold["t3"].items():
        out.update({f"t3.{row}.{c}": v for c, v in zip(T3_COLUMNS, values)})
    for group, values in gold["t4"].items():
        out.update({f"t4.{group}.{c}": v for c, v in zip(T4_COLUMNS, values)})
    return out


def test_consecutive_pair_figures_match_gold_and_in_force_breaks(read):
    c = _compare(read, URBAN_2021, URBAN_2022)
    last, this = _gold(URBAN_2021), _gold(URBAN_2022)
    rows = {r.metric: r for r in c.figures}
    checked = 0
    for metric in sorted(set(last) & set(this)):
        if not metric.startswith(("t2.", "t3.")):
            continue
        row = rows[metric]
        assert (row.last.value, row.this.value) == (last[metric], this[metric]), metric
        assert row.change == pytest.approx(this[metric] - last[metric]), metric
        if last[metric]:
            assert row.change_pct == pytest.approx(round((this[metric] - last[metric]) / last[metric] * 100, 1))
        else:
            assert row.change_pct is None
        assert (metric in c.changes) == (this[metric] != last[metric]), metric
        checked += 1
    assert checked > 150
    assert rows["t3.new_received.total"].label == "表三 本年新收·总计"
    assert (rows["t3.new_received.total"].change, rows["t3.new_received.total"].change_pct) == (7, 700.0)
    # 1 + 3 − 15 ≠ 9: the in_force warning of reconcile.check, and nothing else across years.
    assert [(f.rule, f.severity) for f in c.findings] == [("cross_year.in_force", "warning")]
    assert "t2.normative_docs.in_force" in c.findings[0].metrics
    assert c.same_organ and c.consecutive and not c.only_last and not c.only_this
    # The boilerplate was reused, but no count of it is last year's.
    assert c.reused and all(r.score >= 90 and not r.stale for r in c.reused)


def test_2019_layout_maps_onto_2021(read):
    c = _compare(read, SCIENCE_2020, SCIENCE_2021)
    rows = {r.metric: r for r in c.figures}
    lic = rows["t2.licensing.decisions"]
    assert (lic.last.value, lic.this.value, lic.change, lic.change_pct, lic.only_in) == (57, 27, -30, -52.6, None)
    # Figures of one form only are listed as such, never paired with a look-alike.
    for metric in ("t2.regulations.made", "t2.normative_docs.total_public", "t2.procurement.amount",
                   "t2.licensing.prev_count"):
        assert metric in c.only_last and rows[metric].only_in == "last" and rows[metric].this is None
    for metric in ("t2.regulations.issued", "t2.normative_docs.in_force", "t2.fees.amount_wan",
                   "t3.other.overdue_correction.total"):
        assert metric in c.only_this and rows[metric].only_in == "this" and rows[metric].last is None
    # 表三 keeps its ids; （六）其他处理 as one row (2019) pairs with the 2021 subtotal.
    other = rows["t3.other.total"]
    assert other.last.status == "value" and other.this.derived and other.change == 0
    assert rows["t3.new_received.total"].only_in is None
    # An unreadable cell shows its status, never a number.
    repealed = rows["t2.normative_docs.repealed"]
    assert repealed.this.status == "unreadable" and repealed.this.value is None and show(repealed.this) == "无法识别"
    assert c.changes == ["t2.licensing.decisions"]
    # 科技局 and 科学技术局 are different names: check says so and does no cross-year check.
    assert not c.same_organ
    assert [(f.rule, f.severity) for f in c.findings] == [("cross_year.carry", "info")]
    assert "不是同一机关的相邻年度" in c.findings[0].message


def test_blank_cell_gives_no_change(read):
    _, last = read(URBAN_2021)
    _, this = read(URBAN_2022)
    this = this.model_copy(deep=True)
    fact = this.fact("t3.new_received.total")
    fact.status, fact.value, fact.raw = "blank", None, ""
    rows = {r.metric: r for r in compare_figures(last, this)[0]}
    row = rows["t3.new_received.total"]
    assert row.change is None and row.change_pct is None and show(row.this) == "空白" and row.changed


@pytest.fixture(scope="module")
def edited(tmp_path_factory) -> Path:
    """This year's report with last year's carry broken and last year's sentence copied in."""
    text = URBAN_2022.read_text(encoding="utf-8")
    # 上年结转: 3 from natural persons (last year carried nothing forward).
    broken = text.replace("二、上年结转政府信息公开申请数量\n0\n", "二、上年结转政府信息公开申请数量\n3\n0\n3\n", 1)
    # Last year's sentence with last year's count (1), while this year's table says 8.
    stale = broken.replace("2022年，我局共收到8份依申请公开", "2022年，我局共收到1份依申请公开", 1)
    assert text != broken != stale
    path = tmp_path_factory.mktemp("compare") / "putian-urban-management-2022.txt"
    path.write_text(stale, encoding="utf-8")
    return path


def test_injected_carry_break_and_stale_figure(read, edited):
    last_doc, last = read(URBAN_2021)
    this_doc, this = read(edited)
    c = compare(last_doc, last, this_doc, this)
    carry = [f for f in c.findings if f.rule == "cross_year.carry"]
    assert {tuple(f.metrics) for f in carry} == {
        ("t3.carried_over.natural_person", "prev:t3.carried_forward.natural_person"),
        ("t3.carried_over.total", "prev:t3.carried_forward.total"),
    }
    assert all(f.severity == "error" and f.reported == 3 and f.computed == 0 for f in carry)
    assert c.findings[0].severity == "error"  # errors first

    stale = [f for f in c.findings if f.rule == "narrative.stale"]
    assert len(stale) == 1
    f = stale[0]
    assert f.severity == "warning" and (f.reported, f.computed) == (1, 8)
    assert "t3.new_received.total" in f.metrics and "上年" in f.message and "仍是上年的数字" in f.message
    assert this.mentions[f.mentions[0]].value == 1
    reuse = next(r for r in c.reused if r.stale)
    assert reuse.stale[0].metric == "t3.new_received.total" and (reuse.stale[0].last, reuse.stale[0].this) == (1, 8)
    # Both passages, with offsets into each document's text.
    assert this_doc.text[reuse.this.start:reuse.this.end] == reuse.this.text and "共收到1份" in reuse.this.text
    assert last_doc.text[reuse.last.start:reuse.last.end] == reuse.last.text and "2021年" in reuse.last.text
    assert reuse.this.text in f.message and reuse.last.text in f.message
    # The untouched report repeats the sentence with its own count: not stale.
    plain = _compare(read, URBAN_2021, URBAN_2022)
    assert not [f for f in plain.findings if f.rule == "narrative.stale"]


def test_cli_json_contract(tmp_path):
    out = tmp_path / "cmp.json"
    result = CliRunner().invoke(app, ["compare", str(URBAN_2021), str(URBAN_2022), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    c = Comparison.model_validate(data)
    assert {"last", "this", "same_organ", "consecutive", "figures", "changes", "only_last", "only_this",
            "findings", "reused"} <= set(data)
    assert (c.last.year, c.this.year) == (2021, 2022)
    row = next(r for r in data["figures"] if r["metric"] == "t3.new_received.total")
    assert (row["last"]["value"], row["this"]["value"], row["change"], row["change_pct"]) == (1, 8, 7, 700.0)
    assert [f["rule"] for f in data["findings"]] == ["cross_year.in_force"]


def test_cli_table(tmp_path):
    out = tmp_path / "cmp.txt"
    result = CliRunner().invoke(app, ["compare", str(URBAN_2021), str(URBAN_2022), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.index("变化") < text.index("发现的问题") < text.index("逐项对比")
    assert "表三 本年新收·总计" in text and "cross_year.in_force" in text and "+700%" in text


def test_html_escapes_hostile_text(tmp_path):
    text = URBAN_2022.read_text(encoding="utf-8")
    title = "标题: 莆田市城市管理局2022年度政府信息公开工作年度报告"
    assert title in text
    hostile = text.replace(title, title + "<script>alert(1)</script>", 1).replace(
        "未收取任何费用。", "未收取任何费用<script>alert(2)</script><img src=x onerror=alert(3)>。")
    this = tmp_path / "hostile-2022.txt"
    this.write_text(hostile, encoding="utf-8")
    out = tmp_path / "cmp.html"
    result = CliRunner().invoke(app, ["compare", str(URBAN_2021), str(this), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)" in page  # shown, as text
    assert page.index("变化") < page.index("发现的问题") < page.index("逐项对比")
    assert "上年" in page and "本年" in page and "cross_year.in_force" in page


def test_cli_unreadable_file_is_one_line(tmp_path):
    missing = tmp_path / "nope-2022.txt"
    result = CliRunner().invoke(app, ["compare", str(URBAN_2021), str(missing)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nianbao: unreadable_file: ") and "nope-2022.txt" in lines[0]
    assert result.stdout == ""


def test_reports_named_in_the_store_compare_as_their_files_do(tmp_path, read):
    """`compare --db STORE`: a report of the store, named ORGAN@YEAR or by the path the batch
    filed it under, is read back exactly as extracted (figures, findings, reused sentences
    and their offsets) — the same comparison as from the files; the file is not needed."""
    import shutil

    from extractor.corpus.store import CorpusStore
    from extractor.corpus.run import run as batch_run

    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in (URBAN_2021, URBAN_2022):
        shutil.copy(f, folder / f.name)
    db = tmp_path / "c.duckdb"
    with CorpusStore(db) as store:
        batch_run([folder], store, workers=1)
    from_files = _compare(read, URBAN_2021, URBAN_2022).model_dump()
    organ = from_files["this"]["organ"]
    (folder / URBAN_2022.name).unlink()  # the store alone answers for 2022
    done = CliRunner().invoke(app, ["compare", f"{organ}@2021", str(folder / URBAN_2022.name),
                                    "--db", str(db), "--format", "json"])
    assert done.exit_code == 0, done.output
    stored = json.loads(done.stdout)
    for side in ("last", "this"):
        from_files[side]["path"] = stored[side]["path"]  # the store's copies live elsewhere
    assert stored["figures"] == from_files["figures"] and stored["findings"] == from_files["findings"]
    assert stored["reused"] == from_files["reused"] and stored["reused"] and stored["notes"] == []

    missing = CliRunner().invoke(app, ["compare", f"{organ}@2019", f"{organ}@2022", "--db", str(db)])
    assert missing.exit_code == 2
    assert f"nianbao: not_in_store: {db}: {organ}@2019: no such file" in missing.output


def test_generated_pairs_carry_breaks_and_stale_copies_all_found_none_invented(tmp_path):
    """The generator's consecutive years of one organ (a carry break, or a sentence of last
    year's copied with its figures while the table moved on, or neither): `compare` finds
    every one and nothing else (`python -m bench pairs` runs the same over hundreds)."""
    from bench.pairs import score
    from corpora.generator import generate

    # (stale copies are rare: seed 16's 70 reports hold two)
    golds = generate(n=70, out=tmp_path, seed=16, formats=["html", "text"])
    res = score(tmp_path, golds)
    kinds = res["kinds"]
    assert kinds["cross_year.carry"]["expected"] >= 2 and kinds["narrative.stale"]["expected"] >= 1, res
    assert res["misses"] == [] and res["clean_pairs"] >= 1 and res["errors_on_clean_pairs"] == 0, res
