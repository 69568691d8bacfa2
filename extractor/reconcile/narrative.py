"""Narrative against tables and against itself.

- narrative.table: a linked mention against its cell or subtotal, trying every reading
  the narrative stage kept; claims (均获维持 …) against the cells they say are zero.
- narrative.sum: "共计X条，其中A条、B条…" whose parts do not add up.
- narrative.percent: "X件，占Y%" against its base within ±0.1 percentage points.

Severity follows certainty: a direct statement contradicted by the table is an error;
a narrower scope, a base or a claim's reach that we had to guess is a warning; an
approximate number (余/多/近…) is at most an info.
"""

from __future__ import annotations

import re
from functools import lru_cache

from models import Finding, Mention, Report
from models.vocabulary import vocabulary

from .engine import Figure, Figures, approx_range, finding, fmt, form_sets, metric_label, rules

_PERCENT = re.compile(r"(\d+(?:\.(\d+))?)\s*[%％]")
_NUMBER = re.compile(r"\d+(?:\.(\d+))?")


def _decimals(m: Mention) -> int:
    """Decimal places printed in the mention's own number."""
    found = _NUMBER.findall(m.text)
    return max((len(d) for d in found), default=0)


def _reading_text(expr: str, fig: Figure) -> str:
    parts = expr.split("+")
    if len(parts) == 1:
        return f"{metric_label(expr)}为{fmt(fig.value, fig.decimals)}"
    return " + ".join(metric_label(p.strip()) for p in parts) + f" = {fmt(fig.value, fig.decimals)}"


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol + 1e-9


def _in_approx(m: Mention, actual: float) -> bool:
    low, high = approx_range(m.approx_word)
    if not m.value:
        return actual == 0
    return low - 1e-9 <= actual / m.value <= high + 1e-9


@lru_cache(maxsize=4)
def _printable(layout: str) -> frozenset[str]:
    """Every cell the form prints in this layout (（六）其他处理 as one row or three)."""
    v = vocabulary()
    return frozenset(v.metric_ids(layout)) | frozenset(v.metric_ids(layout, True))


def _applies(report: Report, figs: Figures, fig: Figure) -> bool:
    """False when the reading rests on a table the report lacks (table.missing covers
    it) or on a cell its layout does not print (本年新制作 is a 2019 column, 本年制发 a
    2021 one): such a reading is not an unreadable one, it does not exist here."""
    printable = _printable(report.meta.layout) if report.meta.layout else None
    for metric, status in fig.unknown:
        if status != "missing":
            continue
        if not figs.has_table(metric.split(".")[0]):
            return False
        if printable is not None and metric.startswith(("t2.", "t3.", "t4.")) and metric not in printable:
            return False
    return True


def check_mention(report: Report, figs: Figures, i: int) -> Finding | None:
    m = report.mentions[i]
    value = 0 if (m.kind == "nil" and m.value is None) else m.value
    if value is None:
        return None
    readings = [r for r in dict.fromkeys([m.metric, *m.alternatives]) if r]
    figures = [(r, figs.expression(r)) for r in readings]
    figures = [(r, f) for r, f in figures if _applies(report, figs, f)]
    if not figures:
        return None
    known = [(r, f) for r, f in figures if f.known]
    printed = _decimals(m)
    half = 0.5 * 10**-printed if printed else 0.0
    for r, f in known:
        if _close(value, f.value, f.tol + half):
            if r != m.metric and m.metric:  # an alternative reading held: say which
                return finding(
                    report, "narrative.table", "info",
                    f"正文{_quote(m)}按{_reading_text(r, f)}理解时相符",
                    reported=value, computed=f.value, metrics=f.metrics, mentions=[i],
                )
            return None
    metrics = [c for _, f in figures for c in f.metrics + [u for u, _ in f.unknown]]
    tried = "；".join(_reading_text(r, f) for r, f in known)
    if not known:
        return finding(
            report, "narrative.table", "info",
            f"正文{_quote(m)}无法与表格核对：所需单元格为空白、斜杠、无法识别或未找到",
            reported=value, metrics=metrics, mentions=[i],
        )
    first = known[0][1]
    if m.metric is None:
        severity, why = "warning", "（正文措辞未确指单元格，各种理解均不相符）"
    elif m.approx:
        if any(_in_approx(m, f.value) for _, f in known):
            return None
        severity, why = "info", f"（约数「{m.approx_word or ''}」，仅供参考）"
    elif _narrower(m.scope, report):
        severity, why = "warning", f"（正文口径「{m.scope}」窄于表格，可能并非矛盾）"
    elif len(known) < len(figures):
        severity, why = "warning", "（另一种理解所需单元格无法读取）"
    else:
        severity, why = "error", ""
    return finding(
        report, "narrative.table", severity,
        f"正文{_quote(m)}为{fmt(value, printed)}，但{tried}{why}",
        reported=value, computed=first.value, decimals=max(first.decimals, printed),
        metrics=metrics, mentions=[i],
    )


