"""What a crawled dump that dropped repeated lines still settles (gold `unsettled`).

A crawler that writes every DOM text node on its own line and drops each line equal to
the one before prints a table row "9 0 0 0 0 0 9" as three lines "9" / "0" / "9": each
printed line stands for one or more consecutive equal cells. A row's *expansions* are the
ways to give its lines such runs so that there are as many cells as the row has. The form
narrows them: t3.R3 per 表三 row, t4.R5 per 表四 group, t3.R1 and t3.R2 across 表三 rows
(only when every row is present, and only when some combination of readings keeps them:
a row broken on purpose leaves the others as they are), and for 表二 document rows the
bounds 现行有效 ≥ 本年制发 − 本年废止 (2021) and 对外公开总数量 ≥ 本年新公开数量 (2019).
A cell whose figure differs between the surviving expansions is not settled by the text;
the gold lists every figure it may take. A row no expansion of which keeps its relation
(an injected inconsistency) is wrong, or its page left cells empty that the crawler
dropped (an empty cell prints no line): every cell is unsettled whose figure is not the
same in all of its expansions and in every placement among empty cells that keeps the
relation (an empty cell counting as none).

An implementation of its own, written from the form (the generator never imports the
extractor), so that the benchmark checks the reader against an independent answer.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from .figures import T3_COLS

Reading = tuple[float, ...]
# Combinations of open 表三 rows tried across rows; beyond this only each row's own relation is used.
MAX_COMBINATIONS = 200_000
_EDGE = ("new_received", "carried_over", "total", "carried_forward")


def expansions(lines: list[str], n: int) -> Iterator[tuple[str, ...]]:
    """Every way to spread `lines` over n cells, each line over one or more consecutive cells."""
    k = len(lines)
    if k == 0 or k > n:
        return
    # Choose the k−1 places among the n−1 gaps between cells where the printed line changes.
    for cuts in itertools.combinations(range(1, n), k - 1):
        bounds = (0, *cuts, n)
        yield tuple(line for line, a, b in zip(lines, bounds, bounds[1:]) for _ in range(b - a))


def expansions_with_blanks(lines: list[str], n: int) -> Iterator[tuple[str, ...]]:
    """Every way the page could have printed `lines` over n cells had it also left some cells
    empty (an empty cell prints no line, "" here): the cells holding figures, read in
    order with equal neighbours run together, are the lines."""
    for filled in range(len(lines), n + 1):
        for where in itertools.combinations(range(n), filled):
            for figures in expansions(lines, filled):
                row = [""] * n
                for i, f in zip(where, figures):
                    row[i] = f
                yield tuple(row)


def _number(text: str) -> float:
    """A printed figure's value: "1,234", "5" + a unit line ("5\n批", "8.175万\n元"), or a sign
    word line and the figure ("增\n7", "减\n3")."""
    first, _, rest = text.partition("\n")
    if first in ("增", "减"):
        return (-1 if first == "减" else 1) * float(rest.split("\n", 1)[0].replace(",", ""))
    return float(first.removesuffix("万").replace(",", ""))  # "8.175万" / "元": 8.175 (万元)


def _row_ok(prefix: str, columns: list[str]) -> Callable[[Reading], bool]:
    """The relation one row's figures must keep (always true where the form has none)."""
    if prefix.startswith("t3."):
        return lambda v: sum(v[:6]) == v[6]
    if prefix == "t4":
        return lambda v: all(sum(v[g:g + 4]) == v[g + 4] for g in range(0, len(v), 5))
    if columns == ["issued", "repealed", "in_force"]:
        return lambda v: v[2] >= v[0] - v[1]
    if columns == ["made", "published", "total_public"]:
        return lambda v: v[2] >= v[1]
    return lambda v: True


def _relation_name(prefix: str, columns: list[str], crossed: bool) -> str:
    if prefix.startswith("t3."):
        return "t3.R3, t3.R1, t3.R2" if crossed else "t3.R3"
    if prefix == "t4":
        return "t4.R5"
    if columns in (["issued", "repealed", "in_force"], ["made", "published", "total_public"]):
        return "表二's bound on this row"
    return "表二 has no relation for this row"


def _across_t3(rows: dict[str, Reading], results: list[str]) -> bool:
    """t3.R1 (新收 + 结转 = 办理 + 结转下年度) and t3.R2 (the results add up to 总计), per column."""
    for c in range(len(T3_COLS)):
        if rows["new_received"][c] + rows["carried_over"][c] != rows["total"][c] + rows["carried_forward"][c]:
            return False
        if sum(rows[r][c] for r in results) != rows["total"][c]:
            return False
    return True


