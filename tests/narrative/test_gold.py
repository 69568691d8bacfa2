"""The hand-read narrative counts of the shared real reports (`narrative_counts` in
../shared/corpus/real/*.gold.json): every listed count must be found at its quote with
its value and, where the gold names a table cell, with that cell.

Gold metric names outside the canonical ids are mapped as follows:
- null, or a name not under t2/t3/t4 (`other`, `fees.info_processing`, `proactive.domain.*`):
  no table cell is required;
- `proactive.items`: the topic must be 主动公开信息;
- `t3.new_received+carried_over.<col>`: the metric or an alternative must be
  `t3.new_received.<col>+t3.carried_over.<col>`;
- any other t2/t3/t4 id: the mention's metric must be that id.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path


from extractor import ingest
from extractor.narrative import extract_mentions
from models import Mention

_SOURCES = (".txt", ".html", ".pdf", ".docx")  # a scan of the same report is not its gold source


def _source(gold: Path) -> Path | None:
    stem = gold.name[: -len(".gold.json")]
    for ext in _SOURCES:
        p = gold.with_name(stem + ext)
        if p.exists():
            return p
    return None


def _cases(real: Path) -> list[tuple[Path, Path]]:
    out = []
    for gold in sorted(real.glob("*.gold.json")):
        src = _source(gold)
        if src is not None and json.loads(gold.read_text(encoding="utf-8")).get("narrative_counts"):
            out.append((gold, src))
    return out


def _squeezed(text: str) -> tuple[str, list[int]]:
    """NFKC text without whitespace, and for each kept character its offset in `text`."""
    chars, where = [], []
    for i, ch in enumerate(text):
        ch = unicodedata.normalize("NFKC", ch)
        if ch.strip():
            chars.append(ch)
            where.append(i)
    return "".join(chars), where


def _metric_ok(gold_metric: str | None, m: Mention) -> bool:
    if gold_metric is None:
        return True
    if gold_metric == "proactive.items":
        return m.topic == "主动公开信息"
    if (sum_ := re.fullmatch(r"t3\.new_received\+carried_over\.([a-z_]+)", gold_metric)) is not None:
        col = sum_.group(1)
        want = f"t3.new_received.{col}+t3.carried_over.{col}"
        return m.metric == want or want in m.alternatives
    if gold_metric.split(".")[0] in ("t2", "t3", "t4"):
        return m.metric == gold_metric
    return True


def test_gold_narrative_counts(real_corpus):
    cases = _cases(real_corpus)
    assert cases, "the shared corpus has gold narrative counts with a readable source"
    problems, checked = [], 0
    for gold_path, src in cases:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = ingest.read(src)
        mentions = extract_mentions(doc)
        flat, where = _squeezed(doc.text)
        for item in gold["narrative_counts"]:
            checked += 1
            quote, _ = _squeezed(item["quote"])
            at = flat.find(quote)
            if at < 0:
                problems.append(f"{src.name}: quote {item['quote']!r} not in the document text")
                continue
            q_start, q_end = where[at], where[at + len(quote) - 1] + 1
            here = [m for m in mentions if m.start < q_end and q_start < m.end and m.value == item["value"]]
            if not here:
                problems.append(f"{src.name}: {item['quote']!r} = {item['value']} not found")
            elif not any(_metric_ok(item.get("metric"), m) for m in here):
                problems.append(
                    f"{src.name}: {item['quote']!r} linked to {[(m.metric, m.alternatives, m.topic) for m in here]},"
                    f" gold {item.get('metric')}"
                )
    print(f"\ngold narrative counts checked: {checked} in {len(cases)} reports")
    assert not problems, "\n".join(problems)


def test_gold_mentions_carry_section_and_page(real_corpus):
    """Offsets index Document.text, sections come from the headings, PDF mentions have pages."""
    for _, src in _cases(real_corpus):
        doc = ingest.read(src)
        mentions = extract_mentions(doc)
        assert mentions, src.name
        for m in mentions:
            assert doc.text[m.start : m.end] == m.text
            assert m.section in ("一", "二", "三", "四", "五", "六")
            if src.suffix == ".pdf":
                assert m.page is not None and m.page >= 1
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)
