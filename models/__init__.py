"""pydantic models of nianbao: the document model, the report contract, the vocabulary."""

from .document import Block, Cell, Document, Format, Provenance, Table
from .report import (
    SCHEMA_VERSION,
    Fact,
    FactSource,
    Finding,
    Mention,
    Meta,
    Report,
    SourceFile,
    Warning_,
)
from .vocabulary import Vocabulary, normalize_label, vocabulary

__all__ = [
    "SCHEMA_VERSION", "Block", "Cell", "Document", "Fact", "FactSource", "Finding", "Format",
    "Mention", "Meta", "Provenance", "Report", "SourceFile", "Table", "Vocabulary", "Warning_",
    "normalize_label", "vocabulary",
]
