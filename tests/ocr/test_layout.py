"""OCR boxes into cells and paragraphs, doubtful digits, stamps, the engine's set-up."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from extractor.ocr import DIGIT_CONFIDENCE_MIN
from extractor.ocr.engine import OcrLine
from extractor.ocr.grid import Grid, GridCell
from extractor.ocr.layout import UNREAD_MARK, page_blocks
from extractor.ocr.page import ocr_page, stamp_mask
from extractor.ocr.render import ink

from .scanlib import text_image

DPI = 200


def _line(text, x0, y0, x1, y1, score=0.99, chars=None):
    quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float)
    return OcrLine(text=text, score=score, quad=quad, chars=chars or [])


def _grid() -> Grid:
    xs, ys = [100.0, 500.0, 700.0, 900.0], [100.0, 180.0, 260.0]
    cells = [GridCell(r, c, 1, 1, (xs[c], ys[r], xs[c + 1], ys[r + 1])) for r in range(2) for c in range(3)]
    return Grid(xs=xs, ys=ys, cells=cells)


def _table(lines, gray=None):
    gray = np.full((1000, 1000), 255, np.uint8) if gray is None else gray
    layout = page_blocks(lines, [_grid()], 3, gray.shape, DPI, ink(gray))
    (block,) = [b for b in layout.blocks if b.kind == "table"]
    return {(c.row, c.col): c for c in block.table.cells}


def test_boxes_go_to_their_cells_with_page_and_bbox():
    cells = _table([_line("行政许可", 120, 120, 260, 160), _line("550", 570, 120, 630, 160, 0.999,
                                                                [("5", 0.999, (570, 120, 590, 160)), ("5", 0.998, (590, 120, 610, 160)),
                                                                 ("0", 0.97, (610, 120, 630, 160))])])
    assert cells[(0, 0)].text == "行政许可" and cells[(0, 1)].text == "550"
    assert cells[(0, 1)].confidence == 0.97  # the least certain digit, not the line's mean
    assert cells[(0, 1)].source.page == 3 and cells[(0, 1)].source.bbox == (500.0, 100.0, 700.0, 180.0)
    assert cells[(1, 2)].text == "" and cells[(1, 2)].confidence is None


def test_figures_run_across_a_faint_rule_are_cut_at_the_wall():
    chars = [("1", 0.99, (560, 200, 590, 240)), ("2", 0.99, (780, 200, 810, 240))]
    cells = _table([_line("12", 560, 200, 810, 240, chars=chars)])
    assert cells[(1, 1)].text == "1" and cells[(1, 2)].text == "2"


def test_letter_for_a_digit_is_kept_as_reading_but_not_trusted():
    cells = _table([_line("1O", 560, 120, 620, 160, 0.99), _line("。", 760, 120, 790, 160, 0.99)])
    assert cells[(0, 1)].text == "10" and cells[(0, 1)].confidence < DIGIT_CONFIDENCE_MIN
    assert cells[(0, 2)].text == "0" and cells[(0, 2)].confidence < DIGIT_CONFIDENCE_MIN


def test_ink_without_a_reading_is_unreadable_not_blank():
    gray = np.full((1000, 1000), 255, np.uint8)
    cv2.circle(gray, (600, 220), 14, 0, 3)  # something printed, nothing recognised
    cells = _table([], gray)
    assert cells[(1, 1)].text == UNREAD_MARK and cells[(1, 1)].confidence == 0.0
    assert cells[(1, 2)].text == ""


def test_one_column_frame_is_prose_and_page_numbers_go():
    frame = Grid(xs=[100.0, 900.0], ys=[100.0, 300.0], cells=[GridCell(0, 0, 1, 1, (100, 100, 900, 300))])
    lines = [_line("2023年全区受理政府信息公开申请21件，均在法定", 120, 120, 880, 160),
             _line("期限答复。", 120, 180, 300, 220), _line("- 3 -", 480, 950, 520, 980)]
    layout = page_blocks(lines, [frame], 1, (1000, 1000), DPI, np.zeros((1000, 1000), np.uint8))
    assert [b.kind for b in layout.blocks] == ["paragraph"]
    assert layout.blocks[0].text == "2023年全区受理政府信息公开申请21件，均在法定期限答复。"


def test_red_seal_is_found_and_dropped_before_ocr():
    page = text_image(["本年度未收取信息处理费。", "全年主动公开政府信息1136条。"], width=900, size=32)
    seal = page.copy()
    cv2.circle(seal, (450, 90), 70, (30, 30, 220), 5)
    cv2.putText(seal, "SEAL OFFICE", (365, 100), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (30, 30, 220), 2)
    mask = stamp_mask(seal, DPI)
    assert mask[90, 450] and not mask[:, :250].any()
    text = "".join(b.text for b in ocr_page(seal, DPI, 1).layout.blocks)
    assert "1136条" in text and "未收取信息处理费" in text
    assert "SEAL" not in text.upper() and "OFFICE" not in text.upper()


def test_engine_is_offline_cached_and_without_angle_classifier():
    import rapidocr

    from extractor.ocr.engine import engine

    models = Path(rapidocr.__file__).parent / "models"
    assert any(models.glob("*det*.onnx")) and any(models.glob("*rec*.onnx"))
    eng = engine()
    assert eng is engine()
    assert eng.cfg.Global.use_cls is False


def _one_cell_layout(text: str, confidence: float):
    from models import Block, Cell, Provenance, Table

    from extractor.ocr.layout import PageLayout

    cell = Cell(row=0, col=0, text=text, confidence=confidence, source=Provenance(page=1, bbox=(0, 0, 120, 80)))
    table = Table(n_rows=1, n_cols=1, cells=[cell])
    return PageLayout(blocks=[Block(kind="table", table=table)]), cell


def test_doubtful_figure_is_read_again_alone():
    from extractor.ocr.reread import DISAGREE, recheck

    page = np.full((80, 120), 255, np.uint8)
    cv2.putText(page, "7", (45, 55), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    agree, cell = _one_cell_layout("7", 0.9)
    recheck(agree, page, DPI)
    assert cell.text == "7" and cell.confidence >= DIGIT_CONFIDENCE_MIN  # a second reading agrees
    disagree, cell = _one_cell_layout("1", 0.97)
    recheck(disagree, page, DPI)
    assert cell.confidence <= DISAGREE < DIGIT_CONFIDENCE_MIN  # readings differ: never trusted


def test_engine_threads_can_be_a_workers_share_of_the_cores(monkeypatch):
    """A batch worker runs OCR on its share of the cores (`use_threads`), not on all of them."""
    from extractor.ocr import engine as ocr_engine

    monkeypatch.setenv(ocr_engine.THREADS_ENV, "")  # restored after the test
    cv_threads = cv2.getNumThreads()
    try:
        ocr_engine.use_threads(1)
        eng = ocr_engine.engine()
        for model in (eng._load_det_model(), eng._load_rec_model()):
            assert model.session.session.get_session_options().intra_op_num_threads == 1
        assert cv2.getNumThreads() == 1
    finally:
        ocr_engine.engine.cache_clear()  # the next test loads the engine with its default threads
        cv2.setNumThreads(cv_threads)
