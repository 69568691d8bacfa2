"""Whole corpora: parallel extraction with recorded failures (`batch`), a DuckDB store (`store`)."""

from .batch import Failure, Outcome, expand_paths, extract_many, extract_one

__all__ = ["Failure", "Outcome", "expand_paths", "extract_many", "extract_one"]
