"""Accuracy against gold: cell accuracy, mention recall and link precision, finding
precision and recall per rule, false errors on clean reports — per format.

A report whose extraction raises counts every one of its gold cells, mentions and findings
as missed (shown per format with the error), so the figures are honest whatever state the
pipeline is in.
"""

from __future__ import annotations

import json
import re
import traceback
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from corpora.generator.relations import T3_COLS, T4_COLS, table_findings

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
# The project's own real reports, with hand-read gold (and gold for shared reports, whose
# files stay in ../shared: `source.shared` names them relative to the project root).
PROJECT_REAL = ROOT / "corpora" / "real"
SAMPLES = ROOT / "corpora" / "samples"
REPORT_EXTS = (".html", ".htm", ".txt", ".pdf", ".docx", ".tif", ".tiff")


@dataclass
class Case:
    id: str
    path: Path
    gold: dict
    format: str  # the gold's format (html, html-word, text, text-flat, docx, pdf, …)
    origin: str  # generated | real


def load_cases(corpus: Path, origin: str = "generated", scans: bool = False, recursive: bool = False) -> list[Case]:
    """Every `<id>.gold.json` with its report file beside it (real scans only with `scans`)."""
    cases = []
    for gp in sorted(corpus.rglob("*.gold.json") if recursive else corpus.glob("*.gold.json")):
        try:
            gold = json.loads(gp.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        here = gp.parent
        rid = gp.name[: -len(".gold.json")]
        shared = (gold.get("source") or {}).get("shared") if isinstance(gold.get("source"), dict) else None
        if shared:
            files = [ROOT / shared]
        elif gold.get("file"):
            files = [Path(here / gold["file"])]
        else:
            files = sorted(p for p in here.glob(f"{rid}.*") if p.suffix in REPORT_EXTS)
        for f in files:
            if not f.exists():
                continue
            fmt = gold.get("format", f.suffix[1:])
            if gold.get("layout") == "pre-2019":
                # Before the 2019 form: prose and the old 附表, apart from the rest.
                fmt += "/pre-2019"
            if f.name.count(".") > 1:  # hongze-2023.scan200.pdf: the same gold, read by OCR
                if not scans:
                    continue
                fmt = "pdf-scanned"
            cases.append(Case(id=f.stem if fmt == "pdf-scanned" else rid, path=f, gold=gold, format=fmt, origin=origin))
    return cases


# -- gold views --------------------------------------------------------------------------

def gold_cells(gold: dict) -> dict[str, tuple[str, object]]:
    """metric -> (status, value) for every printed cell in the gold. A cell the document
    does not settle (gold `unsettled`: a crawled row whose lines fit several placements)
    is expected `unreadable`."""
    status = dict(gold.get("cell_status") or {})
    # Unsettled cells whose true figure is unknown (real gold: null) can only be unreadable;
    # where it is known (generated gold) the figure is right too (narrative, last year …).
    status.update({m: "unreadable" for m in gold.get("unsettled") or {}})
    out = {}
    for k, v in (gold.get("t2") or {}).items():
        m = f"t2.{k}"
        out[m] = (status.get(m, "value" if v is not None else "blank"), v)
    for r, vals in (gold.get("t3") or {}).items():
        for c, v in zip(T3_COLS, vals):
            m = f"t3.{r}.{c}"
            out[m] = (status.get(m, "value" if v is not None else "blank"), v)
    for g, vals in (gold.get("t4") or {}).items():
        for c, v in zip(T4_COLS, vals):
            m = f"t4.{g}.{c}"
            out[m] = (status.get(m, "value" if v is not None else "blank"), v)
    return out


def expected_findings(gold: dict) -> list[dict]:
    """The generator's `findings_expected`; for hand-made gold (real, samples): the table
    relations of its figures plus one table.blank per table with blank or slash cells."""
    if "findings_expected" in gold:
        return gold["findings_expected"]
    # A relation over a cell the document does not settle is no expected finding.
    unsettled = set(gold.get("unsettled") or {})
    out = [f for f in table_findings(gold) if not unsettled & set(f.get("metrics") or [])]
    blanks: dict[str, list[str]] = defaultdict(list)
    for metric, (status, _) in gold_cells(gold).items():
        if status in ("blank", "slash"):
            blanks[metric.split(".")[0]].append(metric)
    out += [{"rule": "table.blank", "severity": "warning", "where": t, "metrics": ms} for t, ms in blanks.items()]
    # A stated total whose listed parts the hand reader found not to add up.
    for k in gold.get("narrative_sums") or []:
        if k.get("holds") is False:
            out.append({"rule": "narrative.sum", "severity": "warning", "where": k.get("stated") or k.get("quote"),
                        "metrics": [], "reported": k.get("stated"), "computed": k.get("sum")})
    # A narrative count the hand reader found disagreeing with its table cell.
    for k in gold.get("known_inconsistencies") or []:
        if str(k.get("kind", "")).startswith("narrative") and k.get("metric"):
            metric = k["metric"] if k["metric"].startswith("t") else None
            out.append({"rule": "narrative.table", "severity": k.get("severity", "error"), "where": k.get("quote"),
                        "metrics": [metric] if metric else [], "reported": k.get("reported"),
                        "computed": k.get("computed")})
    return out


_SUM_FORM = re.compile(r"^(t[234])\.([\w.]+\+[\w.+]+)\.(\w+)$")


def norm_metric(m: str | None) -> str | None:
    """Canonical form of a metric expression: 't3.a+b.total' and 't3.b.total+t3.a.total'
    both become 't3.a.total+t3.b.total'."""
    if not m:
        return None
    hit = _SUM_FORM.match(m)
    if hit and not any(p.startswith("t") and "." in p and p.split(".")[0] in ("t2", "t3", "t4")
                       for p in hit.group(2).split("+")):
        t, rows, col = hit.groups()
        m = "+".join(f"{t}.{r}.{col}" for r in rows.split("+"))
    return "+".join(sorted(p.strip() for p in m.split("+")))


def is_table_metric(m: str | None) -> bool:
    return bool(m) and m.split(".")[0] in ("t2", "t3", "t4")


def _squash(s: str) -> str:
    """Text compared without blanks and in NFKC (the pipeline's text is NFKC-normalised:
    a gold quote's "（" is its "(")."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# -- scoring one report -------------------------------------------------------------------

@dataclass
class Score:
    cells_total: int = 0
    cells_right: int = 0
    # A cell not right is unreadable (the reader said so), missing, or wrong (a figure or
    # status that is not the printed one). For scans the rule is "unreadable, never wrong".
    cells_unreadable: int = 0
    cells_missing: int = 0
    cells_wrong: int = 0
    # Of the unreadable: where the source itself is ambiguous (gold `ambiguous_cells`).
    cells_honest_unreadable: int = 0
    cell_errors: list[dict] = field(default_factory=list)
    mentions_total: int = 0
    mentions_found: int = 0
    claims_total: int = 0
    claims_found: int = 0
    mention_misses: list[dict] = field(default_factory=list)
    links_made: int = 0
    links_right: int = 0
    links_expected: int = 0
    # Gold counts naming a cell that got it, as the metric or as a declared alternative.
    links_found: int = 0
    link_errors: list[dict] = field(default_factory=list)
    rules: dict = field(default_factory=lambda: defaultdict(lambda: {"tp": 0, "fn": 0, "fp": 0, "severity_differs": 0}))
    finding_misses: list[dict] = field(default_factory=list)
    finding_extras: list[dict] = field(default_factory=list)
    clean: bool = True
    false_errors: int = 0
    error: str | None = None


def _same_unit(a: str, b: str, quote: str = "") -> bool:
    """Units alike, or a measure word and the same word with its noun ("个" / "个方面", "种" /
    "种类型", "篇" / "篇（条）"), or the measure word and the noun alone where the quote has
    both ("个" / "部分" of "共七个部分组成"): gold readers differ on where a unit ends, never on
    the count. A one-character tail is another unit ("人" / "人次")."""
    a, b = sorted((_squash(a), _squash(b)), key=len)
    return (a == b or (b.startswith(a) and len(b) - len(a) >= 2)
            or (len(a) == 1 and len(b) >= 2 and a + b in _squash(quote)))


# (its own, not the extractor's lexicon: the measuring stick imports nothing it measures)
_MULTIPLIERS = {"万": 10_000, "亿": 100_000_000}


def _same_amount(a, unit_a: str | None, b, unit_b: str | None) -> bool:
    """One amount in two units of the same thing (2.81 亿元 and 281000000 元): readers differ
    on whether a multiplier belongs to the unit or to the figure, never on the amount."""
    if a is None or b is None or not unit_a or not unit_b or unit_a == unit_b:
        return False
    for (x, ux), (y, uy) in (((a, unit_a), (b, unit_b)), ((b, unit_b), (a, unit_a))):
        if ux[:1] in _MULTIPLIERS and ux[1:] == uy:
            return abs(float(x) * _MULTIPLIERS[ux[:1]] - float(y)) < 1e-6 * max(1.0, abs(float(y)))
    return False


def _same_value(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) < 1e-9


def ambiguous_cells(gold: dict) -> set[str]:
    """Cells the source prints ambiguously: the generator's `ambiguous_cells`, or a real
    gold's `t2_candidates` entries with more than one candidate split."""
    out = set(gold.get("ambiguous_cells") or [])
    for item, info in (gold.get("t2_candidates") or {}).items():
        if len(info.get("candidates") or []) > 1:
            out |= {f"t2.{item}.{f}" for f in info.get("fields", [])}
    return out


def score_cells(gold: dict, report, s: Score) -> None:
    unsure = ambiguous_cells(gold)
    for metric, (status, value) in gold_cells(gold).items():
        s.cells_total += 1
        fact = None if report is None else next(
            (f for f in report.facts if f.metric == metric and not f.derived), None)
        got_status = fact.status if fact else "absent"
        got_value = fact.value if fact else None
        if status == "value":
            ok = got_status in ("value", "annotated") and _same_value(got_value, value)
        elif status == "annotated":
            ok = got_status == status and _same_value(got_value, value)
        elif status == "unreadable":
            # Unsettled by the table: right when left unreadable with every reading the
            # document allows among the candidates, or read as the true figure when other
            # evidence settled it and the gold knows that figure.
            allowed = (gold.get("unsettled") or {}).get(metric, {}).get("candidates") or []
            ok = (got_status == "unreadable" and all(any(_same_value(c, a) for c in fact.candidates) for a in allowed)
                  or value is not None and got_status in ("value", "annotated") and _same_value(got_value, value))
        else:
            ok = got_status == status
        if ok:
            s.cells_right += 1
            continue
        kind = "missing" if fact is None else "unreadable" if got_status == "unreadable" else "wrong"
        setattr(s, f"cells_{kind}", getattr(s, f"cells_{kind}") + 1)
        if (kind == "unreadable" and metric in unsure
                and (not fact.candidates or any(_same_value(c, value) for c in fact.candidates))):
            s.cells_honest_unreadable += 1
        else:
            s.cell_errors.append({"metric": metric, "kind": kind, "want": [status, value],
                                  "got": [got_status, got_value], "raw": fact.raw if fact else None})


def score_mentions(gold: dict, report, s: Score) -> None:
    preds = list(report.mentions) if report is not None else []
    lookalikes = gold.get("lookalikes") or []
    golds = gold.get("narrative_counts") or []
    hits = _pair_mentions(golds, preds)
    for gm, hit in zip(golds, hits):
        s.mentions_total += 1
        quote = _squash(gm["quote"])
        if hit is None:
            s.mention_misses.append({"quote": gm["quote"], "value": gm["value"], "unit": gm.get("unit")})
            if is_table_metric(gm.get("metric")):
                s.links_expected += 1
            continue
        s.mentions_found += 1
        pm = preds[hit]
        if gm.get("kind") == "percent" or gm.get("accept") == ["*"]:
            continue
        if gm.get("metric") is None and (gm.get("scope") and getattr(pm, "scope", None)
                                         or any(_squash(la.get("quote", "")) == quote for la in lookalikes)):
            continue  # a narrower scope the extractor marked, or a lookalike sum: any reading is fine
        want = norm_metric(gm.get("metric")) if is_table_metric(gm.get("metric")) else None
        # Other readings the hand reader accepts ("accept", or real gold's "alternatives").
        accept = {norm_metric(a) for a in gm.get("accept") or [] if a}
        accept |= {norm_metric(a.get("metric") if isinstance(a, dict) else a)
                   for a in gm.get("alternatives") or [] if a and (not isinstance(a, dict) or a.get("metric"))}
        got = norm_metric(pm.metric) if is_table_metric(pm.metric) else None
        alts = {norm_metric(a) for a in getattr(pm, "alternatives", []) or []}
        if want:
            s.links_expected += 1
            if got == want or (got is not None and got in accept) or want in alts:
                s.links_found += 1
        if got is None:
            if want and want not in alts:
                s.link_errors.append({"quote": gm["quote"], "want": want, "got": None})
            continue
        s.links_made += 1
        if got == want or got in accept or (want in alts and want is not None):
            s.links_right += 1
        else:
            s.link_errors.append({"quote": gm["quote"], "want": want, "got": got})


def _pair_mentions(golds: list[dict], preds: list) -> list[int | None]:
    """The mention each gold count is found as: the first unused one with its value (and
    unit) whose words and the gold's quote contain each other, one whose words are the quote
    first ("予以公开3件" is the mention "予以公开3件" before a bare "3件" that another sentence's
    quote holds). Mentions quoting the same words ("我局无此类情况": one nil per item the heading
    before it names) are told apart by meaning: a gold count takes first the one of its cell or
    topic among them."""
    def candidates(gm: dict) -> list[int]:
        quote = _squash(gm["quote"])
        nil = gm.get("kind") == "nil" or (gm.get("value") == 0 and bool(gm.get("value_in_words")))
        out = []
        for i, pm in enumerate(preds):
            if pm.value is None:
                continue
            if _same_amount(pm.value, pm.unit, gm["value"], gm.get("unit")):
                pass  # "2.81多亿元": 2.81 亿元 as printed, or 281000000 元 as an older reader wrote it
            elif not _same_value(pm.value, gm["value"]):
                continue
            elif not nil and gm.get("unit") and pm.unit and not _same_unit(pm.unit, gm["unit"], gm["quote"]):
                continue
            text = _squash(pm.text)
            if text and (text in quote or quote in text):
                out.append(i)
        return sorted(out, key=lambda i: _squash(preds[i].text) != quote)

    found = [candidates(gm) for gm in golds]
    hits: list[int | None] = [None] * len(golds)
    used: set[int] = set()
    for g, (gm, cands) in enumerate(zip(golds, found)):
        if cands:
            # (where no mention has the quote's own words, any of them: "已经办结 1 件" is "办结 1 件" of its meaning, not
            # the first bare "1件" of the text)
            exact = _squash(preds[cands[0]].text) == _squash(gm["quote"])
            same_words = [i for i in cands if not exact or _squash(preds[i].text) == _squash(preds[cands[0]].text)]
            hits[g] = next((i for i in same_words if i not in used and _same_meaning(preds[i], gm)), None)
            if hits[g] is not None:
                used.add(hits[g])
    for g, cands in enumerate(found):
        if hits[g] is None:
            hits[g] = next((i for i in cands if i not in used), None)
            if hits[g] is not None:
                used.add(hits[g])
    # A count still unpaired may take a mention another count holds, that one moving to another of its own
    # candidates ("在已办理的47件申请中" took a bare "47件" that "47件已办结" needed; it has "已办理的47件" too):
    # augmenting paths, so no count is left unpaired while some pairing finds them all.
    owner = {i: g for g, i in enumerate(hits) if i is not None}

    def augment(g: int, seen: set[int]) -> bool:
        for i in sorted(found[g], key=lambda i: not _same_meaning(preds[i], golds[g])):  # (its own reading first)
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i], hits[g] = g, i
                return True
        return False

    for g in range(len(golds)):
        if hits[g] is None and found[g]:
            augment(g, set())
    return hits


