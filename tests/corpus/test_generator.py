"""The generator: deterministic, all formats, gold that matches what is printed."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import lxml.html
import pytest

from corpora.generator import FORMATS, generate, generate_report
from corpora.generator.organs import pick_organ
from corpora.generator.relations import table_findings
from corpora.generator.render import _HALF, INVISIBLE

FAST = ["html", "html-word", "text", "text-flattened", "docx"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("gen")
    return out, generate(n=14, out=out, seed=7)


def _squash(s: str) -> str:
    """Without blanks, and without the characters that print nothing (a variant sprinkles them in)."""
    return re.sub(r"\s+", "", "".join(ch for ch in s if ch not in INVISIBLE))


def _read(out: Path, g: dict) -> str:
    return (out / g["file"]).read_bytes().decode(g.get("encoding", "utf-8"))


def test_every_format_written_with_gold(corpus):
    out, golds = corpus
    assert len(golds) == 14
    assert {g["format"] for g in golds} == set(FORMATS)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in manifest["reports"]] == [g["id"] for g in golds]
    for g in golds:
        assert (out / g["file"]).stat().st_size > 1000
        assert json.loads((out / f"{g['id']}.gold.json").read_text(encoding="utf-8"))["id"] == g["id"]


def test_same_seed_same_bytes(tmp_path):
    """Every format, PDF and DOCX included, is byte-identical for a seed."""
    a, b = tmp_path / "a", tmp_path / "b"
    generate(n=6, out=a, seed=3)
    generate(n=6, out=b, seed=3)
    files = sorted(p.name for p in a.iterdir())
    assert {p.suffix for p in a.iterdir()} >= {".pdf", ".docx", ".htm", ".html", ".txt"}
    assert files == sorted(p.name for p in b.iterdir())
    for name in files:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    c = tmp_path / "c"
    generate(n=6, out=c, seed=4, formats=FAST)  # the fast formats suffice here
    assert (a / "gen-3-0001.gold.json").read_bytes() != (c / "gen-4-0001.gold.json").read_bytes()


def test_clean_gold_satisfies_every_relation(corpus):
    _, golds = corpus
    for g in golds:
        found = table_findings(g)
        table_rules = [e for e in g["findings_expected"] if e["rule"].startswith(("t3.", "t4."))]
        assert len(found) == len(table_rules)
        if g["clean"]:
            assert found == [] and g["known_inconsistencies"] == [] and g["injected"] == []


@pytest.mark.parametrize("kind,rule", [
    ("t3.cell", ("t3.R1", "t3.R2", "t3.R3")), ("t4.cell", ("t4.R5",)),
    ("narrative.table", ("narrative.table",)), ("narrative.sum", ("narrative.sum",)),
    ("narrative.percent", ("narrative.percent",)), ("table.blank", ("table.blank",)),
])
def test_each_injection_is_recorded(tmp_path, kind, rule):
    _, gold = generate_report("x", "html", f"inj:{kind}", tmp_path, inject=kind)
    assert [i["kind"] for i in gold["injected"]] and gold["known_inconsistencies"], kind
    assert {k["kind"] for k in gold["known_inconsistencies"]} == {e["rule"] for e in gold["findings_expected"]}
    assert any(e["rule"] in rule for e in gold["findings_expected"])
    assert not gold["clean"]
    if kind == "table.blank":
        assert gold["cell_status"] and set(gold["cell_status"].values()) <= {"blank", "slash"}


def test_carry_over_pair(tmp_path):
    rng = random.Random(1)
    organ = pick_organ(rng)
    f1, g1 = generate_report("y1", "text", "pair:1", tmp_path, organ=organ, inject=None)
    _, clean = generate_report("y2", "text", "pair:2", tmp_path, organ=organ, prev=(f1, g1), inject=None)
    assert clean["year"] == g1["year"] + 1 and clean["organ"] == g1["organ"]
    assert clean["t3"]["carried_over"] == g1["t3"]["carried_forward"]
    _, broken = generate_report("y3", "text", "pair:3", tmp_path, organ=organ, prev=(f1, g1),
                                inject="cross_year.carry")
    assert broken["t3"]["carried_over"] != g1["t3"]["carried_forward"]
    assert any(e["rule"] == "cross_year.carry" for e in broken["findings_expected"])
    assert table_findings(broken) == []  # the later year is consistent in itself


def _visible(text: str) -> str:
    """The page without the invisible characters a variant sprinkles into words and cells (test_variants reads them)."""
    from corpora.generator.render import INVISIBLE  # noqa: PLC0415

    return text.translate({ord(c): None for c in INVISIBLE})


def test_html_tables_print_the_gold(corpus):
    """Read the plain HTML with lxml (not the project's reader): the 表三 row of 本年新收
    spans 3 label columns and then prints the gold's seven figures."""
    out, golds = corpus
    g = next(g for g in golds if g["format"] == "html" and not g.get("mirror"))  # (a mirror's: test_variants)
    # (invisible characters, also in cells, are test_variants' too: taken out here)
    root = lxml.html.fromstring(_visible((out / g["file"]).read_text(encoding="utf-8")))
    rows = root.xpath("//tr[td[contains(., '本年新收政府信息公开申请数量')]]")
    assert len(rows) == 1
    tds = rows[0].xpath("./td")
    assert tds[0].get("colspan") == "3"
    assert [int(td.text_content()) for td in tds[1:]] == g["t3"]["new_received"]
    assert root.xpath("//td[@colspan='7' and contains(., '申请人情况')]")
    assert root.xpath("//td[@rowspan='8' and contains(., '不予公开')]")


def test_narrative_quotes_are_in_the_text(corpus):
    out, golds = corpus
    for g in golds:
        if g["format"] == "text":
            text = _squash((out / g["file"]).read_text(encoding="utf-8"))
            quote = lambda q: _squash(q.translate(_HALF))  # noqa: E731
        elif g["format"] in ("html", "html-word") and not g.get("mirror"):  # (a mirror's words: test_variants)
            text = _squash(lxml.html.fromstring(_read(out, g)).text_content())
            quote = _squash
        else:
            continue
        for m in g["narrative_counts"]:
            assert quote(m["quote"]) in text, (g["id"], m["quote"])


def test_word_html_looks_like_word(corpus):
    out, golds = corpus
    g = next(g for g in golds if g["format"] == "html-word")
    raw = _read(out, g)
    assert "class=MsoNormal" in raw and "mso-" in raw and "<o:p></o:p>" in raw and "&nbsp;" in raw


def test_flattened_text_runs_figures_together(corpus):
    out, golds = corpus
    g = next(g for g in golds if g["format"] == "text-flattened")
    text = (out / g["file"]).read_text(encoding="utf-8")
    run = "".join(str(v) for v in g["t3"]["new_received"])
    assert f"本年新收政府信息公开申请数量 {run}" in text


def test_pdf_has_page_footers_and_table_text(corpus):
    import pdfplumber

    out, golds = corpus
    g = next(g for g in golds if g["format"] == "pdf-text")
    with pdfplumber.open(out / g["file"]) as pdf:
        assert len(pdf.pages) >= 2
        texts = [p.extract_text() or "" for p in pdf.pages]
    assert all(f"— {i} —" in t for i, t in enumerate(texts, 1))
    assert "结转下年度继续办理" in "".join(texts)


def test_some_word_pages_are_gbk(tmp_path):
    golds = generate(n=12, out=tmp_path, seed=5, formats=["html-word"])
    gbk = [g for g in golds if g.get("encoding") == "gbk"]
    assert gbk and len(gbk) < len(golds)
    raw = (tmp_path / gbk[0]["file"]).read_bytes()
    assert b"charset=gb2312" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert gbk[0]["organ"] in raw.decode("gbk")


def test_ambiguity_of_runs():
    from corpora.generator.ambiguity import ambiguous, row_sum_ok, splits

    # 表二 "8855698" (88|55|698 in the real dump) admits many splits; "000" only one.
    assert len(list(splits("8855698", 3))) > 1 and ambiguous("8855698", 3)
    assert not ambiguous("000", 3)
    # 表三 "713000074" = 71|3|0|0|0|0|74: the row relation singles it out.
    assert len(list(splits("713000074", 7))) > 1 and not ambiguous("713000074", 7, row_sum_ok)
    # A sign starts a new figure: "11-4" is 11|-4 only.
    assert list(splits("11-4", 2)) == [["11", "-4"]]


def test_annotated_and_separated_cells_keep_their_figure(tmp_path):
    """"22（其中修订3件）" is status annotated with value 22; "10,690" is the value 10690."""
    seen = set()
    for i in range(200):
        _, g = generate_report(f"s{i}", "html", f"styles:{i}", tmp_path, inject=None)
        if g.get("mirror"):
            continue  # (a mirror's characters: test_variants)
        html_text = _visible((tmp_path / g["file"]).read_text(encoding="utf-8"))
        for m, raw in g["cell_raw"].items():
            value = g["t2"][m.split(".", 1)[1]]
            assert f">{raw}<" in html_text
            if g["cell_status"].get(m) == "annotated":
                assert raw.startswith(str(value)) and "修订" in raw
                seen.add("annotated")
            elif "," in raw:
                assert int(raw.replace(",", "")) == value
                seen.add("thousands")
        if seen == {"annotated", "thousands"}:
            break
    assert seen == {"annotated", "thousands"}
