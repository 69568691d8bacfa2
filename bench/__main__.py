"""python -m bench {accuracy,speed,all,generate} [options]

  python -m bench all --generate 200 --seed 1          # generate, then measure both
  python -m bench accuracy --corpus DIR                 # an existing generated corpus
  python -m bench speed --corpus DIR --per-format 10
  python -m bench all --generate 6 --formats pdf-scanned image    # scans only: OCR accuracy, s/page
  python -m bench compare OLD.json NEW.json             # what changed between two result files
  python -m bench pdf-ratio | ocr-ratio                 # the PDF / OCR helpers' benches, when present
  python -m bench fuzz --n 10000 [--formats html pdf]   # damaged inputs: clean errors, crashes, hangs, memory
  python -m bench completeness DIR [DIR …]              # no gold: tables found, cells read, relations that tie out
  python -m bench service-load [--clients 20 --seconds 40]   # the HTTP service under hostile parallel clients
  python -m bench batch [--n 1000 --workers 2]          # nianbao batch: warm ms/report, throughput, kill -9 and rerun
  python -m bench pairs [--n 400]                       # compare on generated consecutive years: carry breaks, stale copies
  python -m bench scans [--set dev --generated 12]      # degraded scans (harsh, fax, stamped, photo): exact / unreadable / wrong
  python -m bench page-images [--db STORE]             # the review page's page images: first render, cached (floor ≤ 500 ms)
  python -m bench corpus-view [--reports 10000]         # serve --db: /corpus and its charts on a 10,000-report store, ms
  python -m bench prose FILE.jsonl [FILE.jsonl …] [-v]  # reader-labelled prose: captured, link recall/precision (issue 11)
  python -m bench rewrites [FILE.jsonl …] [-v N]        # the same prose rewritten (宗, Chinese numerals, headings…): readings that change

The project's samples (corpora/samples) and the shared real reports (../shared/corpus/real) are
added when present (--no-samples, --no-real to skip).
Results go to bench/results/<command>.json (--json to change) for comparison between versions.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpora.generator import ALIASES, FORMATS, OLD_FORMATS

from . import accuracy, speed

RESULTS = Path(__file__).resolve().parent / "results"


def _version() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=Path(__file__).resolve().parents[1], check=False).stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def _cases(args) -> list[accuracy.Case]:
    cases: list[accuracy.Case] = []
    corpus = args.corpus
    if args.generate:
        from corpora.generator import generate  # noqa: PLC0415

        corpus = corpus or Path(tempfile.mkdtemp(prefix="nianbao-corpus-"))
        t0 = time.perf_counter()
        generate(n=args.generate, out=corpus, seed=args.seed, formats=args.formats)
        print(f"generated {args.generate} reports in {corpus} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    if corpus:
        cases += accuracy.load_cases(Path(corpus))
    if args.samples and accuracy.SAMPLES.is_dir():
        cases += accuracy.load_cases(accuracy.SAMPLES, origin="sample", recursive=True)
    if args.real and accuracy.REAL.is_dir():
        cases += accuracy.load_cases(accuracy.REAL, origin="real", scans=args.scans)
    if args.real and accuracy.PROJECT_REAL.is_dir():
        cases += [c for c in accuracy.load_cases(accuracy.PROJECT_REAL, origin="real", recursive=True)
                  if c.path.exists()]
    for extra in args.real_corpus or []:
        cases += accuracy.load_cases(extra, origin="real", recursive=True)
    if args.formats:
        wanted = {ALIASES.get(f, f) for f in args.formats}
        cases = [c for c in cases if c.origin != "generated" or c.format in wanted]
    return cases


def _delegate(module: str, argv: list[str]) -> int:
    try:
        mod = importlib.import_module(f"bench.{module}")
    except ImportError:
        print(f"bench.{module} is not present in this checkout", file=sys.stderr)
        return 0
    main = getattr(mod, "main", None)
    if main is None:
        print(f"bench.{module} has no main(); nothing run", file=sys.stderr)
        return 0
    return main(argv) or 0


_COMPARED = ("cell_accuracy", "mention_recall", "link_precision", "finding_precision", "finding_recall",
             "false_errors_on_clean")


def compare(old_path: Path, new_path: Path) -> int:
    """Per format, the accuracy figures of two result files side by side (old → new)."""
    old, new = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (old_path, new_path))
    print(f"{old.get('version')} → {new.get('version')}")
    a, b = old.get("accuracy", {}), new.get("accuracy", {})
    for fmt in sorted((set(a) | set(b)) - {"cases"}):
        cells = []
        for k in _COMPARED:
            x, y = a.get(fmt, {}).get(k), b.get(fmt, {}).get(k)
            if x != y:
                cells.append(f"{k} {x} → {y}")
        print(f"  {fmt:28} " + ("; ".join(cells) if cells else "unchanged"))
    for fmt in sorted(set(old.get("speed", {})) | set(new.get("speed", {}))):
        x, y = old.get("speed", {}).get(fmt, {}), new.get("speed", {}).get(fmt, {})
        if isinstance(x, dict) and "s_per_report" in x and isinstance(y, dict) and "s_per_report" in y:
            print(f"  speed {fmt:22} s/report {x['s_per_report']} → {y['s_per_report']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "compare":
        if len(argv) != 3:
            print("usage: python -m bench compare OLD.json NEW.json", file=sys.stderr)
            return 2
        return compare(Path(argv[1]), Path(argv[2]))
    if argv and argv[0] in ("pdf-ratio", "ocr-ratio", "service-load", "completeness", "fuzz", "batch", "pairs", "scans",
                               "page-images", "corpus-view", "prose", "rewrites"):
        return _delegate(argv[0].replace("-", "_"), argv[1:])
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=["accuracy", "speed", "all", "generate"])
    p.add_argument("--corpus", type=Path, help="a generated corpus (gold beside each report); with --generate: where to write")
    p.add_argument("--generate", type=int, metavar="N", help="generate N reports first")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--formats", nargs="+", help="only these generated formats (" + " ".join(FORMATS)
                   + "; by name only: " + " ".join(OLD_FORMATS) + ")")
    p.add_argument("--no-real", dest="real", action="store_false",
                   help="skip the real reports (../shared/corpus/real and corpora/real)")
    p.add_argument("--real-corpus", type=Path, action="append",
                   help="another folder of real reports with hand-read gold (e.g. a held-out set)")
    p.add_argument("--no-samples", dest="samples", action="store_false", help="skip corpora/samples")
    p.add_argument("--scans", action="store_true", help="include the real scanned PDFs (slow: OCR)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--per-format", type=int, default=None, help="speed: time at most this many files per format")
    p.add_argument("--json", type=Path, help="where to write the results (default bench/results/<command>.json)")
    args = p.parse_args(argv)

    if args.command == "generate":
        if not (args.corpus and args.generate):
            p.error("generate needs --corpus DIR and --generate N")
        from corpora.generator import generate  # noqa: PLC0415

        t0 = time.perf_counter()
        generate(n=args.generate, out=args.corpus, seed=args.seed, formats=args.formats)
        print(f"generated {args.generate} reports in {args.corpus} in {time.perf_counter() - t0:.1f} s")
        return 0

    cases = _cases(args)
    if not cases:
        p.error("no reports: give --corpus DIR or --generate N")
    result: dict = {"version": _version(), "seed": args.seed, "reports": len(cases)}
    if args.command in ("accuracy", "all"):
        t0 = time.perf_counter()
        result["accuracy"] = accuracy.run(cases)
        print(f"== accuracy ({len(cases)} reports, {time.perf_counter() - t0:.1f} s)")
        accuracy.print_summary(result["accuracy"])
    if args.command in ("speed", "all"):
        print(f"\n== speed ({args.workers} workers)")
        result["speed"] = speed.run(cases, workers=args.workers, per_format=args.per_format)
        speed.print_summary(result["speed"])
    out = args.json or RESULTS / f"{args.command}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nresults written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
