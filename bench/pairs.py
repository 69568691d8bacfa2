"""`nianbao compare` on generated consecutive years of one organ: are the carry breaks and the
stale copied sentences found, and nothing else?

    python -m bench pairs [--n 400] [--seed 1] [--formats html text docx] [--json OUT]

The generator pairs about one report in seven with the organ's report of the year before;
a pair's later report carries, at random, a carry break (上年结转 ≠ last year's 结转下年度,
`cross_year.carry`) or a sentence of last year's narrative copied with its figures while the
table moved on (`narrative.stale`), or neither. Per kind: precision and recall of the
comparison's findings against the gold (the carry errors the gold expects, per column; the
stale figures the generator injected, per metric), and the errors found on clean pairs.

Speed: a pair of text PDFs compared (`compare_files`) against extracting both, in the same
process, both warmed first, interleaved, median of five (the issue's floor: ≤ 1.2 ×).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def expected(gold: dict) -> set[tuple[str, str]]:
    carry = {("cross_year.carry", f"t3.carried_over.{e['where']}")
             for e in gold["findings_expected"] if e["rule"] == "cross_year.carry"}
    stale = {("narrative.stale", i["where"]) for i in gold["injected"] if i["kind"] == "narrative.stale"}
    return carry | stale


def found(comparison) -> set[tuple[str, str]]:
    out = set()
    for f in comparison.findings:
        if f.rule == "cross_year.carry" and f.severity == "error":
            out |= {(f.rule, m) for m in f.metrics if m.startswith("t3.carried_over.")}
        elif f.rule == "narrative.stale":
            out |= {(f.rule, m) for m in f.metrics if not m.startswith("prev:")}
    return out


def score(folder: Path, golds: list[dict]) -> dict:
    from extractor.compare import compare_files

    by_id = {g["id"]: g for g in golds}
    pairs = [(by_id[g["pair_with"]["id"]], g) for g in golds if g.get("pair_with", {}).get("role") == "previous"]
    tally = {k: {"expected": 0, "found": 0, "right": 0} for k in ("cross_year.carry", "narrative.stale")}
    clean_pairs, false_on_clean, misses = 0, 0, []
    for last, this in pairs:
        c = compare_files(folder / last["file"], folder / this["file"])
        want, got = expected(this), found(c)
        for kind, t in tally.items():
            t["expected"] += sum(1 for k, _ in want if k == kind)
            t["found"] += sum(1 for k, _ in got if k == kind)
            t["right"] += sum(1 for k, _ in want & got if k == kind)
        if not want:
            clean_pairs += 1
            false_on_clean += sum(1 for f in c.findings if f.severity == "error")
        if want != got:
            misses.append({"pair": [last["id"], this["id"]], "missed": sorted(want - got), "extra": sorted(got - want)})
    for t in tally.values():
        t["precision"] = round(t["right"] / t["found"], 4) if t["found"] else None
        t["recall"] = round(t["right"] / t["expected"], 4) if t["expected"] else None
    return {"pairs": len(pairs), "kinds": tally, "clean_pairs": clean_pairs,
            "errors_on_clean_pairs": false_on_clean, "misses": misses}


def speed(tmp: Path, seed: int) -> dict:
    """compare_files on a pair of text PDFs against extracting both (both warmed; interleaved, median of 5)."""
    from corpora.generator import generate_report
    from extractor import extract
    from extractor.compare import compare_files

    figs, gold = generate_report("last", "pdf-text", f"pairs-speed:{seed}", tmp)
    _, gold2 = generate_report("this", "pdf-text", f"pairs-speed:{seed}:2", tmp, organ=None, prev=(figs, gold))
    a, b = tmp / gold["file"], tmp / gold2["file"]
    extract(a), extract(b), compare_files(a, b)  # warm: models, rapidfuzz, the comparison map
    both, comp = [], []
    for _ in range(5):
        t = time.process_time()
        extract(a)
        extract(b)
        both.append(time.process_time() - t)
        t = time.process_time()
        compare_files(a, b)
        comp.append(time.process_time() - t)
    both.sort(), comp.sort()
    return {"extract_both_s": round(both[2], 3), "compare_s": round(comp[2], 3),
            "ratio": round(comp[2] / both[2], 3)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench pairs", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=400, help="reports to generate (about 1 in 7 is a pair's later year)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--formats", nargs="+", default=["html", "text", "docx"])
    p.add_argument("--json", type=Path, default=RESULTS / "pairs.json")
    args = p.parse_args(argv)
    from corpora.generator import generate

    with tempfile.TemporaryDirectory() as tmp:
        # Speed first, in a process that holds nothing else yet (timed after the scoring, the
        # heap of 400 golds and 88 reports made the comparison's share swing by a quarter).
        speed_dir = Path(tmp) / "speed"
        speed_dir.mkdir()
        timed = speed(speed_dir, args.seed)
        folder = Path(tmp) / "corpus"
        golds = generate(n=args.n, out=folder, seed=args.seed, formats=args.formats)
        result = {"n": args.n, "seed": args.seed, "formats": args.formats, **score(folder, golds), "speed": timed}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for kind, t in result["kinds"].items():
        print(f"{kind:18} expected {t['expected']}, found {t['found']}, right {t['right']}: "
              f"precision {t['precision']}, recall {t['recall']}")
    print(f"{result['pairs']} pairs, {result['clean_pairs']} clean: {result['errors_on_clean_pairs']} errors on them")
    s = result["speed"]
    print(f"text PDF pair: extracting both {s['extract_both_s']} s, compare {s['compare_s']} s (×{s['ratio']})")
    for m in result["misses"][:10]:
        print(f"  {m['pair']}: missed {m['missed']}, extra {m['extra']}")
    print(f"results written to {args.json}")
    bad = result["misses"] or result["errors_on_clean_pairs"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
