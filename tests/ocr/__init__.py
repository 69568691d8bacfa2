"""OCR of scanned reports: grids from ruling lines, cells from OCR boxes, real and generated scans."""
