"""Shared fixtures. Real documents are read from ../shared/corpus/real and never copied."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Under pytest-xdist two workers share the machine's cores: each runs OCR on one thread (and so
# do the command lines they start), so that onnxruntime's spinning thread pools do not fight
# over the cores. A setting given from outside wins.
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ.setdefault("NIANBAO_OCR_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
SAMPLES = ROOT / "corpora" / "samples"


@pytest.fixture
def real_corpus() -> Path:
    """The shared real reports; tests using it skip where the folder is absent."""
    if not REAL.is_dir():
        pytest.skip("../shared/corpus/real is not present in this checkout")
    return REAL


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def nianbao(*args, cwd=ROOT) -> subprocess.CompletedProcess:
    """Run the command line as a user would (`python -m extractor` = `nianbao`)."""
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)