def _same_meaning(pm, gm: dict) -> bool:
    """Whether a mention names the gold count's cell, or (no cell) its topic."""
    if is_table_metric(gm.get("metric")):
        return is_table_metric(pm.metric) and norm_metric(pm.metric) == norm_metric(gm["metric"])
    return not is_table_metric(pm.metric) and gm.get("topic") is not None and pm.topic == gm.get("topic")


def score_claims(gold: dict, report, s: Score) -> None:
    """Claims such as 均获维持 (all_upheld): found when a claim mention says the same."""
    preds = [m for m in (report.mentions if report is not None else []) if m.kind == "claim"]
    for gc in gold.get("claims") or []:
        s.claims_total += 1
        quote = _squash(gc["quote"])
        if any(m.claim == gc["claim"] and (quote in _squash(m.text) or _squash(m.text) in quote) for m in preds):
            s.claims_found += 1
        else:
            s.mention_misses.append({"quote": gc["quote"], "claim": gc["claim"]})


def _expand_groups(metrics: set[str]) -> set[str]:
    """A group subtotal the form does not print (t3.denied.total) also matches the rows it
    adds up, which is what a finding about it names."""
    from models import vocabulary  # noqa: PLC0415

    v = vocabulary()
    out = set(metrics)
    for m in metrics:
        parts = m.split(".")
        if len(parts) == 3 and parts[0] == "t3" and parts[1] in v.t3_groups:
            out |= {f"t3.{c}.{parts[2]}" for c in v.t3_children(parts[1])}
    return out


