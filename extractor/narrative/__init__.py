"""Narrative counts (issue 3). Placeholder until the narrative pipeline lands: no mentions."""

from models import Document, Mention


def extract_mentions(doc: Document) -> list[Mention]:
    return []
