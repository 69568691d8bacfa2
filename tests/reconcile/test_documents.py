"""Reconciliation through the whole pipeline: the real reports of ../shared/corpus/real
and the project's Word-style HTML sample with a narrative number changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples"


def run(path: Path):
    return extract(path)


def errors(report):
    return [f for f in report.findings if f.severity == "error"]


def test_hongze_2023_both_table4_errors_and_nothing_else(real_corpus):
    report = run(real_corpus / "hongze-2023.pdf")
    found = errors(report)
    assert {f.rule for f in found} == {"t4.R5"}, [f.message for f in found]
    got = {(f.metrics[0], f.reported, f.computed) for f in found}
    assert got == {("t4.reconsideration.total", 0, 11), ("t4.litigation_after.total", 0, 5)}
    rec = next(f for f in found if f.metrics[0] == "t4.reconsideration.total")
    assert rec.message == "表四「行政复议」：结果维持10 + 结果纠正1 + 其他结果0 + 尚未审结0 = 11，但总计为0"


def test_jiaxing_office_2022_is_clean(real_corpus):
    report = run(real_corpus / "jiaxing-office-2022.txt")
    assert report.value("t3.new_received.total") == 58  # the tables were read: not vacuous
    assert report.value("t4.litigation_after.total") == 2
    assert not errors(report), [f.message for f in errors(report)]
    # 共计61件 (= 58 + 3) and 行政争议3件 (= 复议1 + 诉讼2) are no mismatch of any kind
    for f in report.findings:
        quoted = " ".join(report.mentions[i].text for i in f.mentions)
        assert not ("61" in quoted and f.severity != "info"), f.message
        assert not ("行政争议" in quoted and f.severity != "info"), f.message


def test_pingtan_2022_is_clean(real_corpus):
    """A clean report whose flattened rows ran together: unreadable runs may leave
    relations unchecked (warnings), never a made-up error."""
    report = run(real_corpus / "pingtan-2022.txt")
    assert report.value("t3.total.total") == 75
    assert not errors(report), [f.message for f in errors(report)]


def _sample() -> Path:
    pages = sorted(SAMPLES.glob("*word*.html"))
    assert pages, "corpora/samples should hold a Word-style HTML report"
    return pages[0]


def _edited(page: Path, tmp_path: Path, old: str, new: str) -> Path:
    raw = page.read_bytes()
    for encoding in ("utf-8", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    assert text.count(old) == 1, f"{old!r} should occur once in {page.name}"
    out = tmp_path / page.name
    out.write_bytes(text.replace(old, new).encode(encoding))
    return out


def test_word_html_sample_is_clean_and_linked():
    report = run(_sample())
    assert not errors(report), [f.message for f in errors(report)]
    linked = {m.metric for m in report.mentions}
    assert {"t4.reconsideration.total", "t3.granted.total"} <= linked


@pytest.mark.parametrize(
    "old,new,value,metric",
    [
        ("行政复议3件", "行政复议4件", 4, "t4.reconsideration.total"),
        ("予以公开22件", "予以公开23件", 23, "t3.granted.total"),
    ],
)
def test_word_html_sample_with_a_narrative_number_changed(tmp_path, old, new, value, metric):
    report = run(_edited(_sample(), tmp_path, old, new))
    found = errors(report)
    assert [f.rule for f in found] == ["narrative.table"], [f.message for f in found]
    f = found[0]
    assert metric in f.metrics
    assert [report.mentions[i].value for i in f.mentions] == [value]
    assert new in f.message
