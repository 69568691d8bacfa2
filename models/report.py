"""The extracted report: the public JSON contract of ../shared/spec/OUTPUT.md."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from .document import Format

SCHEMA_VERSION = "1"

Status = Literal["value", "blank", "slash", "annotated", "unreadable"]
Severity = Literal["error", "warning", "info"]


class SourceFile(BaseModel):
    path: str
    sha256: str
    format: Format


class Meta(BaseModel):
    organ: str | None = None
    year: int | None = None
    layout: Literal["2021", "2019"] | None = None
    pages: int | None = None
    title: str | None = None
    sections_found: list[str] = Field(default_factory=list)
    # 2021-layout reports that print （六）其他处理 as one row.
    other_single_row: bool = False


class FactSource(BaseModel):
    """Where a figure was printed: page+bbox (PDF, image), DOM path (HTML), offsets (text);
    always the table index and the cell's row/col in that table's grid."""

    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    dom_path: str | None = None
    start: int | None = None
    end: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None


class Fact(BaseModel):
    metric: str  # canonical id, e.g. "t3.new_received.total"
    value: int | float | None = None
    raw: str = ""
    status: Status
    derived: bool = False
    # Digits after the decimal point as printed (tolerance follows printed precision).
    decimals: int = 0
    note: str | None = None  # the annotation of an annotated cell, or why unreadable
    # For unreadable cells whose source admits several readings: the readings.
    candidates: list[int | float] = Field(default_factory=list)
    # For unreadable cells: whether the cell may also have been empty on the page (a crawler
    # dropped both empty cells and repeated lines, so the two cannot be told apart).
    blank_possible: bool = False
    # For a figure read by OCR: the recogniser's confidence in its least certain digit.
    ocr_confidence: float | None = None
    source: FactSource = Field(default_factory=FactSource)


class Mention(BaseModel):
    """A count stated in the narrative."""

    text: str
    value: int | float | None
    unit: str | None = None
    approx: bool = False
    approx_word: str | None = None  # 余 多 近 超 约 突破 …
    kind: Literal["count", "percent", "change", "nil", "claim"] = "count"
    # For kind="claim": what the words assert, e.g. "all_upheld" (均获维持), "all_closed" (均已结案).
    claim: str | None = None
    metric: str | None = None
    # Other readings the reconciler may try (e.g. 共受理 X 件 = new_received + carried_over,
    # written as "t3.new_received.total+t3.carried_over.total").
    alternatives: list[str] = Field(default_factory=list)
    topic: str | None = None
    # Structure between mentions (indices into Report.mentions):
    # "共计X条，其中A条、B条" — each part's `part_of` is the index of the total X;
    # "X件，占Y%" — the percent mention's `share_of` is the index of the count X.
    part_of: int | None = None
    share_of: int | None = None
    scope: str | None = None  # words that narrow the statement (本机关, 区政府办代表区政府 …)
    # A figure of a pre-2019 report's statistics table (附表), not of its prose: the column
    # it is printed in ("2018年度", "历年累计"); the row's label is the topic. Where the format
    # kept the table as a table (HTML, Word, PDF) the figure is not in Document.text: `text` is
    # the row as printed and `start` == `end`, the table's place in the text.
    table_column: str | None = None
    section: str | None = None  # 一 … 六
    sentence: int | None = None  # index of the sentence in the narrative
    start: int  # offsets into Document.text
    end: int
    page: int | None = None


class Finding(BaseModel):
    rule: str
    severity: Severity
    message: str
    reported: int | float | None = None
    computed: int | float | None = None
    delta: int | float | None = None
    metrics: list[str] = Field(default_factory=list)
    mentions: list[int] = Field(default_factory=list)  # indices into Report.mentions
    fingerprint: str = ""


class Warning_(BaseModel):
    code: str
    message: str


class Report(BaseModel):
    schema_version: str = SCHEMA_VERSION
    source: SourceFile
    meta: Meta = Field(default_factory=Meta)
    facts: list[Fact] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    warnings: list[Warning_] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)

    def fact(self, metric: str) -> Fact | None:
        return next((f for f in self.facts if f.metric == metric), None)

    def value(self, metric: str) -> int | float | None:
        f = self.fact(metric)
        return f.value if f is not None and f.status in ("value", "annotated") else None
