"""Each real scan is OCR'd once per test session (OCR costs seconds a page)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from pathlib import Path

from corpora.generator.scan import write_tiff
from models import Document, Report

REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"


@dataclass
class ScanRun:
    doc: Document
    report: Report
    gold: dict


def extract_capturing(path, backend: str = "scanned") -> tuple[Document, Report]:
    """`extractor.extract(path)` through the real pipeline, keeping the Document that the
    format backend (`extractor.ingest.<backend>`) produced on the way."""
    import importlib

    from extractor import extract

    module = importlib.import_module(f"extractor.ingest.{backend}")
    captured: dict = {}
    real_read = module.read

    def spy(p, data, sha256):
        captured["doc"] = real_read(p, data, sha256)
        return captured["doc"]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(module, "read", spy)
        report = extract(path)
    return captured["doc"], report


def _gold() -> dict:
    return json.loads((REAL / "hongze-2023.gold.json").read_text(encoding="utf-8"))


def _real() -> None:
    if not REAL.is_dir():
        pytest.skip("../shared/corpus/real is not present in this checkout")


@pytest.fixture(scope="session")
def scan200() -> ScanRun:
    """The 200 dpi scan as published: a PDF of page images, read by the PDF backend,
    which hands its image-only pages to the OCR."""
    _real()
    doc, report = extract_capturing(REAL / "hongze-2023.scan200.pdf", backend="pdf")
    return ScanRun(doc, report, _gold())


@pytest.fixture(scope="session")
def harsh(tmp_path_factory) -> ScanRun:
    """The harsh 150 dpi scan's page images as one multi-page TIFF: the image route."""
    _real()
    from extractor.ocr.render import render_pdf_pages

    pdf = REAL / "hongze-2023.scan150-harsh.pdf"
    pages = [img for img, _dpi in render_pdf_pages(pdf.read_bytes(), list(range(5)))]
    tiff = tmp_path_factory.mktemp("scans") / "hongze-2023.scan150-harsh.tiff"
    write_tiff(tiff, pages)
    doc, report = extract_capturing(tiff)
    return ScanRun(doc, report, _gold())
