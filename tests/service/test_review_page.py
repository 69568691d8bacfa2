"""The review page: choosing a finding lights up its cells (in Chromium), and report text is
shown as text, never run: hostile titles, sentences, cells and file names fire no dialog
and add no element; the Content-Security-Policy stops inline script even if one got in."""

from __future__ import annotations

import tempfile
from pathlib import Path

import lxml.html
import pytest
from pydantic import BaseModel

from extractor.pipeline import run
from extractor.service.app import display_name, review_context, templates

from .reports import PAYLOADS, broken_sample, cell_payload, hostile_report

SCREENSHOT = Path(tempfile.gettempdir()) / "nianbao-review.png"  # for a human look after the run
# Every element the templates write, and the tbody the browser adds to their tables.
PAGE_TAGS = {"html", "head", "meta", "title", "link", "body", "header", "a", "main", "h1", "h2", "table", "tbody",
             "tr", "td", "th", "div", "span", "p", "mark", "script"}


def _review(browser, server, name: str, data: bytes):
    """The review page of `data` uploaded as `name` through the upload form, and the
    messages of the dialogs it opened."""
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server.url + "/")
    page.set_input_files("#file", files=[{"name": name, "mimeType": "text/html", "buffer": data}])
    page.click("#submit")
    page.wait_for_selector("#findings")
    page.wait_for_load_state("load")
    return page, dialogs


def _lit_after_choosing(page, selector: str) -> list[str]:
    page.locator(selector).first.click()
    return page.locator("td.lit").evaluate_all("els => els.map(e => e.dataset.metric)")


def test_choosing_a_finding_lights_up_its_cells(server, browser):
    page, dialogs = _review(browser, server, "broken.html", broken_sample())
    assert page.inner_text("#organ") == "青岚县人民政府办公室"
    lit = _lit_after_choosing(page, ".finding.error:has-text('行政复议')")
    assert "t4.reconsideration.total" in lit and "t4.reconsideration.upheld" in lit
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert dialogs == []
    page.close()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_report_text_is_shown_never_run(server, browser, payload):
    page, dialogs = _review(browser, server, payload + ".html", hostile_report(payload))
    # Shown, as text, where the report has it.
    assert payload in page.inner_text("#title")
    assert payload in page.inner_text("#narrative")
    assert cell_payload(payload) in page.inner_text('td[data-metric="t3.new_received.natural_person"]')
    shown_name = page.inner_text("#source")
    assert ">" in shown_name and shown_name.endswith(".html (html)")
    # Nothing injected: only the page's own elements, its one static script, no handlers.
    tags = set(page.evaluate("() => [...document.querySelectorAll('*')].map(e => e.localName)"))
    assert tags <= PAGE_TAGS, tags - PAGE_TAGS
    assert page.evaluate("() => [...document.scripts].map(s => s.getAttribute('src'))") == ["/static/review.js"]
    handlers = page.evaluate(
        "() => [...document.querySelectorAll('*')].flatMap(e => e.getAttributeNames()).filter(n => n.startsWith('on'))")
    assert handlers == []
    # The page still works: the findings about the hostile cell light it up.
    lit = _lit_after_choosing(page, ".finding.error[data-metrics~='t3.new_received.natural_person']")
    assert "t3.new_received.natural_person" in lit
    page.wait_for_timeout(300)  # an image's onerror would fire by now
    assert dialogs == []
    page.close()


def test_the_policy_runs_no_inline_script_even_if_one_got_in(server, browser):
    page, _ = _review(browser, server, "broken.html", broken_sample())
    ran = page.evaluate("""() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.append(s);
        const b = document.createElement('b');
        b.setAttribute('onclick', 'window.__handler = 1');
        document.body.append(b);
        b.click();
        return [window.__inline ?? null, window.__handler ?? null];
    }""")
    assert ran == [None, None]
    page.close()


def _poison(obj, payload: str, seen: set) -> None:
    """Append `payload` to every string of a pydantic model tree, in place (but the layout,
    which chooses the form the page draws: an unknown one is no page at all)."""
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            if isinstance(value, str) and name != "layout":
                setattr(obj, name, value + payload)
            else:
                _poison(value, payload, seen)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            _poison(item, payload, seen)
    elif isinstance(obj, dict):
        for key, value in list(obj.items()):
            if isinstance(value, str):
                obj[key] = value + payload
            else:
                _poison(value, payload, seen)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_string_of_a_report_reaches_the_page_escaped(tmp_path, payload):
    """Beyond what the pipeline lets through: every string field of a real report (titles,
    finding messages, rules, notes, cell readings, mention topics, the file name) and the
    narrative itself carry the payload; the rendered page has it as text only."""
    path = tmp_path / "broken.html"
    path.write_bytes(broken_sample())
    doc, report = run(path)
    assert report.findings and report.mentions
    _poison(report, payload, set())
    doc.text += payload
    html = templates.get_template("review.html.j2").render(review_context(doc, report))
    tree = lxml.html.document_fromstring(html)
    assert {e.tag for e in tree.iter() if isinstance(e.tag, str)} <= PAGE_TAGS
    assert [s.get("src") for s in tree.iter("script")] == ["/static/review.js"]
    assert not [a for e in tree.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")]
    assert payload in tree.get_element_by_id("title").text_content()
    assert tree.text_content().count(payload) > len(report.findings)  # every message carried it


@pytest.mark.parametrize("raw, shown", [
    ("report.html", "report.html"),
    ("..", "upload"), (".", "upload"), ("", "upload"), (None, "upload"),
    ("../../etc/passwd", "passwd"), ("C:\\Users\\x\\年报.pdf", "年报.pdf"),
    ("a\x00b\x1b[31m.html", "ab[31m.html"), ("\u202egnp.exe", "gnp.exe"),
    ("a" * 300 + ".html", "a" * 114 + "….html"),
])
def test_display_name(raw, shown):
    assert display_name(raw) == shown


def test_review_page_shows_a_kept_statistics_table_row_once(tmp_path):
    """A pre-2019 page whose 附表 is a table: its figures are not in the narrative text, so the
    page marks each row once (two figures, one row) at the table's place, as printed."""
    from corpora.generator import generate

    gold = next(g for g in generate(12, tmp_path, seed=4, formats=["html-pre2019"]) if g["columns"] == 2)
    doc, report = run(tmp_path / gold["file"])
    rows = {m.text for m in report.mentions if m.table_column}
    assert len(rows) >= 10 and len(rows) < len([m for m in report.mentions if m.table_column])
    html = templates.get_template("review.html.j2").render(review_context(doc, report))
    marked = [e.text_content() for e in lxml.html.document_fromstring(html).iter("mark")]
    assert all(marked.count(row) == 1 for row in rows)