def score_findings(gold: dict, findings, s: Score) -> None:
    expected = expected_findings(gold)
    s.clean = not expected
    scored_warning_rules = {e["rule"] for e in expected if e.get("severity") == "warning"} | {"table.blank"}
    # Any error or warning may find an expected inconsistency (a different severity is counted
    # apart); only errors, and warnings of rules expected as warnings, count as false.
    found = [f for f in findings if f.severity in ("error", "warning")]
    used: set[int] = set()
    for e in expected:
        want = _expand_groups(set(e.get("metrics") or []))
        best, best_overlap = None, -1
        for i, f in enumerate(found):
            if i in used or f.rule != e["rule"]:
                continue
            overlap = len(want & set(f.metrics)) if want else 0
            if want and f.metrics and not overlap:
                continue  # a finding without metrics (narrative.sum/percent) matches by rule
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            s.rules[e["rule"]]["fn"] += 1
            s.finding_misses.append({"rule": e["rule"], "where": e.get("where"), "reported": e.get("reported"),
                                     "computed": e.get("computed")})
        else:
            used.add(best)
            s.rules[e["rule"]]["tp"] += 1
            if found[best].severity != e.get("severity", "error"):
                s.rules[e["rule"]]["severity_differs"] += 1
                s.finding_extras.append({"rule": e["rule"], "severity": found[best].severity,
                                         "message": f"found, but as {found[best].severity} (expected "
                                                    f"{e.get('severity', 'error')}): {found[best].message}"})
    for i, f in enumerate(found):
        if i not in used and (f.severity == "error" or f.rule in scored_warning_rules):
            s.rules[f.rule]["fp"] += 1
            s.finding_extras.append({"rule": f.rule, "severity": f.severity, "message": f.message})
    if s.clean:
        s.false_errors = sum(1 for f in findings if f.severity == "error")


