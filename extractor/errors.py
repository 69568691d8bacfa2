"""The errors a document can fail with. Each carries the file and a reason a user can act on."""

from __future__ import annotations


class ExtractionError(Exception):
    """A document that cannot be processed: one clear line, what, which file, why."""

    code = "extraction_failed"

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def line(self) -> str:
        return f"nianbao: {self.code}: {self.path}: {self.reason}"


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
