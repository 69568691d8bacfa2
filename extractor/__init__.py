"""nianbao: extract and reconcile 政府信息公开工作年度报告.

    >>> from extractor import extract
    >>> report = extract("corpora/samples/...")
"""

from .errors import ExtractionError
from .pipeline import extract

__all__ = ["ExtractionError", "extract"]
