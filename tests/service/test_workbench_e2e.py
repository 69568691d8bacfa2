"""The reviewer's workbench end to end in Chromium, as a reviewer works through it: the
corpus view of a batch's store, filtered by rule; one click into a report; the page
image beside the finding with its cell outlined; the finding dismissed; the corpus
extracted again (`--force`) while the service runs; the finding still dismissed."""

from __future__ import annotations

import base64
import io
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from corpora.generator import generate_report
from extractor.corpus.run import run as batch_run
from extractor.corpus.store import CorpusStore
from extractor.service import pages

from .reports import broken_sample
from .test_verdicts import _serving



@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    """A text PDF whose narrative misstates a table figure (a narrative.table finding with a
    cell on a page) and an HTML report with 表四 broken (other rules), through a batch."""
    base = tmp_path_factory.mktemp("workbench")
    folder = base / "reports"
    folder.mkdir()
    generate_report("misstated", "pdf-text", "e2e:1", base, inject="narrative.table")
    shutil.move(base / "misstated.pdf", folder / "misstated.pdf")
    (folder / "broken.html").write_bytes(broken_sample())
    db = base / "store.duckdb"
    with CorpusStore(db) as s:
        batch_run([folder], s, workers=1)
    return folder, db


def test_filter_open_see_the_page_dismiss_re_extract_still_dismissed(corpus, browser):
    folder, db = corpus
    with _serving(db) as url:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "favicon" not in m.text else None)

        # The corpus view filtered to a rule: only the reports with such a finding are listed.
        page.goto(url + "/corpus")
        assert len(page.locator("a.review").all_inner_texts()) == 2
        page.select_option("select[name=rule]", "t4.R5")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**rule=t4.R5**")
        listed = page.locator("a.review").all_inner_texts()
        assert len(listed) == 1 and listed[0].endswith("broken.html"), listed
        assert page.locator("#chart-rules svg").count() == 1

        # One click into the PDF's review; the finding's page image, its cell outlined.
        page.goto(url + "/corpus?rule=narrative.table")
        page.click("a.review:has-text('misstated.pdf')")
        page.wait_for_selector("#verdict-counts")
        finding = page.locator(".finding:has(.rule:has-text('narrative.table'))").first
        panels = finding.locator("details.page-source")
        assert panels.count() >= 1
        outlined = []
        for k in range(panels.count()):  # the sentence's page and the cell's page
            panels.nth(k).locator("summary").click()
            image = panels.nth(k).locator("img")
            page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
            shown = image.evaluate("""img => { const c = document.createElement('canvas');
                c.width = img.naturalWidth; c.height = img.naturalHeight;
                c.getContext('2d').drawImage(img, 0, 0); return c.toDataURL('image/png'); }""")
            pixels = np.asarray(Image.open(io.BytesIO(base64.b64decode(shown.split(",", 1)[1]))).convert("RGB"))
            assert pixels.shape[1] > 500  # a page at screen resolution, not an icon
            # (the browser's canvas may shift colours a little: the cell pen's red, near enough)
            outlined.append(int((np.abs(pixels.astype(int) - pages.CELL) <= 24).all(axis=2).sum()))
        assert max(outlined) > 50, f"the finding's cell is outlined on its page: red pixels per page {outlined}"

        # Dismissed with a note.
        finding.locator("input[name=reviewer]").fill("审核员甲")
        finding.locator("input[name=note]").fill("表格正确，正文笔误")
        finding.locator("button[value=dismissed]").click()
        page.wait_for_selector(".finding:has(.rule:has-text('narrative.table')) .v-dismissed")
        review_url = page.url
        page.wait_for_load_state("networkidle")  # no request of the page's holds the store now

        # The corpus extracted again while the service runs: the finding returns, dismissed.
        with CorpusStore(db) as s:
            summary = batch_run([folder], s, workers=1, force=True)
        assert summary.extracted == 2
        page.goto(review_url)
        finding = page.locator(".finding:has(.rule:has-text('narrative.table'))").first
        assert finding.locator(".v-dismissed").count() == 1
        assert finding.locator(".note").first.inner_text() == "表格正确，正文笔误"
        page.goto(url + "/corpus?rule=narrative.table")
        row = page.locator("tr:has(a.review:has-text('misstated.pdf'))")
        assert row.locator("td.dismissed").inner_text() == "1"
        assert errors == []
        page.close()