# -- running ------------------------------------------------------------------------------

def run(cases: list[Case], extract=None, check=None) -> dict:
    """Extract every case, score it, and aggregate per format. Pairs of years of one organ
    (gold `pair_with`) are reconciled together through `check(report, previous)`."""
    if extract is None:
        from extractor import extract  # noqa: PLC0415 — the pipeline is optional at import time
    if check is None:
        try:
            from extractor.reconcile import check  # noqa: PLC0415
        except Exception:  # noqa: BLE001
            check = None
    reports: dict[str, object] = {}
    errors: dict[str, str] = {}
    for case in cases:
        try:
            reports[case.id] = extract(case.path)
        except Exception as exc:  # noqa: BLE001 — a failing format is a measured failure
            errors[case.id] = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
            if not isinstance(exc, (ValueError, OSError)) and "Error" not in type(exc).__name__:
                errors[case.id] += " | " + traceback.format_exc(limit=-1).strip().splitlines()[-1][:200]
    per_case = []
    for case in cases:
        report = reports.get(case.id)
        s = Score(error=errors.get(case.id))
        score_cells(case.gold, report, s)
        score_mentions(case.gold, report, s)
        score_claims(case.gold, report, s)
        findings = list(report.findings) if report is not None else []
        pair = case.gold.get("pair_with")
        if report is not None and pair and pair.get("role") == "previous" and check is not None:
            prev = reports.get(pair["id"])
            if prev is not None:
                try:
                    findings = check(report, prev)
                except Exception as exc:  # noqa: BLE001
                    s.error = f"check(report, previous) failed: {type(exc).__name__}: {exc}"[:300]
        score_findings(case.gold, findings, s)
        per_case.append((case, s))
    return aggregate(per_case)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def aggregate(per_case) -> dict:
    groups: dict[str, list] = defaultdict(list)
    for case, s in per_case:
        groups[f"{case.origin}:{case.format}"].append((case, s))
    groups["ALL"] = list(per_case)
    out = {}
    for name, items in sorted(groups.items()):
        rules: dict[str, dict] = defaultdict(lambda: {"tp": 0, "fn": 0, "fp": 0, "severity_differs": 0})
        for _, s in items:
            for r, v in s.rules.items():
                for k in v:
                    rules[r][k] += v[k]
        tp = sum(v["tp"] for v in rules.values())
        fp = sum(v["fp"] for v in rules.values())
        fn = sum(v["fn"] for v in rules.values())
        sums = lambda attr: sum(getattr(s, attr) for _, s in items)  # noqa: E731
        clean = [s for _, s in items if s.clean]
        out[name] = {
            "reports": len(items),
            "failed": sum(1 for _, s in items if s.error),
            "cell_accuracy": _ratio(sums("cells_right"), sums("cells_total")),
            "cells": [sums("cells_right"), sums("cells_total")],
            # Unreadable where the source is ambiguous is not counted against the reader here.
            "cell_accuracy_unambiguous": _ratio(sums("cells_right"),
                                                sums("cells_total") - sums("cells_honest_unreadable")),
            "cells_honest_unreadable": sums("cells_honest_unreadable"),
            "cells_unreadable": sums("cells_unreadable"),
            "cells_missing": sums("cells_missing"),
            "cells_wrong": sums("cells_wrong"),
            "mention_recall": _ratio(sums("mentions_found"), sums("mentions_total")),
            "mentions": [sums("mentions_found"), sums("mentions_total")],
            "claim_recall": _ratio(sums("claims_found"), sums("claims_total")),
            "link_precision": _ratio(sums("links_right"), sums("links_made")),
            "link_recall": _ratio(sums("links_found"), sums("links_expected")),
            "finding_precision": _ratio(tp, tp + fp),
            "finding_recall": _ratio(tp, tp + fn),
            "rules": {r: {**v, "precision": _ratio(v["tp"], v["tp"] + v["fp"]),
                          "recall": _ratio(v["tp"], v["tp"] + v["fn"])} for r, v in sorted(rules.items())},
            "clean_reports": len(clean),
            "false_errors_on_clean": sum(s.false_errors for s in clean),
            "clean_reports_with_false_errors": sum(1 for s in clean if s.false_errors),
        }
    out["cases"] = [
        {"id": c.id, "origin": c.origin, "format": c.format, "file": str(c.path), "error": s.error,
         "cells": [s.cells_right, s.cells_total], "cells_unreadable": s.cells_unreadable,
         "cells_missing": s.cells_missing, "cells_wrong": s.cells_wrong, "mentions": [s.mentions_found, s.mentions_total],
         "cell_errors": s.cell_errors[:50], "mention_misses": s.mention_misses, "link_errors": s.link_errors,
         "finding_misses": s.finding_misses, "finding_extras": s.finding_extras, "clean": s.clean}
        for c, s in per_case
    ]
    return out


