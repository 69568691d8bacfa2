"""Report metadata: the title and the organ, also when the title is set over two lines."""

from __future__ import annotations

from extractor import extract


def _report(tmp_path, lines):
    path = tmp_path / "r.txt"
    path.write_text("\n".join(lines + ["一、总体情况", "全年主动公开政府信息1136条。"]), encoding="utf-8")
    return extract(path)


def test_title_over_two_lines_is_joined_with_its_organ(real_corpus):
    meta = extract(real_corpus / "hongze-2023.pdf").meta  # "洪泽区人民政府" / "2023 年政府信息公开…"
    assert meta.organ == "洪泽区人民政府" and meta.year == 2023
    assert meta.title == "洪泽区人民政府2023 年政府信息公开工作年度报告"


def test_the_line_above_joins_only_when_it_is_an_organs_name(tmp_path):
    joined = _report(tmp_path, ["松林县交通运输局", "2022年政府信息公开工作年度报告"]).meta
    assert (joined.organ, joined.year) == ("松林县交通运输局", 2022)
    alone = _report(tmp_path, ["发布时间：2023-01-20", "2022年政府信息公开工作年度报告"]).meta
    assert alone.organ is None and alone.title == "2022年政府信息公开工作年度报告"
    one_line = _report(tmp_path, ["首页 > 政务公开", "河西区人民政府2020年政府信息公开工作年度报告"]).meta
    assert one_line.organ == "河西区人民政府"