def _reading_only(m: Mention) -> bool:
    """A count of applications or cases whose words name no one cell but several readings
    ("非我局职能不予公开3件": the prose's 不予公开 or the form's 无法提供): checked, and reported
    (a warning at most) only when no reading holds. Not 表二's: its prose counts published
    items ("行政许可类信息4条") as often as decisions."""
    return (m.kind == "count" and m.part_of is None and bool(m.alternatives)
            and all(a.startswith(("t3.", "t4.")) for a in m.alternatives))


def _scoped_reading(m: Mention, report: Report) -> bool:
    """A count said of less than the tables cover ("区政府办公室代表区政府收到申请12件"):
    the narrative keeps the cell only as a reading; a mismatch is worth a warning. A
    part of a larger count ("…58件，其中区政府办代表区政府受理32件") is not."""
    return bool(m.alternatives) and m.part_of is None and _narrower(m.scope, report)


def _narrower(scope: str | None, report: Report) -> bool:
    """Whether the words narrow the statement below the table (区政府办代表区政府; 本机关
    in a government's area-wide report). "全区" and the like cover what the table covers,
    as does "本机关" in a department's own report."""
    if not scope:
        return False
    cfg = rules()["narrative"]
    if any(scope.startswith(b) for b in cfg["broad_scope_prefixes"]):
        return False
    if scope in cfg["self_scopes"]:
        organ = (report.meta.organ or "").strip()
        return not organ or any(organ.endswith(s) for s in cfg["area_organ_suffixes"])
    return True


def _quote(m: Mention) -> str:
    return f"「{m.text}」"


def _claim_groups(m: Mention, figs: Figures) -> tuple[list[str], bool]:
    """The 表四 groups a claim speaks of, and whether the sentence named them
    (its metric may be a sum such as "t4.reconsideration.total+t4.litigation.total")."""
    groups = figs.sets["t4_groups"]
    named: list[str] = []
    for part in (m.metric or "").split("+"):
        bits = part.strip().split(".")
        if len(bits) < 2 or bits[0] != "t4":
            continue
        if bits[1] == "litigation":
            named += [x for x in groups if x.startswith("litigation_")]
        elif bits[1] in groups:
            named.append(bits[1])
    if named:
        return list(dict.fromkeys(named)), True
    return groups, False


def check_claim(report: Report, figs: Figures, i: int) -> Finding | None:
    m = report.mentions[i]
    spec = rules()["narrative"]["claims"].get(m.claim or "")
    if spec is None:
        return None
    if m.metric and m.metric.startswith("t3.") and "zero_t3" in spec:
        cells, named = list(spec["zero_t3"]), True
    else:
        groups, named = _claim_groups(m, figs)
        if not figs.has_table("t4"):
            return None
        cells = [c.replace("{group}", g) for g in groups for c in spec["zero"]]
    figures = [(c, figs.get(c)) for c in cells]
    nonzero = [(c, f) for c, f in figures if f.known and f.value != 0]
    unknown = [c for c, f in figures if not f.known]
    metrics = cells
    if nonzero:
        listed = "、".join(f"{metric_label(c)}为{fmt(f.value)}" for c, f in nonzero)
        severity = "error" if named and not _narrower(m.scope, report) else "warning"
        why = "" if severity == "error" else "（该说法所指范围系推断）"
        return finding(
            report, "narrative.table", severity,
            f"正文称{_quote(m)}（{spec['words']}），但{listed}{why}",
            reported=0, computed=sum(f.value for _, f in nonzero), metrics=metrics, mentions=[i],
        )
    if unknown:
        return finding(
            report, "narrative.table", "info",
            f"正文称{_quote(m)}，但{'、'.join(metric_label(c) for c in unknown)}无法读取，无法核对",
            metrics=metrics, mentions=[i],
        )
    return None


def _same_dimension(parts: list[Mention]) -> bool:
    """Parts that sort one total along one dimension (rows, or applicant columns) add up;
    parts from different dimensions (办理结果 and 申请人) overlap."""
    linked = [p.metric for p in parts if p.metric and "+" not in p.metric]
    kinds = set()
    for metric in linked:
        table, _, rest = metric.partition(".")
        kinds.add(table if table != "t3" else ("t3.col" if rest.endswith(".total") else "t3.row"))
    return len(kinds) <= 1


def _rows_of(expr: str | None) -> list[str]:
    """表三 rows of a linked metric or sum expression ("t3.total.total" → ["total"])."""
    out = []
    for part in (expr or "").split("+"):
        part = part.strip()
        if part.startswith("t3."):
            out.append(part.split(".", 1)[1].rpartition(".")[0])
    return out


