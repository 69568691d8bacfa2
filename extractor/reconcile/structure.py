"""The form itself: tables or rows not found (table.missing), blank and slash cells
(table.blank), a 2019-layout form in a report on 2021 or later (layout.outdated)."""

from __future__ import annotations

from functools import cache

from models import Finding, Report, vocabulary

from .engine import TABLE_NAMES, Figures, finding, form_sets, metric_label

# Reports before 2019 are free-form: their tables are optional.
FIRST_FORM_YEAR = 2019
# The 2021 form applies to reports on 2021 onward (国办公开办函〔2021〕30号).
LAYOUT_2021_FROM = 2021
_LIST = 6  # cells named in a message before "等"


def _names(metrics: list[str]) -> str:
    names = [metric_label(m) for m in metrics[:_LIST]]
    return "、".join(names) + (f"等 {len(metrics)} 处" if len(metrics) > _LIST else "")


def expected_metrics(report: Report, figs: Figures) -> dict[str, list[str]]:
    """Per table, the cells the form prints (表二 only when the layout is known)."""
    return _expected(figs.single, report.meta.layout)


@cache
def _expected(single: bool, layout: str | None) -> dict[str, list[str]]:
    """`expected_metrics` per kind of form: a few lists serve every report (never mutate one)."""
    v = vocabulary()
    out = {
        "t3": [f"t3.{r}.{c}" for r in form_sets(single)["t3_rows"] for c in v.t3_column_ids],
        "t4": [f"t4.{g}.{c}" for g in v.t4_groups for c in v.t4_column_ids],
    }
    out["t2"] = [f"t2.{m}" for m in v.t2_layouts[layout]] if layout in v.t2_layouts else []
    return out


def check_structure(report: Report, figs: Figures) -> list[Finding]:
    out: list[Finding] = []
    year = report.meta.year
    expected = expected_metrics(report, figs)
    blank_or_slash = [m for m, f in figs.printed.items() if f.status in ("blank", "slash")]
    for table in ("t2", "t3", "t4"):
        name = TABLE_NAMES[table]
        if not figs.has_table(table):
            if year is None or year >= FIRST_FORM_YEAR:
                out.append(
                    finding(
                        report, "table.missing", "warning",
                        f"未找到{name}：其中的数字无法核对", metrics=[], extra=table,
                    )
                )
            continue
        missing = [m for m in expected[table] if m not in figs.printed]
        if missing:
            out.append(
                finding(
                    report, "table.missing", "warning",
                    f"{name}缺少 {len(missing)} 个单元格：{_names(missing)}", metrics=missing, extra=table,
                )
            )
        blanks = [m for m in blank_or_slash if m.startswith(table + ".")]
        if blanks:
            kinds = sorted({"空白" if figs.printed[m].status == "blank" else "斜杠" for m in blanks})
            out.append(
                finding(
                    report, "table.blank", "warning",
                    f"{name}有 {len(blanks)} 个{'或'.join(kinds)}单元格（空白、斜杠不等于0，不按0参与核对）："
                    f"{_names(blanks)}",
                    metrics=blanks, extra=table,
                )
            )
    if report.meta.layout == "2019" and year is not None and year >= LAYOUT_2021_FROM:
        out.append(
            finding(
                report, "layout.outdated", "warning",
                f"{year}年度报告仍使用2019年版表格（国办公开办函〔2019〕60号），"
                f"应使用2021年版（国办公开办函〔2021〕30号）",
                metrics=[],
            )
        )
    return out
