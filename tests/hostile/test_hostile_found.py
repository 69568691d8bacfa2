"""Inputs the fuzzer found (`python -m bench fuzz`), kept as they were found: each once
crashed or ran into the time limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, limits
from extractor.errors import ExtractionError, LimitExceeded
from models import Report

DATA = Path(__file__).parent / "data"


def test_a_numeral_of_hundreds_of_digits_is_no_count():
    """float() of a 400-digit figure is infinite and int(inf) raised OverflowError in the
    narrative's tokenizer (an internal error)."""
    try:
        report = extract(DATA / "numeral-400-digits.txt")
    except ExtractionError:
        return
    assert isinstance(report, Report)
    assert all(m.value is None or m.value < 10**30 for m in report.mentions)


def test_a_12_kb_text_dump_does_not_run_into_the_time_limit():
    with limits.using(seconds=20):
        try:
            extract(DATA / "flattened-runs-slow.txt")
        except LimitExceeded as exc:
            assert exc.limit != "seconds"
        except ExtractionError:
            pass


@pytest.mark.parametrize("name", ["pdfminer-int-not-iterable.pdf", "pdfminer-invalid-dictionary.pdf",
                                  "zip-version-8.4.docx"])
def test_library_exceptions_on_damaged_files_are_named_errors(name):
    """pdfminer's errors on a page it could not lay out escaped when the page was looked at a
    second time (for its images, outside the per-page guard); zipfile's NotImplementedError
    for an unknown ZIP version escaped the format sniffing: internal errors before."""
    try:
        report = extract(DATA / name)
    except ExtractionError as exc:
        assert exc.code != "internal_error"
    else:
        assert isinstance(report, Report)
