"""`python -m bench completeness`: what a corpus without gold shows."""

from __future__ import annotations

from pathlib import Path

from bench import completeness

ROOT = Path(__file__).resolve().parents[2]


def test_completeness_counts_tables_cells_and_relations(tmp_path):
    good = ROOT / "corpora" / "real" / "putian-city-2019.txt"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    rows = [completeness.measure(good), completeness.measure(broken)]
    city = rows[0]
    assert city["format"] == "text-crawled" and city["tables"] == ["t2", "t3", "t4"]
    assert city["cells_read"] == city["cells"] > 150
    assert city["checked"] == city["relations"] > 30 and city["hold"] == city["checked"]
    assert rows[1]["format"] == "failed" and rows[1]["error"]
    summary = completeness.summarize(rows)
    assert summary["ALL"]["all_tables"] == 1.0 and summary["failed"]["reports"] == 1
    assert completeness.worst(rows, 5)[0]["file"] == str(good)


def test_completeness_finds_report_files_only(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.pdf").write_bytes(b"%PDF")
    assert [p.name for p in completeness.report_files([tmp_path])] == ["a.txt", "b.pdf"]
