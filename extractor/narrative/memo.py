"""A cache for functions of a short piece of report text.

A report's phrases ("件，其中予以公开", "依申请公开") and many of its sentences ("本年度未
收到行政复议申请") recur from sentence to sentence and report to report, so their tokens,
cues, nil statements and claims are worked out once. A long text (a table dumped as one
run-on sentence, a hostile file) is worked out afresh: the cache holds at most `SIZE`
texts of at most `LONGEST` characters.
"""

from __future__ import annotations

from functools import lru_cache, wraps

SIZE = 65536
LONGEST = 64


def short_text_cache(fn):
    """`fn(text, *args)` cached when `text` is short; its results must not be mutated."""
    cached = lru_cache(maxsize=SIZE)(fn)

    @wraps(fn)
    def call(text: str, *args, **kwargs):
        return cached(text, *args, **kwargs) if len(text) <= LONGEST else fn(text, *args, **kwargs)

    return call
