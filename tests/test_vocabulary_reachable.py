"""Every canonical id of both layouts is reachable from a printed form."""

from __future__ import annotations

import pytest

from extractor import extract
from html_build import report_html
from models import vocabulary

T3_COLS = vocabulary().t3_column_ids


def _numbered_gold(layout: str, other_single_row: bool) -> tuple[dict, dict[str, int]]:
    """A gold dict whose every cell holds a different number, so a cell read from the
    wrong row or column cannot pass."""
    v = vocabulary()
    ids = v.metric_ids(layout, other_single_row)
    numbers = {m: i + 1 for i, m in enumerate(ids)}
    gold = {"organ": "测试市人民政府", "year": 2021 if layout == "2021" else 2020, "layout": layout,
            "t2": {}, "t3": {}, "t4": {}}
    for m, n in numbers.items():
        table, rest = m.split(".", 1)
        if table == "t2":
            gold["t2"][rest] = n + 0.25 if v.is_decimal(m) else n
            numbers[m] = gold["t2"][rest]
        else:
            row, col = rest.rsplit(".", 1)
            gold[table].setdefault(row, []).append(n)
    return gold, numbers


@pytest.mark.parametrize(
    "layout,other_single_row",
    [("2021", False), ("2021", True), ("2019", True)],
    ids=["2021", "2021-single-other", "2019"],
)
def test_every_canonical_id_is_reachable(tmp_path, layout, other_single_row):
    gold, numbers = _numbered_gold(layout, other_single_row)
    page = tmp_path / "form.html"
    page.write_text(report_html(gold, ["一、总体情况", "二、主动公开政府信息情况",
                                       "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]),
                    encoding="utf-8")
    report = extract(page)
    got = {f.metric: f.value for f in report.facts if not f.derived}
    assert got == numbers
    assert report.meta.layout == layout
    assert report.meta.other_single_row == other_single_row
