"""Narrative counts (issue 3): every count a report states, with its meaning.

- `extract_mentions(doc)` (mentions.py): the counts, nil statements and claims of a
  document's narrative text, each linked to a table cell or a topic;
- pipeline.py: sentences, and the spaCy + jieba pipeline that reads counts in them
  (patterns: data/counts.jsonl);
- numbers.py: numerals and the lexicon (data/lexicon.toml);
- metrics.py: the phrase table that links a count's words to a cell (data/metrics.toml).
"""

from .mentions import extract_mentions

__all__ = ["extract_mentions"]
