"""Property: whatever the bytes, `extract` returns a Report or raises an `ExtractionError`
subclass — nothing else escapes, nothing is printed on stderr (the CLI prints the one line),
and no input runs into the per-document time limit.

Inputs are damaged copies of small valid reports and page images (`corpora.hostile`: bytes
flipped, cut, repeated, numbers made extreme, markup spans and nesting, ZIP members and
PDF content streams altered inside their containers, image headers that lie), drawn by
hypothesis from a fixed seed (`derandomize`), so CI runs the same inputs every time; the
whole file takes about two minutes. `python -m bench fuzz --n 10000` runs many more.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from corpora.hostile import FORMATS, mutate, seeds
from extractor import extract
from extractor.errors import ExtractionError, LimitExceeded
from models import Report

# Examples per format, sized so that the file stays near two minutes on 2 cores (OCR of a
# small page image is the slowest, then PDFs).
EXAMPLES = {"html": 50, "text": 80, "pdf": 40, "docx": 60, "image": 25}


@pytest.fixture(scope="module", autouse=True)
def _seeds():
    seeds()  # built once (generated reports, rendered pages), before hypothesis times anything


def _keep(fmt: str, suffix: str, data: bytes, problem: str) -> str:
    """Keep a failing input where it can be replayed with `nianbao extract`."""
    kept = Path(tempfile.mkdtemp(prefix="nianbao-fuzz-failure-")) / f"{fmt}{suffix}"
    kept.write_bytes(data)
    return f"{problem}: {kept}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_extract_gives_a_report_or_a_clean_error(fmt, capfd):
    # No shrinking: a failing example is reported as drawn (shrinking one that takes seconds
    # would take hours); the failing file's bytes are named in the assertion message.
    @settings(max_examples=EXAMPLES[fmt], deadline=None, derandomize=True, database=None,
              phases=[Phase.explicit, Phase.generate],
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(rng=st.randoms(use_true_random=False))
    def check(rng):
        suffix, data = mutate(fmt, rng)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"fuzzed{suffix}"
            path.write_bytes(data)
            capfd.readouterr()
            try:
                report = extract(path)
            except LimitExceeded as exc:  # any limit but time: no small input may run into that
                assert exc.limit != "seconds", _keep(fmt, suffix, data, "ran past the time limit")
            except ExtractionError as exc:
                assert exc.reason and "\n" not in exc.line()
            except Exception as exc:
                raise AssertionError(_keep(fmt, suffix, data, f"{type(exc).__name__}: {exc}")) from exc
            else:
                assert isinstance(report, Report)
                report.model_dump_json()  # and it can be written out
            assert capfd.readouterr().err == "", _keep(fmt, suffix, data, "a library printed on stderr")

    check()
