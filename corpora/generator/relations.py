"""The form's relations evaluated on gold figures: the findings a correct reconciler must
report for the tables (t3.R1/R2/R3, t4.R5) and across two years (cross_year.carry).

Works on the gold JSON shape (`t3` rows of 7, `t4` groups of 5), so the bench can use it on
the shared real gold as well. Blank and slash cells (None in gold) are read as 0 here: the
generator only blanks cells whose figure is 0.
"""

from __future__ import annotations

T3_COLS = ["natural_person", "commercial", "research", "social", "legal_service", "other_org", "total"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]
_EDGE_ROWS = ("new_received", "carried_over", "total", "carried_forward")


def _v(x) -> int:
    return 0 if x is None else x


def _finding(rule: str, where: str, reported, computed, metrics: list[str]) -> dict:
    return {"rule": rule, "severity": "error", "where": where, "reported": reported,
            "computed": computed, "metrics": metrics}


def table_findings(gold: dict) -> list[dict]:
    out: list[dict] = []
    t3 = gold.get("t3") or {}
    if t3:
        results = [r for r in t3 if r not in _EDGE_ROWS]
        for i, col in enumerate(T3_COLS):
            g = {r: _v(t3[r][i]) for r in t3}
            left = g["new_received"] + g["carried_over"]
            right = g["total"] + g["carried_forward"]
            if left != right:
                out.append(_finding("t3.R1", col, right, left,
                                    [f"t3.{r}.{col}" for r in _EDGE_ROWS]))
            parts = sum(g[r] for r in results)
            if parts != g["total"]:
                out.append(_finding("t3.R2", col, g["total"], parts,
                                    [f"t3.total.{col}"] + [f"t3.{r}.{col}" for r in results]))
        for r, vals in t3.items():
            s = sum(_v(x) for x in vals[:6])
            if s != _v(vals[6]):
                out.append(_finding("t3.R3", r, _v(vals[6]), s, [f"t3.{r}.{c}" for c in T3_COLS]))
    for g, vals in (gold.get("t4") or {}).items():
        s = sum(_v(x) for x in vals[:4])
        if s != _v(vals[4]):
            out.append(_finding("t4.R5", g, _v(vals[4]), s, [f"t4.{g}.{c}" for c in T4_COLS]))
    return out


def carry_findings(prev: dict, cur: dict) -> list[dict]:
    """cross_year.carry: this year's 上年结转 = last year's 结转下年度, per column."""
    out = []
    for i, col in enumerate(T3_COLS):
        a, b = _v(cur["t3"]["carried_over"][i]), _v(prev["t3"]["carried_forward"][i])
        if a != b:
            out.append(_finding("cross_year.carry", col, a, b,
                                [f"t3.carried_over.{col}", f"t3.carried_forward.{col}"]))
    return out
