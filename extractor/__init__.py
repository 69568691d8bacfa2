"""nianbao: extract and reconcile 政府信息公开工作年度报告.

    >>> from extractor import extract
    >>> report = extract("corpora/samples/qinglan-2023-word.html")
    >>> report.value("t3.new_received.total")
    48
"""

from . import quiet  # noqa: F401  (libraries' warnings off stderr, set before they load)
from .errors import ExtractionError


def extract(path, previous=None):
    """Read one report file → `models.Report` (see `extractor.pipeline.extract`)."""
    # Imported here so that `nianbao schema` or `--help` do not load the NLP pipeline.
    from .pipeline import extract as _extract

    return _extract(path, previous)


__all__ = ["ExtractionError", "extract"]
