"""Offline OCR of scanned pages: engine, page images, ruling-line grids, cell assignment.

`page.ocr_page(image, dpi, page)` runs the stages, each a plain function to inspect alone:
`render` (page images, skew) → `page` (red seals dropped) → `engine.detect` (text lines
found) → `page.orientation` (90°/180° turns, from the lines found) → `engine.read` (text
with character confidences and boxes) → `grid.find_tables` (ruling lines → cells with
spans) → `layout.page_blocks` (lines into cells or paragraphs) → `reread` (doubtful
figures read alone, then under treatments that vote) → `models.Block`s. `extractor.ingest.scanned` is the backend. Each page is detected and
recognised once, as bare rapidocr would (bench/ocr_ratio.py measures the rest).
"""

# A figure cell whose least certain digit the recogniser scored below this is reported
# unreadable (its best reading kept as a note), never used as a number. Measured
# (bench/ocr_ratio.py, tests/ocr): after a doubtful figure is re-read alone from its cell,
# every correct figure of the hongze scans scores ≥ 0.99 (harsh 150 dpi scan included) and
# of the generated 150–300 dpi scans ≥ 0.98; a first reading can fall to 0.52 ("1" padded
# in a batch) or 0.89 (noisy "0"), which the re-reading settles. No misread digit was seen,
# even on a harsher copy; two readings that disagree score 0.5 at most.
DIGIT_CONFIDENCE_MIN = 0.95
