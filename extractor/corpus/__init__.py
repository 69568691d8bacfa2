"""Whole corpora: parallel extraction with recorded failures (`batch`), a DuckDB store (`store`),
and its export for reviewers and other tools (`export`)."""

from .batch import Failure, Outcome, expand_paths, extract_many, extract_one
from .export import export_store

__all__ = ["Failure", "Outcome", "expand_paths", "export_store", "extract_many", "extract_one"]
