"""Pages fed in turned: the way up is found from the detected lines before any line is
read, and the lines found are turned back with the page instead of being searched again."""

from __future__ import annotations

import numpy as np
import pytest

from extractor.ocr.engine import detect, read
from extractor.ocr.page import ocr_page, orientation
from extractor.ocr.render import turn

from .scanlib import text_image

LINES = ["一、总体情况", "全年主动公开政府信息1136条，其中规章0件。",
         "本年度新收政府信息公开申请四十四件，上年结转1件。", "五、存在的主要问题及改进情况"]


@pytest.fixture(scope="module")
def page():
    return text_image(LINES, width=1000, size=30)


@pytest.mark.parametrize("turns", [1, 2, 3])
def test_turned_page_is_found_and_read_as_the_upright_one(page, turns):
    scanned = turn(page, -turns)  # fed in turned the other way
    found = detect(scanned)
    assert orientation(scanned, found.bboxes) % 4 == turns
    back = found.turned(turns)
    assert back.size == (page.shape[1], page.shape[0])
    upright = read(detect(page))
    lines = read(back)
    assert [ln.text for ln in lines] == [ln.text for ln in upright] == [t.replace("，", ",") for t in LINES]
    # The boxes land where the upright page's own detection puts them (within a character:
    # the detector draws a line's end punctuation a little differently either way up).
    for got, want in zip(lines, upright):
        assert np.allclose(got.bbox, want.bbox, atol=30)


def test_upright_page_is_left_as_it_is(page):
    found = detect(page)
    assert orientation(page, found.bboxes) == 0
    res = ocr_page(page, 200, 1)
    assert res.quarter_turns == 0 and "1136条" in "".join(b.text for b in res.layout.blocks)