def _pct(x) -> str:
    return "  —  " if x is None else f"{100 * x:5.1f}"


def print_summary(res: dict, show_failures: int = 15) -> None:
    print(f"{'format':28} {'n':>4} {'fail':>4} {'cells%':>7} {'unamb%':>7} {'unread':>6} {'miss':>5} {'wrong':>5} "
          f"{'ment.R':>7} {'claim.R':>7} {'link.P':>7} {'link.R':>7} {'find.P':>7} {'find.R':>7} {'clean':>5} {'falseErr':>8}")
    for name, g in res.items():
        if name == "cases":
            continue
        print(f"{name:28} {g['reports']:>4} {g['failed']:>4} {_pct(g['cell_accuracy']):>7} "
              f"{_pct(g['cell_accuracy_unambiguous']):>7} {g['cells_unreadable']:>6} {g['cells_missing']:>5} "
              f"{g['cells_wrong']:>5} "
              f"{_pct(g['mention_recall']):>7} {_pct(g['claim_recall']):>7} {_pct(g['link_precision']):>7} {_pct(g['link_recall']):>7} "
              f"{_pct(g['finding_precision']):>7} {_pct(g['finding_recall']):>7} {g['clean_reports']:>5} "
              f"{g['false_errors_on_clean']:>8}")
    rules = res["ALL"]["rules"]
    if rules:
        print("\nper rule (all formats):")
        for r, v in rules.items():
            print(f"  {r:22} tp={v['tp']:<4} fn={v['fn']:<4} fp={v['fp']:<4} "
                  f"P={_pct(v['precision'])} R={_pct(v['recall'])}"
                  + (f"  ({v['severity_differs']} found with another severity)" if v["severity_differs"] else ""))
    shown = 0
    print("\ncells% counts every gold cell; unamb% leaves out cells reported unreadable where the source itself is"
          " ambiguous (figures run together); unread/miss/wrong: gold cells reported unreadable, not extracted,"
          " or given another figure or status")
    print("\nfailing cases (first few; all in the JSON):")
    for c in res["cases"]:
        problems = []
        if c["error"]:
            problems.append(f"error: {c['error']}")
        if c["cell_errors"]:
            e = c["cell_errors"][0]  # honest unreadables of ambiguous sources are not listed
            problems.append(f"{c['cells_wrong']} cells wrong, {c['cells_unreadable']} unreadable, {c['cells_missing']} "
                            f"missing, e.g. {e['metric']} want {e['want']} got {e['got']}")
        if c["finding_misses"]:
            problems.append("missed " + ", ".join(f"{m['rule']}@{m['where']}" for m in c["finding_misses"][:3]))
        if c["finding_extras"]:
            problems.append("extra/other severity " + ", ".join(f"{m['rule']}({m['severity']})"
                                                                for m in c["finding_extras"][:3]))
        if problems:
            shown += 1
            if shown <= show_failures:
                print(f"  {c['id']} [{c['format']}]: " + "; ".join(problems))
    if shown > show_failures:
        print(f"  … and {shown - show_failures} more")
    if not shown:
        print("  none")
