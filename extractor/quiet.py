"""Libraries that talk on stderr, kept quiet: a damaged file gets one line from us, not
pages of warnings from pdfminer, OpenCV, libjpeg or libtiff.

- Python loggers of the libraries get a NullHandler and report errors only: their messages
  no longer reach Python's last-resort handler, which prints to stderr; an application that
  configures logging still receives them through the root logger.
- OpenCV's own log is set to errors only (`OPENCV_LOG_LEVEL`, before cv2 is imported).
- C code writing straight to file descriptor 2 (libjpeg's "Corrupt JPEG data", libpng and
  libtiff warnings, pdfium) is silenced around the calls that decode (`quiet_stderr`).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from contextlib import contextmanager

NOISY_LOGGERS = ("pdfminer", "pdfplumber", "PIL", "pypdfium2", "RapidOCR", "rapidocr", "docx", "charset_normalizer")

os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")

_lock = threading.Lock()
_depth = 0
_saved_fd: int | None = None


def silence_libraries() -> None:
    """Keep the libraries' Python loggers off stderr (idempotent)."""
    for name in NOISY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        if logger.level == logging.NOTSET or logger.level < logging.ERROR:
            logger.setLevel(logging.ERROR)


@contextmanager
def quiet_stderr():
    """File descriptor 2 points at /dev/null inside the block (C libraries write there
    directly). Nested and concurrent blocks share one redirection: the first in sets it,
    the last out restores it."""
    global _depth, _saved_fd
    with _lock:
        if _depth == 0:
            try:
                sys.stderr.flush()
            except (OSError, ValueError, AttributeError):
                pass
            try:
                _saved_fd = os.dup(2)
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 2)
                os.close(devnull)
            except OSError:  # no fd 2 to redirect: nothing to silence
                _saved_fd = None
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved_fd is not None:
                os.dup2(_saved_fd, 2)
                os.close(_saved_fd)
                _saved_fd = None


silence_libraries()