def _belongs(total: Mention, part: Mention, figs: Figures) -> bool:
    """Whether a listed part can be a component of the total on the form: 办结 (总计) splits
    into 办理结果 rows, a group into its sub-rows; 结转下年度 listed after 办结 is not a part."""
    t_rows, p_rows = _rows_of(total.metric), _rows_of(part.metric)
    if not t_rows or not p_rows or set(p_rows) <= set(t_rows):
        return True
    allowed: set[str] = set()
    for row in t_rows:
        allowed |= _components(figs.single, row)
    return set(p_rows) <= allowed


@lru_cache(maxsize=256)  # a row of the form, per kind of form (a hostile metric may name any: bounded)
def _components(single: bool, row: str) -> frozenset[str]:
    """The 表三 rows a listed part of `row` may be: the result rows for 总计, sub-rows for a group."""
    sets = form_sets(single)
    if row == "total":
        return frozenset(set(sets["result_rows"]) | set(sets["t3_all_rows"]) - {
            "new_received", "carried_over", "total", "carried_forward"})
    return frozenset(r for r in sets["t3_all_rows"] if r.startswith(row + "."))


def _complete(parts: list[Mention]) -> bool:
    """Whether the linked parts name a whole decomposition of the form (rules.toml
    narrative.complete_lists), so that nothing can have been left out."""
    rows, cols, groups = set(), set(), set()
    for p in parts:
        for piece in (p.metric or "").split("+"):
            piece = piece.strip()
            if piece.count(".") < 2:
                continue
            table, rest = piece.split(".", 1)
            row, _, col = rest.rpartition(".")
            if table == "t3":
                rows.add(row.split(".")[0])
                cols.add(col)
            elif table == "t4":
                groups.add(row)
    spec = rules()["narrative"]["complete_lists"]
    return any(
        set(s) <= have
        for key, have in (("rows", rows), ("columns", cols), ("t4", groups))
        for s in spec[key]
    )


_FIGURE_ON = re.compile(r"[\d.,，]+\D*$")


def _siblings(mentions: list[Mention], members: list[int]) -> list[int]:
    """The listed parts less those that name the part before them again, no larger ("主动公开文件
    25115条，全文电子化主动公开文件24902条": the second is some of the first, said with a
    qualifier, not another part of the whole: a list never names one thing twice), and less those whose
    cell is a breakdown of an earlier part's ("其中行政复议1件，行政诉讼2件，正在复议1件": the pending is among
    the reviews, s69's generated crawled pages)."""
    out: list[int] = []
    for j in members:
        prev = mentions[out[-1]] if out else None
        m = mentions[j]
        words = _FIGURE_ON.sub("", m.text)
        if (prev is not None and m.kind == prev.kind == "count" and m.value is not None and prev.value is not None
                and len(words) >= 2 and m.value <= prev.value and words == _FIGURE_ON.sub("", prev.text)):
            continue
        if any(_breaks_down(mentions[k].metric, m.metric) for k in out):
            continue
        out.append(j)
    return out


def _breaks_down(whole: str | None, part: str | None) -> bool:
    """Whether the cell `part` is one of the cells `whole` adds up: 表四's outcomes of a group's total
    (t4.reconsideration.pending of t4.reconsideration.total), 表三's sub-rows of a row in the same column
    (t3.denied.state_secret.total of t3.denied.total)."""
    if not whole or not part or "+" in whole or "+" in part or whole == part:
        return False
    w_table, _, w_rest = whole.partition(".")
    p_table, _, p_rest = part.partition(".")
    if w_table != p_table:
        return False
    w_row, _, w_col = w_rest.rpartition(".")
    p_row, _, p_col = p_rest.rpartition(".")
    if w_table == "t4":
        return w_col == "total" and p_row == w_row
    return w_table == "t3" and w_col == p_col and p_row.startswith(w_row + ".")


