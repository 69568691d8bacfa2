"""A cache for functions of a short piece of report text.

A report's phrases ("件，其中予以公开", "依申请公开"), many of its sentences ("本年度未收到
行政复议申请") and its table labels and figures recur from sentence to sentence and report
to report, so what is read from them is worked out once. A long text (a table dumped as
one run-on sentence, a hostile file) is worked out afresh: a cache holds at most `SIZE`
texts, each of at most `longest` characters.
"""

from __future__ import annotations

import inspect
from functools import lru_cache, wraps

SIZE = 65536
LONGEST = 64


def short_text_cache(fn=None, *, longest: int = LONGEST):
    """`fn(text, *args)` cached when `text` is short (`@short_text_cache` or
    `@short_text_cache(longest=256)`); its results must not be mutated."""
    if fn is None:
        return lambda f: short_text_cache(f, longest=longest)
    cached = lru_cache(maxsize=SIZE)(fn)

    if _text_only(fn):
        # The wrappers are called hundreds of times per report (every cell, every sentence):
        # a function of the text alone is spared packing *args and **kwargs, half the cost.
        @wraps(fn)
        def call(text: str):
            if text is not None and len(text) <= longest:
                return cached(text)
            return fn(text)
    else:
        @wraps(fn)
        def call(text: str, *args, **kwargs):
            if text is not None and len(text) <= longest:
                return cached(text, *args, **kwargs)
            return fn(text, *args, **kwargs)

    return call


def _text_only(fn) -> bool:
    """Whether `fn` takes just the one positional argument, the text."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):  # a builtin without a signature: keep the general form
        return False
    return len(params) == 1 and params[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                                    inspect.Parameter.POSITIONAL_OR_KEYWORD)