def unsettled(printed: dict[str, tuple[list[str], list[str], list[str]]]) -> dict[str, dict]:
    """Gold `unsettled` for a crawled dump: `printed` maps a row prefix ("t2.fees",
    "t3.granted", "t4") to (its metric ids, its column ids, the lines it printed);
    returns {metric: {"candidates": [...], "why": "..."}} for every cell the lines do not settle."""
    every: dict[str, list[tuple[str, ...]]] = {}
    kept: dict[str, list[tuple[str, ...]]] = {}
    for prefix, (metrics, columns, lines) in printed.items():
        every[prefix] = list(expansions(lines, len(metrics)))
        ok = _row_ok(prefix, columns)
        kept[prefix] = [e for e in every[prefix] if ok(tuple(map(_number, e)))]

    # Across 表三's rows, when all of them are present and none is broken.
    t3 = {p.split(".", 1)[1]: p for p in kept if p.startswith("t3.")}
    results = [r for r in t3 if r not in _EDGE]
    crossed = False
    if set(_EDGE) <= set(t3) and results and all(kept[p] for p in t3.values()):
        open_rows = [p for p in t3.values() if len(kept[p]) > 1]
        combos = 1
        for p in open_rows:
            combos *= len(kept[p])
        if open_rows and combos <= MAX_COMBINATIONS:
            fixed = {r: tuple(map(_number, kept[p][0])) for r, p in t3.items() if p not in open_rows}
            survivors: dict[str, set[tuple[str, ...]]] = {p: set() for p in open_rows}
            for combo in itertools.product(*(kept[p] for p in open_rows)):
                values = dict(fixed)
                values.update({p.split(".", 1)[1]: tuple(map(_number, e)) for p, e in zip(open_rows, combo)})
                if _across_t3(values, results):
                    for p, e in zip(open_rows, combo):
                        survivors[p].add(e)
            if all(survivors.values()):
                for p in open_rows:
                    kept[p] = sorted(survivors[p])
                crossed = True

    out: dict[str, dict] = {}
    for prefix, (metrics, columns, lines) in printed.items():
        broken = not kept[prefix]
        readings = every[prefix] if broken else kept[prefix]
        if broken and (prefix.startswith("t3.") or prefix == "t4"):
            # The document is wrong, or the page left cells empty that the crawler dropped:
            # only what both explanations agree on is settled (an empty cell adds none).
            ok = _row_ok(prefix, columns)
            readings = readings + [e for e in expansions_with_blanks(lines, len(metrics))
                                   if ok(tuple(_number(x) if x else 0.0 for x in e))]
        for i, metric in enumerate(metrics):
            shapes = {e[i] for e in readings}
            figures = sorted({_number(x) for x in shapes if x})
            if len(shapes) < 2:
                continue
            shown = " / ".join(lines)
            if broken:
                why = (f"{shown} printed for {len(metrics)} cells (one line for each run of equal cells); "
                       f"no placement keeps the row's relation, and this cell differs between placements")
            else:
                rel = _relation_name(prefix, printed[prefix][1], crossed)
                why = (f"{shown} printed for {len(metrics)} cells (one line for each run of equal cells); "
                       f"{len(readings)} placements keep the form ({rel}) and give this cell different figures")
            out[metric] = {"candidates": [int(f) if f == int(f) else f for f in figures], "why": why}
            if "" in shapes:
                out[metric]["blank_possible"] = True
                out[metric]["why"] += "; or empty, had the page left cells empty"
    return out


def lines_of(texts) -> list[str]:
    """The lines a crawler stores for consecutive cells: empty ones print nothing, and a line
    equal to the one before is dropped."""
    lines: list[str] = []
    for text in texts:
        if text and (not lines or lines[-1] != text):
            lines.append(text)
    return lines


def break_shows(prefix: str, values: list) -> bool:
    """Whether a row whose relation was broken on purpose still shows it once collapsed:
    its lines fit its cells one way only, or no way of fitting them keeps the relation
    (otherwise the text reads as a sound row with other figures, and the break is hidden)."""
    every = list(expansions(lines_of(str(v) for v in values), len(values)))
    ok = _row_ok(prefix, [])
    return len(every) == 1 or not any(ok(tuple(map(_number, e))) for e in every)


def printed_rows(tables) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """Per row of the three tables (TableSpec), the lines a crawler that drops repeated
    lines prints for its figures: the figure texts with each line equal to the one before
    dropped. Rows are cut at their labels, so only a row's own figures can collapse."""
    out: dict[str, tuple[list[str], list[str], list[str]]] = {}
    for t in tables:
        for row in t.rows:
            figs = [c for c in row if c.metric is not None]
            if not figs:
                continue
            prefix = "t4" if t.name == "t4" else figs[0].metric.rsplit(".", 1)[0]
            metrics = [c.metric for c in figs]
            columns = [m.rsplit(".", 1)[1] for m in metrics]
            out[prefix] = (metrics, columns, lines_of(c.text for c in figs))
    return out

