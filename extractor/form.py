"""The three tables as the form prints them: rows and columns in the form's order, with the
form's Chinese labels (from the vocabulary). The review page and `extract --format table`
both lay a report out with this."""

from __future__ import annotations

from models import Report, vocabulary


def form_layout(report: Report) -> dict:
    """表二 items with their columns (of the report's layout, 2019 or 2021), 表三 rows (with
    （六）其他处理 as the report prints it) × columns, 表四 groups × columns, and the labels."""
    v = vocabulary()
    layout = report.meta.layout or "2021"
    t2_items: dict[str, list[str]] = {}
    for metric in v.t2_layouts[layout]:
        item, col = metric.split(".")
        t2_items.setdefault(item, []).append(col)
    return {
        "t2_items": t2_items,
        "t2_labels": {k: vs[0] for k, vs in v.t2_items.items()},
        "t2_col_labels": {k: vs[0] for k, vs in v.t2_columns.items()},
        "t3_rows": v.t3_value_rows(report.meta.other_single_row),
        "t3_labels": {r.id: r.labels[0] for r in v.t3_rows},
        "t3_cols": v.t3_column_ids,
        "t3_col_labels": {k: vs[0] for k, vs in v.t3_columns.items()},
        "t4_groups": {k: vs[0] for k, vs in v.t4_groups.items()},
        "t4_cols": v.t4_column_ids,
        "t4_col_labels": {k: vs[0] for k, vs in v.t4_columns.items()},
    }
