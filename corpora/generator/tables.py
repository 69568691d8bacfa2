"""The three standard tables as logical grids (cells with row/col spans), laid out like the
published forms; every renderer (HTML, Word HTML, PDF, DOCX, text) draws from these."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.vocabulary import vocabulary

from .figures import T3_COLS, T4_COLS, T4_GROUPS, Figures


@dataclass
class CellSpec:
    text: str
    rowspan: int = 1
    colspan: int = 1
    header: bool = False
    metric: str | None = None  # set on figure cells


@dataclass
class TableSpec:
    name: str  # t2 | t3 | t4
    n_cols: int
    rows: list[list[CellSpec]] = field(default_factory=list)


T3_LABELS = vocabulary().t3_printed()
T3_COL_LABELS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
T4_COL_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def cell_text(figs: Figures, metric: str, value) -> str:
    status = figs.cell_status.get(metric)
    if metric in figs.cell_raw:
        return figs.cell_raw[metric]
    if status == "blank":
        return ""
    if status == "slash":
        return "/"
    rest = metric.split(".", 1)[1]
    if metric.startswith("t2.") and rest in figs.t2_decimals and figs.t2_decimals[rest]:
        return f"{value:.{figs.t2_decimals[rest]}f}"
    if metric.startswith("t2.") and rest.endswith(".delta") and value > 0:
        return f"+{value}"
    return str(value)


def _fig(figs: Figures, metric: str, value, colspan: int = 1) -> CellSpec:
    return CellSpec(cell_text(figs, metric, value), colspan=colspan, metric=metric)


def t2_table(figs: Figures) -> TableSpec:
    t = TableSpec("t2", 4)
    H = lambda s, **k: CellSpec(s, header=True, **k)  # noqa: E731
    t2 = figs.t2

    def block(item_no: str, headers: list[tuple[str, int]], items: list[tuple[str, str, list[tuple[str, int]]]]):
        t.rows.append([H(f"第二十条第（{item_no}）项", colspan=4)])
        t.rows.append([H("信息内容")] + [H(h, colspan=cs) for h, cs in headers])
        for label, item, cols in items:
            t.rows.append([CellSpec(label)] + [_fig(figs, f"t2.{item}.{c}", t2[f"{item}.{c}"], cs) for c, cs in cols])

    if figs.layout == "2021":
        three = [("issued", 1), ("repealed", 1), ("in_force", 1)]
        block("一", [("本年制发件数", 1), ("本年废止件数", 1), ("现行有效件数", 1)],
              [("规章", "regulations", three), ("行政规范性文件", "normative_docs", three)])
        one = [("decisions", 3)]
        block("五", [("本年处理决定数量", 3)], [("行政许可", "licensing", one)])
        block("六", [("本年处理决定数量", 3)], [("行政处罚", "penalty", one), ("行政强制", "enforcement", one)])
        block("八", [("本年收费金额（单位：万元）", 3)], [("行政事业性收费", "fees", [("amount_wan", 3)])])
    else:
        three = [("made", 1), ("published", 1), ("total_public", 1)]
        block("一", [("本年新制作数量", 1), ("本年新公开数量", 1), ("对外公开总数量", 1)],
              [("规章", "regulations", three), ("规范性文件", "normative_docs", three)])
        pdd = [("prev_count", 1), ("delta", 1), ("decisions", 1)]
        hd = [("上一年项目数量", 1), ("本年增/减", 1), ("处理决定数量", 1)]
        block("五", hd, [("行政许可", "licensing", pdd), ("其他对外管理服务事项", "other_services", pdd)])
        block("六", hd, [("行政处罚", "penalty", pdd), ("行政强制", "enforcement", pdd)])
        block("八", [("上一年项目数量", 1), ("本年增/减", 2)],
              [("行政事业性收费", "fees", [("prev_count", 1), ("delta", 2)])])
        block("九", [("采购项目数量", 1), ("采购总金额", 2)],
              [("政府集中采购", "procurement", [("projects", 1), ("amount", 2)])])
    return t


def t3_table(figs: Figures) -> TableSpec:
    t = TableSpec("t3", 10)
    H = lambda s, **k: CellSpec(s, header=True, **k)  # noqa: E731
    t.rows.append([H("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3),
                   H("申请人情况", colspan=7)])
    t.rows.append([H("自然人", rowspan=2), H("法人或其他组织", colspan=5), H("总计", rowspan=2)])
    t.rows.append([H(s) for s in T3_COL_LABELS[1:6]])

    def figures(row: str) -> list[CellSpec]:
        return [_fig(figs, f"t3.{row}.{c}", v) for c, v in zip(T3_COLS, figs.t3[row])]

    rows = list(figs.t3)
    results = [r for r in rows if r not in ("new_received", "carried_over", "carried_forward")]
    for r in ("new_received", "carried_over"):
        t.rows.append([CellSpec(T3_LABELS[r], colspan=3)] + figures(r))
    first = True
    i = 0
    while i < len(results):
        r = results[i]
        lead = [CellSpec("三、本年度办理结果", rowspan=len(results))] if first else []
        first = False
        if "." in r:
            group = r.split(".")[0]
            kids = [k for k in results if k.startswith(group + ".")]
            for j, k in enumerate(kids):
                head = [CellSpec(T3_LABELS[group], rowspan=len(kids))] if j == 0 else []
                t.rows.append((lead if j == 0 else []) + head + [CellSpec(T3_LABELS[k])] + figures(k))
            i += len(kids)
        else:
            t.rows.append(lead + [CellSpec(T3_LABELS[r], colspan=2)] + figures(r))
            i += 1
    t.rows.append([CellSpec(T3_LABELS["carried_forward"], colspan=3)] + figures("carried_forward"))
    return t


def t4_table(figs: Figures) -> TableSpec:
    t = TableSpec("t4", 15)
    H = lambda s, **k: CellSpec(s, header=True, **k)  # noqa: E731
    t.rows.append([H("行政复议", colspan=5), H("行政诉讼", colspan=10)])
    t.rows.append([H(s, rowspan=2) for s in T4_COL_LABELS] + [H("未经复议直接起诉", colspan=5), H("复议后起诉", colspan=5)])
    t.rows.append([H(s) for s in T4_COL_LABELS * 2])
    t.rows.append([_fig(figs, f"t4.{g}.{c}", v) for g in T4_GROUPS for c, v in zip(T4_COLS, figs.t4[g])])
    return t
