"""The errors a document can fail with. Each carries the file and a reason a user can act on."""

from __future__ import annotations

import os
import re


def display_path(path) -> str:
    """A file name as text that can be printed and stored as UTF-8: bytes a file name holds
    that are not UTF-8 (kept by Python as lone surrogates) are written as `\\xff` escapes."""
    name = os.fspath(path)
    if isinstance(name, bytes):
        return name.decode("utf-8", "backslashreplace")
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no byte stands for
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def one_line(text: str) -> str:
    """A message as one line: control characters (a newline in a file name or in a library's
    message among them) escaped."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class ExtractionError(Exception):
    """A document that cannot be processed: one clear line, what, which file, why."""

    code = "extraction_failed"

    def __init__(self, path: str, reason: str):
        path = display_path(path)
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def line(self) -> str:
        return one_line(f"nianbao: {self.code}: {self.path}: {self.reason}")

    def about(self, path) -> ExtractionError:
        """The same error told of another file (a page's error, of its document)."""
        other = type(self).__new__(type(self))
        other.__dict__.update(self.__dict__)
        other.path = display_path(path)
        Exception.__init__(other, f"{other.path}: {self.reason}")
        return other

    def __reduce__(self):  # pickled whole (worker processes send errors back), not as `args`
        return _rebuild, (type(self), self.__dict__)


def _rebuild(cls, state: dict) -> ExtractionError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, f"{state['path']}: {state['reason']}")
    return error


class UnreadableFile(ExtractionError):
    code = "unreadable_file"


class UnsupportedFormat(ExtractionError):
    code = "unsupported_format"


class EncryptedFile(ExtractionError):
    code = "encrypted_file"


class NotAReport(ExtractionError):
    code = "not_a_report"


class NeedsOCR(ExtractionError):
    code = "needs_ocr"


class LimitExceeded(ExtractionError):
    """The document goes past one of `extractor.limits` (its name in `limit`)."""

    code = "limit_exceeded"

    def __init__(self, path: str, reason: str, limit: str = ""):
        super().__init__(path, reason)
        self.limit = limit
