"""Table figures that satisfy every relation of the form (t3.R1/R2/R3, t4.R5), per layout.

Ids come from `models.vocabulary()` so the generator and the extractor share one list.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from models import vocabulary

from .organs import Organ

T3_COLS = ["natural_person", "commercial", "research", "social", "legal_service", "other_org", "total"]
T4_GROUPS = ["reconsideration", "litigation_direct", "litigation_after"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]

# How often each outcome occurs among handled applications (rough shape of real reports).
OUTCOME_WEIGHTS = {
    "granted": 36, "partial": 8,
    "denied.state_secret": 0.4, "denied.law_forbidden": 0.8, "denied.three_safeties": 0.4,
    "denied.third_party": 1, "denied.internal_affairs": 1.5, "denied.process_info": 1.5,
    "denied.enforcement_file": 0.8, "denied.inquiry": 1,
    "unavailable.not_held": 24, "unavailable.need_creation": 4, "unavailable.unclear": 3,
    "not_processed.complaint": 4, "not_processed.duplicate": 3, "not_processed.publication": 0.5,
    "not_processed.excessive": 1, "not_processed.confirmation": 1,
    "other.overdue_correction": 3, "other.overdue_fee": 0.2, "other.other": 3,
}
GROUPS = ["denied", "unavailable", "not_processed", "other"]


def t3_rows(other_single: bool) -> list[str]:
    return vocabulary().t3_value_rows(other_single)


def result_rows(other_single: bool) -> list[str]:
    return [r for r in t3_rows(other_single) if r not in ("new_received", "carried_over", "total", "carried_forward")]


@dataclass
class Figures:
    layout: str  # "2021" | "2019"
    other_single: bool
    t2: dict[str, int | float]
    t3: dict[str, list[int]]
    t4: dict[str, list[int]]
    # Printed-cell statuses other than "value" (metric id -> "blank" | "slash").
    cell_status: dict[str, str] = field(default_factory=dict)
    t2_decimals: dict[str, int] = field(default_factory=dict)
    # How a cell is printed when not as the bare figure: "—" for a slash cell, "1,234",
    # "22（其中修订3件）" for an annotated one.
    cell_raw: dict[str, str] = field(default_factory=dict)
    # The narrative written over these figures (generator.narrative.Narrative): next year's
    # report of the organ may copy a sentence of it (a stale figure).
    narrative: object | None = None

    def t3v(self, row: str, col: str = "total") -> int:
        """A t3 figure, or a derived group subtotal (denied, unavailable …) from printed cells."""
        i = T3_COLS.index(col)
        if row in self.t3:
            return self.t3[row][i]
        return sum(v[i] for r, v in self.t3.items() if r.startswith(row + "."))

    def t4v(self, group: str, col: str = "total") -> int:
        i = T4_COLS.index(col)
        if group == "litigation":
            return self.t4["litigation_direct"][i] + self.t4["litigation_after"][i]
        return self.t4[group][i]

    def value(self, metric: str) -> int | float:
        table, rest = metric.split(".", 1)
        if table == "t2":
            return self.t2[rest]
        row, col = rest.rsplit(".", 1)
        return self.t3v(row, col) if table == "t3" else self.t4v(row, col)


def _scale(organ: Organ, rng: random.Random) -> int:
    """Applications received in a year: larger for governments and higher levels."""
    base = {"province": 600, "city": 160, "county": 45}[organ.level]
    if not organ.is_government:
        base //= 6
    if not organ.is_government and rng.random() < 0.12:
        return 0
    return max(0, int(rng.lognormvariate(0, 0.6) * base))


def _split_applicants(n: int, rng: random.Random) -> list[int]:
    """Split n applications over the six applicant columns: mostly natural persons."""
    weights = [90, 6 * rng.random(), 0.4 * rng.random(), 0.4 * rng.random(), 1.5 * rng.random(), 2 * rng.random()]
    counts = [0] * 6
    for i in rng.choices(range(6), weights=weights, k=n):
        counts[i] += 1
    return counts


def make_t3(organ: Organ, rng: random.Random, other_single: bool,
            carried_over: list[int] | None = None) -> dict[str, list[int]]:
    """A 表三 that satisfies R1, R2 and R3; `carried_over` fixes the row (for year pairs)."""
    new = _split_applicants(_scale(organ, rng), rng)
    if carried_over is None:
        co = [sum(1 for _ in range(v) if rng.random() < 0.05) for v in new]
    else:
        co = list(carried_over[:6])
    rows = result_rows(other_single)
    leaves = [r for r in OUTCOME_WEIGHTS]
    t3: dict[str, list[int]] = {r: [0] * 7 for r in t3_rows(other_single)}
    for c in range(6):
        avail = new[c] + co[c]
        cf = sum(1 for _ in range(avail) if rng.random() < 0.04)
        handled = avail - cf
        t3["new_received"][c], t3["carried_over"][c] = new[c], co[c]
        t3["carried_forward"][c], t3["total"][c] = cf, handled
        w = [OUTCOME_WEIGHTS[leaf] for leaf in leaves]
        for leaf in rng.choices(leaves, weights=w, k=handled):
            row = "other" if other_single and leaf.startswith("other.") else leaf
            t3[row][c] += 1
    for r in t3:
        t3[r][6] = sum(t3[r][:6])
    assert set(rows) <= set(t3)
    return t3


def _small(rng: random.Random, scale: float, p_zero: float) -> int:
    return 0 if rng.random() < p_zero else int(rng.expovariate(1 / scale))


def make_t4(organ: Organ, rng: random.Random) -> dict[str, list[int]]:
    """A 表四 whose totals hold (R5)."""
    busy = {"province": 3.0, "city": 1.5, "county": 0.8}[organ.level] * (1 if organ.is_government else 0.5)
    t4 = {}
    for g, s in zip(T4_GROUPS, (3, 1.5, 1)):
        vals = [_small(rng, busy * s * k, pz) for k, pz in ((2, 0.3), (0.5, 0.7), (0.7, 0.6), (0.4, 0.75))]
        t4[g] = vals + [sum(vals)]
    return t4


def _decimal(rng: random.Random, hi: float) -> tuple[float, int]:
    if rng.random() < 0.3:
        return 0, 0
    return round(rng.uniform(0.5, hi), 2), 2


def make_t2(organ: Organ, rng: random.Random, layout: str,
            prev: dict[str, int | float] | None = None) -> tuple[dict[str, int | float], dict[str, int]]:
    """表二 figures and the printed decimals of the decimal cells; with `prev` (last year's
    表二 of the same organ) in_force carries over (in_force = prev + issued − repealed)."""
    makes_rules = organ.is_government and organ.level in ("province", "city")
    big = {"province": 5.0, "city": 1.5, "county": 0.5}[organ.level] * (1 if organ.is_government else 0.3)
    t2: dict[str, int | float] = {}
    dec: dict[str, int] = {}
    if layout == "2021":
        for item, on in (("regulations", makes_rules), ("normative_docs", True)):
            issued = _small(rng, 3 if item == "regulations" else 15 * big, 0.3) if on else 0
            repealed = _small(rng, 2 if item == "regulations" else 6 * big, 0.4) if on else 0
            if prev is not None:
                in_force = prev[f"{item}.in_force"] + issued - repealed
            else:
                in_force = (rng.randint(5, 120) if item == "regulations" else rng.randint(20, 400)) if on else 0
                in_force = max(in_force, issued)
            t2.update({f"{item}.issued": issued, f"{item}.repealed": repealed, f"{item}.in_force": in_force})
        t2["licensing.decisions"] = _small(rng, 3000 * big, 0.2)
        t2["penalty.decisions"] = _small(rng, 1500 * big, 0.25)
        t2["enforcement.decisions"] = _small(rng, 60 * big, 0.5)
        t2["fees.amount_wan"], dec["fees.amount_wan"] = _decimal(rng, 9000 * big)
    else:
        for item in ("regulations", "normative_docs"):
            on = makes_rules or item == "normative_docs"
            made = _small(rng, 3 if item == "regulations" else 12 * big, 0.3) if on else 0
            published = made
            total = (prev[f"{item}.total_public"] + published) if prev else (rng.randint(made, made + 300) if on else 0)
            t2.update({f"{item}.made": made, f"{item}.published": published, f"{item}.total_public": total})
        for item, scale in (("licensing", 2000), ("other_services", 400), ("penalty", 1000), ("enforcement", 50)):
            prev_count = rng.randint(0, 400) if rng.random() < 0.8 else 0
            delta = rng.randint(-20, 30) if prev_count else 0
            t2.update({f"{item}.prev_count": prev_count, f"{item}.delta": delta,
                       f"{item}.decisions": _small(rng, scale * big, 0.3)})
        t2["fees.prev_count"] = rng.randint(0, 30) if rng.random() < 0.6 else 0
        t2["fees.delta"] = rng.randint(-5, 3) if t2["fees.prev_count"] else 0
        t2["procurement.projects"] = _small(rng, 80 * big, 0.3)
        if t2["procurement.projects"]:
            t2["procurement.amount"], dec["procurement.amount"] = round(rng.uniform(5, 20000 * big), 2), 2
        else:
            t2["procurement.amount"], dec["procurement.amount"] = 0, 0
    return t2, dec


def make_figures(organ: Organ, rng: random.Random, layout: str, other_single: bool,
                 prev: Figures | None = None, carry_delta: tuple[int, int] | None = None) -> Figures:
    """Clean figures; `prev` is last year's report of the same organ (carry-over and in_force
    follow from it), `carry_delta` = (column, delta) breaks the carry-over on purpose."""
    carried = None
    if prev is not None:
        carried = list(prev.t3["carried_forward"])
        if carry_delta is not None:
            c, d = carry_delta
            carried[c] = max(0, carried[c] + d)
    t3 = make_t3(organ, rng, other_single, carried)
    t2, dec = make_t2(organ, rng, layout, prev.t2 if prev is not None else None)
    return Figures(layout=layout, other_single=other_single, t2=t2, t3=t3, t4=make_t4(organ, rng), t2_decimals=dec)