def check_sums(report: Report, figs: Figures) -> list[Finding]:
    out = []
    totals: dict[int, list[int]] = {}
    for j, m in enumerate(report.mentions):
        if m.part_of is not None and 0 <= m.part_of < len(report.mentions) and m.part_of != j:
            totals.setdefault(m.part_of, []).append(j)
    for i, parts in totals.items():
        t = report.mentions[i]
        members = [
            j for j in parts
            if report.mentions[j].unit in (None, t.unit)
            and report.mentions[j].kind in ("count", "nil")
            and _belongs(t, report.mentions[j], figs)
        ]
        members = _siblings(report.mentions, members)
        values = [report.mentions[j].value or 0 for j in members]
        if t.value is None or not members or not _same_dimension([report.mentions[j] for j in members]):
            continue
        d = max([_decimals(t)] + [_decimals(report.mentions[j]) for j in members])
        s = round(sum(values), d) if d else sum(values)
        tol = 0.5 * 10**-d * (len(members) + 1) if d else 0.0
        if _close(s, t.value, tol):
            continue
        listed = " + ".join(fmt(v, d) for v in values)
        approx = t.approx or any(report.mentions[j].approx for j in members)
        if approx:
            severity, why = "info", "（含约数）"
        elif s > t.value or _complete([report.mentions[j] for j in members]):
            severity, why = "error", ""
        elif t.value and s / t.value >= rules()["narrative"]["complete_lists"]["near_complete_share"]:
            severity, why = "warning", "（所列各项接近总数，似应为全部；也可能未列全）"
        else:
            severity, why = "info", "（所列可能只是其中一部分）"
        relation = "超过" if s > t.value else "小于"
        out.append(
            finding(
                report, "narrative.sum", severity,
                f"正文{_quote(t)}，其中所列 {listed} = {fmt(s, d)}，{relation}总数{fmt(t.value, d)}{why}",
                reported=t.value, computed=s, decimals=d, mentions=[i, *members],
            )
        )
    return out


def _bases(report: Report, figs: Figures, p: Mention, count: Mention) -> list[tuple[str, float, bool]]:
    """(description, base, explicit) a share may be taken of, most specific first."""
    out: list[tuple[str, float, bool]] = []
    if count.part_of is not None and 0 <= count.part_of < len(report.mentions):
        total = report.mentions[count.part_of]
        if total.value:
            out.append((f"正文{_quote(total)}", total.value, True))
    named = [e for w, es in rules()["narrative"]["percent_base_words"].items() if w in p.text for e in es]
    for expr in dict.fromkeys([p.metric, *p.alternatives, *named]):
        if expr and expr != count.metric:
            f = figs.expression(expr)
            if f.known and f.value:
                out.append((_reading_text(expr, f), f.value, True))
    # The form's totals are a share's likely base only for a count about applications or
    # cases: "机构职能类1404件，占12.2%" is a share of the items published, not of 表三.
    about_tables = bool(count.metric and count.metric.startswith(("t3.", "t4."))) or count.topic == "依申请公开"
    generic = list(rules()["narrative"]["percent_bases"]) if about_tables else []
    if count.metric and count.metric.startswith("t3.") and "+" not in count.metric:
        _, rest = count.metric.split(".", 1)
        row, _, col = rest.rpartition(".")
        if col != "total":
            generic.insert(0, f"t3.{row}.total")
        generic.insert(0, f"t3.total.{col}")
    if count.metric and count.metric.startswith("t4."):
        generic.insert(0, "t4.reconsideration.total+t4.litigation.total")
    for expr in dict.fromkeys(generic):
        if expr == count.metric:
            continue
        f = figs.expression(expr)
        if f.known and f.value:
            out.append((_reading_text(expr, f), f.value, False))
    return out


def check_percent(report: Report, figs: Figures, i: int) -> Finding | None:
    p = report.mentions[i]
    if p.share_of is None or not (0 <= p.share_of < len(report.mentions)) or p.value is None:
        return None
    count = report.mentions[p.share_of]
    if count.value is None:
        return None
    m = _PERCENT.search(p.text)
    printed = len(m.group(2) or "") if m else _decimals(p)
    tol = max(rules()["narrative"]["percent_tolerance_pp"], 0.5 * 10**-printed)
    bases = _bases(report, figs, p, count)
    if not bases:
        return None
    for _, base, _ in bases:
        if _close(count.value / base * 100, p.value, tol):
            return None
    desc, base, explicit = bases[0]
    share = round(count.value / base * 100, 2)
    if p.approx or count.approx:
        severity = "info"
    else:
        severity = "error" if explicit else "warning"
    why = "" if explicit else "（基数系推断，其他可能的基数也不符）"
    return finding(
        report, "narrative.percent", severity,
        f"正文{_quote(count)}{_quote(p)}：{fmt(count.value)} ÷ {desc} = {share}%，"
        f"与所称{fmt(p.value, printed)}%相差超过{tol:g}个百分点{why}",
        reported=p.value, computed=share, decimals=2, mentions=[p.share_of, i],
    )


def check_narrative(report: Report, figs: Figures) -> list[Finding]:
    out: list[Finding | None] = []
    for i, m in enumerate(report.mentions):
        if m.kind == "claim":
            out.append(check_claim(report, figs, i))
        elif m.kind == "percent":
            out.append(check_percent(report, figs, i))
        elif m.kind in ("count", "nil") and (m.metric or _scoped_reading(m, report) or _reading_only(m)):
            out.append(check_mention(report, figs, i))
    out += check_sums(report, figs)
    return [f for f in out if f is not None]
